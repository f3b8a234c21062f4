package org.vigie.ingest;

import org.vigie.core.Document;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * When a folder's files were collected. An archive of saved articles rarely says when each was saved, and file
 * times do not survive copies or checkouts, so a folder may declare it in a hidden {@value #FILE_NAME} file
 * ({@code collected=2025-04-07}); it applies to the files below that folder. The date becomes each document's
 * {@code metadata().retrieved()}, which completes datelines written without a year.
 */
public final class Collection {
    public static final String FILE_NAME = ".collection.properties";

    private Collection() {
    }

    /**
     * The collection date declared in {@code dir}, or {@code inherited} when the folder declares none.
     *
     * @throws IllegalArgumentException with a message for the user when the file is unreadable or its date invalid
     */
    static String declaredIn(Path dir, String inherited) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return inherited;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        String value = p.getProperty("collected");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(file + " has no 'collected' key; write collected=YYYY-MM-DD");
        }
        try {
            return parse(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    /**
     * The collection date declared in {@code dir} or the nearest folder above it, or null.
     *
     * @throws IllegalArgumentException with a message for the user when the nearest declaration is unreadable or invalid
     */
    public static String declaredAbove(Path dir) {
        for (Path d = dir == null ? null : dir.toAbsolutePath(); d != null; d = d.getParent()) {
            String found = declaredIn(d, null);
            if (found != null) return found;
        }
        return null;
    }

    /**
     * An ISO date ({@code 2025-04-07}), offset date-time or instant, returned unchanged when valid.
     *
     * @throws IllegalArgumentException naming the expected forms
     */
    public static String parse(String value) {
        String v = value.strip();
        try {
            LocalDate.parse(v);
            return v;
        } catch (DateTimeParseException ignored) {
            // try the longer forms
        }
        try {
            OffsetDateTime.parse(v);
            return v;
        } catch (DateTimeParseException ignored) {
            // try an instant
        }
        try {
            Instant.parse(v);
            return v;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a collection date: write an ISO date such as "
                    + "2025-04-07 or a date-time such as 2025-04-07T18:30:00Z");
        }
    }

    /** A sink that gives documents lacking a retrieval date the collection's. */
    static DocumentSink dating(DocumentSink sink, String collected) {
        if (collected == null) return sink;
        return new DocumentSink() {
            @Override
            public void accept(Document doc) {
                sink.accept(doc.metadata().retrieved() != null ? doc : doc.withMetadata(doc.metadata().withRetrieved(collected)));
            }

            @Override
            public void failed(String source, String reason) {
                sink.failed(source, reason);
            }
        };
    }
}
