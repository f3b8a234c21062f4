package org.vigie.nlp.ner;

import org.vigie.core.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the CoNLL-2003 format: one token per line with space-separated columns (token first, NER tag
 * last, IOB1), a blank line between sentences and {@code -DOCSTART-} lines between documents. Tags come
 * out in IOB2. Documents are numbered from 1 in file order ({@code "<file>#<n>"}); a file without a
 * leading {@code -DOCSTART-} starts with document 1 anyway. The same layout without POS columns and without
 * blank lines (Europeana's newspaper corpus) is read too: a "sentence" longer than 250 tokens is cut
 * after each . ! or ? outside a name, and every hundred such sentences make a document {@code "<file>#<n>.<part>"}.
 */
public final class ConllNerReader {
    private static final Set<String> TYPES = Set.of("PER", "ORG", "LOC", "MISC");
    private static final Set<String> SENTENCE_END = Set.of(".", "!", "?");
    private static final int LONG = 250, CHUNK = 100;

    private ConllNerReader() {
    }

    public static List<NerSentence> read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.getFileName().toString());
        }
    }

    public static List<NerSentence> read(BufferedReader r, String source) throws IOException {
        List<NerSentence> out = new ArrayList<>();
        List<String> words = new ArrayList<>(), tags = new ArrayList<>();
        int document = 1, lineNo = 0;
        boolean documentHasSentences = false;
        String line;
        while ((line = r.readLine()) != null) {
            lineNo++;
            String s = line.strip();
            if (s.isEmpty()) {
                documentHasSentences |= flush(out, source + "#" + document, words, tags);
                continue;
            }
            String[] cols = s.split("\\s+");
            if (cols[0].equals("-DOCSTART-")) {
                documentHasSentences |= flush(out, source + "#" + document, words, tags);
                if (documentHasSentences) document++;
                documentHasSentences = false;
                continue;
            }
            if (cols.length < 2) throw new InputException(source, "line " + lineNo + ": expected a token and a tag");
            String tag = cols[cols.length - 1];
            if (!tag.equals("O")) {
                if (tag.length() < 3 || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I') || tag.charAt(1) != '-'
                        || !TYPES.contains(tag.substring(2))) {
                    throw new InputException(source, "line " + lineNo + ": unknown tag " + tag);
                }
            }
            words.add(cols[0]);
            tags.add(tag);
        }
        flush(out, source + "#" + document, words, tags);
        return out;
    }

    private static boolean flush(List<NerSentence> out, String document, List<String> words, List<String> tags) {
        if (words.isEmpty()) return false;
        List<String> iob2 = NerSentence.iob1ToIob2(tags);
        int start = 0;
        String part = document;
        if (words.size() > LONG) {
            // Files without sentence breaks (the Europeana newspaper corpus) are cut after . ! ? outside names, and
            // into parts of CHUNK sentences that stand for documents, so that the trainer's document-wise folds and
            // dev slice do not take the whole file at once.
            int cut = 0;
            for (int i = 0; i < words.size(); i++) {
                if (i + 1 - start >= 3 && SENTENCE_END.contains(words.get(i)) && iob2.get(i).equals("O")) {
                    part = document + "." + (cut++ / CHUNK + 1);
                    out.add(new NerSentence(part, words.subList(start, i + 1), NerSentence.repairIob2(iob2.subList(start, i + 1))));
                    start = i + 1;
                }
            }
        }
        if (start < words.size()) {
            out.add(new NerSentence(part, words.subList(start, words.size()), NerSentence.repairIob2(iob2.subList(start, words.size()))));
        }
        words.clear();
        tags.clear();
        return true;
    }
}
