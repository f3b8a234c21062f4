package org.vigie.nlp.blocks;

import org.vigie.core.model.Reading;
import org.vigie.core.model.Span;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into its non-empty lines, each without leading and trailing white space (NBSP included). */
public final class LineBlocks {
    private LineBlocks() {
    }

    public static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '\u2028' || text.charAt(i) == '\u2029') {
                int s = lineStart, e = i;
                while (s < e && isSpace(text.charAt(s))) s++;
                while (e > s && isSpace(text.charAt(e - 1))) e--;
                if (e > s) out.add(new Span(s, e));
                lineStart = i + 1;
            }
        }
        return out;
    }

    public static boolean isSpace(char c) {
        // the filler padding a repaired quotation mark or apostrophe (see Reading) separates like a space
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\uFEFF'
                || c == Reading.FILLER;
    }
}
