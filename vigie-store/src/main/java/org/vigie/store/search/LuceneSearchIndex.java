package org.vigie.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.Document;
import org.vigie.store.StoreException;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The full-text index in {@code <dataDir>/index/} (Apache Lucene). Writes are visible to the next search (the
 * searcher is refreshed on demand after writes) and become durable at each commit: on {@link #commit}, every
 * {@link #DEFAULT_COMMIT_INTERVAL} in the background, and on {@link #close}. A crash loses at most the writes since
 * the last commit, never the index: Lucene only ever switches atomically from one complete commit to the next.
 * Everything in it can be rebuilt from the store ({@link SearchIndex#rebuild}). Safe to share between threads.
 */
public final class LuceneSearchIndex implements SearchIndex {
    public static final String FOLDER = "index";
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(30);
    /** Written with every commit; an index of another format is emptied at open, to be filled again from the store. */
    static final String FORMAT_KEY = "vigie.index.format";
    static final String FORMAT = "1";

    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final TextQueries textQueries = new TextQueries();
    private final ScheduledExecutorService committer;
    private final AtomicLong writes = new AtomicLong();
    private final Object refreshLock = new Object();
    private volatile long refreshedWrites;
    private volatile boolean closed;

    private LuceneSearchIndex(Path folder, Directory directory, IndexWriter writer, Analyzer analyzer, Duration commitEvery)
            throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.analyzer = analyzer;
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                return new FacetedSearcher(reader);
            }
        });
        this.committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vigie-index-commit");
            t.setDaemon(true);
            return t;
        });
        long millis = commitEvery.toMillis();
        committer.scheduleWithFixedDelay(this::commitQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Opens (or creates) the index in {@code <dataDir>/index/}, committing every {@link #DEFAULT_COMMIT_INTERVAL}. */
    public static LuceneSearchIndex open(Path dataDir) {
        return open(dataDir, DEFAULT_COMMIT_INTERVAL);
    }

    /**
     * @throws StoreException if the folder cannot be written, if another process has the index open, or if the index
     *                        cannot be read (then deleting the folder and rebuilding it from the store repairs it)
     */
    public static LuceneSearchIndex open(Path dataDir, Duration commitEvery) {
        Objects.requireNonNull(dataDir, "dataDir");
        if (commitEvery.isNegative() || commitEvery.isZero()) throw new IllegalArgumentException("commitEvery must be positive");
        Path folder = dataDir.toAbsolutePath().normalize().resolve(FOLDER);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot create the search index folder " + folder + ": " + e, e);
        }
        Directory directory = null;
        IndexWriter writer = null;
        try {
            directory = FSDirectory.open(folder);
            Analyzer analyzer = SearchAnalyzers.perField();
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(48);
            writer = new IndexWriter(directory, config);
            upgradeFormat(folder, writer);
            return new LuceneSearchIndex(folder, directory, writer, analyzer, commitEvery);
        } catch (LockObtainFailedException e) {
            closeQuietly(writer, directory);
            throw new StoreException("the search index " + folder + " is open in another process (a running 'vigie serve'?); "
                    + "stop it first", e);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
                 | NoSuchFileException | FileNotFoundException e) {
            closeQuietly(writer, directory);
            throw new UnreadableIndexException(folder, e);
        } catch (IOException e) {
            closeQuietly(writer, directory);
            throw new StoreException("cannot open the search index " + folder + ": " + e, e);
        }
    }

    /** An index of another format is emptied: what it holds may not be what this version expects. */
    private static void upgradeFormat(Path folder, IndexWriter writer) throws IOException {
        String format = null;
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (FORMAT_KEY.equals(e.getKey())) format = e.getValue();
            }
        }
        if (!FORMAT.equals(format)) {
            if (writer.getDocStats().numDocs > 0) {
                LOG.info("search index {} has format {}, this version writes {}: emptying it to be rebuilt from the store",
                        folder, format, FORMAT);
            }
            writer.deleteAll();
        }
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
    }

    /** The index folder could not be read; it holds nothing that the store cannot give again. */
    static final class UnreadableIndexException extends StoreException {
        final Path folder;

        UnreadableIndexException(Path folder, IOException cause) {
            super("the search index " + folder + " cannot be read (" + cause + "); delete the folder and open the store "
                    + "again to rebuild it from the stored documents", cause);
            this.folder = folder;
        }
    }

    @Override
    public void index(Document analysed) {
        Objects.requireNonNull(analysed, "analysed");
        org.apache.lucene.document.Document fields = IndexedFields.of(analysed);
        try {
            writer.updateDocument(new Term(IndexedFields.ID, analysed.id()), fields);
        } catch (IOException | AlreadyClosedException e) {
            throw failure("cannot index document " + analysed.id(), e);
        }
        writes.incrementAndGet();
    }

    @Override
    public void delete(String id) {
        Objects.requireNonNull(id, "id");
        try {
            writer.deleteDocuments(new Term(IndexedFields.ID, id));
        } catch (IOException | AlreadyClosedException e) {
            throw failure("cannot delete document " + id + " from", e);
        }
        writes.incrementAndGet();
    }

    @Override
    public boolean contains(String id) {
        Objects.requireNonNull(id, "id");
        return withSearcher(s -> s.count(new TermQuery(new Term(IndexedFields.ID, id))) > 0);
    }

    @Override
    public long size() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    @Override
    public Set<String> ids() {
        return withSearcher(s -> {
            Set<String> ids = new HashSet<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                SortedDocValues values = leaf.reader().getSortedDocValues(IndexedFields.ID);
                if (values == null) continue;
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (live == null || live.get(doc)) ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
                }
            }
            return ids;
        });
    }

    @Override
    public SearchResult search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        Query text = textQueries.build(query.text());
        try {
            return withSearcher(s -> Searches.run(s, ((FacetedSearcher) s)::facetState, analyzer, text, query));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new SearchQueryException("the query is too complex: use fewer words, phrases or alternatives");
        }
    }

    @Override
    public void commit() {
        try {
            if (writer.hasUncommittedChanges()) writer.commit();
        } catch (IOException | AlreadyClosedException e) {
            throw failure("cannot commit", e);
        }
    }

    private void commitQuietly() {
        try {
            if (!closed) commit();
        } catch (RuntimeException e) {
            LOG.error("periodic commit of the search index {} failed; it is retried, and a restart re-indexes what was lost",
                    folder, e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        committer.shutdown();
        try {
            if (!committer.awaitTermination(1, TimeUnit.MINUTES)) LOG.warn("the periodic commit of {} did not stop", folder);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            searchers.close();
            writer.close();
        } catch (IOException | AlreadyClosedException e) {
            throw failure("cannot close", e);
        } finally {
            closeQuietly(null, directory);
        }
    }

    @Override
    public String toString() {
        return "LuceneSearchIndex[" + folder + "]";
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code work} on a searcher that sees every write made before this call. */
    private <T> T withSearcher(SearcherWork<T> work) {
        IndexSearcher s;
        try {
            refreshIfWritten();
            s = searchers.acquire();
        } catch (IOException | AlreadyClosedException e) {
            throw failure("cannot be read", e);
        }
        try {
            return work.run(s);
        } catch (IOException | AlreadyClosedException e) {
            throw failure("cannot be read", e);
        } finally {
            try {
                searchers.release(s);
            } catch (IOException e) {
                LOG.warn("releasing a searcher of {} failed", folder, e);
            }
        }
    }

    /** Refreshes only when something was written since the last refresh, so that bulk indexing pays nothing. */
    private void refreshIfWritten() throws IOException {
        long wanted = writes.get();
        if (refreshedWrites >= wanted) return;
        synchronized (refreshLock) {
            if (refreshedWrites >= wanted) return;
            long seen = writes.get();
            searchers.maybeRefreshBlocking();
            refreshedWrites = seen;
        }
    }

    private StoreException failure(String what, Exception e) {
        return new StoreException("the search index " + folder + " " + what + ": " + e, e);
    }

    private static void closeQuietly(IndexWriter writer, Directory directory) {
        try {
            if (writer != null) writer.rollback();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing a writer that failed to open", e);
        }
        try {
            if (directory != null) directory.close();
        } catch (IOException e) {
            LOG.debug("closing the index directory", e);
        }
    }
}
