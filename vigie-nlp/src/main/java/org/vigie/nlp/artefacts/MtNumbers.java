package org.vigie.nlp.artefacts;

import org.vigie.core.model.Token;

import java.util.List;

/**
 * Machine-translation damage to figures. Some MT systems replace runs of digits by the placeholder
 * "XNUMX" ("150 XNUMX soldats" for "150 000 soldats"); others glue two figures together
 * ("60.000 25.000 soldats"). Shared by the artefacts and quantities annotators.
 */
public final class MtNumbers {
    /** The placeholder MT systems leave instead of digits. */
    public static final String MARKER = "XNUMX";

    private MtNumbers() {
    }

    public static boolean isMarker(String token) {
        return token.equalsIgnoreCase(MARKER);
    }

    /**
     * The index after the run of placeholders that continues a figure from token {@code i} (each placeholder
     * preceded by a space or by a separator mark written tight), or {@code i} when none follows.
     */
    public static int markerRunEnd(String text, List<Token> tokens, int i) {
        int k = i;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            if (isMarker(t.span().of(text)) && separatedBySpaceOrTight(text, tokens, k)) {
                k++;
            } else if (k + 1 < tokens.size() && isSeparatorMark(t.span().of(text)) && tokens.get(k - 1).end() == t.start()
                    && t.end() == tokens.get(k + 1).start() && isMarker(tokens.get(k + 1).span().of(text))) {
                k += 2;
            } else {
                break;
            }
        }
        return k;
    }

    /** The separator marks written inside the figure run [from, to): spaces count as ' '. */
    public static String separators(String text, List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from + 1; k < to; k++) {
            Token t = tokens.get(k);
            if (isSeparatorMark(t.span().of(text))) sb.append(t.span().of(text));
            else if (tokens.get(k - 1).end() < t.start()) sb.append(' ');
        }
        return sb.toString();
    }

    private static boolean separatedBySpaceOrTight(String text, List<Token> tokens, int k) {
        if (k == 0) return true;
        String gap = text.substring(tokens.get(k - 1).end(), tokens.get(k).start());
        return gap.length() <= 1 && (gap.isEmpty() || isGroupSpace(gap.charAt(0)));
    }

    static boolean isSeparatorMark(String s) {
        return s.equals(".") || s.equals(",");
    }

    static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
    }
}
