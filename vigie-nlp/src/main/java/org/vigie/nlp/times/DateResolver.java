package org.vigie.nlp.times;

import org.vigie.core.model.TimeExpression.Granularity;
import org.vigie.nlp.quantities.NumberWords;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.OptionalDouble;
import java.util.Map;

/**
 * Resolves a matched expression to an ISO value against the publication date: calendar dates (the year of a day
 * and month taken nearest to publication), weekdays and month names before or after publication by their offset
 * or the sentence's tense, offsets in days, weeks (ISO week values), months and years, and anaphoric days counted
 * from the last day-precise date mentioned before. Without a publication date only absolute dates get a value.
 */
final class DateResolver {
    /** A date's day and month without year is read in the year that puts it nearest publication. */
    private static final int YEAR_WINDOW = 1;

    record Resolved(String value, Granularity granularity) {
    }

    private DateResolver() {
    }

    static Resolved resolve(Rule rule, Map<String, String> m, TimeGrammar g, LocalDate published, Tense.Kind tense, LocalDate anchor) {
        return switch (rule.unit()) {
            case DATE -> date(m, g, published);
            case WEEKDAY -> weekday(rule.offset(), g.weekday(group(m, "wd")), published, tense);
            case MONTH_NAME -> monthName(rule.offset(), g.month(group(m, "month")), published, tense);
            case DAY -> {
                Long o = offset(rule, m, g);
                yield published == null || o == null ? new Resolved(null, Granularity.DAY) : day(published.plusDays(o));
            }
            case WEEK -> {
                Long o = offset(rule, m, g);
                yield new Resolved(published == null || o == null ? null : isoWeek(published.plusWeeks(o)), Granularity.WEEK);
            }
            case MONTH -> {
                Long o = offset(rule, m, g);
                yield new Resolved(published == null || o == null ? null : YearMonth.from(published).plusMonths(o).toString(),
                        Granularity.MONTH);
            }
            case YEAR -> {
                Long o = offset(rule, m, g);
                yield new Resolved(published == null || o == null ? null : String.valueOf(published.getYear() + o), Granularity.YEAR);
            }
            case ANAPHOR -> {
                LocalDate base = anchor != null ? anchor : published;
                Long o = offset(rule, m, g);
                yield base == null || o == null ? new Resolved(null, Granularity.DAY) : day(base.plusDays(o));
            }
        };
    }

    static Resolved day(LocalDate d) {
        return new Resolved(d.toString(), Granularity.DAY);
    }

    static String isoWeek(LocalDate d) {
        return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Resolved date(Map<String, String> m, TimeGrammar g, LocalDate published) {
        String y = group(m, "y");
        String monthText = group(m, "month");
        String d = group(m, "d");
        Integer month = monthText == null ? null : g.month(monthText);
        if (month == null) {
            return y == null ? null : new Resolved(y, Granularity.YEAR);
        }
        if (d == null) {
            return y == null ? null : new Resolved(YearMonth.of(Integer.parseInt(y), month).toString(), Granularity.MONTH);
        }
        int day = Integer.parseInt(d);
        if (y != null) return new Resolved(valid(Integer.parseInt(y), month, day), Granularity.DAY);
        if (published == null) return new Resolved(null, Granularity.DAY);
        return new Resolved(nearestYear(month, day, published), Granularity.DAY);
    }

    /** The date with this day and month nearest to publication, trying the years around it. */
    static String nearestYear(int month, int day, LocalDate published) {
        LocalDate best = null;
        for (int y = published.getYear() - YEAR_WINDOW; y <= published.getYear() + YEAR_WINDOW; y++) {
            LocalDate c;
            try {
                c = LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                continue;
            }
            if (best == null || Math.abs(ChronoUnit.DAYS.between(published, c)) < Math.abs(ChronoUnit.DAYS.between(published, best))) {
                best = c;
            }
        }
        return best == null ? null : best.toString();
    }

    static String valid(int y, int month, int day) {
        try {
            return LocalDate.of(y, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Resolved weekday(String offset, Integer weekday, LocalDate published, Tense.Kind tense) {
        if (weekday == null || published == null) return new Resolved(null, Granularity.DAY);
        int today = published.getDayOfWeek().getValue();
        int back = (today - weekday + 7) % 7;
        int ahead = (weekday - today + 7) % 7;
        LocalDate d = switch (offset) {
            case "past" -> published.minusDays(back == 0 ? 7 : back);
            case "future" -> published.plusDays(ahead == 0 ? 7 : ahead);
            default -> tense == Tense.Kind.FUTURE ? published.plusDays(ahead) : published.minusDays(back);
        };
        return day(d);
    }

    private static Resolved monthName(String offset, Integer month, LocalDate published, Tense.Kind tense) {
        if (month == null || published == null) return new Resolved(null, Granularity.MONTH);
        YearMonth now = YearMonth.from(published);
        YearMonth before = YearMonth.of(published.getYear(), month);
        if (before.isAfter(now)) before = before.minusYears(1);
        YearMonth after = YearMonth.of(published.getYear(), month);
        if (after.isBefore(now)) after = after.plusYears(1);
        YearMonth chosen = switch (offset) {
            case "past" -> before.equals(now) ? before.minusYears(1) : before;
            case "future" -> after.equals(now) ? after.plusYears(1) : after;
            default -> {
                if (tense == Tense.Kind.PAST) yield before;
                if (tense == Tense.Kind.FUTURE) yield after;
                yield now.until(after, ChronoUnit.MONTHS) < before.until(now, ChronoUnit.MONTHS) ? after : before;
            }
        };
        return new Resolved(chosen.toString(), Granularity.MONTH);
    }

    /** The offset of a relative rule: an integer, or -n / +n scaled by the number in the {n} slot (null if unreadable). */
    private static Long offset(Rule rule, Map<String, String> m, TimeGrammar g) {
        String o = rule.offset();
        if (o.endsWith("n")) {
            Long n = number(group(m, "n"), g);
            return n == null ? null : o.startsWith("-") ? -n : n;
        }
        try {
            return Long.parseLong(o.startsWith("+") ? o.substring(1) : o);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long number(String text, TimeGrammar g) {
        if (text == null) return null;
        if (text.chars().allMatch(Character::isDigit)) return Long.parseLong(text);
        OptionalDouble v = NumberWords.of(g.language).value(text);
        return v.isPresent() ? (long) v.getAsDouble() : null;
    }

    private static String group(Map<String, String> m, String name) {
        return m.get(name);
    }
}
