package org.vigie.monitor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.Document;
import org.vigie.core.InputException;
import org.vigie.core.model.Input;
import org.vigie.core.model.Metadata;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where every fetched page, dropped file and archive record goes: skipped if its bytes or its extracted text
 * were ingested before, else read, analysed and stored once; then its story's independent sources are updated
 * and the watchlists evaluated. Safe for several threads: the database and the ingest are, and a text being ingested is claimed first.
 */
final class ArticleIntake {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleIntake.class);

    record Result(int stored, int duplicates, List<String> documentIds, List<Alert> alerts, String failure) {
        static Result failed(String reason) {
            return new Result(0, 0, List.of(), List.of(), reason);
        }
    }

    private final MonitorDb db;
    private final ArticleReader reader;
    private final DocumentIngest ingest;
    private final Watchlists watchlists;
    /** Contents being ingested right now, so two workers holding the same text do not both store it. */
    private final java.util.Set<String> inProgress = java.util.concurrent.ConcurrentHashMap.newKeySet();

    ArticleIntake(MonitorDb db, ArticleReader reader, DocumentIngest ingest, Watchlists watchlists) {
        this.db = db;
        this.reader = reader;
        this.ingest = ingest;
        this.watchlists = watchlists;
    }

    /**
     * Takes {@code bytes} read from {@code name} (the final URL or the file path); {@code url} is the article URL
     * (null for files), {@code sourceId} the monitor source (null for imports), {@code at} when it was seen.
     */
    Result accept(byte[] bytes, String name, String url, String mediaType, String sourceId, Instant at, boolean alerts) {
        return accept(bytes, name, url, mediaType, sourceId, at, null, alerts);
    }

    /**
     * As above, for a fetched page whose server said when it last changed ({@code lastModified}, null if it did not):
     * the page was published by then, which bounds a dateline's year more tightly than the fetch time.
     */
    Result accept(byte[] bytes, String name, String url, String mediaType, String sourceId, Instant at, Instant lastModified,
                  boolean alerts) {
        Instant retrieved = lastModified != null && lastModified.isBefore(at) ? lastModified : at;
        String bodyHash = "body:" + Document.sha256(bytes);
        if (db.contentSeen(bodyHash)) return new Result(0, 1, List.of(), List.of(), null);
        List<Document> docs;
        try {
            docs = reader.read(bytes, name, mediaType);
        } catch (InputException e) {
            return Result.failed(e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("the reader failed on {}", name, e);
            return Result.failed("the reader failed: " + e);
        }
        int stored = 0, duplicates = 0;
        List<String> ids = new ArrayList<>();
        List<Alert> raised = new ArrayList<>();
        for (Document raw : docs) {
            Document doc = withUrl(raw, url, mediaType, bytes.length);
            // a fetched page was on line when fetched: that bounds its publication date (yearless datelines)
            if (url != null && doc.metadata().retrieved() == null) doc = doc.withMetadata(doc.metadata().withRetrieved(retrieved.toString()));
            String textHash = "text:" + Document.sha256(doc.text().replaceAll("\\s+", " ").strip().getBytes(StandardCharsets.UTF_8));
            if (db.contentSeen(textHash) || !inProgress.add(textHash)) {
                duplicates++;
                continue;
            }
            Optional<Ingested> in;
            try {
                byte[] input = docs.size() == 1 && Document.sha256(bytes).equals(raw.id()) ? bytes : doc.text().getBytes(StandardCharsets.UTF_8);
                in = ingest.ingest(doc, input);
                db.markContent(textHash, doc.id(), at.toEpochMilli());
            } finally {
                inProgress.remove(textHash);
            }
            if (in.isEmpty()) {
                duplicates++;
                continue;
            }
            stored++;
            Ingested ingested = in.get();
            ids.add(ingested.document().id());
            if (sourceId != null) db.addSourceItem(sourceId, at.toEpochMilli(), ingested.document().id());
            String docUrl = url != null ? url : ingested.document().metadata().url();
            String publisher = Publishers.of(ingested.document(), docUrl, sourceId);
            Instant published = PublicationTime.of(ingested.document(), at);
            boolean newSource = ingested.storyId() != null && ingested.independent()
                    && db.addStorySource(ingested.storyId(), publisher, published.toEpochMilli(), ingested.document().id());
            if (alerts) {
                raised.addAll(watchlists.observe(new Observation(ingested, sourceId, publisher, docUrl, at, published, newSource)));
            }
        }
        db.markContent(bodyHash, ids.isEmpty() ? null : ids.get(0), at.toEpochMilli());
        return new Result(stored, duplicates, ids, raised, null);
    }

    /** A document read from a URL records that URL as its input, so the store and the UI link to the article. */
    static Document withUrl(Document doc, String url, String mediaType, long bytes) {
        if (url == null || !doc.kinds().isEmpty()) return doc;
        Metadata m = doc.metadata();
        Metadata withUrl = m.url() != null ? m : new Metadata(m.title(), m.author(), m.published(), m.siteName(), url,
                m.canonicalUrl(), m.language(), m.source(), m.hints(), m.retrieved());
        String type = doc.input().mediaType() != null ? doc.input().mediaType() : mediaType;
        return Document.of(doc.id(), Input.ofUrl(url, type, doc.input().bytes() > 0 ? doc.input().bytes() : bytes), doc.text(), withUrl);
    }
}
