package org.vigie.nlp.times;

import java.util.regex.Pattern;

/**
 * One compiled date pattern of a language: its regex (the span is group {@code span}; slots are named groups
 * wd, month, d, y, n), how to read it and its offset ("past", "-n", "+1"...).
 */
record Rule(Pattern regex, Unit unit, String offset, String language, String source) {

    enum Unit {
        DATE, WEEKDAY, MONTH_NAME, DAY, WEEK, MONTH, YEAR, ANAPHOR;

        static Unit parse(String s) {
            return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }
}
