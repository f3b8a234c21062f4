package org.vigie.nlp.ner;

import org.vigie.core.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

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
        String header = r.readLine();
        if (header == null) return List.of();
        if (header.startsWith("\uFEFF")) header = header.substring(1);
        List<String> columns = Arrays.asList(header.split("\t", -1));
        int tokenCol = columns.indexOf("TOKEN"), tagCol = columns.indexOf("NE-COARSE-LIT"), miscCol = columns.indexOf("MISC");
        if (tokenCol < 0 || tagCol < 0) throw new InputException(source, "line 1: not a HIPE header (no TOKEN and NE-COARSE-LIT columns)");
        List<NerSentence> out = new ArrayList<>();
        List<String> words = new ArrayList<>(), tags = new ArrayList<>();
        List<Boolean> spaces = new ArrayList<>();
        String document = source;
        int lineNo = 1;
        String line;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            if (line.startsWith("#")) {
                int eq = line.indexOf('=');
                if (eq > 0 && line.substring(1, eq).strip().endsWith("document_id")) {
                    flush(out, document, words, tags, spaces);
                    document = line.substring(eq + 1).strip();
                }
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length <= Math.max(tokenCol, tagCol)) throw new InputException(source, "line " + lineNo + ": too few columns");
            String misc = miscCol >= 0 && miscCol < cols.length ? cols[miscCol] : "";
            String tag = tag(cols[tagCol].strip(), source, lineNo);
            words.add(cols[tokenCol]);
            tags.add(tag);
            spaces.add(!misc.contains("NoSpaceAfter"));
            boolean end = misc.contains("EndOfSentence")
                    || (SENTENCE_END.contains(cols[tokenCol]) && tag.equals("O"));
            if (end) flush(out, document, words, tags, spaces);
        }
        flush(out, document, words, tags, spaces);
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
