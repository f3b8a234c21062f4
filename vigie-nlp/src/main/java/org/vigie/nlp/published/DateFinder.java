package org.vigie.nlp.published;

import org.vigie.core.model.Span;
import org.vigie.nlp.lang.LanguagePack;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written out in text, in every language that has month names (the table of
 * {@link org.vigie.core.text.MonthNames}, shared with vigie-ingest, read as {@code months.tsv}) and
 * {@code weekdays.tsv}: "10 février", "le lundi 3 mars 2025", "March 3, 2025", "10. März 2025",
 * "10 de febrero de 2025", "12/03/2025 à 14h05", "2025-03-12T14:05". Numeric dates are read day first
 * (European order) unless that is impossible, so "03/12/2025" is 3 December. A day and month without a year
 * is returned with a null year: the caller decides whether a year can be justified. Immutable, thread-safe.
 */
public final class DateFinder {
    private static final String DAY = "(?<d>[0-3]?\\d)(?:er|st|nd|rd|th|º|°|\\.)?";
    private static final String YEAR = "(?<y>(?:19|20)\\d{2})(?!\\d)";
    private static final String ZONE = "(?:\\s*(?<ap>[ap]\\.?m\\.?))?(?:\\s*(?<tz>(?:GMT|UTC)\\s*[+\\-−]\\s*\\d{1,2}(?::?[0-5]\\d)?|GMT|UTC|CEST|CET))?";
    private static final String CLOCK = "(?<h>[0-2]?\\d)(?:\\s*h\\s*(?<mh>[0-5]\\d)?|:(?<mc>[0-5]\\d))" + ZONE + "(?![\\d\\p{L}])";
    private static final String TIME = "(?:\\s*(?:,|à|a las|alle|um|at|-|–)?\\s*" + CLOCK + ")?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Integer> weekdays = new HashMap<>();
    private final Pattern numeric = numeric();
    private final List<Pattern> patterns;

    /** A date found in text; {@code year}, {@code hour}, {@code minute} and {@code weekday} may be null. */
    public record Found(Span span, Integer year, int month, int day, Integer hour, Integer minute, Integer weekday, String offset) {
        public boolean hasYear() {
            return year != null;
        }

        /** ISO date, or date and time to the minute when a time was written ("2025-03-12T14:05"). */
        public String iso() {
            if (year == null) throw new IllegalStateException("no year");
            String date = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
            if (hour == null) return date;
            return date + String.format(Locale.ROOT, "T%02d:%02d", hour, minute == null ? 0 : minute) + (offset == null ? "" : offset);
        }

        public Found withYear(int y) {
            return new Found(span, y, month, day, hour, minute, weekday, offset);
        }
    }

    private static final class Holder {
        static final DateFinder SHARED = new DateFinder(List.copyOf(LanguagePack.of("multi").words("detector-languages.txt")));
    }

    public static DateFinder shared() {
        return Holder.SHARED;
    }

    public DateFinder(List<String> languages) {
        for (String code : languages) {
            LanguagePack pack = LanguagePack.of(code);
            for (Map<String, String> row : pack.table("months.tsv")) put(months, row.get("name"), row.get("month"));
            for (Map<String, String> row : pack.table("weekdays.tsv")) put(weekdays, row.get("name"), row.get("weekday"));
        }
        String m = alternation(months.keySet());
        String w = alternation(weekdays.keySet());
        String weekday = "(?:(?<w>" + w + ")(?!\\p{L}),?\\s+)?";
        patterns = months.isEmpty() ? List.of(numeric, iso()) : List.of(
                Pattern.compile("(?<![\\p{L}\\d])" + weekday + "(?:(?:le|el|the|den|il|o)\\s+)?" + DAY + "\\s+(?:de\\s+)?(?<m>" + m
                        + ")(?!\\p{L})(?:,?\\s+(?:de\\s+|del\\s+)?" + YEAR + ")?" + TIME, FLAGS),
                Pattern.compile("(?<![\\p{L}\\d])" + weekday + "(?<m>" + m + ")(?!\\p{L})\\s+" + DAY.replace("|\\.", "")
                        + "(?!\\d)(?:,?\\s+" + YEAR + ")?" + TIME, FLAGS),
                Pattern.compile("(?<![\\d:])" + CLOCK + ",?\\s+(?:on\\s+)?(?<m>" + m + ")(?!\\p{L})\\s+" + DAY.replace("|\\.", "")
                        + "(?!\\d),?\\s+" + YEAR, FLAGS),
                Pattern.compile("(?<![\\d:])" + CLOCK + ",?\\s+(?:le\\s+|on\\s+)?" + DAY + "\\s+(?:de\\s+)?(?<m>" + m
                        + ")(?!\\p{L}),?\\s+" + YEAR, FLAGS),
                numeric, iso());
    }

    private static Pattern numeric() {
        return Pattern.compile("(?<![\\d./])(?<d>[0-3]?\\d)([/.])(?<mo>[0-3]?\\d)\\2" + YEAR + TIME, FLAGS);
    }

    private static Pattern iso() {
        return Pattern.compile("(?<![\\d./])(?<y>(?:19|20)\\d{2})-(?<mo>[01]\\d)-(?<d>[0-3]\\d)(?:[T ](?<h>[0-2]\\d):(?<mc>[0-5]\\d))?(?!\\d)");
    }

    private static void put(Map<String, Integer> map, String name, String number) {
        if (name == null || number == null || name.isBlank()) return;
        int n = Integer.parseInt(number.strip());
        map.put(name.strip().toLowerCase(Locale.ROOT), n);
        map.put(LanguagePack.normalize(name.strip()), n);
    }

