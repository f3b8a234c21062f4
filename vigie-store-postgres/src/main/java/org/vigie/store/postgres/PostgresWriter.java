package org.vigie.store.postgres;

import org.vigie.store.JdbcStoreSupport;
import org.vigie.store.JdbcStoreSupport.EntityRows;
import org.vigie.store.JdbcStoreSupport.Mention;
import org.vigie.store.JdbcStoreSupport.PreparedPut;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The inserts of one put, inside the caller's transaction. Unlike SQLite, several writers (threads or processes)
 * run at once here, so the document row is inserted first with ON CONFLICT DO NOTHING: a second put of the same id
 * waits for the first to commit and then writes nothing. Entities are updated in id order so two puts sharing
 * entities lock them in the same order and cannot deadlock.
 */
final class PostgresWriter {
    private static final Comparator<EntityRows> BY_ID = Comparator.comparing(EntityRows::id);

    private final Clock clock;

    PostgresWriter(Clock clock) {
        this.clock = clock;
    }

    /** Returns false, writing nothing, when a document with this id is stored. */
    boolean write(Connection c, PreparedPut d) throws SQLException {
        if (!insertDocument(c, d)) return false;
        insertInput(c, d);
        List<EntityRows> entities = d.entities().stream().sorted(BY_ID).toList();
        if (!entities.isEmpty()) insertEntities(c, d.id(), entities);
        JdbcStoreSupport.insertFacts(c, d);
        return true;
    }

    private boolean insertDocument(Connection c, PreparedPut d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents (id, input_sha256, path, url, media_type, bytes, "
                + "title, published, language, story, ingested_at, entity_count, quote_count, quantity_count, time_count, "
                + "event_count, analysis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO NOTHING")) {
            int i = 0;
            ps.setString(++i, d.id());
            ps.setString(++i, d.inputSha256());
            ps.setString(++i, d.path());
            ps.setString(++i, d.url());
            ps.setString(++i, d.mediaType());
            ps.setLong(++i, d.bytes());
            ps.setString(++i, d.title());
            ps.setString(++i, d.published());
            ps.setString(++i, d.language());
            ps.setString(++i, d.story());
            ps.setString(++i, clock.instant().toString());
            ps.setInt(++i, d.entityCount());
            ps.setInt(++i, d.quoteCount());
            ps.setInt(++i, d.quantityCount());
            ps.setInt(++i, d.timeCount());
            ps.setInt(++i, d.eventCount());
            ps.setString(++i, d.analysisJson());
            return ps.executeUpdate() == 1;
        }
    }

    private static void insertInput(Connection c, PreparedPut d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO inputs (sha256, compression, size, data) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING")) {
            ps.setString(1, d.inputSha256());
            ps.setString(2, d.compression());
            ps.setInt(3, d.inputSize());
            ps.setBytes(4, d.compressedInput());
            ps.executeUpdate();
        }
    }

    /** Each table's rows go in one batch, one round trip to the server per table. */
    private static void insertEntities(Connection c, String documentId, List<EntityRows> entities) throws SQLException {
        // The name and type first stored for an id are kept; later documents only add counts and surface forms.
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entities AS e (id, name, type, document_count, "
                + "mention_count) VALUES (?, ?, ?, 1, ?) ON CONFLICT (id) DO UPDATE SET document_count = e.document_count + 1, "
                + "mention_count = e.mention_count + excluded.mention_count")) {
            for (EntityRows e : entities) {
                ps.setString(1, e.id());
                ps.setString(2, e.name());
                ps.setString(3, e.type());
                ps.setInt(4, e.mentions().size());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entity_documents (entity_id, document_id, mentions) VALUES (?, ?, ?)")) {
            for (EntityRows e : entities) {
                ps.setString(1, e.id());
                ps.setString(2, documentId);
                ps.setInt(3, e.mentions().size());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        int mentions = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entity_mentions (entity_id, document_id, start, \"end\", surface) VALUES (?, ?, ?, ?, ?)")) {
            for (EntityRows e : entities) {
                for (Mention m : e.mentions()) {
                    ps.setString(1, e.id());
                    ps.setString(2, documentId);
                    ps.setInt(3, m.start());
                    ps.setInt(4, m.end());
                    ps.setString(5, m.surface());
                    ps.addBatch();
                    mentions++;
                }
            }
            if (mentions > 0) ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entity_surfaces AS s (entity_id, surface, mentions) "
                + "VALUES (?, ?, ?) ON CONFLICT (entity_id, surface) DO UPDATE SET mentions = s.mentions + excluded.mentions")) {
            for (EntityRows e : entities) {
                for (Map.Entry<String, Integer> s : surfaceCounts(e).entrySet()) {
                    ps.setString(1, e.id());
                    ps.setString(2, s.getKey());
                    ps.setInt(3, s.getValue());
                    ps.addBatch();
                }
            }
            if (mentions > 0) ps.executeBatch();
        }
    }

    private static Map<String, Integer> surfaceCounts(EntityRows e) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Mention m : e.mentions()) counts.merge(m.surface(), 1, Integer::sum);
        return counts;
    }
}
