package org.vigie.nlp.published;

import org.vigie.core.Document;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a dateline or date line that gave only a day and a month ("BRUXELLES, le 10 février (AFP) –").
 * A year is given only when the document itself justifies it, tried in this order:
 * <ol>
 * <li>the input's URL or path holds a date ("/2025/02/10/", "2025-02-10") with that day and month, or a single
 * year ("/2025/");</li>
 * <li>the text writes the same day and month with a year elsewhere ("le 10 février 2025");</li>
 * <li>the dates with a year written in the text all share one year, or only one of their years puts the day
 * and month on the weekday the dateline gave;</li>
 * <li>the year of the page's copyright notice ("© InfoVeille 2025", "Copyright 2025 ..."), when it names one year:
 * the notice is written when the page is published (a site-wide footer may carry a later year for an old
 * article, a risk taken because wire copy without a year is common and the notice is usually right);</li>
 * <li>when the dateline gave a weekday, the one bare year the text mentions (1900-2099) that puts the date on it.</li>
 * </ol>
 * A candidate year must make the date exist (29 February) and fit a weekday written with it. Several years
 * that none of these rules separates give no year: a story mentioning 2014 and 2022 has no justified year.
 */
final class YearInference {
    private static final Pattern URL_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/_.-](\\d{1,2})[/_.-](\\d{1,2})(?!\\d)");
    private static final Pattern URL_YEAR = Pattern.compile("(?<=[/_.-])((?:19|20)\\d{2})(?=[/_.-])");
    private static final Pattern COPYRIGHT_YEAR = Pattern.compile("(?i)(?:©|copyright)[^\\n\\d]{0,60}((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d.,/\\p{L}])((?:19|20)\\d{2})(?![\\d\\p{L}]|[.,]\\d)");

    private YearInference() {
    }

    static OptionalInt year(Document doc, DateFinder.Found partial, DateFinder dates) {
        String location = doc.input().url() != null ? doc.input().url() : doc.input().path();
        if (location != null) {
            Matcher m = URL_DATE.matcher(location);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (Integer.parseInt(m.group(2)) == partial.month() && Integer.parseInt(m.group(3)) == partial.day()
                        && PublishedAnnotator.fits(y, partial)) return OptionalInt.of(y);
            }
            OptionalInt fromUrl = unique(years(URL_YEAR.matcher(location)), partial);
            if (fromUrl.isPresent()) return fromUrl;
        }
        String text = doc.text();
        List<DateFinder.Found> full = dates.find(text, 0, text.length()).stream().filter(DateFinder.Found::hasYear).toList();
        Set<Integer> sameDay = new TreeSet<>();
        Set<Integer> anyDate = new TreeSet<>();
        for (DateFinder.Found f : full) {
            anyDate.add(f.year());
            if (f.month() == partial.month() && f.day() == partial.day()) sameDay.add(f.year());
        }
        OptionalInt y = unique(sameDay, partial);
        if (y.isPresent()) return y;
        y = unique(anyDate, partial);
        if (y.isPresent()) return y;
        y = unique(years(COPYRIGHT_YEAR.matcher(text)), partial);
        if (y.isPresent()) return y;
        // a lone bare year is too often a reference to the past or future ("jusqu'en 2028") to date the article
        if (partial.weekday() == null) return OptionalInt.empty();
        return unique(years(BARE_YEAR.matcher(text)), partial);
    }

    private static Set<Integer> years(Matcher m) {
        Set<Integer> out = new TreeSet<>();
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return out;
    }

    /** The one candidate year that makes the date valid and fits its weekday, if exactly one does. */
    private static OptionalInt unique(Set<Integer> years, DateFinder.Found partial) {
        List<Integer> fitting = years.stream().filter(y -> PublishedAnnotator.fits(y, partial)).toList();
        if (fitting.size() == 1 && (partial.weekday() != null || years.size() == 1)) return OptionalInt.of(fitting.get(0));
        return OptionalInt.empty();
    }
}