    /** Longest names first, so "sept." wins over "sept" and "mars" is not read as "mar". */
    private static String alternation(Set<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringJoiner j = new StringJoiner("|");
        for (String s : sorted) j.add(Pattern.quote(s));
        return j.toString();
    }

    /** Every valid date in {@code text[from, to)}, in text order, overlapping readings resolved to the longest. */
    public List<Found> find(String text, int from, int to) {
        List<Found> all = new ArrayList<>();
        // Every date has a digit, and its words (weekday, article, month) stand within a few dozen characters of one:
        // the patterns, whose month alternation is costly, only run in windows around digits.
        int[] window = {from, from};
        for (int i = from; i <= to; i++) {
            boolean digit = i < to && Character.isDigit(text.charAt(i));
            if (digit && i - WINDOW > window[1]) {
                if (window[1] > window[0]) scan(text, window[0], window[1], all);
                window[0] = Math.max(from, i - WINDOW);
            }
            if (digit) window[1] = Math.min(to, i + WINDOW);
        }
        if (window[1] > window[0]) scan(text, window[0], window[1], all);
        all.sort(Comparator.comparingInt((Found f) -> f.span().start()).thenComparingInt(f -> -f.span().length()));
        List<Found> out = new ArrayList<>();
        int end = -1;
        for (Found f : all) {
            if (f.span().start() >= end) {
                out.add(f);
                end = f.span().end();
            }
        }
        return out;
    }

    private static final int WINDOW = 48;

    private void scan(String text, int from, int to, List<Found> all) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text).region(from, to);
            m.useTransparentBounds(true);
            while (m.find()) {
                Found f = read(m);
                if (f != null) all.add(f);
            }
        }
    }

    private Found read(Matcher m) {
        Integer month = group(m, "mo");
        if (month == null) {
            String name = m.group("m").toLowerCase(Locale.ROOT);
            month = months.getOrDefault(name, months.get(LanguagePack.normalize(name)));
        }
        Integer day = group(m, "d");
        Integer year = group(m, "y");
        if (month == null || day == null) return null;
        if (m.pattern() == numeric && month > 12 && day <= 12) {
            int t = month;
            month = day;
            day = t;
        }
        if (!valid(year, month, day)) return null;
        Integer hour = group(m, "h");
        Integer minute = group(m, "mh");
        if (minute == null) minute = group(m, "mc");
        int end = m.end();
        String offset = null;
        if (hour != null && hasGroup(m, "ap") && m.group("ap") != null) {
            boolean pm = Character.toLowerCase(m.group("ap").charAt(0)) == 'p';
            if (hour < 1 || hour > 12) hour = 99;
            else if (pm && hour < 12) hour += 12;
            else if (!pm && hour == 12) hour = 0;
        }
        if (hour != null && hasGroup(m, "tz") && m.group("tz") != null) offset = offset(m.group("tz"));
        if (hour != null && hour > 23) {
            offset = null;
            hour = null;
            minute = null;
            end = 0;
            for (String g : new String[]{"d", "m", "mo", "y"}) {
                if (hasGroup(m, g)) end = Math.max(end, m.end(g));
            }
            // an impossible clock before the date ("25:00, March 3") leaves nothing worth keeping in that reading
            if (hasGroup(m, "m") && m.start("h") >= 0 && m.start("h") < m.start("d")) return null;
        }
        Integer weekday = null;
        if (hasGroup(m, "w") && m.group("w") != null) {
            String w = m.group("w").toLowerCase(Locale.ROOT);
            weekday = weekdays.getOrDefault(w, weekdays.get(LanguagePack.normalize(w)));
        }
        // the span starts at the weekday, day or month name, leaving out an article such as "le" or "the"
        int start = Integer.MAX_VALUE;
        for (String g : new String[]{"w", "d", "m", "y", "h"}) {
            if (hasGroup(m, g) && m.start(g) >= 0) start = Math.min(start, m.start(g));
        }
        return new Found(new Span(start, end), year, month, day, hour, minute, weekday, offset);
    }

    /** "GMT+1" -> "+01:00", "UTC-5:30" -> "-05:30", "GMT"/"UTC" -> "Z"; CET and CEST are +01:00 and +02:00. */
    private static String offset(String zone) {
        String z = zone.toUpperCase(Locale.ROOT).replace(" ", "").replace('−', '-');
        if (z.equals("CET")) return "+01:00";
        if (z.equals("CEST")) return "+02:00";
        if (z.equals("GMT") || z.equals("UTC")) return "Z";
        String sign = z.substring(3, 4);
        String rest = z.substring(4).replace(":", "");
        int hours = Integer.parseInt(rest.length() > 2 ? rest.substring(0, rest.length() - 2) : rest);
        int minutes = rest.length() > 2 ? Integer.parseInt(rest.substring(rest.length() - 2)) : 0;
        if (hours > 14) return null;
        return String.format(Locale.ROOT, "%s%02d:%02d", sign, hours, minutes);
    }

    private static boolean valid(Integer year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) return false;
        try {
            int max = year == null ? YearMonth.of(2024, month).lengthOfMonth() : YearMonth.of(year, month).lengthOfMonth();
            if (day > max) return false;
            if (year != null) LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean hasGroup(Matcher m, String name) {
        return m.pattern().pattern().contains("(?<" + name + ">");
    }

    private static Integer group(Matcher m, String name) {
        if (!hasGroup(m, name)) return null;
        String g = m.group(name);
        return g == null ? null : Integer.valueOf(g);
    }
}
