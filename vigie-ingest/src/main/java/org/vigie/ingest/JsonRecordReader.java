package org.vigie.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vigie.core.Document;
import org.vigie.core.InputException;
import org.vigie.core.model.Diagnostic;
import org.vigie.core.model.Input;
import org.vigie.core.model.Metadata;
import org.vigie.ingest.html.DateText;
import org.vigie.ingest.html.HtmlReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON records: {@code {"text" or "html", "url", "title", "date", "source", "retrieved"}}. A {@code .json} file
 * holds one record or an array of them; JSON Lines hold one per line, and a bad line is reported with its number
 * while the others go on. The fields a record states win over what is extracted from its HTML. {@code date} is the
 * publication date; {@code retrieved}, when the record was crawled or saved, bounds a dateline written without a year.
 */
final class JsonRecordReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonRecordReader() {
    }

    static void read(byte[] bytes, Format format, Origin origin, DocumentSink sink) throws InputException {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (format == Format.JSON_LINES) {
            readLines(bytes, from, origin, sink);
            return;
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes, from, bytes.length - from);
        } catch (JsonProcessingException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("Trailing token")) {
                // Several objects one after the other: JSON Lines saved under a .json name.
                readLines(bytes, from, origin, sink);
                return;
            }
            throw new InputException(origin.source(), "invalid JSON" + where(e) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(origin.source(), "cannot be read as JSON: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) throw new InputException(origin.source(), "no JSON value in the file");
        if (root.isObject()) {
            sink.accept(record(root, origin));
        } else if (root.isArray()) {
            if (root.isEmpty()) throw new InputException(origin.source(), "the JSON array holds no records");
            for (int i = 0; i < root.size(); i++) {
                Origin o = new Origin(origin.path(), null, origin.source() + "[" + i + "]");
                try {
                    sink.accept(record(root.get(i), o));
                } catch (InputException e) {
                    sink.failed(e.source(), Ingestor.reason(e));
                }
            }
        } else {
            throw new InputException(origin.source(), "expected a JSON object or an array of objects, found " + root.getNodeType());
        }
    }

    private static void readLines(byte[] bytes, int from, Origin origin, DocumentSink sink) throws InputException {
        int line = 0;
        int records = 0;
        int failures = 0;
        int start = from;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') end++;
            line++;
            int e = end;
            if (e > start && bytes[e - 1] == '\r') e--;
            if (!isBlank(bytes, start, e)) {
                String source = origin.source() + ":" + line;
                Origin o = new Origin(origin.path(), null, source);
                try {
                    JsonNode node = MAPPER.readTree(bytes, start, e - start);
                    sink.accept(record(node, o));
                    records++;
                } catch (JsonProcessingException x) {
                    failures++;
                    sink.failed(source, "invalid JSON: " + x.getOriginalMessage().replace('\n', ' '));
                } catch (InputException x) {
                    failures++;
                    sink.failed(x.source(), Ingestor.reason(x));
                } catch (IOException x) {
                    failures++;
                    sink.failed(source, "cannot be read: " + x.getMessage());
                }
            }
            start = end + 1;
        }
        if (records == 0 && failures == 0) throw new InputException(origin.source(), "no JSON records in the file");
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') return false;
        }
        return true;
    }

    private static String where(JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        return l == null ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
    }

    static Document record(JsonNode node, Origin origin) throws InputException {
        if (node == null || !node.isObject()) {
            throw new InputException(origin.source(), "expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType()));
        }
        String text = string(node, "text");
        String html = string(node, "html");
        if (text == null && html == null) {
            throw new InputException(origin.source(), "the record has neither a 'text' nor an 'html' string field");
        }
        String url = string(node, "url");
        String title = string(node, "title");
        String rawDate = string(node, "date");
        String source = string(node, "source");
        String rawRetrieved = string(node, "retrieved");
        Origin o = new Origin(origin.path(), url, origin.source());
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<String> date = Optional.empty();
        if (rawDate != null) {
            date = DateText.normalize(rawDate);
            if (date.isEmpty()) {
                diagnostics.add(new Diagnostic(IngestDiagnostics.ANNOTATOR, null, "unreadable-date",
                        origin.source() + ": the record's date '" + rawDate + "' is not a date this reader knows"));
            }
        }
        Optional<String> retrieved = Optional.empty();
        if (rawRetrieved != null) {
            retrieved = DateText.normalize(rawRetrieved);
            if (retrieved.isEmpty()) {
                diagnostics.add(new Diagnostic(IngestDiagnostics.ANNOTATOR, null, "unreadable-date",
                        origin.source() + ": the record's retrieved date '" + rawRetrieved + "' is not a date this reader knows"));
            }
        }
        Document doc;
        if (html != null) {
            doc = HtmlReader.read(html.getBytes(StandardCharsets.UTF_8), "UTF-8", o);
            Metadata m = doc.metadata();
            doc = doc.withMetadata(new Metadata(title != null ? title : m.title(), m.author(),
                    date.orElse(m.published()), m.siteName(), url != null ? url : m.url(), m.canonicalUrl(),
                    m.language(), source, m.hints(), m.retrieved()));
        } else {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Input input = new Input(o.path(), url, "text/plain; charset=UTF-8", bytes.length);
            doc = Document.of(Document.sha256(bytes), input, text,
                    new Metadata(title, null, date.orElse(null), null, url, null, null, source, List.of()));
        }
        if (retrieved.isPresent()) doc = doc.withMetadata(doc.metadata().withRetrieved(retrieved.get()));
        if (!diagnostics.isEmpty()) {
            List<Diagnostic> all = new ArrayList<>(doc.diagnostics());
            all.addAll(diagnostics);
            doc = IngestDiagnostics.attach(doc.without(org.vigie.core.LayerKind.DIAGNOSTICS), all);
        }
        return doc;
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isTextual()) return v.asText().isBlank() && !field.equals("text") ? null : v.asText();
        if (v.isNumber() && !field.equals("text") && !field.equals("html")) return v.asText();
        return null;
    }
}
