package org.vigie.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.vigie.core.Document;
import org.vigie.core.json.AnalysisJson;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityRef;
import org.vigie.core.model.Event;
import org.vigie.core.model.Quantity;
import org.vigie.core.model.Quote;
import org.vigie.store.DocumentStore;
import org.vigie.store.DocumentSummary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Bulk exports, streamed one record at a time: the analysis records as JSON Lines; events, quotes and claims
 * (quantities with who states them) as CSV; events in a GDELT-style tab-separated layout. Every export takes the
 * {@code from}, {@code to} (publication dates) and {@code story} filters.
 */
final class ExportApi {
    static final List<String> EVENT_COLUMNS = List.of("document", "published", "source", "date", "type", "mode", "negated",
            "actor1_id", "actor1_name", "actor2_id", "actor2_name", "location_id", "location_name", "evidence");
    static final List<String> QUOTE_COLUMNS = List.of("document", "published", "source", "speaker_id", "speaker_name",
            "direct", "language", "cue", "quote");
    static final List<String> CLAIM_COLUMNS = List.of("document", "published", "source", "value", "unit", "approximate",
            "artefact", "claimant_id", "claimant_name", "text");
    /**
     * The GDELT-style columns: the event's day as {@code YYYYMMDD} (the event's own date when the record has one,
     * else the document's publication day, else empty), each actor's id, name and entity type, the PLOVER type,
     * mode, negation (1/0), the location, the document id, its source URL and the evidence sentence.
     */
    static final List<String> TSV_COLUMNS = List.of("DATE", "ACTOR1_ID", "ACTOR1_NAME", "ACTOR1_TYPE", "ACTOR2_ID",
            "ACTOR2_NAME", "ACTOR2_TYPE", "EVENT_TYPE", "MODE", "NEGATED", "LOCATION_ID", "LOCATION_NAME", "DOCUMENT_ID",
            "SOURCE_URL", "EVIDENCE");

    private final RecordScan scan;

    ExportApi(DocumentStore store) {
        this.scan = new RecordScan(store);
    }

    private interface Rows {
        void write(Document d, Writer out) throws IOException;
    }

    void records(Context ctx) {
        var writer = AnalysisJson.MAPPER.writer();
        stream(ctx, "application/x-ndjson; charset=utf-8", "records.jsonl", null, s -> true, (d, out) -> {
            out.write(writer.writeValueAsString(AnalysisJson.write(d)));
            out.write('\n');
        });
    }

    void eventsCsv(Context ctx) {
        stream(ctx, "text/csv; charset=utf-8", "events.csv", out -> Delimited.csvRow(out, EVENT_COLUMNS), s -> s.events() > 0, (d, out) -> {
            for (Event e : d.events()) {
                List<String> row = base(d);
                row.add(e.date());
                row.add(e.type().name());
                row.add(e.mode());
                row.add(Boolean.toString(e.negated()));
                ref(row, e.actor1());
                ref(row, e.actor2());
                ref(row, e.location());
                row.add(d.text(e.evidence()));
                Delimited.csvRow(out, row);
            }
        });
    }

    void quotesCsv(Context ctx) {
        stream(ctx, "text/csv; charset=utf-8", "quotes.csv", out -> Delimited.csvRow(out, QUOTE_COLUMNS), s -> s.quotes() > 0, (d, out) -> {
            for (Quote q : d.quotes()) {
                List<String> row = base(d);
                ref(row, q.speaker());
                row.add(Boolean.toString(q.direct()));
                row.add(q.language());
                row.add(q.cue() == null ? null : d.text(q.cue()));
                row.add(d.text(q.span()));
                Delimited.csvRow(out, row);
            }
        });
    }

    void claimsCsv(Context ctx) {
        stream(ctx, "text/csv; charset=utf-8", "claims.csv", out -> Delimited.csvRow(out, CLAIM_COLUMNS), s -> s.quantities() > 0, (d, out) -> {
            for (Quantity q : d.quantities()) {
                List<String> row = base(d);
                row.add(q.value() == null ? null : number(q.value()));
                row.add(q.unit());
                row.add(Boolean.toString(q.approximate()));
                row.add(Boolean.toString(q.artefact()));
                ref(row, q.claimedBy());
                row.add(d.text(q.span()));
                Delimited.csvRow(out, row);
            }
        });
    }

    void eventsTsv(Context ctx) {
        String header = ctx.queryParam("header");
        if (header != null && !header.equals("true") && !header.equals("false")) {
            throw new BadRequestResponse("header must be true or false, not '" + header + "'");
        }
        Header h = "false".equals(header) ? null : out -> Delimited.tsvRow(out, TSV_COLUMNS);
        stream(ctx, "text/tab-separated-values; charset=utf-8", "events.tsv", h, s -> s.events() > 0, (d, out) -> {
            for (Event e : d.events()) {
                List<String> row = new ArrayList<>();
                row.add(gdeltDay(e.date() != null ? e.date() : RecordScan.published(d)));
                actor(row, d, e.actor1());
                actor(row, d, e.actor2());
                row.add(e.type().name());
                row.add(e.mode());
                row.add(e.negated() ? "1" : "0");
                ref(row, e.location());
                row.add(d.id());
                row.add(RecordScan.source(d));
                row.add(d.text(e.evidence()));
                Delimited.tsvRow(out, row);
            }
        });
    }

    private interface Header {
        void write(Writer out) throws IOException;
    }

    private void stream(Context ctx, String contentType, String fileName, Header headerOrNull,
                        Predicate<DocumentSummary> worthReading, Rows rows) {
        RecordScan.Filter filter = RecordScan.Filter.read(ctx);
        ctx.contentType(contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            if (headerOrNull != null) headerOrNull.write(out);
            scan.forEach(filter, worthReading, unchecked(rows, out));
        } catch (IOException e) {
            throw new UncheckedIOException("the export was interrupted", e);
        }
    }

    private static Predicate<Document> unchecked(Rows rows, Writer out) {
        return d -> {
            try {
                rows.write(d, out);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("the export was interrupted", e);
            }
        };
    }

    private static List<String> base(Document d) {
        List<String> row = new ArrayList<>();
        row.add(d.id());
        row.add(RecordScan.published(d));
        row.add(RecordScan.source(d));
        return row;
    }

    private static void ref(List<String> row, EntityRef ref) {
        row.add(ref == null ? null : ref.entity());
        row.add(ref == null ? null : ref.name());
    }

    private static void actor(List<String> row, Document d, EntityRef ref) {
        ref(row, ref);
        String type = null;
        if (ref != null) {
            for (Entity e : d.entities()) {
                if (e.id().equals(ref.entity())) {
                    type = e.type().name();
                    break;
                }
            }
        }
        row.add(type);
    }

    static String gdeltDay(String isoDateOrNull) {
        LocalDate day = RecordScan.day(isoDateOrNull);
        return day == null ? null : String.format("%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
