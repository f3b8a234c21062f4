package org.vigie.nlp.quotes;

import org.vigie.core.model.Token;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.segment.SegmentAnnotator;

import java.util.*;

/**
 * Matches multi-word phrases from a lexicon against a sequence of normalised token forms, longest match first.
 * Phrases are tokenised by the same tokenizer as the text (so "d’après" is two tokens, like in the text); a
 * token written with a trailing {@code *} matches any token starting with it ("rencontr*").
 *
 * @param <V> the value attached to each phrase (a kind, a role id, an event cue...)
 */
public final class PhraseMatcher<V> {
    private static final SegmentAnnotator TOKENIZER = new SegmentAnnotator();

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    private final List<Entry<V>> prefixFirst = new ArrayList<>();

    private record Entry<V>(String[] parts, boolean[] prefix, V value) {
    }

    /** A match of a phrase over tokens {@code [start, end)} of the sequence. */
    public record Match<V>(int start, int end, V value) {
    }

    public void add(String phrase, V value) {
        List<String> parts = new ArrayList<>();
        List<Boolean> prefix = new ArrayList<>();
        for (String form : forms(phrase.strip())) {
            if (form.equals("*") && !parts.isEmpty()) {
                prefix.set(prefix.size() - 1, true);
                continue;
            }
            parts.add(LanguagePack.normalize(form));
            prefix.add(false);
        }
        if (parts.isEmpty()) return;
        boolean[] pre = new boolean[prefix.size()];
        for (int i = 0; i < pre.length; i++) pre[i] = prefix.get(i);
        Entry<V> e = new Entry<>(parts.toArray(String[]::new), pre, value);
        if (pre[0]) prefixFirst.add(e);
        else byFirst.computeIfAbsent(parts.get(0), k -> new ArrayList<>()).add(e);
    }

    /** Tokens of a lexicon phrase; "mr." or "gén." stays one token, as the text tokenizer keeps abbreviations. */
    private static List<String> forms(String phrase) {
        List<String> out = new ArrayList<>();
        String[] chunks = phrase.split("\\s+");
        for (int c = 0; c < chunks.length; c++) {
            String chunk = chunks[c];
            // "prévoit d'": an elided word ending a phrase of several words is one token, as the text tokenizer makes
            // it before the next word ("d'attaquer"); alone, the tokenizer would split its apostrophe off
            if (chunk.matches("\\p{L}+\\.") || c > 0 && c == chunks.length - 1 && chunk.matches("\\p{L}{1,7}['’]")) {
                out.add(chunk);
                continue;
            }
            for (Token t : TOKENIZER.tokenize(chunk)) out.add(t.span().of(chunk));
        }
        return out;
    }

    public boolean isEmpty() {
        return byFirst.isEmpty() && prefixFirst.isEmpty();
    }

    /** The longest phrase starting at {@code i} in {@code forms} (normalised tokens), ending before {@code limit}. */
    public Optional<Match<V>> longestAt(List<String> forms, int i, int limit) {
        Match<V> best = null;
        List<Entry<V>> exact = byFirst.get(forms.get(i));
        if (exact != null) best = better(best, exact, forms, i, limit);
        if (!prefixFirst.isEmpty()) best = better(best, prefixFirst, forms, i, limit);
        return Optional.ofNullable(best);
    }

    /** Every non-overlapping longest match in {@code [from, to)}, scanning left to right. */
    public List<Match<V>> findAll(List<String> forms, int from, int to) {
        List<Match<V>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Optional<Match<V>> m = longestAt(forms, i, to);
            if (m.isPresent()) {
                out.add(m.get());
                i = m.get().end();
            } else {
                i++;
            }
        }
        return out;
    }

    private Match<V> better(Match<V> best, List<Entry<V>> entries, List<String> forms, int i, int limit) {
        for (Entry<V> e : entries) {
            int n = e.parts.length;
            if (i + n > limit) continue;
            if (best != null && n <= best.end() - best.start()) continue;
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                String f = forms.get(i + k);
                ok = e.prefix[k] ? f.startsWith(e.parts[k]) : f.equals(e.parts[k]);
            }
            if (ok) best = new Match<>(i, i + n, e.value);
        }
        return best;
    }
}
