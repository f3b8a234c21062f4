package org.vigie.core.model;

import java.util.Objects;

/**
 * The text as the analysis reads it: the document's text with each damaged character repaired in place, at the same
 * offsets. Mojibake ("dÃ©clarÃ©", "Â«") takes more characters than its repair ("déclaré", "«"), so each repair is
 * padded to the damaged run's length with {@link #FILLER}, after a repaired letter (the word stays one word) and
 * before a repaired sign ("lâ€™OTAN" reads "l··’OTAN", an elision still). Every span found in the reading is a span
 * of the text: the record keeps pointing to the exact characters it came from, the annotators read the words.
 */
public record Reading(String text) {
    /**
     * COMBINING GRAPHEME JOINER: a non-spacing mark that renders as nothing, stays inside a word for the tokenizer and
     * is dropped by accent folding; real news text does not use it (it orders combining marks in Hebrew).
     */
    public static final char FILLER = '\u034F';

    public Reading {
        Objects.requireNonNull(text);
    }

    /** A string cut from a reading without its fillers ("vallé·e" -> "vallée"), for names and other output text. */
    public static String clean(String s) {
        if (s == null || s.indexOf(FILLER) < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) != FILLER) sb.append(s.charAt(i));
        return sb.toString();
    }
}
