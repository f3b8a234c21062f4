package org.vigie.store.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.Document;
import org.vigie.store.DocumentStore;
import org.vigie.store.DocumentSummary;
import org.vigie.store.EntityDetail;
import org.vigie.store.EntitySummary;
import org.vigie.store.StoreException;
import org.vigie.store.StoreStats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link DocumentStore} that keeps a {@link SearchIndex} in step: each document is stored first, then indexed.
 * At open, documents the index lacks (stored by a process that did not index, or not yet committed to the index when
 * the process stopped) are indexed, and indexed documents the store lacks are removed. An index that cannot be read
 * is set aside and rebuilt from the store. Closing it closes both.
 *
 * <p>Open it where {@code DocumentStore.open} was used: {@code IndexedDocumentStore.open(dataDir)}; give
 * {@link #index()} to what searches.
 */
public final class IndexedDocumentStore implements DocumentStore {
    private static final Logger LOG = LoggerFactory.getLogger(IndexedDocumentStore.class);

    private final DocumentStore store;
    private final SearchIndex index;

    private IndexedDocumentStore(DocumentStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    /** Opens the SQLite store and the Lucene index of {@code dataDir} and brings the index up to date. */
    public static IndexedDocumentStore open(Path dataDir) {
        return open(dataDir, SearchIndex.Progress.NONE);
    }

    /** As {@link #open(Path)}, telling {@code progress} how the catch-up goes. */
    public static IndexedDocumentStore open(Path dataDir, SearchIndex.Progress progress) {
        DocumentStore store = DocumentStore.open(dataDir);
        SearchIndex index;
        try {
            index = openIndex(dataDir);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return wrap(store, index, progress);
    }

    /**
     * Keeps {@code index} in step with {@code store} from now on, after indexing what it lacks; the returned store owns
     * both and closes both.
     */
    public static IndexedDocumentStore wrap(DocumentStore store, SearchIndex index, SearchIndex.Progress progress) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(index, "index");
        try {
            IndexSync.Result r = IndexSync.sync(store, index, progress, false);
            if (r.indexed() > 0 || r.removed() > 0) {
                LOG.info("search index caught up with the store: {} documents indexed, {} removed", r.indexed(), r.removed());
            }
            if (r.failed() > 0) {
                LOG.warn("{} stored documents could not be indexed (see the warnings above); search will not find them",
                        r.failed());
            }
        } catch (RuntimeException e) {
            closeBoth(store, index);
            throw e;
        }
        return new IndexedDocumentStore(store, index);
    }

    private static SearchIndex openIndex(Path dataDir) {
        try {
            return LuceneSearchIndex.open(dataDir);
        } catch (LuceneSearchIndex.UnreadableIndexException e) {
            Path aside = e.folder.resolveSibling(e.folder.getFileName() + ".unreadable-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now()));
            LOG.warn("the search index {} cannot be read ({}); moving it to {} and rebuilding it from the store",
                    e.folder, e.getCause().toString(), aside);
            try {
                Files.move(e.folder, aside, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException moveFailed) {
                throw new StoreException("the search index " + e.folder + " cannot be read and cannot be moved aside ("
                        + moveFailed + "); delete it by hand and open the store again", moveFailed);
            }
            return LuceneSearchIndex.open(dataDir);
        }
    }

    /** The index kept in step with this store. */
    public SearchIndex index() {
        return index;
    }

    /** The store this one wraps, for add-ons that keep their own tables beside the documents (stories). */
    public DocumentStore base() {
        return store;
    }

    /** Indexes the stored version of a document again, after something other than {@link #put} changed it. */
    public boolean reindex(String id) {
        Optional<Document> doc = store.get(id);
        doc.ifPresent(index::index);
        return doc.isPresent();
    }

    @Override
    public boolean contains(String id) {
        return store.contains(id);
    }

    /**
     * Stores, then indexes. A failure to index does not undo the store: it is logged, and the document is indexed
     * the next time the store is opened.
     */
    @Override
    public boolean put(Document analysed, byte[] inputBytes) {
        boolean stored = store.put(analysed, inputBytes);
        if (stored) {
            try {
                index.index(analysed);
            } catch (RuntimeException e) {
                LOG.error("document {} is stored but could not be indexed; it will be indexed when the store is next opened",
                        analysed.id(), e);
            }
        }
        return stored;
    }

    @Override
    public Optional<Document> get(String id) {
        return store.get(id);
    }

    @Override
    public Optional<byte[]> input(String id) {
        return store.input(id);
    }

    @Override
    public List<DocumentSummary> list(int offset, int limit) {
        return store.list(offset, limit);
    }

    @Override
    public List<EntitySummary> entities(int offset, int limit, String typeOrNull) {
        return store.entities(offset, limit, typeOrNull);
    }

    @Override
    public Optional<EntityDetail> entity(String id) {
        return store.entity(id);
    }

    @Override
    public StoreStats stats() {
        return store.stats();
    }

    @Override
    public void close() {
        closeBoth(store, index);
    }

    private static void closeBoth(DocumentStore store, SearchIndex index) {
        try {
            index.close();
        } finally {
            store.close();
        }
    }

    @Override
    public String toString() {
        return "IndexedDocumentStore[" + store + ", " + index + "]";
    }
}
