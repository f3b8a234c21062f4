package org.vigie.store;

import org.vigie.core.Document;
import org.vigie.core.model.EntityType;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link DocumentStore} kept in a relational database (SQLite or PostgreSQL) whose other tables (stories, see
 * {@link StoryStore}; the facts index, see {@link FactRows} and {@link FactStore}) are written in the same transactions
 * as the documents they concern, with SQL both dialects accept. For store implementations and the stores built on them; applications use
 * {@link DocumentStore}, {@link StoryStore#of} and {@link FactStore#of}.
 */
public interface JdbcDocumentStore extends DocumentStore {

    /**
     * Runs {@code work} in one write transaction: all of it is committed, or none.
     *
     * @throws StoreException naming the database when the work fails
     */
    <T> T write(String what, SqlWork<T> work);

    /**
     * Runs {@code work} in one read transaction, so all its queries see the same snapshot.
     *
     * @throws StoreException naming the database when the work fails
     */
    <T> T read(SqlWork<T> work);

    /**
     * As {@link #put(Document, byte[])}, running {@code alongside} in the same transaction once the document's rows are
     * written (not at all when the document is already stored, in which case nothing changes and false is returned).
     * {@code alongside} may run more than once if the database asks for the transaction to be retried.
     */
    boolean put(Document analysed, byte[] inputBytes, SqlWork<?> alongside);

    /** The database, as named in messages (a file path, or a server and database without the password). */
    String location();

    @Override
    default Optional<Document> get(String id) {
        Objects.requireNonNull(id, "id");
        return read(c -> StoreReader.analysis(c, id)).map(json -> JdbcStoreSupport.analysisRecord(id, json, location()));
    }

    @Override
    default Optional<byte[]> input(String id) {
        Objects.requireNonNull(id, "id");
        return read(c -> StoreReader.input(c, id));
    }

    @Override
    default List<DocumentSummary> list(int offset, int limit) {
        checkPaging(offset, limit);
        return read(c -> StoreReader.list(c, offset, limit));
    }

    @Override
    default List<EntitySummary> entities(int offset, int limit, String typeOrNull) {
        checkPaging(offset, limit);
        EntityType type = typeOrNull == null ? null : JdbcStoreSupport.entityType(typeOrNull);
        return read(c -> StoreReader.entities(c, offset, limit, type));
    }

    @Override
    default Optional<EntityDetail> entity(String id) {
        Objects.requireNonNull(id, "id");
        return read(c -> StoreReader.entity(c, id));
    }

    @Override
    default StoreStats stats() {
        return read(StoreReader::stats);
    }

    private static void checkPaging(int offset, int limit) {
        if (offset < 0) throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
        if (limit < 0) throw new IllegalArgumentException("limit must be 0 or more, not " + limit);
    }
}
