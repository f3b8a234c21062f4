package org.vigie.nlp.quantities;

import org.vigie.core.ConfigException;
import org.vigie.nlp.lang.LanguagePack;

import java.util.*;

/**
 * Numbers written in words, from a language's {@code number-words.tsv}: "trois", "quatre-vingt-dix",
 * "deux cent mille", "one hundred and twenty", "une centaine" (about 100), "des centaines" (many, no value).
 */
public final class NumberWords {
    enum Kind { CARDINAL, ARTICLE, HUNDRED, SCALE, COLLECTIVE, INDEFINITE, DETERMINER, CONNECTOR, LINKER }

    record Entry(double value, Kind kind) {
    }

    /** A number read from words: its tokens [start, end), value (null when indefinite) and whether it is approximate. */
    record Reading(int start, int end, Double value, boolean approximate) {
    }

    private final Map<String, Entry> single = new HashMap<>();
    private final List<List<String>> determinerPhrases = new ArrayList<>();

    private NumberWords(LanguagePack pack) {
        for (Map<String, String> row : pack.table("number-words.tsv")) {
            Kind kind;
            try {
                kind = Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("number-words.tsv of " + pack.code() + ": unknown kind " + row.get("kind"));
            }
            String word = LanguagePack.normalize(row.get("word"));
            double value = row.get("value").isBlank() ? Double.NaN : Double.parseDouble(row.get("value"));
            if (word.contains(" ")) {
                if (kind != Kind.DETERMINER) {
                    throw new ConfigException("number-words.tsv of " + pack.code() + ": only determiners may have several words: " + word);
                }
                determinerPhrases.add(Phrases.tokens(word));
            } else {
                single.put(word, new Entry(value, kind));
            }
        }
    }

    private static final Map<String, NumberWords> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    public static NumberWords of(String language) {
        return CACHE.computeIfAbsent(language, l -> new NumberWords(LanguagePack.of(l)));
    }

    /** The parts of a (possibly hyphenated) number word, longest known prefix first, or null if it is not one. */
    List<Entry> parts(String norm) {
        Entry whole = single.get(norm);
        if (whole != null) return List.of(whole);
        if (norm.indexOf('-') < 0) return null;
        String[] pieces = norm.split("-");
        List<Entry> out = new ArrayList<>();
        int i = 0;
        while (i < pieces.length) {
            int taken = 0;
            for (int j = pieces.length; j > i; j--) {
                Entry e = single.get(String.join("-", Arrays.asList(pieces).subList(i, j)));
                if (e != null && (e.kind == Kind.CARDINAL || e.kind == Kind.HUNDRED || e.kind == Kind.SCALE
                        || e.kind == Kind.ARTICLE || e.kind == Kind.CONNECTOR)) {
                    out.add(e);
                    taken = j - i;
                    break;
                }
            }
            if (taken == 0) return null;
            i += taken;
        }
        return out;
    }

    Entry entry(String norm) {
        return single.get(norm);
    }

    boolean isScale(String norm) {
        Entry e = single.get(norm);
        return e != null && (e.kind == Kind.SCALE || e.kind == Kind.HUNDRED);
    }

    /** True for a word that scales a figure before it (mille, million, billion, bn). */
    public boolean isScaleWord(String word) {
        return isScale(LanguagePack.normalize(word));
    }

    /** The value of a phrase written entirely in number words ("vingt et un", "twenty-five"), if it is one. */
    public OptionalDouble value(String phrase) {
        TokenView v = new TokenView(phrase, Phrases.tokenize(phrase));
        Reading r = read(v, 0);
        return r != null && r.end() == v.size() && r.value() != null ? OptionalDouble.of(r.value()) : OptionalDouble.empty();
    }

