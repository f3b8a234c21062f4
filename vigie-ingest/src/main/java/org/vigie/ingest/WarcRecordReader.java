package org.vigie.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.Document;
import org.vigie.core.InputException;
import org.vigie.core.model.Metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Streams a WARC file (plain or gzip, via jwarc): response and resource records with an HTML or text
 * payload become documents whose URL is the record's target and, when the page gives no date, whose
 * published date is the capture date. Other records are skipped and counted in the log; a truncated or
 * malformed file is reported at the offset where reading stopped, keeping the documents read before.
 */
final class WarcRecordReader {
    private static final Logger LOG = LoggerFactory.getLogger(WarcRecordReader.class);

    private final Ingestor ingestor;

    WarcRecordReader(Ingestor ingestor) {
        this.ingestor = ingestor;
    }

    void read(Path file, DocumentSink sink) {
        String source = file.toString();
        try (WarcReader reader = new WarcReader(file)) {
            read(reader, Origin.ofPath(source), sink);
        } catch (IOException | RuntimeException e) {
            sink.failed(source, "cannot be read as WARC: " + Ingestor.describe(e));
        }
    }

    void read(InputStream in, Origin origin, DocumentSink sink) {
        try (WarcReader reader = new WarcReader(in)) {
            read(reader, origin, sink);
        } catch (IOException | RuntimeException e) {
            sink.failed(origin.source(), "cannot be read as WARC: " + Ingestor.describe(e));
        }
    }

    private void read(WarcReader reader, Origin origin, DocumentSink sink) {
        Counts counts = new Counts();
        long position = 0;
        try {
            while (true) {
                position = reader.position();
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) break;
                WarcRecord record = next.get();
                position = record.position();
                readRecord(record, origin, sink, counts);
            }
        } catch (IOException | RuntimeException e) {
            sink.failed(origin.source() + "@" + position, "truncated or malformed WARC data, reading stopped here ("
                    + Ingestor.describe(e) + "); " + counts.documents + " documents were read before");
        }
        if (counts.documents > 0 || !counts.skipped.isEmpty()) {
            LOG.info("{}: {} documents from WARC records; skipped: {}", origin.source(), counts.documents,
                    counts.skipped.isEmpty() ? "none" : counts.skipped);
        }
    }

    private void readRecord(WarcRecord record, Origin fileOrigin, DocumentSink sink, Counts counts) throws IOException {
        String mediaType;
        MessageBody body;
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().toString().equalsIgnoreCase("application/http")) {
                counts.skip("non-HTTP response record");
                return;
            }
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299) {
                counts.skip("HTTP status " + http.status());
                return;
            }
            mediaType = http.headers().first("Content-Type").orElse(null);
            body = http.bodyDecoded();
        } else if (record instanceof WarcResource resource) {
            mediaType = resource.headers().first("Content-Type").orElse(null);
            body = resource.body();
        } else {
            counts.skip(record.type() + " record");
            return;
        }
        if (mediaType != null && !isTextual(mediaType)) {
            counts.skip("payload " + FormatDetector.essence(mediaType));
            return;
        }
        String target = ((WarcTargetRecord) record).target();
        String source = fileOrigin.source() + "@" + record.position();
        byte[] payload;
        try (InputStream in = body.stream()) {
            payload = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 64L, ingestor.options().maxBytes() + 1));
        }
        if (payload.length > ingestor.options().maxBytes()) {
            sink.failed(source, "payload of " + target + " is over the limit of "
                    + IngestOptions.describe(ingestor.options().maxBytes()) + " (IngestOptions.maxBytes)");
            return;
        }
        if (payload.length == 0) {
            counts.skip("empty payload");
            return;
        }
        if (mediaType == null && FormatDetector.binaryKind(payload).isPresent()) {
            counts.skip("binary payload");
            return;
        }
        Instant date = record.date();
        Origin origin = new Origin(fileOrigin.path(), target, source + " (" + target + ")");
        DocumentSink dated = new DocumentSink() {
            @Override
            public void accept(Document doc) {
                counts.documents++;
                if (date == null) {
                    sink.accept(doc);
                    return;
                }
                Document retrieved = doc.withMetadata(doc.metadata().withRetrieved(date.toString()));
                sink.accept(doc.metadata().published() != null ? retrieved : withPublished(retrieved, date.toString()));
            }

            @Override
            public void failed(String s, String reason) {
                sink.failed(s, reason);
            }
        };
        String type = mediaType == null ? null : (FormatDetector.byMediaType(mediaType).isPresent() ? mediaType : "text/plain");
        try {
            ingestor.dispatch(payload, nameOf(target), type, origin, dated, 1);
        } catch (InputException e) {
            sink.failed(e.source(), Ingestor.reason(e));
        }
    }

    private static Document withPublished(Document doc, String published) {
        Metadata m = doc.metadata();
        return doc.withMetadata(new Metadata(m.title(), m.author(), published, m.siteName(), m.url(), m.canonicalUrl(),
                m.language(), m.source(), m.hints(), m.retrieved()));
    }

    private static boolean isTextual(String mediaType) {
        String m = FormatDetector.essence(mediaType);
        return m.equals("text/html") || m.equals("application/xhtml+xml") || m.equals("text/plain") || m.isEmpty();
    }

    private static String nameOf(String target) {
        if (target == null) return null;
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    private static final class Counts {
        int documents;
        final Map<String, Integer> skipped = new TreeMap<>();

        void skip(String why) {
            skipped.merge(why, 1, Integer::sum);
        }
    }
}
