package org.vigie.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.Document;
import org.vigie.store.search.IndexedDocumentStore;
import org.vigie.store.search.SearchIndex;
import org.vigie.stories.*;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.*;

/**
 * The stories of a database store (SQLite or PostgreSQL): each document's membership (story, relation, the document it repeats) and
 * fingerprint, and one row per story for listing. A document and its story rows are written in one transaction
 * ({@link #put}), so the store never holds a document without its story. {@link #loadIndex} rebuilds the
 * {@link StoryIndex} from the stored fingerprints without analysing or clustering anything again.
 */
public final class StoryStore {
    /** Reports progress while the index is rebuilt: what is being done, how far, out of how many. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (phase, done, total) -> { };

        void update(String phase, long done, long total);
    }

    /** A story as listed, with the title of its lead document. */
    public record Listing(Story story, String title) {
    }

    /** How stories are listed: most independent sources first, or most recent first. */
    public enum Order { SOURCES, RECENT }

    private static final int RESTORE_REPORT_EVERY = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(StoryStore.class);

    private final JdbcDocumentStore store;
    private final SearchIndex searchOrNull;

    private StoryStore(JdbcDocumentStore store, SearchIndex searchOrNull) {
        this.store = store;
        this.searchOrNull = searchOrNull;
    }

    /**
     * The stories kept in a database store: the embedded one ({@link DocumentStore#open}) or the PostgreSQL one, alone
     * or wrapped by {@link IndexedDocumentStore} (whose search index {@link #put} keeps in step, as the indexed store's
     * own put does).
     *
     * @throws IllegalArgumentException for a store that is not kept in a database ({@link JdbcDocumentStore})
     */
    public static StoryStore of(DocumentStore store) {
        if (store instanceof JdbcDocumentStore s) return new StoryStore(s, null);
        if (store instanceof IndexedDocumentStore i && i.base() instanceof JdbcDocumentStore s) return new StoryStore(s, i.index());
        throw new IllegalArgumentException("stories are kept by the database stores (SQLite, PostgreSQL) only, not by "
                + store.getClass().getName());
    }

    /**
     * Stores an analysed document (as {@link DocumentStore#put}) together with what its story assignment changed,
     * in one transaction. Returns false, changing nothing, when the document is already stored.
     *
     * @param assignment the result of adding this document's fingerprint to the index
     */
    public boolean put(Document analysed, byte[] inputBytes, Assignment assignment) {
        Objects.requireNonNull(assignment, "assignment");
        if (!assignment.documentId().equals(analysed.id())) {
            throw new IllegalArgumentException("assignment of " + assignment.documentId() + " given for document " + analysed.id());
        }
        boolean stored = store.put(analysed, inputBytes, c -> {
            StoryWriter.save(c, assignment);
            return null;
        });
        if (stored && searchOrNull != null) {
            try {
                searchOrNull.index(analysed);
            } catch (RuntimeException e) {
                LOG.error("document {} is stored but could not be indexed; it will be indexed when the store is next opened",
                        analysed.id(), e);
            }
        }
        return stored;
    }

    /**
     * Assigns an analysed document to its story and stores both: the one call ingestion needs. The assigner's lock is
     * held from the assignment to the commit, so that concurrent ingests store the changes of the index in the order
     * it made them. Returns the document with its {@code story} layer and its assignment, or empty (changing nothing)
     * when the document is already stored.
     */
    public Optional<StoryAssigner.Result> assignAndPut(StoryAssigner assigner, Document analysed, byte[] inputBytes) {
        Objects.requireNonNull(assigner, "assigner");
        synchronized (assigner) {
            if (store.contains(analysed.id())) return Optional.empty();
            StoryAssigner.Result r = assigner.assign(analysed);
            return put(r.document(), inputBytes, r.assignment()) ? Optional.of(r) : Optional.empty();
        }
    }

    /** Saves what an assignment changed, for a document already stored (stores written before stories were kept). */
    public void save(Assignment assignment) {
        Objects.requireNonNull(assignment, "assignment");
        store.write("cannot save the story of " + assignment.documentId(), c -> {
            StoryWriter.save(c, assignment);
            return null;
        });
    }

