package org.vigie.eval.linking;

import org.vigie.core.model.Span;
import org.vigie.nlp.ner.HipeTsv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents of a HIPE TSV file (one token a line, {@code # key = value} metadata, IOB2 coarse types, Wikidata QIDs
 * in NEL-LIT and NEL-METO): each document's text rebuilt from its tokens, a space after each unless the MISC column
 * says {@code NoSpaceAfter} (an end of printed line is a space: the OCR lines of a column are not paragraphs), and
 * its gold mentions as character spans of that text.
 */
final class HipeDocuments {
    /** A gold mention: span, coarse type (pers, loc, org, prod, time), literal and metonymic links (QID, NIL or null). */
    record Gold(Span span, String type, String literal, String metonymic) {
        boolean linked() {
            return isQid(literal);
        }

        /** Whether {@code qid} is the mention's literal or metonymic link. */
        boolean linkedTo(String qid) {
            return qid != null && (qid.equals(literal) || qid.equals(metonymic));
        }
    }

    record Doc(String id, String date, String text, List<Gold> gold) {
    }

    private HipeDocuments() {
    }

    static List<Doc> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    static List<Doc> parse(String tsv) throws IOException {
        Collector collector = new Collector();
        HipeTsv.read(new BufferedReader(new StringReader(tsv)), "HIPE file", collector,
                "TOKEN", "NE-COARSE-LIT", "NEL-LIT", "NEL-METO", "MISC");
        return collector.finish();
    }

    /** Cuts the rows into documents at each {@code document_id} line. */
    private static final class Collector implements HipeTsv.Handler {
        final List<Doc> docs = new ArrayList<>();
        Builder current;
        String date;

        @Override
        public void metadata(String key, String value) {
            if (key.equals("date")) {
                // HIPE-2020 files give the date before the document id, HIPE-2022 files after it
                if (current != null && current.date == null) current.date = value;
                else date = value;
            } else if (key.equals("document_id")) {
                if (current != null) docs.add(current.build());
                current = new Builder(value, date);
                date = null;
            }
        }

        @Override
        public void token(HipeTsv.Row row) {
            if (current == null) current = new Builder("doc-" + (docs.size() + 1), date);
            current.token(row.get("TOKEN"), row.get("NE-COARSE-LIT"), row.get("NEL-LIT"), row.get("NEL-METO"), row.get("MISC"));
        }

        List<Doc> finish() {
            if (current != null) docs.add(current.build());
            current = null;
            return docs;
        }
    }

    static boolean isQid(String s) {
        return s != null && s.matches("Q[0-9]+");
    }

    private static final class Builder {
        final String id;
        String date;
        final StringBuilder text = new StringBuilder();
        final List<Gold> gold = new ArrayList<>();
        int start = -1, end;
        String type, literal, metonymic;
        boolean space;

        Builder(String id, String date) {
            this.id = id;
            this.date = date;
        }

        void token(String word, String tag, String lit, String meto, String misc) {
            if (space && text.length() > 0) text.append(' ');
            int from = text.length();
            text.append(word);
            space = !misc.contains("NoSpaceAfter");
            boolean begins = tag.startsWith("B-");
            boolean inside = tag.startsWith("I-") && start >= 0 && tag.substring(2).equals(type);
            if (!inside) close();
            if (begins || tag.startsWith("I-") && !inside) {
                start = from;
                type = tag.substring(2);
                literal = lit;
                metonymic = meto;
            }
            if (start >= 0) end = text.length();
        }

        void close() {
            if (start >= 0) gold.add(new Gold(new Span(start, end), type, literal, metonymic));
            start = -1;
        }

        Doc build() {
            close();
            return new Doc(id, date, text.toString(), List.copyOf(gold));
        }
    }
}
