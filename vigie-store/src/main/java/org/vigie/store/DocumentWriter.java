package org.vigie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** The inserts of one put, run inside the caller's write transaction. */
final class DocumentWriter {
    private final Clock clock;

    DocumentWriter(Clock clock) {
        this.clock = clock;
    }

    /** Returns false, writing nothing, when the document is already stored. */
    boolean write(Connection c, PreparedDocument d) throws SQLException {
        if (exists(c, d.id())) return false;
        insertInput(c, d);
        insertDocument(c, d);
        for (PreparedDocument.EntityRows e : d.entities()) insertEntity(c, d.id(), e);
        FactRows.insert(c, d.id(), d.published(), d.facts());
        return true;
    }

    static boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insertInput(Connection c, PreparedDocument d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO inputs (sha256, compression, size, data) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, d.inputSha256());
            ps.setString(2, InputCodec.DEFLATE);
            ps.setInt(3, d.inputSize());
            ps.setBytes(4, d.compressedInput());
            ps.executeUpdate();
        }
    }

    private void insertDocument(Connection c, PreparedDocument d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents (id, input_sha256, path, url, media_type, bytes, "
                + "title, published, language, story, ingested_at, entity_count, quote_count, quantity_count, time_count, "
                + "event_count, analysis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            ps.setString(++i, d.id());
            ps.setString(++i, d.inputSha256());
            ps.setString(++i, d.inputField("path"));
            ps.setString(++i, d.inputField("url"));
            ps.setString(++i, d.inputField("mediaType"));
            ps.setLong(++i, d.record().path("input").path("bytes").asLong());
            ps.setString(++i, d.textOrNull("title"));
            ps.setString(++i, d.published());
            ps.setString(++i, d.textOrNull("language"));
            ps.setString(++i, d.textOrNull("story"));
            ps.setString(++i, clock.instant().toString());
            ps.setInt(++i, d.count("entities"));
            ps.setInt(++i, d.count("quotes"));
            ps.setInt(++i, d.count("quantities"));
            ps.setInt(++i, d.count("times"));
            ps.setInt(++i, d.count("events"));
            ps.setString(++i, d.analysisJson());
            ps.executeUpdate();
        }
    }

    private static void insertEntity(Connection c, String documentId, PreparedDocument.EntityRows e) throws SQLException {
        int mentions = e.mentions().size();
        // The name and type first stored for an id are kept; later documents only add counts and surface forms.
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entities (id, name, type, document_count, mention_count) "
                + "VALUES (?, ?, ?, 1, ?) ON CONFLICT(id) DO UPDATE SET document_count = document_count + 1, "
                + "mention_count = mention_count + excluded.mention_count")) {
            ps.setString(1, e.id());
            ps.setString(2, e.name());
            ps.setString(3, e.type());
            ps.setInt(4, mentions);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entity_documents (entity_id, document_id, mentions) VALUES (?, ?, ?)")) {
            ps.setString(1, e.id());
            ps.setString(2, documentId);
            ps.setInt(3, mentions);
            ps.executeUpdate();
        }
        Map<String, Integer> surfaces = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entity_mentions (entity_id, document_id, start, \"end\", surface) VALUES (?, ?, ?, ?, ?)")) {
            for (PreparedDocument.MentionRow m : e.mentions()) {
                ps.setString(1, e.id());
                ps.setString(2, documentId);
                ps.setInt(3, m.start());
                ps.setInt(4, m.end());
                ps.setString(5, m.surface());
                ps.addBatch();
                surfaces.merge(m.surface(), 1, Integer::sum);
            }
            if (!e.mentions().isEmpty()) ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entity_surfaces (entity_id, surface, mentions) VALUES (?, ?, ?) "
                + "ON CONFLICT(entity_id, surface) DO UPDATE SET mentions = mentions + excluded.mentions")) {
            for (Map.Entry<String, Integer> s : surfaces.entrySet()) {
                ps.setString(1, e.id());
                ps.setString(2, s.getKey());
                ps.setInt(3, s.getValue());
                ps.addBatch();
            }
            if (!surfaces.isEmpty()) ps.executeBatch();
        }
    }
}
