package org.vigie.nlp.quotes;

import org.vigie.core.model.Span;
import org.vigie.nlp.blocks.LineBlocks;
import org.vigie.nlp.lang.LanguagePack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the stretches of a line enclosed in quotation marks (pairs from {@code multi/quote-marks.tsv}). Only the
 * outermost pair counts; marks of another kind inside a quote are part of its text. A quote still open at the end
 * of the line runs to the line end, and a line that then starts with an opening mark continues it (the press
 * convention for a quote spanning paragraphs).
 */
final class QuoteMarks {
    /** One quoted stretch: where its marks are, its content without marks and inner padding, and whether it closed. */
    record Segment(int open, int close, Span content, boolean closed, boolean continuation, int closeEnd) {
        /** Where the text after the quote starts: after a two-character closing mark ('') too. */
        int after() {
            return closed ? closeEnd : content.end();
        }
    }

    private record Pair(String open, String close) {
        boolean symmetric() { return open.equals(close) || open.equals("”") || open.equals("''"); }
    }

    /** Double quotation marks that copy editing and encoding conversions mix within one quote. */
    private static final Set<String> DOUBLE = Set.of("“", "\"", "”");
    private static final List<String> DOUBLE_CLOSE = List.of("”", "\"");

    private final List<Pair> pairs = new ArrayList<>();

    QuoteMarks() {
        for (Map<String, String> row : LanguagePack.of("multi").table("quote-marks.tsv")) {
            String open = row.get("open"), close = row.get("close");
            if (open == null || close == null || open.isEmpty() || close.isEmpty()) continue;
            pairs.add(new Pair(open, close));
        }
        // two-character marks ('' and ``) must be tried before the one-character ones they start with
        pairs.sort((a, b) -> Integer.compare(b.open.length(), a.open.length()));
    }

    /** Quoted segments of the given lines, in text order. */
    List<Segment> find(String text, List<Span> lines) {
        List<Segment> out = new ArrayList<>();
        boolean previousOpen = false;
        for (Span line : lines) {
            previousOpen = scanLine(text, line, previousOpen, out);
        }
        return out;
    }

    /** Scans one line; returns whether a quote was left open at its end. */
    private boolean scanLine(String text, Span line, boolean previousOpen, List<Segment> out) {
        int i = line.start();
        int end = line.end();
        boolean first = true;
        while (i < end) {
            Pair opened = null;
            int close = -1;
            for (Pair p : pairs) {
                if (!text.startsWith(p.open, i) || i + p.open.length() > end || !canOpen(text, i, line, p)) continue;
                int c = findClose(text, i + p.open.length(), end, p);
                if (opened == null || c >= 0 && close < 0) {
                    opened = p;
                    close = c;
                }
                if (close >= 0) break;
            }
            if (opened != null && close < 0 && DOUBLE.contains(opened.open)) {
                // '“Deals must stop," Reed said': copy that mixes curly and straight marks closes with the other kind
                for (String alt : DOUBLE_CLOSE) {
                    Pair mixed = new Pair(opened.open, alt);
                    int c = findClose(text, i + opened.open.length(), end, mixed);
                    if (c >= 0 && (close < 0 || c < close)) close = c;
                }
                if (close >= 0) opened = new Pair(opened.open, text.substring(close, close + 1));
            }
            if (opened == null) {
                if (!LineBlocks.isSpace(text.charAt(i))) first = false;
                i++;
                continue;
            }
            boolean continuation = first && previousOpen;
            first = false;
            int contentStart = i + opened.open.length();
            if (close < 0) {
                if (opened.symmetric() && !continuation && !startsLine(text, i, line)) {
                    i = contentStart;
                    continue;
                }
                Span content = trim(text, contentStart, end);
                if (!content.isEmpty()) out.add(new Segment(i, -1, content, false, continuation, -1));
                return true;
            }
            Span content = trim(text, contentStart, close);
            if (!content.isEmpty() && hasLetterOrDigit(text, content)) {
                out.add(new Segment(i, close, content, true, continuation, close + opened.close.length()));
            }
            i = close + opened.close.length();
        }
        return false;
    }

    private static boolean startsLine(String text, int i, Span line) {
        for (int k = line.start(); k < i; k++) if (!LineBlocks.isSpace(text.charAt(k))) return false;
        return true;
    }

    /** The first closing mark of this pair after {@code from}. */
    private static int findClose(String text, int from, int end, Pair p) {
        for (int j = from; j + p.close.length() <= end; j++) {
            if (text.startsWith(p.close, j) && canClose(text, j, end, p)) return j;
        }
        return -1;
    }

    private static boolean canOpen(String text, int i, Span line, Pair p) {
        int after = i + p.open.length();
        boolean before = i == line.start() || isOpenContext(text.charAt(i - 1));
        boolean next = after < line.end() && !Character.isWhitespace(text.charAt(after));
        switch (p.open) {
            case "«": return true;
            case "»": return before && after < line.end();
            case "‘", "\"", "”", "''", "``": return before && next;
            default: return before || next;
        }
    }

    private static boolean canClose(String text, int j, int end, Pair p) {
        char prev = text.charAt(j - 1);
        int after = j + p.close.length();
        boolean nextOk = after >= end || !Character.isLetterOrDigit(text.charAt(after));
        switch (p.close) {
            case "’", "\"", "”", "''": return !Character.isWhitespace(prev) && nextOk
                    && !(p.close.equals("''") && after < end && text.charAt(after) == '\'');
            case "“": return !p.open.equals("„") || !Character.isWhitespace(prev) && nextOk;
            case "«": return nextOk;
            default: return true;
        }
    }

    private static boolean isOpenContext(char p) {
        return LineBlocks.isSpace(p) || p == '(' || p == '[' || p == ':' || p == '—' || p == '–' || p == '-'
                || p == '/' || p == '«' || p == '“' || p == '‘' || p == '\'' || p == ',';
    }

    private static Span trim(String text, int s, int e) {
        while (s < e && LineBlocks.isSpace(text.charAt(s))) s++;
        while (e > s && LineBlocks.isSpace(text.charAt(e - 1))) e--;
        return new Span(s, e);
    }

    private static boolean hasLetterOrDigit(String text, Span s) {
        for (int k = s.start(); k < s.end(); k++) if (Character.isLetterOrDigit(text.charAt(k))) return true;
        return false;
    }
}
