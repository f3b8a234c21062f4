package org.vigie.store;

import org.vigie.core.Document;

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
}
