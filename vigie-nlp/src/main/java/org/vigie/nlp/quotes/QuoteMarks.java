package org.vigie.nlp.quotes;

import org.vigie.core.model.Span;
import org.vigie.nlp.blocks.LineBlocks;
import org.vigie.nlp.lang.LanguagePack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the stretches of a line enclosed in quotation marks (pairs from {@code multi/quote-marks.tsv}). Only the
 * outermost pair counts; marks of another kind inside a quote are part of its text. A quote still open at the end
 * of the line runs to the line end, and a line that then starts with an opening mark continues it (the press
 * convention for a quote spanning paragraphs).
 */
final class QuoteMarks {
    /** One quoted stretch: where its marks are, its content without marks and inner padding, and whether it closed. */
    record Segment(int open, int close, Span content, boolean closed, boolean continuation) {
    }

    private final String opens;
    private final String closes;

    QuoteMarks() {
        StringBuilder o = new StringBuilder(), c = new StringBuilder();
        for (Map<String, String> row : LanguagePack.of("multi").table("quote-marks.tsv")) {
            String open = row.get("open"), close = row.get("close");
            if (open == null || close == null || open.length() != 1 || close.length() != 1) continue;
            o.append(open.charAt(0));
            c.append(close.charAt(0));
        }
        this.opens = o.toString();
        this.closes = c.toString();
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
        boolean leftOpen = false;
        while (i < end) {
            char c = text.charAt(i);
            int pair = opens.indexOf(c);
            if (pair < 0 || !canOpen(text, i, line, c)) {
                if (!LineBlocks.isSpace(c)) first = false;
                i++;
                continue;
            }
            int close = findClose(text, i, end, pair);
            boolean continuation = first && previousOpen;
            first = false;
            if (close < 0) {
                Span content = trim(text, i + 1, end);
                if (!content.isEmpty()) out.add(new Segment(i, -1, content, false, continuation));
                leftOpen = true;
                break;
            }
            Span content = trim(text, i + 1, close);
            if (!content.isEmpty() && hasLetterOrDigit(text, content)) {
                out.add(new Segment(i, close, content, true, continuation));
            }
            i = close + 1;
        }
        return leftOpen;
    }

    /** The closing mark matching the opening one at {@code open}, trying each pair that opens with this character. */
    private int findClose(String text, int open, int end, int firstPair) {
        char o = text.charAt(open);
        for (int p = firstPair; p < opens.length(); p++) {
            if (opens.charAt(p) != o) continue;
            char c = closes.charAt(p);
            for (int j = open + 1; j < end; j++) {
                if (text.charAt(j) == c && canClose(text, j, end, c, o)) return j;
            }
        }
        return -1;
    }

    private static boolean canOpen(String text, int i, Span line, char c) {
        boolean before = i == line.start() || isOpenContext(text.charAt(i - 1));
        boolean after = i + 1 < line.end() && !Character.isWhitespace(text.charAt(i + 1));
        if (c == '«') return true;
        if (c == '»') return before && i + 1 < line.end();
        if (c == '‘' || c == '"' || c == '”') return before && after;
        return before || after;
    }

    private static boolean canClose(String text, int j, int end, char c, char open) {
        char prev = text.charAt(j - 1);
        boolean after = j + 1 >= end || !Character.isLetterOrDigit(text.charAt(j + 1));
        if (c == '’' || c == '"' || c == '”' || (c == '“' && open == '„')) return !Character.isWhitespace(prev) && after;
        if (c == '«' && open == '»') return after;
        return true;
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
