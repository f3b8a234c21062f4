package org.vigie.monitor;

import org.vigie.core.Document;
import org.vigie.core.model.Published;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a document counts as having happened for the time windows of story rules: its publication time if it is
 * known (the analysis' {@code published}, else the page metadata), never later than its arrival, else its
 * arrival. A feed that re-sends last week's article, or an archive imported today, then falls where it belongs
 * instead of looking like a burst of news.
 */
final class PublicationTime {
    private PublicationTime() {
    }

    /**
     * The time of {@code doc} that arrived at {@code arrival}. A publication time after the arrival is a wrong
     * clock or a misread time zone, so it is clamped to the arrival; a bare date stands for the latest moment of
     * that day (UTC), also clamped, since the document may have appeared at any time that day.
     */
    static Instant of(Document doc, Instant arrival) {
        Optional<Instant> published = doc.published().map(Published::value).flatMap(PublicationTime::parse);
        if (published.isEmpty()) published = parse(doc.metadata().published());
        return published.filter(p -> p.isBefore(arrival)).orElse(arrival);
    }

    /** An ISO-8601 date or datetime; a datetime without offset is read as UTC. Empty if unreadable. */
    static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.strip();
        try {
            if (v.length() <= 10) return Optional.of(LocalDate.parse(v).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1));
            try {
                return Optional.of(OffsetDateTime.parse(v).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
