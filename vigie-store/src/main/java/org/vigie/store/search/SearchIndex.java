package org.vigie.store.search;

import org.vigie.core.Document;
import org.vigie.store.DocumentStore;

import java.nio.file.Path;
import java.util.Set;

/**
 * Full-text search over analysed documents, with filters, facets and highlighted snippets. The index holds nothing
 * that the {@link DocumentStore} does not: {@link #rebuild} makes it again from the store. Implementations are safe
 * to share between threads; a write is seen by every search that starts after it returns.
 */
public interface SearchIndex extends AutoCloseable {

    /** Opens the embedded index in {@code <dataDir>/index/}. */
    static SearchIndex open(Path dataDir) {
        return LuceneSearchIndex.open(dataDir);
    }

    /** Adds the document, or replaces the one indexed with the same id. */
    void index(Document analysed);

    /** Removes the document with this id, if it is indexed. */
    void delete(String id);

    boolean contains(String id);

    /** How many documents are indexed. */
    long size();

    /** The ids of every indexed document, to compare with the store. */
    Set<String> ids();

    /**
     * @throws SearchQueryException if the query text cannot be read (unbalanced quotes or parentheses, an operator
     *                              with nothing on one side) or is too complex
     */
    SearchResult search(SearchQuery query);

    /** Makes every write so far durable. */
    void commit();

    /** Commits and releases the index. */
    @Override
    void close();

    /** Told how far a rebuild or catch-up has gone. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (done, total) -> { };

        /** {@code done} documents of about {@code total} were read from the store. */
        void report(long done, long total);
    }

    /**
     * Indexes every stored document again (replacing what the index holds for it), removes indexed documents the store
     * does not have, and commits. Searches keep working meanwhile. A stored record that cannot be read or indexed is
     * logged and skipped. Returns the number of documents indexed.
     */
    static long rebuild(DocumentStore store, SearchIndex index, Progress progress) {
        return IndexSync.sync(store, index, progress, true).indexed();
    }
}
