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
 * Reads WikiNEuRal's {@code .conllu} files: tab-separated {@code index, token, IOB2 tag} per line, a blank
 * line between sentences, no documents (every sentence gets its own document id {@code "<file>#<n>"},
 * n counting sentences from 0, so that nothing assumes neighbouring sentences share an article).
 */
public final class ConlluNerReader {
    private static final Set<String> TYPES = Set.of("PER", "ORG", "LOC", "MISC");

    private ConlluNerReader() {
    }

    public static List<NerSentence> read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.getFileName().toString());
        }
    }

    public static List<NerSentence> read(BufferedReader r, String source) throws IOException {
        List<NerSentence> out = new ArrayList<>();
        List<String> words = new ArrayList<>(), tags = new ArrayList<>();
        int lineNo = 0;
        String line;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                flush(out, source, words, tags);
                continue;
            }
            if (line.startsWith("#")) continue;
            String[] cols = line.split("\t", -1);
            if (cols.length < 3) throw new InputException(source, "line " + lineNo + ": expected index, token and tag separated by tabs");
            String tag = cols[cols.length - 1].strip();
            if (!tag.equals("O") && (tag.length() < 3 || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I')
                    || tag.charAt(1) != '-' || !TYPES.contains(tag.substring(2)))) {
                throw new InputException(source, "line " + lineNo + ": unknown tag " + tag);
            }
            words.add(cols[1]);
            tags.add(tag);
        }
        flush(out, source, words, tags);
        return out;
    }

    private static void flush(List<NerSentence> out, String source, List<String> words, List<String> tags) {
        if (words.isEmpty()) return;
        out.add(new NerSentence(source + "#" + out.size(), words, NerSentence.repairIob2(tags)));
        words.clear();
        tags.clear();
    }
}
