package org.vigie.nlp.times;

import java.util.regex.Pattern;

/**
 * One compiled date pattern of a language: its regex (the span is group {@code span}; slots are named groups
 * wd, month, d, y, n), how to read it and its offset ("past", "-n", "+1"...).
 */
record Rule(Pattern regex, Unit unit, String offset, String language, String source, Anchor anchor) {

    /**
     * What a sentence must contain for the rule to have a chance: one of these lower-case words, or a slot's
     * kind of word (weekday, month, digit, number). Checked before running the regex, which is the slow part.
     */
    record Anchor(java.util.List<String> words, String slot) {
    }

    enum Unit {
        DATE, WEEKDAY, MONTH_NAME, DAY, WEEK, MONTH, YEAR, ANAPHOR;

        static Unit parse(String s) {
            return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }
}
