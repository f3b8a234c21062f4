package org.vigie.nlp.ner;

import org.vigie.core.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the HIPE-2020/2022 TSV format (historical newspapers): a header row naming the columns, then per
 * document {@code # key = value} metadata lines and one token per line. Only the literal coarse column
 * ({@code NE-COARSE-LIT}) is used, with its types mapped to the CoNLL set: pers/PER -> PER, org/ORG -> ORG,
 * loc/LOC (and topres19th's BUILDING, STREET) -> LOC, prod/HumanProd -> MISC; {@code time} is not a name in
 * the CoNLL sense and becomes {@code O}. A new {@code document_id} metadata line starts a document. The
 * {@code MISC} column's {@code NoSpaceAfter} flag sets the spacing; sentences end at an
 * {@code EndOfSentence} flag, or, since HIPE-2020 v0.9 files have none, after a . ! or ? outside a name.
 */
public final class HipeReader {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pers", "PER"), Map.entry("PER", "PER"),
            Map.entry("org", "ORG"), Map.entry("ORG", "ORG"),
            Map.entry("loc", "LOC"), Map.entry("LOC", "LOC"), Map.entry("BUILDING", "LOC"), Map.entry("STREET", "LOC"),
            Map.entry("prod", "MISC"), Map.entry("HumanProd", "MISC"),
            Map.entry("time", "O"));
    private static final Set<String> SENTENCE_END = Set.of(".", "!", "?");

    private HipeReader() {
    }

    public static List<NerSentence> read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.getFileName().toString());
        }
    }

    public static List<NerSentence> read(BufferedReader r, String source) throws IOException {
        List<NerSentence> out = new ArrayList<>();
        List<String> words = new ArrayList<>(), tags = new ArrayList<>();
        List<Boolean> spaces = new ArrayList<>();
        String[] document = {source};
        HipeTsv.read(r, source, new HipeTsv.Handler() {
            @Override
            public void metadata(String key, String value) {
                if (!key.endsWith("document_id")) return;
                flush(out, document[0], words, tags, spaces);
                document[0] = value;
            }

            @Override
            public void token(HipeTsv.Row row) throws IOException {
                String word = row.get("TOKEN"), misc = row.get("MISC");
                String tag = tag(row.get("NE-COARSE-LIT").strip(), source, row.line());
                words.add(word);
                tags.add(tag);
                spaces.add(!misc.contains("NoSpaceAfter"));
                if (misc.contains("EndOfSentence") || (SENTENCE_END.contains(word) && tag.equals("O"))) {
                    flush(out, document[0], words, tags, spaces);
                }
            }
        }, "TOKEN", "NE-COARSE-LIT");
        flush(out, document[0], words, tags, spaces);
        return out;
    }

    private static String tag(String raw, String source, int lineNo) throws InputException {
        if (raw.equals("O") || raw.equals("_") || raw.isEmpty()) return "O";
        if (raw.length() < 3 || raw.charAt(1) != '-' || (raw.charAt(0) != 'B' && raw.charAt(0) != 'I')) {
            throw new InputException(source, "line " + lineNo + ": unknown tag " + raw);
        }
        String type = TYPES.get(raw.substring(2));
        if (type == null) throw new InputException(source, "line " + lineNo + ": unknown entity type " + raw.substring(2));
        return type.equals("O") ? "O" : raw.charAt(0) + "-" + type;
    }

    private static void flush(List<NerSentence> out, String document, List<String> words, List<String> tags, List<Boolean> spaces) {
        if (words.isEmpty()) return;
        out.add(new NerSentence(document, words, NerSentence.repairIob2(tags), spaces));
        words.clear();
        tags.clear();
        spaces.clear();
    }
}
