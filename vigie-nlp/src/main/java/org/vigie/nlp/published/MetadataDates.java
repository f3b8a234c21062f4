package org.vigie.nlp.published;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Reads the publication date a page declared (meta tags, JSON-LD, feeds) into an ISO date or datetime. */
final class MetadataDates {
    private MetadataDates() {
    }

    /**
     * ISO dates and datetimes (with or without offset) are kept, to the minute or second they give; RFC 1123
     * dates of feeds become offset datetimes; anything else must hold a date with its year ("3 March 2025").
     */
    static Optional<String> parse(String value, DateFinder dates) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.strip();
        try {
            return Optional.of(LocalDate.parse(v).toString());
        } catch (DateTimeParseException ignored) {
            // not a plain date
        }
        try {
            return Optional.of(OffsetDateTime.parse(v).truncatedTo(ChronoUnit.SECONDS).toString());
        } catch (DateTimeParseException ignored) {
            // no offset
        }
        try {
            return Optional.of(LocalDateTime.parse(v).truncatedTo(ChronoUnit.SECONDS).toString());
        } catch (DateTimeParseException ignored) {
            // not ISO
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().toString());
        } catch (DateTimeParseException ignored) {
            // not a feed date
        }
        List<DateFinder.Found> found = dates.find(v, 0, v.length());
        if (!found.isEmpty() && found.get(0).hasYear()) return Optional.of(found.get(0).iso());
        return Optional.empty();
    }
}
