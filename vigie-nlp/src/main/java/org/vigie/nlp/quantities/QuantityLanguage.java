package org.vigie.nlp.quantities;

import org.vigie.core.ConfigException;
import org.vigie.nlp.lang.LanguagePack;

import java.util.*;
import java.util.concurrent.ConcurrentHashMap;

/** Everything the quantities annotator knows about one language, read once from its resource files. */
final class QuantityLanguage {
    enum Side { AFTER, VERB, STOP }

    record ClaimCue(List<String> tokens, Side side) {
    }

    private static final Map<String, QuantityLanguage> CACHE = new ConcurrentHashMap<>();

    final String code;
    final char decimalMark;
    final char groupMark;
    final NumberWords words;
    final Units units;
    final List<Template> approximators = new ArrayList<>();
    final List<Template> ranges = new ArrayList<>();
    final List<Template> parts = new ArrayList<>();
    final List<ClaimCue> claimCues = new ArrayList<>();
    final Set<String> modifiers;
    /** Adjectives after a counted noun that belong to the quantity ("moniteurs internationaux"), longest first. */
    final List<List<String>> adjectivesAfter = new ArrayList<>();
    /** Demonyms naming people in the plural, as written (capitalised): "Syrians", "Sudanese", "Afghans". */
    final Set<String> peopleDemonyms = new HashSet<>();
    /** Those of {@link #peopleDemonyms} that are also the adjective ("Sudanese", "Chinese"): the row's first form. */
    final Set<String> adjectiveDemonyms = new HashSet<>();
    final Set<String> ordinalSuffixes;
    final Set<String> yearCues;
    final Set<String> functionWords;
    final Set<String> placePrepositions;
    final Set<String> tollNouns;
    /** Scale words that hold only next to a currency ("$300m"), normalised form -> value. */
    final Map<String, Double> moneyScales = new HashMap<>();
    final Set<String> articles;
    final Set<String> indefiniteArticles;
    final Set<String> months = new HashSet<>();

    private QuantityLanguage(String code) {
        LanguagePack pack = LanguagePack.of(code);
        this.code = code;
        Map<String, String> format = new HashMap<>();
        for (Map<String, String> row : pack.table("number-format.tsv")) format.put(row.get("key"), row.get("value"));
        this.decimalMark = mark(format, "decimal", '.', pack);
        this.groupMark = mark(format, "group", ',', pack);
        this.words = NumberWords.of(code);
        this.units = Units.of(code);
        for (String p : pack.orderedWords("approximators.txt")) approximators.add(checked(Template.parse(p), 1, p, pack));
        for (String p : pack.orderedWords("quantity-ranges.txt")) ranges.add(checked(Template.parse(p), 2, p, pack));
        for (String p : pack.orderedWords("quantity-parts.txt")) parts.add(checked(Template.parse(p), 2, p, pack));
        parts.sort(Comparator.comparingInt((Template t) -> -t.middle().size()));
        approximators.sort(Comparator.comparingInt((Template t) -> -(t.before().size() + t.after().size())));
        for (Map<String, String> row : pack.table("claim-cues.tsv")) {
            Side side;
            try {
                side = Side.valueOf(row.get("side").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("claim-cues.tsv of " + code + ": unknown side '" + row.get("side") + "'");
            }
            claimCues.add(new ClaimCue(Phrases.tokens(row.get("cue")), side));
        }
        claimCues.sort(Comparator.comparingInt((ClaimCue c) -> -c.tokens().size()));
        this.modifiers = normalized(pack.words("quantity-modifiers.txt"));
        for (String a : pack.orderedWords("quantity-adjectives-after.txt")) {
            List<String> t = Phrases.tokens(a);
            if (!t.isEmpty()) adjectivesAfter.add(t);
        }
        Set<String> endings = pack.words("demonym-people.txt");
        for (Map<String, String> row : pack.table("demonyms.tsv")) {
            String[] forms = row.getOrDefault("forms", "").split("\\|");
            for (int i = 0; i < forms.length; i++) {
                String f = forms[i].strip();
                if (f.isEmpty() || !Character.isUpperCase(f.charAt(0)) || f.contains(" ")) continue;
                for (String e : endings) {
                    if (!f.endsWith(e)) continue;
                    peopleDemonyms.add(f);
                    if (i == 0) adjectiveDemonyms.add(f);
                }
            }
        }
        adjectivesAfter.sort(Comparator.comparingInt((List<String> t) -> -t.size()));
        this.ordinalSuffixes = normalized(pack.words("ordinal-suffixes.txt"));
        this.yearCues = normalized(pack.words("year-cues.txt"));
        this.functionWords = normalized(pack.words("function-words.txt"));
        this.placePrepositions = normalized(pack.words("place-prepositions.txt"));
        this.articles = normalized(pack.words("articles.txt"));
        this.indefiniteArticles = normalized(pack.words("indefinite-articles.txt"));
        for (Map<String, String> row : pack.table("money-scales.tsv")) {
            try {
                moneyScales.put(LanguagePack.normalize(row.get("form")), Double.valueOf(row.get("value")));
            } catch (NumberFormatException e) {
                throw new ConfigException("money-scales.tsv of " + code + ": bad value '" + row.get("value") + "'");
            }
        }
        this.tollNouns = new HashSet<>();
        for (String w : pack.words("toll-nouns.txt")) {
            List<String> t = Phrases.tokens(w);
            if (!t.isEmpty()) tollNouns.add(t.get(t.size() - 1));
        }
        for (Map<String, String> row : pack.table("months.tsv")) {
            List<String> t = Phrases.tokens(row.get("name"));
            if (!t.isEmpty()) months.add(t.get(0));
        }
    }

    /** True for a word that ends the search for a claimant after a cue. */
    boolean isStop(String norm) {
        for (ClaimCue c : claimCues) if (c.side() == Side.STOP && c.tokens().size() == 1 && c.tokens().get(0).equals(norm)) return true;
        return false;
    }

    static QuantityLanguage of(String code) {
        return CACHE.computeIfAbsent(code, QuantityLanguage::new);
    }

    private static char mark(Map<String, String> format, String key, char fallback, LanguagePack pack) {
        String v = format.get(key);
        if (v == null || v.isEmpty()) return fallback;
        if (v.length() != 1) throw new ConfigException("number-format.tsv of " + pack.code() + ": " + key + " must be one character");
        return v.charAt(0);
    }

    private static Template checked(Template t, int slots, String pattern, LanguagePack pack) {
        if (t.slots() != slots) {
            throw new ConfigException("pattern '" + pattern + "' of " + pack.code() + " must have " + slots + " {n}");
        }
        return t;
    }

    private static Set<String> normalized(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) out.add(LanguagePack.normalize(w));
        return Set.copyOf(out);
    }
}
