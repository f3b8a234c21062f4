package org.vigie.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises machine-written dates found in metadata (ISO 8601 variants, RFC 1123, {@code dd.mm.yyyy},
 * dates in URLs) to ISO: {@code 2020-02-19}, or a datetime with its offset when one is given.
 * Free-text dates in prose ("le 3 mai") are left to the times annotator.
 */
public final class DateText {
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern DMY = Pattern.compile("^(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b");
    private static final Pattern SLASH_YMD = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:/|[_-]|\\.|$)");
    private static final DateTimeFormatter RFC = DateTimeFormatter.RFC_1123_DATE_TIME;

    private DateText() {
    }

    public static Optional<String> normalize(String raw) {
        if (raw == null) return Optional.empty();
        String s = raw.strip();
        if (s.isEmpty()) return Optional.empty();
        try {
            Matcher m = ISO.matcher(s);
            if (m.find()) return iso(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
            m = COMPACT.matcher(s);
            if (m.find()) return iso(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
            m = SLASH_YMD.matcher(s);
            if (m.find()) return iso(m.group(1), m.group(2), m.group(3), null, null, null, null);
            m = DMY.matcher(s);
            if (m.find()) return iso(m.group(3), m.group(2), m.group(1), null, null, null, null);
            if (Character.isLetter(s.charAt(0))) {
                try {
                    return Optional.of(ZonedDateTime.parse(s, RFC).toOffsetDateTime().toString());
                } catch (DateTimeException ignored) {
                    // not RFC 1123 either
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A date written in a URL path such as {@code /2020/02/19/} or {@code /20200219-}. */
    public static Optional<String> fromUrl(String url) {
        if (url == null) return Optional.empty();
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) return Optional.empty();
        try {
            return iso(m.group(1), m.group(2), m.group(3), null, null, null, null);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> iso(String y, String mo, String d, String h, String mi, String sec, String zone) {
        int year = Integer.parseInt(y);
        if (year < 1800 || year > 2200) return Optional.empty();
        LocalDate date = LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
        if (h == null) return Optional.of(date.toString());
        LocalDateTime dt = date.atTime(Integer.parseInt(h), Integer.parseInt(mi), sec == null ? 0 : Integer.parseInt(sec));
        if (zone == null) return Optional.of(dt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        String z = zone.equals("Z") ? "Z" : normalizeOffset(zone);
        return Optional.of(OffsetDateTime.of(dt, java.time.ZoneOffset.of(z)).toString());
    }

    private static String normalizeOffset(String zone) {
        String digits = zone.substring(1).replace(":", "");
        if (digits.length() == 2) digits = digits + "00";
        return zone.charAt(0) + digits.substring(0, 2) + ":" + digits.substring(2, 4);
    }
}
