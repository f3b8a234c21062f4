package org.vigie.ingest.feeds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feed dates: RFC 822 as RSS writes them (with or without the weekday, single-digit days, two-digit years,
 * {@code GMT}, {@code UT}, {@code Z}, North American zone names or numeric offsets) and W3C/ISO 8601 as Atom,
 * Dublin Core and sitemaps write them. A date that cannot be read gives null, never a guess.
 */
final class FeedDates {
    private static final Pattern RFC822 = Pattern.compile(
            "(?:[A-Za-z]{3},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([A-Za-z]{1,5}|[+-]\\d{4}|[+-]\\d{2}:\\d{2})?");
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("GMT", "+0000"), Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("Z", "+0000"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
            Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private FeedDates() {
    }

    static Instant parse(String text) {
        if (text == null) return null;
        String s = text.strip();
        if (s.isEmpty()) return null;
        if (Character.isDigit(s.charAt(0)) && s.length() >= 10 && s.charAt(4) == '-') return iso(s);
        return rfc822(s);
    }

    private static Instant iso(String s) {
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // W3C allows minutes without seconds and dates alone; both are tried below
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.ISO_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // next form
        }
        Matcher m = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2})(Z|[+-]\\d{2}:\\d{2})").matcher(s);
        if (m.matches()) return iso(m.group(1) + "T" + m.group(2) + ":00" + m.group(3));
        if (s.length() == 10) {
            try {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static Instant rfc822(String s) {
        Matcher m = RFC822.matcher(s);
        if (!m.lookingAt()) return null;
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month == null) return null;
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) year += year < 70 ? 2000 : 1900;
        else if (m.group(3).length() == 3) return null;
        String zone = m.group(7) == null ? "+0000" : m.group(7).toUpperCase(Locale.ROOT);
        zone = ZONES.getOrDefault(zone, zone);
        if (!zone.matches("[+-]\\d{2}:?\\d{2}")) return null;
        try {
            ZoneOffset offset = ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            return OffsetDateTime.of(year, month, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), 0, offset).toInstant();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
