package org.vigie.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.vigie.core.Document;
import org.vigie.store.DocumentStore;
import org.vigie.store.DocumentSummary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;

/**
 * Walks the stored analysis records, most recently stored first, one page of summaries at a time, so that only
 * one record is held at once. The date filter reads the summary's publication date before the record is loaded;
 * a document without a date is left out when a date range is asked for.
 */
final class RecordScan {
    private static final int PAGE = 200;

    /** Which documents to visit: published between {@code from} and {@code to} (inclusive, null: open), in {@code story}. */
    record Filter(LocalDate fromOrNull, LocalDate toOrNull, String storyOrNull) {
        static final Filter ALL = new Filter(null, null, null);

        static Filter read(Context ctx) {
            LocalDate from = date(ctx, "from");
            LocalDate to = date(ctx, "to");
            if (from != null && to != null && from.isAfter(to)) throw new BadRequestResponse("from (" + from + ") is after to (" + to + ")");
            return new Filter(from, to, blankToNull(ctx.queryParam("story")));
        }

        boolean datesMatch(String published) {
            if (fromOrNull == null && toOrNull == null) return true;
            LocalDate d = day(published);
            if (d == null) return false;
            return (fromOrNull == null || !d.isBefore(fromOrNull)) && (toOrNull == null || !d.isAfter(toOrNull));
        }

        boolean storyMatches(Document d) {
            return storyOrNull == null || d.story().map(storyOrNull::equals).orElse(false);
        }
    }

    private final DocumentStore store;

    RecordScan(DocumentStore store) {
        this.store = store;
    }

    /** Visits each matching record until {@code visitor} returns false. */
    void forEach(Filter filter, Predicate<Document> visitor) {
        forEach(filter, s -> true, visitor);
    }

    /**
     * Visits each matching record whose summary passes {@code worthReading} until {@code visitor} returns false;
     * the summary's counts let a caller skip loading records without anything it wants.
     */
    void forEach(Filter filter, Predicate<DocumentSummary> worthReading, Predicate<Document> visitor) {
        for (int offset = 0; ; offset += PAGE) {
            List<DocumentSummary> page = store.list(offset, PAGE);
            for (DocumentSummary s : page) {
                if (!filter.datesMatch(s.published()) || !worthReading.test(s)) continue;
                Document d = store.get(s.id()).orElse(null);
                if (d == null || !filter.storyMatches(d)) continue;
                if (!visitor.test(d)) return;
            }
            if (page.size() < PAGE) return;
        }
    }

    /** The day a published value names ({@code 2026-03-01} or a datetime starting with it), or null. */
    static LocalDate day(String published) {
        if (published == null || published.length() < 10) return null;
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The publication date of a record: the analysed one, else the one its metadata stated. */
    static String published(Document d) {
        return d.published().map(p -> p.value()).orElse(d.metadata().published());
    }

    /** Where the record came from: its URL, else its canonical URL, else the path it was read from. */
    static String source(Document d) {
        if (d.metadata().url() != null) return d.metadata().url();
        if (d.input().url() != null) return d.input().url();
        if (d.metadata().canonicalUrl() != null) return d.metadata().canonicalUrl();
        return d.input().path();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return null;
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be a date written YYYY-MM-DD, not '" + raw + "'");
        }
    }
}
