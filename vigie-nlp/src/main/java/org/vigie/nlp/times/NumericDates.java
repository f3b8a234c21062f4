package org.vigie.nlp.times;

import org.vigie.core.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in digits: ISO (2022-02-10) and day/month/year or month/day/year (10/02/2022, 10.02.2022).
 * The order of an ambiguous date follows the document's unambiguous ones (a day above 12 in first place means
 * day-first, in second place month-first, as in US copy), else the language's {@code date-order}.
 */
final class NumericDates {
    private static final Pattern SLASHED = Pattern.compile(
            "(?<![\\p{L}\\p{N}/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2((?:19|20)\\d\\d)(?![\\p{L}\\p{N}]|[/.-]\\d)");
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\p{L}\\p{N}/.-])((?:19|20)\\d\\d)-(\\d{2})-(\\d{2})(?![\\p{L}\\p{N}]|-\\d)");
    private static final int MONTHS = 12;

    record Found(Span span, String value) {
    }

    private NumericDates() {
    }

    /** 'd' or 'm' when the document's unambiguous numeric dates agree on an order, else 0. */
    static char documentOrder(String text) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        Matcher m = SLASHED.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            if (a > MONTHS && b <= MONTHS) dayFirst = true;
            if (b > MONTHS && a <= MONTHS) monthFirst = true;
        }
        return dayFirst == monthFirst ? 0 : dayFirst ? 'd' : 'm';
    }

    static List<Found> find(String text, int start, int end, char order) {
        List<Found> out = new ArrayList<>();
        Matcher m = SLASHED.matcher(text).region(start, end).useTransparentBounds(true);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int y = Integer.parseInt(m.group(4));
            boolean monthFirst = b > MONTHS || (a <= MONTHS && order == 'm');
            String value = monthFirst ? DateResolver.valid(y, a, b) : DateResolver.valid(y, b, a);
            out.add(new Found(new Span(m.start(), m.end()), value));
        }
        m = ISO.matcher(text).region(start, end).useTransparentBounds(true);
        while (m.find()) {
            String value = DateResolver.valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            out.add(new Found(new Span(m.start(), m.end()), value));
        }
        return out;
    }
}
