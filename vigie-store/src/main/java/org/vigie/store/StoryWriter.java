package org.vigie.store;

import org.vigie.stories.Assignment;
import org.vigie.stories.Membership;
import org.vigie.stories.Relation;
import org.vigie.stories.Story;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** The story rows of one assignment, written inside the caller's write transaction; and reading them back. */
final class StoryWriter {
    static final String STORY_COLUMNS = "s.id, s.lead_document, s.first_date, s.last_date, s.documents, s.republication_groups, "
            + "s.independent_sources, s.languages";

    private StoryWriter() {
    }

    static void save(Connection c, Assignment a) throws SQLException {
        Membership own = a.membership();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO story_members (document_id, story_id, relation, of_document, "
                + "similarity, fingerprint) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(document_id) DO UPDATE SET "
                + "story_id = excluded.story_id, relation = excluded.relation, of_document = excluded.of_document, "
                + "similarity = excluded.similarity, fingerprint = excluded.fingerprint")) {
            ps.setString(1, own.documentId());
            ps.setString(2, own.storyId());
            ps.setString(3, own.relation().jsonName());
            ps.setString(4, own.of());
            ps.setDouble(5, finite(own.similarity()));
            ps.setBytes(6, a.fingerprint().encode());
            ps.executeUpdate();
        }
        try (PreparedStatement member = c.prepareStatement("UPDATE story_members SET story_id = ?, relation = ?, of_document = ?, "
                + "similarity = ? WHERE document_id = ?");
             PreparedStatement doc = c.prepareStatement("UPDATE documents SET story = ? WHERE id = ?")) {
            for (Membership m : a.changes()) {
                if (!m.documentId().equals(own.documentId())) {
                    member.setString(1, m.storyId());
                    member.setString(2, m.relation().jsonName());
                    member.setString(3, m.of());
                    member.setDouble(4, finite(m.similarity()));
                    member.setString(5, m.documentId());
                    member.addBatch();
                }
                doc.setString(1, m.storyId());
                doc.setString(2, m.documentId());
                doc.addBatch();
            }
            doc.setString(1, own.storyId());
            doc.setString(2, own.documentId());
            doc.addBatch();
            member.executeBatch();
            doc.executeBatch();
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM stories WHERE id = ?");
             PreparedStatement alias = c.prepareStatement("INSERT INTO stories_merged (id, merged_into) VALUES (?, ?) "
                     + "ON CONFLICT(id) DO UPDATE SET merged_into = excluded.merged_into");
             PreparedStatement follow = c.prepareStatement("UPDATE stories_merged SET merged_into = ? WHERE merged_into = ?")) {
            for (String retired : a.retired()) {
                delete.setString(1, retired);
                delete.addBatch();
                alias.setString(1, retired);
                alias.setString(2, own.storyId());
                alias.addBatch();
                follow.setString(1, own.storyId());
                follow.setString(2, retired);
                follow.addBatch();
            }
            if (!a.retired().isEmpty()) {
                delete.executeBatch();
                alias.executeBatch();
                follow.executeBatch();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO stories (id, lead_document, first_date, last_date, documents, "
                + "republication_groups, independent_sources, languages) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                + "lead_document = excluded.lead_document, first_date = excluded.first_date, last_date = excluded.last_date, "
                + "documents = excluded.documents, republication_groups = excluded.republication_groups, "
                + "independent_sources = excluded.independent_sources, languages = excluded.languages")) {
            for (Story s : a.stories()) {
                ps.setString(1, s.id());
                ps.setString(2, s.leadDocument());
                ps.setString(3, s.firstDate());
                ps.setString(4, s.lastDate());
                ps.setInt(5, s.documents());
                ps.setInt(6, s.groups());
                ps.setInt(7, s.independentSources());
                ps.setString(8, String.join(",", s.languages()));
                ps.addBatch();
            }
            if (!a.stories().isEmpty()) ps.executeBatch();
        }
    }

    private static double finite(double x) {
        return Double.isFinite(x) ? x : 0;
    }

    /** A story from a row of {@link #STORY_COLUMNS}. */
    static Story story(ResultSet rs) throws SQLException {
        String langs = rs.getString(8);
        List<String> languages = langs == null || langs.isEmpty() ? List.of() : Arrays.asList(langs.split(","));
        return new Story(rs.getString(1), rs.getInt(5), rs.getString(3), rs.getString(4), languages, rs.getInt(6), rs.getInt(7),
                rs.getString(2));
    }

    /** A membership from a row of document_id, story_id, relation, of_document, similarity. */
    static Membership membership(ResultSet rs) throws SQLException {
        Relation r = Relation.fromJson(rs.getString(3));
        String of = rs.getString(4);
        // A stored row is trusted for its relation; a repeat without its 'of' (a damaged row) reads as a report.
        if (r.isRepublication() != (of != null)) {
            r = Relation.REPORT;
            of = null;
        }
        return new Membership(rs.getString(1), rs.getString(2), r, of, rs.getDouble(5));
    }
}
