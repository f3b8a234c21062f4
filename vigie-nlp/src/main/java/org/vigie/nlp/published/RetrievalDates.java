package org.vigie.nlp.published;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The day a document was retrieved ({@code metadata().retrieved()}: a fetch, a WARC record's date, a collection's
 * declared date). An article cannot be published after it was retrieved, and news is usually collected within
 * the year it appears: the two facts that complete a date written without a year.
 */
final class RetrievalDates {
    /** A day of slack after retrieval: a dateline's local date may run ahead of the collector's clock. */
    static final int SLACK_DAYS = 1;

    private RetrievalDates() {
    }

    /** The day of a retrieval date written as metadata dates are ({@link MetadataDates}), in its own offset. */
    static Optional<LocalDate> parse(String retrieved) {
        return MetadataDates.parse(retrieved, DateFinder.shared()).map(iso -> LocalDate.parse(iso.substring(0, 10)));
    }

    /**
     * The latest year that puts the day and month on or before the retrieval day (with {@link #SLACK_DAYS}) and less
     * than a year before it, if that date exists and fits the weekday written with it.
     */
    static Optional<Integer> yearBefore(LocalDate retrieved, DateFinder.Found partial) {
        LocalDate latest = retrieved.plusDays(SLACK_DAYS);
        for (int y = latest.getYear(); y >= latest.getYear() - 1; y--) {
            LocalDate date;
            try {
                date = LocalDate.of(y, partial.month(), partial.day());
            } catch (java.time.DateTimeException e) {
                continue; // 29 February of a common year
            }
            if (date.isAfter(latest) || !date.isAfter(retrieved.minusYears(1))) continue;
            return PublishedAnnotator.fits(y, partial) ? Optional.of(y) : Optional.empty();
        }
        return Optional.empty();
    }
}
