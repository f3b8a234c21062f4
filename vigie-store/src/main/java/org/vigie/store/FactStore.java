package org.vigie.store;

import org.vigie.store.search.IndexedDocumentStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The events, quotes and quantities of a database store, found through the facts index ({@link FactRows}) rather than
 * by reading every record: a query returns the total count and one page of references (document and position in its
 * record), most recently stored documents first, then in record order.
 */
public final class FactStore {
    /** What a fact is; {@link #column()} is how the facts table names it. */
    public enum Kind {
        EVENT, QUOTE, QUANTITY;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Which facts to list. {@code typeOrNull}: for events an event type name, exactly; for quantities a unit, ignoring
     * case; ignored for quotes. {@code whoOrNull}: an entity id, exactly, or name, ignoring case: either actor of an
     * event, the speaker of a quote, the claimant of a quantity. Dates are inclusive days of publication (a document
     * without one is left out when a range is given); {@code storyOrNull} is the story the document is in now.
     */
    public record Query(Kind kind, LocalDate fromOrNull, LocalDate toOrNull, String storyOrNull, String typeOrNull, String whoOrNull) {
        public Query {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** One fact: the {@code ordinal}-th event, quote or quantity of the record of {@code documentId}. */
    public record Ref(String documentId, int ordinal) {
    }

    /** One page of matches, and how many match in all. */
    public record Page(long total, List<Ref> refs) {
        public Page {
            refs = List.copyOf(refs);
        }
    }

    private final JdbcDocumentStore store;

    private FactStore(JdbcDocumentStore store) {
        this.store = store;
    }

    /** The facts of a database store (alone or wrapped by {@link IndexedDocumentStore}), or empty for another kind of store. */
    public static Optional<FactStore> of(DocumentStore store) {
        if (store instanceof JdbcDocumentStore s) return Optional.of(new FactStore(s));
        if (store instanceof IndexedDocumentStore i && i.base() instanceof JdbcDocumentStore s) return Optional.of(new FactStore(s));
        return Optional.empty();
    }

    /**
     * The matches of {@code query} from {@code offset}, at most {@code limit}.
     *
     * @throws IllegalArgumentException for a negative offset or limit
     */
    public Page find(Query query, int offset, int limit) {
        Objects.requireNonNull(query, "query");
        if (offset < 0) throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
        if (limit < 0) throw new IllegalArgumentException("limit must be 0 or more, not " + limit);
        List<String> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE f.kind = ?");
        params.add(query.kind().column());
        if (query.fromOrNull() != null) {
            where.append(" AND f.day >= ?");
            params.add(query.fromOrNull().toString());
        }
        if (query.toOrNull() != null) {
            where.append(" AND f.day <= ?");
            params.add(query.toOrNull().toString());
        }
        if (query.typeOrNull() != null && query.kind() != Kind.QUOTE) {
            where.append(" AND f.type = ?");
            params.add(query.kind() == Kind.QUANTITY ? FactRows.lower(query.typeOrNull()) : query.typeOrNull());
        }
        if (query.whoOrNull() != null) {
            String who = query.whoOrNull(), name = FactRows.lower(who);
            where.append(" AND (f.who1 = ? OR f.name1 = ?");
            params.add(who);
            params.add(name);
            if (query.kind() == Kind.EVENT) {
                where.append(" OR f.who2 = ? OR f.name2 = ?");
                params.add(who);
                params.add(name);
            }
            where.append(")");
        }
        String from = " FROM facts f";
        if (query.storyOrNull() != null) {
            from += " JOIN documents d ON d.id = f.document_id";
            where.append(" AND d.story = ?");
            params.add(query.storyOrNull());
        }
        String conditions = from + where;
        return store.read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + conditions)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    total = rs.next() ? rs.getLong(1) : 0;
                }
            }
            List<Ref> refs = new ArrayList<>();
            if (limit > 0 && offset < total) {
                try (PreparedStatement ps = c.prepareStatement("SELECT f.document_id, f.ordinal" + conditions
                        + " ORDER BY f.doc_seq DESC, f.ordinal LIMIT ? OFFSET ?")) {
                    int n = bind(ps, params);
                    ps.setInt(++n, limit);
                    ps.setInt(++n, offset);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) refs.add(new Ref(rs.getString(1), rs.getInt(2)));
                    }
                }
            }
            return new Page(total, refs);
        });
    }

    private static int bind(PreparedStatement ps, List<String> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) ps.setString(i + 1, params.get(i));
        return params.size();
    }

    @Override
    public String toString() {
        return "FactStore[" + store.location() + "]";
    }
}
