package org.vigie.store;

import org.vigie.core.model.EntityType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.*;

/** The queries of {@link DiscoveredStore}, the same on SQLite and PostgreSQL; the caller runs them in a transaction. */
public final class DiscoveredSql {
    /**
     * Engine ids of names, the kind a user may confirm; generic groups ("vigie:group:civilians") are engine ids too, but
     * there is nothing to confirm about them.
     */
    private static String engineNames(String column) {
        return column + " LIKE 'vigie:%' AND " + column + " NOT LIKE 'vigie:group:%'";
    }

    private DiscoveredSql() {
    }

    public static List<UnlinkedName> unlinkedNames(Connection c) throws SQLException {
        Map<String, List<String>> surfaces = new HashMap<>();
        Map<String, Set<String>> documents = new HashMap<>();
        Map<String, String[]> seen = new HashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT entity_id, surface FROM entity_surfaces WHERE " + engineNames("entity_id")
                    + " ORDER BY entity_id, mentions DESC, surface")) {
                while (rs.next()) surfaces.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
            Map<String, String[]> stored = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT ed.entity_id, ed.document_id, d.published, d.ingested_at "
                    + "FROM entity_documents ed JOIN documents d ON d.id = ed.document_id WHERE " + engineNames("ed.entity_id"))) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    documents.computeIfAbsent(id, k -> new HashSet<>()).add(rs.getString(2));
                    widen(seen, id, rs.getString(3));
                    widen(stored, id, rs.getString(4));
                }
            }
            // publication dates when any document has one: mixing them with storage times would make a range of neither
            stored.forEach(seen::putIfAbsent);
            List<UnlinkedName> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id, name, type, mention_count FROM entities WHERE " + engineNames("id") + " ORDER BY id")) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    String[] range = seen.getOrDefault(id, new String[2]);
                    out.add(new UnlinkedName(id, rs.getString(2), EntityType.valueOf(rs.getString(3)), rs.getInt(4),
                            surfaces.getOrDefault(id, List.of()), documents.getOrDefault(id, Set.of()), range[0], range[1]));
                }
            }
            return out;
        }
    }

    private static void widen(Map<String, String[]> ranges, String id, String date) {
        if (date == null || date.isBlank()) return;
        String[] range = ranges.computeIfAbsent(id, k -> new String[]{date, date});
        if (date.compareTo(range[0]) < 0) range[0] = date;
        if (date.compareTo(range[1]) > 0) range[1] = date;
    }

    public static List<UserEntity> userEntities(Connection c) throws SQLException {
        Map<String, List<String>> members = new HashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT entity_id, member_id FROM user_entity_members ORDER BY entity_id, member_id")) {
                while (rs.next()) members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
            List<UserEntity> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id, name, type, variants, confirmed_at FROM user_entities ORDER BY confirmed_at, id")) {
                while (rs.next()) {
                    String v = rs.getString(4);
                    out.add(new UserEntity(rs.getString(1), rs.getString(2), EntityType.valueOf(rs.getString(3)),
                            v.isEmpty() ? List.of() : List.of(v.split("\n")), members.getOrDefault(rs.getString(1), List.of()), rs.getString(5)));
                }
            }
            return out;
        }
    }

    public static boolean confirm(Connection c, UserEntity e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM user_entities WHERE id = ?")) {
            ps.setString(1, e.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM user_entity_members WHERE member_id = ?")) {
            for (String m : e.members()) {
                ps.setString(1, m);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) return false;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_entities (id, name, type, variants, confirmed_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, e.id());
            ps.setString(2, e.name());
            ps.setString(3, e.type().name());
            ps.setString(4, String.join("\n", e.variants()));
            ps.setString(5, e.confirmedAt());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_entity_members (member_id, entity_id) VALUES (?, ?)")) {
            for (String m : new LinkedHashSet<>(e.members())) {
                ps.setString(1, m);
                ps.setString(2, e.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return true;
    }

    public static boolean split(Connection c, String memberId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM discovered_splits WHERE member_id = ?")) {
            ps.setString(1, memberId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO discovered_splits (member_id, split_at) VALUES (?, ?)")) {
            ps.setString(1, memberId);
            ps.setString(2, Instant.now().toString());
            ps.executeUpdate();
        }
        return true;
    }

    public static Set<String> splits(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT member_id FROM discovered_splits")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    public static List<SplitDecision> splitDecisions(Connection c) throws SQLException {
        List<SplitDecision> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT member_id, split_at FROM discovered_splits ORDER BY split_at, member_id")) {
            while (rs.next()) out.add(new SplitDecision(rs.getString(1), rs.getString(2)));
        }
        return out;
    }

    public static boolean unconfirm(Connection c, String entityId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM user_entity_members WHERE entity_id = ?")) {
            ps.setString(1, entityId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM user_entities WHERE id = ?")) {
            ps.setString(1, entityId);
            return ps.executeUpdate() > 0;
        }
    }

    public static boolean unsplit(Connection c, String memberId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM discovered_splits WHERE member_id = ?")) {
            ps.setString(1, memberId);
            return ps.executeUpdate() > 0;
        }
    }
}