    /**
     * The story index of the stored documents: memberships and fingerprints are read back in the order they were
     * assigned (no search, no analysis), then any stored document without a story (a store written by an older
     * version) is fingerprinted from its record, assigned and saved.
     */
    public StoryIndex loadIndex(StoryIndex.Options options, Progress progress) {
        return loadIndex(options, progress, true);
    }

    /**
     * As {@link #loadIndex(StoryIndex.Options, Progress)}; with {@code saveMissing} false, documents without a story
     * are placed in the index but nothing is written (for commands that must not change the store).
     */
    public StoryIndex loadIndex(StoryIndex.Options options, Progress progress, boolean saveMissing) {
        StoryIndex index = new StoryIndex(options);
        long total = count("SELECT COUNT(*) FROM story_members");
        List<String> damaged = new ArrayList<>();
        read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT document_id, story_id, relation, of_document, similarity, "
                    + "fingerprint FROM story_members ORDER BY seq")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    long done = 0;
                    while (rs.next()) {
                        String id = rs.getString(1);
                        try {
                            index.restore(Fingerprint.decode(id, rs.getBytes(6)), rs.getString(2), Relation.fromJson(rs.getString(3)),
                                    rs.getString(4), rs.getDouble(5));
                        } catch (IllegalArgumentException e) {
                            damaged.add(id);
                        }
                        if (++done % RESTORE_REPORT_EVERY == 0) progress.update("restoring stories", done, total);
                    }
                    progress.update("restoring stories", done, total);
                }
            }
            return null;
        });
        List<String> missing = new ArrayList<>(damaged);
        missing.addAll(unassigned());
        long done = 0;
        for (String id : missing) {
            Optional<Document> doc = store.get(id);
            if (doc.isPresent()) {
                Assignment a = index.add(Fingerprint.of(doc.get()));
                if (saveMissing) save(a);
            }
            progress.update("assigning stories to stored documents", ++done, missing.size());
        }
        return index;
    }

    /** Stored documents without a story row, oldest first. */
    private List<String> unassigned() {
        return read(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT d.id FROM documents d LEFT JOIN story_members m "
                    + "ON m.document_id = d.id WHERE m.document_id IS NULL ORDER BY d.seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getString(1));
            }
            return ids;
        });
    }

    /** Number of stories. */
    public long count() {
        return count("SELECT COUNT(*) FROM stories");
    }

    private long count(String sql) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /**
     * Stories in the given order (ties: the other criterion, then id).
     *
     * @throws IllegalArgumentException for a negative offset or limit
     */
    public List<Listing> stories(Order order, int offset, int limit) {
        if (offset < 0) throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
        if (limit < 0) throw new IllegalArgumentException("limit must be 0 or more, not " + limit);
        // NULLS LAST: SQLite's default for DESC, written out because PostgreSQL's default is the opposite.
        String sort = order == Order.RECENT ? "s.last_date DESC NULLS LAST, s.independent_sources DESC, s.id"
                : "s.independent_sources DESC, s.last_date DESC NULLS LAST, s.id";
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + StoryWriter.STORY_COLUMNS + ", d.title FROM stories s "
                    + "LEFT JOIN documents d ON d.id = s.lead_document ORDER BY " + sort + " LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                return listings(ps);
            }
        });
    }

    /** A story of the day, with how many of its documents were published that day: how much it grew. */
    public record DayListing(Listing listing, int documentsThatDay) {
    }

    /**
     * The latest day ({@code YYYY-MM-DD}), not after {@code notAfter}, on which a document placed in a story was
     * published, or empty when none has such a date: the day {@link #ofTheDay} lists by default. The bound keeps a
     * misread date in the future from taking the place of today.
     */
    public Optional<String> latestDay(java.time.LocalDate notAfter) {
        Objects.requireNonNull(notAfter, "notAfter");
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(SUBSTR(d.published, 1, 10)) FROM documents d "
                    + "JOIN story_members m ON m.document_id = d.id WHERE SUBSTR(d.published, 1, 10) <= ?")) {
                ps.setString(1, notAfter.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * The stories with documents published on {@code day} ({@code YYYY-MM-DD}): those with the most documents that day
     * (the fastest growing) first, then those with the most independent sources, then by id.
     *
     * @throws IllegalArgumentException for a negative offset or limit
     */
    public List<DayListing> ofTheDay(String day, int offset, int limit) {
        Objects.requireNonNull(day, "day");
        if (offset < 0) throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
        if (limit < 0) throw new IllegalArgumentException("limit must be 0 or more, not " + limit);
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + StoryWriter.STORY_COLUMNS + ", d.title, g.n FROM ("
                    + "SELECT m.story_id, COUNT(*) AS n FROM story_members m JOIN documents md ON md.id = m.document_id "
                    + "WHERE SUBSTR(md.published, 1, 10) = ? GROUP BY m.story_id) g JOIN stories s ON s.id = g.story_id "
                    + "LEFT JOIN documents d ON d.id = s.lead_document "
                    + "ORDER BY g.n DESC, s.independent_sources DESC, s.id LIMIT ? OFFSET ?")) {
                ps.setString(1, day);
                ps.setInt(2, limit);
                ps.setInt(3, offset);
                List<DayListing> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new DayListing(new Listing(StoryWriter.story(rs), rs.getString(9)), rs.getInt(10)));
                }
                return out;
            }
        });
    }

    /** How many stories {@link #ofTheDay} lists for {@code day}. */
    public long countOfTheDay(String day) {
        Objects.requireNonNull(day, "day");
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(DISTINCT m.story_id) FROM story_members m "
                    + "JOIN documents md ON md.id = m.document_id WHERE SUBSTR(md.published, 1, 10) = ?")) {
                ps.setString(1, day);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    public Optional<Listing> story(String id) {
        Objects.requireNonNull(id, "id");
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + StoryWriter.STORY_COLUMNS + ", d.title FROM stories s "
                    + "LEFT JOIN documents d ON d.id = s.lead_document WHERE s.id = ?")) {
                ps.setString(1, id);
                List<Listing> l = listings(ps);
                return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
            }
        });
    }

    private static List<Listing> listings(PreparedStatement ps) throws SQLException {
        List<Listing> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new Listing(StoryWriter.story(rs), rs.getString(9)));
        }
        return out;
    }

    /** The story a merged story now belongs to, or empty when the id was never merged. */
    public Optional<String> mergedInto(String storyId) {
        Objects.requireNonNull(storyId, "storyId");
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT merged_into FROM stories_merged WHERE id = ?")) {
                ps.setString(1, storyId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The members of a story in the order they were assigned. */
    public List<Membership> members(String storyId) {
        Objects.requireNonNull(storyId, "storyId");
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT document_id, story_id, relation, of_document, similarity "
                    + "FROM story_members WHERE story_id = ? ORDER BY seq")) {
                ps.setString(1, storyId);
                List<Membership> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(StoryWriter.membership(rs));
                }
                return out;
            }
        });
    }

    public Optional<Membership> membership(String documentId) {
        Objects.requireNonNull(documentId, "documentId");
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT document_id, story_id, relation, of_document, similarity "
                    + "FROM story_members WHERE document_id = ?")) {
                ps.setString(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(StoryWriter.membership(rs)) : Optional.empty();
                }
            }
        });
    }

    /**
     * The summary of a story from the stored records of at most {@code maxDocuments} of its members (the earliest
     * assigned, which hold its originals), or empty when there is no such story.
     */
    public Optional<StorySummary> summary(String storyId, int maxDocuments) {
        List<Membership> members = members(storyId);
        if (members.isEmpty()) return Optional.empty();
        List<Document> docs = new ArrayList<>();
        for (Membership m : members.subList(0, Math.min(maxDocuments, members.size()))) store.get(m.documentId()).ifPresent(docs::add);
        return Optional.of(StorySummary.of(storyId, docs, members));
    }

    private <T> T read(SqlWork<T> work) {
        return store.read(work);
    }

    @Override
    public String toString() {
        return "StoryStore[" + store.location() + "]";
    }

}
