package org.vigie.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.json.AnalysisJson;
import org.vigie.core.model.EntityRef;
import org.vigie.core.model.Event;
import org.vigie.core.model.Quantity;
import org.vigie.core.model.Quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of the facts index ({@code facts}, migration V3): one per event, quote and quantity of a document, written
 * in the document's put transaction by both database stores, and for records stored before the index existed, at open
 * ({@link #backfill}). {@link FactStore} queries them.
 */
public final class FactRows {
    /** One fact of a document: its kind and position in the record, and the values the API filters on. */
    public record Row(FactStore.Kind kind, int ordinal, String type, String who1, String name1, String who2, String name2) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(FactRows.class);
    private static final int BACKFILL_BATCH = 200;

    private FactRows() {
    }

    static List<Row> of(Document d) {
        List<Row> rows = new ArrayList<>();
        List<Event> events = d.layerOrEmpty(LayerKind.EVENTS);
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            rows.add(new Row(FactStore.Kind.EVENT, i, e.type().name(), id(e.actor1()), name(e.actor1()), id(e.actor2()), name(e.actor2())));
        }
        List<Quote> quotes = d.layerOrEmpty(LayerKind.QUOTES);
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            rows.add(new Row(FactStore.Kind.QUOTE, i, null, id(q.speaker()), name(q.speaker()), null, null));
        }
        List<Quantity> quantities = d.layerOrEmpty(LayerKind.QUANTITIES);
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            rows.add(new Row(FactStore.Kind.QUANTITY, i, lower(q.unit()), id(q.claimedBy()), name(q.claimedBy()), null, null));
        }
        return List.copyOf(rows);
    }

    private static String id(EntityRef r) {
        return r == null ? null : r.entity();
    }

    private static String name(EntityRef r) {
        return r == null ? null : lower(r.name());
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** The day a publication value names ({@code 2026-03-01} or a datetime starting with it), or null. */
    static String day(String published) {
        if (published == null || published.length() < 10) return null;
        try {
            return LocalDate.parse(published.substring(0, 10)).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Writes the facts of a stored document and marks it indexed; inside the caller's transaction, after the document
     * row. Facts already written (by another process's backfill) are left as they are.
     */
    static void insert(Connection c, String documentId, String published, List<Row> rows) throws SQLException {
        if (!rows.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO facts (document_id, kind, ordinal, type, who1, name1, who2, "
                    + "name2, day, doc_seq) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, seq FROM documents WHERE id = ? "
                    + "ON CONFLICT (document_id, kind, ordinal) DO NOTHING")) {
                String day = day(published);
                for (Row r : rows) {
                    int i = 0;
                    ps.setString(++i, documentId);
                    ps.setString(++i, r.kind().column());
                    ps.setInt(++i, r.ordinal());
                    ps.setString(++i, r.type());
                    ps.setString(++i, r.who1());
                    ps.setString(++i, r.name1());
                    ps.setString(++i, r.who2());
                    ps.setString(++i, r.name2());
                    ps.setString(++i, day);
                    ps.setString(++i, documentId);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO facts_indexed (document_id) VALUES (?) "
                + "ON CONFLICT (document_id) DO NOTHING")) {
            ps.setString(1, documentId);
            ps.executeUpdate();
        }
    }

    /**
     * Indexes the facts of stored documents not indexed yet (stored before the facts index existed), a batch per
     * transaction; a record that cannot be read is marked indexed without facts, and logged. Returns how many documents
     * were indexed.
     */
    public static int backfill(JdbcDocumentStore store) {
        int done = 0;
        for (; ; ) {
            record Pending(String id, String published, String analysis) {
            }
            List<Pending> batch = store.read(c -> {
                List<Pending> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.published, d.analysis FROM documents d "
                        + "LEFT JOIN facts_indexed f ON f.document_id = d.id WHERE f.document_id IS NULL ORDER BY d.seq LIMIT ?")) {
                    ps.setInt(1, BACKFILL_BATCH);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(new Pending(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
                return out;
            });
            if (batch.isEmpty()) break;
            List<List<Row>> rows = new ArrayList<>();
            for (Pending p : batch) rows.add(rowsOf(p.id(), p.analysis()));
            store.write("cannot index the facts of stored documents", c -> {
                for (int i = 0; i < batch.size(); i++) insert(c, batch.get(i).id(), batch.get(i).published(), rows.get(i));
                return null;
            });
            done += batch.size();
        }
        if (done > 0) LOG.info("facts index: the events, quotes and quantities of {} stored documents were indexed", done);
        return done;
    }

    private static List<Row> rowsOf(String id, String json) {
        try {
            return of(AnalysisJson.read(AnalysisJson.MAPPER.readTree(json)));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.warn("the stored record of document {} cannot be read, so its facts are not indexed: {}", id, e.getMessage());
            return List.of();
        }
    }
}
