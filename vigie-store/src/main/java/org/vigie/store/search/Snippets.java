package org.vigie.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.vigie.core.model.Span;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Passages of the body with the query's matches as offsets, never as markup: the caller renders and escapes them.
 * Passages are sentences grown or cut towards {@value #TARGET_LENGTH} chars; a passage longer than
 * {@value #MAX_LENGTH} (a paragraph without sentence ends) is cut at spaces around its first match.
 */
final class Snippets {
    static final int TARGET_LENGTH = 200;
    static final int MAX_LENGTH = 320;
    /** How much of a body is searched for passages: news articles fit, a whole book would be cut. */
    static final int MAX_HIGHLIGHT_CHARS = 200_000;

    private Snippets() {
    }

    /** The snippets of each document, per field in the order of {@code docIds}; null where the field is absent. */
    static Map<String, Object[]> highlight(IndexSearcher searcher, Analyzer analyzer, String[] fields, Query query,
                                           int[] docIds, int snippets) throws IOException {
        int[] max = new int[fields.length];
        Arrays.fill(max, snippets);
        return new Highlighter(searcher, analyzer).snippets(fields, query, docIds, max);
    }

    /** Exposes the object-returning highlight call, which Lucene keeps for subclasses. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(IndexSearcher searcher, Analyzer analyzer) {
            super(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new Formatter())
                    .withMaxLength(MAX_HIGHLIGHT_CHARS)
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getSentenceInstance(Locale.ROOT), TARGET_LENGTH, 0.5f)));
        }

        Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds, int[] max) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, max);
        }
    }

    /** Builds a {@code List<Snippet>} per document. */
    private static final class Formatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet> out = new ArrayList<>(passages.length);
            for (Passage p : passages) {
                Snippet s = snippet(content, p.getStartOffset(), p.getEndOffset(),
                        Arrays.copyOf(p.getMatchStarts(), p.getNumMatches()),
                        Arrays.copyOf(p.getMatchEnds(), p.getNumMatches()));
                if (!s.text().isEmpty()) out.add(s);
            }
            return out;
        }
    }

    /**
     * One snippet of {@code content[start, end)} with the matches (absolute offsets) inside it: cut to
     * {@value #MAX_LENGTH} chars around the first match, trimmed of surrounding white space, matches sorted, merged
     * where they overlap and shifted to the snippet's own offsets.
     */
    static Snippet snippet(String content, int start, int end, int[] matchStarts, int[] matchEnds) {
        int from = Math.max(0, start);
        int to = Math.min(content.length(), end);
        List<int[]> matches = new ArrayList<>();
        for (int i = 0; i < matchStarts.length; i++) {
            if (matchStarts[i] >= from && matchEnds[i] <= to && matchStarts[i] < matchEnds[i]) {
                matches.add(new int[] {matchStarts[i], matchEnds[i]});
            }
        }
        matches.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        if (to - from > MAX_LENGTH) {
            int anchor = matches.isEmpty() ? from : matches.get(0)[0];
            int windowStart = Math.max(from, Math.min(anchor - MAX_LENGTH / 4, to - MAX_LENGTH));
            int windowEnd = windowStart + MAX_LENGTH;
            if (windowStart > from) windowStart = nextSpace(content, windowStart, anchor);
            if (windowEnd < to) windowEnd = previousSpace(content, windowEnd, Math.max(windowStart, matches.isEmpty() ? windowStart : matches.get(0)[1]));
            from = windowStart;
            to = windowEnd;
        }
        while (from < to && Character.isWhitespace(content.charAt(from))) from++;
        while (to > from && Character.isWhitespace(content.charAt(to - 1))) to--;
        List<Span> highlights = new ArrayList<>();
        int lastEnd = -1;
        for (int[] m : matches) {
            if (m[0] < from || m[1] > to) continue;
            int s = m[0] - from;
            int e = m[1] - from;
            if (!highlights.isEmpty() && s <= lastEnd) {
                Span prev = highlights.remove(highlights.size() - 1);
                highlights.add(new Span(prev.start(), Math.max(prev.end(), e)));
            } else {
                highlights.add(new Span(s, e));
            }
            lastEnd = highlights.get(highlights.size() - 1).end();
        }
        return new Snippet(content.substring(from, to), highlights);
    }

    /** The first offset after a space at or after {@code at}, not past {@code limit}; {@code at} if there is none. */
    private static int nextSpace(String s, int at, int limit) {
        for (int i = at; i < limit; i++) {
            if (Character.isWhitespace(s.charAt(i))) return i + 1;
        }
        return safe(s, at);
    }

    /** The last space at or before {@code at}, not before {@code limit}; {@code at} if there is none. */
    private static int previousSpace(String s, int at, int limit) {
        for (int i = at; i > limit; i--) {
            if (Character.isWhitespace(s.charAt(i - 1))) return i - 1;
        }
        return safe(s, at);
    }

    /** Never cut between the two halves of a surrogate pair. */
    private static int safe(String s, int at) {
        if (at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at)) && Character.isHighSurrogate(s.charAt(at - 1))) {
            return at - 1;
        }
        return at;
    }
}
