package org.vigie.nlp.language;

import org.vigie.nlp.lang.LanguagePack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second look at a short block, whose character n-grams weigh names as much as grammar ("Police detained
 * demonstrators in Tbilisi." read as Italian, "Schlein chiede le dimissioni di ..." as German).
 *
 * <p>Two more pieces of evidence are multiplied with the detector's probabilities, as independent witnesses: the
 * detector's reading of the words without capitals alone, when the block names something (a capitalised word after
 * the first); and, for each language Vigie has a {@code language-words.txt} for (grammar words, weekdays, months;
 * a word several languages share counts for each), a factor of {@value #WORD_FACTOR} per such word in the block.
 * A language missing from a reading gets {@value #FLOOR}, the detector's own reporting threshold, so that one
 * reading alone cannot veto it. A language without a word list gains nothing from grammar, so a block the detector
 * is sure is Norwegian or Catalan stays so, while on a hesitant block a language the annotators can read wins when
 * its grammar is there. A block the detector is sure of ({@value #SURE}+) in a language whose words the block holds
 * at least as often as any other's is left as it is (and costs no second reading).
 */
final class ShortText {
    static final double WORD_FACTOR = 2.0;
    static final double FLOOR = 0.01;
    static final double SURE = 0.99;
    /** Fewer letters without capitals than this make no second reading. */
    static final int MIN_PLAIN = 6;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*['’]?");

    private final List<String> words;
    private final boolean named;

    private ShortText(List<String> words, boolean named) {
        this.words = words;
        this.named = named;
    }

    static ShortText of(String text) {
        List<String> words = new ArrayList<>();
        boolean named = false;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (!words.isEmpty() && Character.isUpperCase(w.codePointAt(0))) named = true;
            words.add(w);
        }
        return new ShortText(List.copyOf(words), named);
    }

    /** The guesses re-ranked by the combined evidence, its normalised score as confidence; unchanged when the detector is sure. */
    List<LanguageDetector.Guess> rescue(List<LanguageDetector.Guess> first, LanguageDetector detector) {
        if (first.isEmpty()) return first;
        Map<String, Integer> hits = hits(detector.languages());
        LanguageDetector.Guess top = first.get(0);
        int topHits = hits.getOrDefault(top.language(), 0);
        if (top.confidence() >= SURE && hits.values().stream().allMatch(h -> h <= topHits)) return first;

        List<LanguageDetector.Guess> second = named ? plainReading(detector) : List.of();
        Map<String, Double> score = new HashMap<>();
        for (LanguageDetector.Guess g : first) score.put(g.language(), g.confidence());
        for (String l : hits.keySet()) score.putIfAbsent(l, FLOOR);
        if (!second.isEmpty()) {
            Map<String, Double> p2 = new HashMap<>();
            for (LanguageDetector.Guess g : second) {
                p2.put(g.language(), g.confidence());
                score.putIfAbsent(g.language(), FLOOR);
            }
            score.replaceAll((l, s) -> s * p2.getOrDefault(l, FLOOR));
        }
        score.replaceAll((l, s) -> s * Math.pow(WORD_FACTOR, hits.getOrDefault(l, 0)));
        double total = score.values().stream().mapToDouble(Double::doubleValue).sum();
        List<LanguageDetector.Guess> out = new ArrayList<>();
        score.forEach((l, s) -> out.add(new LanguageDetector.Guess(l, s / total)));
        out.sort((a, b) -> b.confidence() != a.confidence() ? Double.compare(b.confidence(), a.confidence()) : a.language().compareTo(b.language()));
        return out;
    }

    /** The detector on the words without capitals (names and the sentence's first word left out), if enough of them. */
    private List<LanguageDetector.Guess> plainReading(LanguageDetector detector) {
        StringBuilder plain = new StringBuilder();
        int letters = 0;
        for (String w : words) {
            if (Character.isUpperCase(w.codePointAt(0))) continue;
            letters += w.length();
            plain.append(plain.length() == 0 ? "" : " ").append(w);
        }
        return letters >= MIN_PLAIN ? detector.guesses(plain) : List.of();
    }

    /** Per language with a word list, how many of the block's words it lists (languages with none left out). */
    private Map<String, Integer> hits(List<String> languages) {
        Map<String, Integer> hits = new HashMap<>();
        for (String w : words) {
            String n = LanguagePack.normalize(w);
            for (String l : languages) if (languageWords(l).contains(n)) hits.merge(l, 1, Integer::sum);
        }
        return hits;
    }

    private static Set<String> languageWords(String language) {
        return LanguagePack.wordsOfAll(List.of(language), "language-words.txt");
    }
}
