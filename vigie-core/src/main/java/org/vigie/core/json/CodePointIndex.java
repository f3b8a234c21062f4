package org.vigie.core.json;

/**
 * Converts between the UTF-16 char offsets used inside Vigie and the Unicode code point offsets of
 * the JSON contract. For text without supplementary characters both are the same and no table is kept.
 */
public final class CodePointIndex {
    private final String text;
    /** Char offsets of each supplementary character's high surrogate, ascending; null when there are none. */
    private final int[] surrogates;

    public CodePointIndex(String text) {
        this.text = text;
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) n++;
        }
        if (n == 0) {
            surrogates = null;
        } else {
            surrogates = new int[n];
            int j = 0;
            for (int i = 0; i < text.length(); i++) {
                if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    surrogates[j++] = i;
                }
            }
        }
    }

    /** The code point offset of a char offset (which must not split a surrogate pair). */
    public int toCodePoint(int charOffset) {
        if (surrogates == null) return charOffset;
        return charOffset - pairsBefore(charOffset);
    }

    /** The char offset of a code point offset. */
    public int toChar(int codePointOffset) {
        if (surrogates == null) return codePointOffset;
        if (codePointOffset < 0) throw new IllegalArgumentException("negative offset " + codePointOffset);
        int chars = text.offsetByCodePoints(0, Math.min(codePointOffset, text.codePointCount(0, text.length())));
        if (codePointOffset > text.codePointCount(0, text.length())) {
            throw new IllegalArgumentException("offset " + codePointOffset + " is past the end of the text");
        }
        return chars;
    }

    public int codePointLength() {
        return toCodePoint(text.length());
    }

    private int pairsBefore(int charOffset) {
        int lo = 0, hi = surrogates.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (surrogates[mid] < charOffset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
