package org.vigie.store;

import org.vigie.core.model.EntityType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The read queries, each run on a reader connection inside one read transaction. */
final class StoreReader {
    private static final String SUMMARY_COLUMNS = "d.id, d.title, d.published, d.language, d.path, d.url, d.media_type, "
            + "d.bytes, d.ingested_at, d.entity_count, d.quote_count, d.quantity_count, d.time_count, d.event_count";
    private static final String ENTITY_ORDER = "ORDER BY document_count DESC, mention_count DESC, id";

    private StoreReader() {
    }

    static Optional<String> analysis(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT analysis FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static Optional<byte[]> input(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT i.sha256, i.compression, i.data FROM documents d "
                + "JOIN inputs i ON i.sha256 = d.input_sha256 WHERE d.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(InputCodec.decompress(rs.getString(2), rs.getBytes(3), rs.getString(1)));
            }
        }
    }

    static List<DocumentSummary> list(Connection c, int offset, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY_COLUMNS
                + " FROM documents d ORDER BY d.seq DESC LIMIT ? OFFSET ?")) {
            ps.setInt(1, limit);
            ps.setInt(2, offset);
            return summaries(ps);
        }
    }

    private static List<DocumentSummary> summaries(PreparedStatement ps) throws SQLException {
        List<DocumentSummary> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DocumentSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), Instant.parse(rs.getString(9)),
                        rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14)));
            }
        }
        return out;
    }

    private record EntityRow(String id, String name, String type, int documents, int mentions) {
        static EntityRow of(ResultSet rs) throws SQLException {
            return new EntityRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5));
        }

        EntitySummary withSurfaces(List<String> surfaces) {
            return new EntitySummary(id, name, EntityType.valueOf(type), documents, mentions, surfaces);
        }
    }

    static List<EntitySummary> entities(Connection c, int offset, int limit, EntityType type) throws SQLException {
        String where = type == null ? "" : "WHERE type = ? ";
        List<EntityRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, type, document_count, mention_count FROM entities "
                + where + ENTITY_ORDER + " LIMIT ? OFFSET ?")) {
            int i = 0;
            if (type != null) ps.setString(++i, type.name());
            ps.setInt(++i, limit);
            ps.setInt(++i, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) rows.add(EntityRow.of(rs));
            }
        }
        Map<String, List<String>> surfaces = surfaces(c, rows.stream().map(EntityRow::id).toList());
        return rows.stream().map(r -> r.withSurfaces(surfaces.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Map<String, List<String>> surfaces(Connection c, List<String> ids) throws SQLException {
        if (ids.isEmpty()) return Map.of();
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT entity_id, surface FROM entity_surfaces WHERE entity_id IN ("
                + marks + ") ORDER BY entity_id, mentions DESC, surface")) {
            for (int i = 0; i < ids.size(); i++) ps.setString(i + 1, ids.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    static Optional<EntityDetail> entity(Connection c, String id) throws SQLException {
        EntityRow row;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, type, document_count, mention_count FROM entities WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                row = EntityRow.of(rs);
            }
        }
        EntitySummary summary = row.withSurfaces(surfaces(c, List.of(id)).getOrDefault(id, List.of()));
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM entity_documents e "
                + "JOIN documents d ON d.id = e.document_id WHERE e.entity_id = ? ORDER BY d.seq DESC LIMIT ?")) {
            ps.setString(1, id);
            ps.setInt(2, EntityDetail.MAX_DOCUMENTS);
            return Optional.of(new EntityDetail(summary, summaries(ps)));
        }
    }

    static StoreStats stats(Connection c) throws SQLException {
        long entities;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM entities"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            entities = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(quote_count), 0), "
                + "COALESCE(SUM(quantity_count), 0), COALESCE(SUM(event_count), 0), COUNT(DISTINCT story) FROM documents");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new StoreStats(rs.getLong(1), entities, rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
        }
    }
}