    /** The longest number written in words starting at token {@code i}, or null. */
    Reading read(TokenView v, int i) {
        int pos = i;
        boolean indefinite = false;
        boolean approximate = false;
        boolean any = false;
        double total = 0;
        double current = 0;
        int determiner = determinerAt(v, pos);
        if (determiner > 0) {
            // "des centaines", "several hundred": a determiner opens a count only before a word of magnitude
            Entry next = v.isWord(pos + determiner) ? single.get(v.norm(pos + determiner)) : null;
            if (next == null || !(next.kind == Kind.INDEFINITE || next.kind == Kind.SCALE || next.kind == Kind.HUNDRED
                    || next.kind == Kind.COLLECTIVE)) {
                return null;
            }
            pos += determiner;
            indefinite = true;
        }
        int end = pos;
        Kind last = null;
        while (pos < v.size()) {
            List<Entry> parts = v.isWord(pos) ? parts(v.norm(pos)) : null;
            if (parts == null || parts.size() == 1 && parts.get(0).kind == Kind.LINKER) {
                // "des dizaines de milliers", "tens of thousands of": an indefinite count goes on through de/of
                if (any && indefinite && pos + 1 < v.size() && isLinker(v.norm(pos)) && v.isWord(pos + 1)) {
                    List<Entry> next = parts(v.norm(pos + 1));
                    if (next != null && next.size() == 1 && (next.get(0).kind == Kind.INDEFINITE || next.get(0).kind == Kind.SCALE)) {
                        pos++;
                        continue;
                    }
                }
                break;
            }
            boolean ok = true;
            for (Entry e : parts) {
                switch (e.kind) {
                    case CARDINAL -> current += e.value;
                    case ARTICLE -> {
                        if (last != Kind.CONNECTOR && !followsAsMultiplier(v, pos, parts)) ok = false;
                        else current += e.value;
                    }
                    case HUNDRED -> current = (current == 0 ? 1 : current) * e.value;
                    case SCALE -> {
                        total += (current == 0 ? 1 : current) * e.value;
                        current = 0;
                    }
                    case COLLECTIVE -> {
                        current = (current == 0 ? 1 : current) * e.value;
                        approximate = true;
                    }
                    case INDEFINITE -> indefinite = true;
                    case DETERMINER, LINKER -> ok = false;
                    case CONNECTOR -> ok = any && (current % 10 == 0) && current > 0 && nextIsSmallCardinal(v, pos + 1);
                }
                if (!ok) break;
                last = e.kind;
            }
            if (!ok) break;
            any = true;
            pos++;
            if (last != Kind.CONNECTOR) end = pos;
        }
        if (!any || end == i) return null;
        if (indefinite) {
            if (determiner == 0 && !plural(last)) return null;
            return new Reading(i, end, null, true);
        }
        double value = total + current;
        if (value == 0 && last != Kind.CARDINAL) return null;
        return new Reading(i, end, value, approximate);
    }

    private static boolean plural(Kind last) {
        return last == Kind.INDEFINITE;
    }

    private boolean followsAsMultiplier(TokenView v, int pos, List<Entry> parts) {
        if (parts.size() != 1 || pos + 1 >= v.size()) return false;
        Entry next = single.get(v.norm(pos + 1));
        return next != null && (next.kind == Kind.SCALE || next.kind == Kind.HUNDRED || next.kind == Kind.COLLECTIVE);
    }

    private boolean nextIsSmallCardinal(TokenView v, int pos) {
        if (pos >= v.size() || !v.isWord(pos)) return false;
        List<Entry> p = parts(v.norm(pos));
        return p != null && (p.get(0).kind == Kind.CARDINAL || p.get(0).kind == Kind.ARTICLE) && p.get(0).value < 100;
    }

    private int determinerAt(TokenView v, int i) {
        if (v.isWord(i)) {
            Entry e = single.get(v.norm(i));
            if (e != null && e.kind == Kind.DETERMINER) return 1;
        }
        for (List<String> p : determinerPhrases) {
            int n = v.matchAt(i, p);
            if (n > 0) return n;
        }
        return 0;
    }

    /** True for the word that links a figure to what it counts (de, d', of). */
    boolean isLinker(String norm) {
        Entry e = single.get(norm);
        return e != null && e.kind == Kind.LINKER;
    }
}
