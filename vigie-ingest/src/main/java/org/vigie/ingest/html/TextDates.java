package org.vigie.ingest.html;

import org.vigie.core.text.MonthNames;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Complete calendar dates written for readers in a page's text, as bylines and datelines carry them:
 * {@code 23. Juli 2017}, {@code 8 January 2020}, {@code January 8, 2020}, {@code 5 de marzo de 2021},
 * {@code 25.08.2015}, {@code 2022-01-14}. Dates missing a day or a year are not dates here; month names are
 * those of every language of {@link MonthNames}, the table vigie-nlp reads too. Numeric dates are read day first, as most of the world writes them,
 * unless the second number cannot be a month and the first can ({@code 12/25/2020}).
 */
final class TextDates {
    private static final Map<String, Integer> MONTHS = load();
    private static final String MONTH = monthAlternation();
    private static final String DAY = "(0?[1-9]|[12]\\d|3[01])";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + DAY
            + "(?:st|nd|rd|th|er|º|°)?\\.?\\s*(?:de\\s+)?" + MONTH + "\\.?,?\\s*(?:de\\s+|del\\s+)?" + YEAR + "(?!\\p{N})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + MONTH + "\\.?\\s+" + DAY
            + "(?:st|nd|rd|th)?,?\\s+" + YEAR + "(?!\\p{N})");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\p{N}.:/-])(\\d{1,2})([./])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\p{N}]|[./-]\\d)");
    private static final Pattern ISO = Pattern.compile("(?<![\\p{N}.:/-])((?:19|20)\\d{2})([-/])(\\d{2})\\2(\\d{2})(?![\\p{N}]|[./-]\\d)");

    private TextDates() {
    }

    /** The first complete date written in {@code s}, as {@code yyyy-mm-dd}. */
    static Optional<String> first(String s) {
        if (s == null || s.length() < 8) return Optional.empty();
        int bestAt = Integer.MAX_VALUE;
        String best = null;
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        while (m.find()) {
            Optional<String> d = date(m.group(3), MONTHS.get(key(m.group(2))), m.group(1));
            if (d.isPresent()) {
                bestAt = m.start();
                best = d.get();
                break;
            }
        }
        m = MONTH_DAY_YEAR.matcher(s);
        while (m.find() && m.start() < bestAt) {
            Optional<String> d = date(m.group(3), MONTHS.get(key(m.group(1))), m.group(2));
            if (d.isPresent()) {
                bestAt = m.start();
                best = d.get();
                break;
            }
        }
        m = NUMERIC.matcher(s);
        while (m.find() && m.start() < bestAt) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            Optional<String> d = b > 12 && a <= 12 ? date(m.group(4), a, m.group(3)) : date(m.group(4), b, m.group(1));
            if (d.isPresent()) {
                bestAt = m.start();
                best = d.get();
                break;
            }
        }
        m = ISO.matcher(s);
        while (m.find() && m.start() < bestAt) {
            Optional<String> d = date(m.group(1), Integer.parseInt(m.group(3)), m.group(4));
            if (d.isPresent()) {
                best = d.get();
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<String> date(String year, Integer month, String day) {
        if (month == null) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String monthAlternation() {
        List<String> names = new ArrayList<>(MONTHS.keySet());
        names.sort((x, y) -> y.length() - x.length());
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) b.append('|');
            b.append(Pattern.quote(names.get(i)));
        }
        return b.append(")(?!\\p{L})").toString();
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> out = new HashMap<>();
        // a page writes any language's names, abbreviations with or without their full stop: the patterns allow one
        for (MonthNames.Name n : MonthNames.all()) out.put(key(n.bare()), n.month());
        return out;
    }
}
