package org.vigie.nlp.times;

import org.vigie.core.model.Span;
import org.vigie.core.model.Token;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.segment.SegmentAnnotator;

import java.util.*;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tense around a date expression, from a language's {@code tense-cues.tsv}: the cue nearest to the
 * expression decides (an auxiliary followed by a participle, a past or future word, a verb ending).
 */
final class Tense {
    enum Kind { PAST, FUTURE, UNKNOWN }

    private static final Map<String, Tense> CACHE = new ConcurrentHashMap<>();
    private static final SegmentAnnotator SEGMENTER = new SegmentAnnotator();
    /** How far after an auxiliary its participle may stand, in tokens. */
    private static final int AUX_REACH = 3;
    private static final int MIN_STEM = 2;

    private final List<List<String>> wordCues = new ArrayList<>();
    private final List<Kind> wordKinds = new ArrayList<>();
    private final Map<String, Kind> suffixes = new HashMap<>();
    private final Set<String> participles = new HashSet<>();
    private final Set<String> auxiliaries = new HashSet<>();
    private final Set<String> exceptions = new HashSet<>();

    private Tense(String language) {
        for (Map<String, String> row : LanguagePack.of(language).table("tense-cues.tsv")) {
            String cue = row.get("cue");
            String tense = row.get("tense");
            String match = row.get("match");
            String norm = lower(cue);
            switch (match) {
                case "aux" -> auxiliaries.add(norm);
                case "suffix" -> {
                    if (tense.equals("participle")) participles.add(norm);
                    else if (tense.equals("none")) exceptions.add(norm);
                    else suffixes.put(norm, kind(tense));
                }
                default -> {
                    List<String> tokens = SEGMENTER.tokenize(cue).stream()
                            .map(t -> lower(t.span().of(cue))).toList();
                    wordCues.add(tokens);
                    wordKinds.add(kind(tense));
                }
            }
        }
    }

    /** Lower case with apostrophes unified; accents are kept, since verb endings depend on them (é, ée). */
    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    static Tense of(String language) {
        return CACHE.computeIfAbsent(language, Tense::new);
    }

    private static Kind kind(String tense) {
        return tense.equals("future") ? Kind.FUTURE : Kind.PAST;
    }

    /** The tense the nearest cue gives to the expression, among the sentence's tokens outside it. */
    static Kind around(String text, List<Token> tokens, Span expression, List<Tense> tenses) {
        String[] norm = new String[tokens.size()];
        for (int i = 0; i < norm.length; i++) norm[i] = lower(tokens.get(i).span().of(text));
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().overlaps(expression)) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) return Kind.UNKNOWN;
        Kind best = Kind.UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < tokens.size(); i++) {
            if (i >= first && i <= last) continue;
            int distance = i < first ? first - i : i - last;
            if (distance >= bestDistance) continue;
            for (Tense t : tenses) {
                Kind k = t.cueAt(text, tokens, norm, i);
                if (k != Kind.UNKNOWN) {
                    best = k;
                    bestDistance = distance;
                    break;
                }
            }
        }
        return best;
    }

    private Kind cueAt(String text, List<Token> tokens, String[] norm, int i) {
        if (auxiliaries.contains(norm[i])) {
            for (int j = i + 1; j < norm.length && j <= i + AUX_REACH; j++) {
                Kind word = wordAt(norm, j);
                if (word == Kind.FUTURE) return Kind.FUTURE;
                if (isParticiple(norm[j]) && tokens.get(j).kind() == Token.Kind.WORD) return Kind.PAST;
            }
        }
        Kind word = wordAt(norm, i);
        if (word != Kind.UNKNOWN) return word;
        String raw = tokens.get(i).span().of(text);
        if (tokens.get(i).kind() != Token.Kind.WORD || raw.isEmpty() || !Character.isLowerCase(raw.charAt(0))) return Kind.UNKNOWN;
        if (exceptions.contains(norm[i])) return Kind.UNKNOWN;
        Kind found = Kind.UNKNOWN;
        int longest = 0;
        for (Map.Entry<String, Kind> e : suffixes.entrySet()) {
            String s = e.getKey();
            if (s.length() > longest && norm[i].length() >= s.length() + MIN_STEM && norm[i].endsWith(s)) {
                found = e.getValue();
                longest = s.length();
            }
        }
        return found;
    }

    private Kind wordAt(String[] norm, int j) {
        for (int c = 0; c < wordCues.size(); c++) {
            List<String> cue = wordCues.get(c);
            if (j + cue.size() <= norm.length && Arrays.asList(norm).subList(j, j + cue.size()).equals(cue)) return wordKinds.get(c);
        }
        return Kind.UNKNOWN;
    }

    private boolean isParticiple(String w) {
        for (String p : participles) if (w.length() >= p.length() + 1 && w.endsWith(p)) return true;
        return false;
    }
}
