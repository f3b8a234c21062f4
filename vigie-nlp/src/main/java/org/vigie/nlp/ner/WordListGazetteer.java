package org.vigie.nlp.ner;

import org.vigie.core.ConfigException;
import org.vigie.nlp.lang.LanguagePack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.*;

/**
 * A gazetteer read from a UTF-8 TSV word list: {@code #} comment lines (source and licence), a header row
 * {@code phrase<TAB>types}, then one normalised phrase per line with its comma-separated types. The lists
 * shipped beside each model are derived from that model's training split only ({@link NerTrainer}).
 */
public final class WordListGazetteer implements Gazetteer {
    private final Map<String, Set<String>> types;
    private final int maxWords;

    public WordListGazetteer(Map<String, Set<String>> types) {
        Map<String, Set<String>> copy = new HashMap<>(types.size() * 2);
        int longest = 1;
        for (Map.Entry<String, Set<String>> e : types.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            copy.put(e.getKey(), Set.copyOf(e.getValue()));
            int words = 1;
            for (int i = 0; i < e.getKey().length(); i++) if (e.getKey().charAt(i) == ' ') words++;
            longest = Math.max(longest, words);
        }
        this.types = copy;
        this.maxWords = Math.min(longest, 8);
    }

    @Override
    public Set<String> typesOf(String normalisedPhrase) {
        return types.getOrDefault(normalisedPhrase, Set.of());
    }

    @Override
    public int maxWords() {
        return maxWords;
    }

    public int size() {
        return types.size();
    }

    /** Phrases of the given words as the tagger looks them up: each word normalised, joined by a space. */
    public static String phrase(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(LanguagePack.normalize(w));
        }
        return sb.toString();
    }

    public static WordListGazetteer read(BufferedReader r, String source) throws IOException {
        Map<String, Set<String>> types = new HashMap<>();
        Map<String, Set<String>> sets = new HashMap<>();
        TwoColumnTsv.read(r, source, "phrase", "types", (phrase, typeList, lineNo) ->
                types.put(phrase, sets.computeIfAbsent(typeList, t -> Set.copyOf(Arrays.asList(t.split(","))))));
        return new WordListGazetteer(types);
    }

    public void write(Writer w, List<String> headerComments) throws IOException {
        for (String c : headerComments) w.write("# " + c + "\n");
        w.write("phrase\ttypes\n");
        for (String phrase : new TreeSet<>(types.keySet())) {
            w.write(phrase + "\t" + String.join(",", new TreeSet<>(types.get(phrase))) + "\n");
        }
    }
}
