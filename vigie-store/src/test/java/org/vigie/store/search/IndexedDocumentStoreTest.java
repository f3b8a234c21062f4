package org.vigie.store.search;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.store.DocumentStore;
import org.vigie.store.DocumentStoreContract;
import org.vigie.store.SqliteFixture;
import org.vigie.store.StoreException;
import org.vigie.store.TestDocuments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.store.search.SearchDocs.*;

/** The indexed store passes the store contract, and keeps its index in step with what it stores. */
class IndexedDocumentStoreTest extends DocumentStoreContract<SqliteFixture> {
    IndexedDocumentStoreTest() {
        super(new SqliteFixture(IndexedDocumentStore::open));
    }

    private Path data() {
        return fixture.data();
    }

    private IndexedDocumentStore indexed() {
        return (IndexedDocumentStore) store;
    }

    private Set<String> found(String text) {
        return indexed().index().search(SearchQuery.of(text).withPage(0, 100)).hits().stream().map(SearchHit::id)
                .collect(Collectors.toSet());
    }

    private static void putAll(DocumentStore s, List<Document> docs) {
        for (Document d : docs) s.put(d, TestDocuments.bytes(d));
    }

    @Test
    void aStoredDocumentIsSearchableAtOnce() {
        Document d = sanctionsFr();
        assertTrue(store.put(d, TestDocuments.bytes(d)));
        assertEquals(Set.of(d.id()), found("OTBC"));
        assertFalse(store.put(d, TestDocuments.bytes(d)), "a second put changes nothing");
        assertEquals(1, indexed().index().size());
    }

    @Test
    void documentsStoredWithoutTheIndexAreIndexedAtOpen() {
        putAll(store, List.of(sanctionsFr()));
        store.close();
        try (DocumentStore plain = DocumentStore.open(data())) {
            putAll(plain, List.of(meetingFr(), talksEn()));
        }
        store = openStore();
        assertEquals(Set.of(meetingFr().id(), talksEn().id()), found("Aalstad"));
        assertEquals(3, indexed().index().size());
    }

    @Test
    void indexedDocumentsTheStoreLacksAreRemovedAtOpen() {
        putAll(store, List.of(sanctionsFr()));
        store.close();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(data())) {
            index.index(portFr());
        }
        store = openStore();
        assertEquals(Set.of(sanctionsFr().id()), indexed().index().ids());
    }

    @Test
    void theIndexIsRebuiltFromTheStore() {
        Path other = fixture.dir().resolve("other");
        List<Document> docs = corpus();
        try (DocumentStore plain = DocumentStore.open(other)) {
            putAll(plain, docs);
            try (LuceneSearchIndex index = LuceneSearchIndex.open(other)) {
                index.index(doc("en", "Stray", "A document the store never had.").build());
                List<long[]> reports = new ArrayList<>();
                long indexed = SearchIndex.rebuild(plain, index, (done, total) -> reports.add(new long[] {done, total}));
                assertEquals(docs.size(), indexed);
                assertEquals(docs.stream().map(Document::id).collect(Collectors.toSet()), index.ids(), "the stray is removed");
                assertEquals(3, index.search(SearchQuery.of("Aalstad")).total());
                long[] last = reports.get(reports.size() - 1);
                assertEquals(docs.size(), last[0]);
                assertEquals(docs.size(), last[1]);
                assertEquals(docs.size(), SearchIndex.rebuild(plain, index, SearchIndex.Progress.NONE), "a rebuild can be run again");
                assertEquals(docs.size(), index.size());
            }
        }
    }

    @Test
    void anUnreadableIndexIsSetAsideAndRebuilt() throws IOException {
        putAll(store, corpus());
        store.close();
        Path folder = data().resolve(LuceneSearchIndex.FOLDER);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(f, "not a Lucene commit".getBytes());
            }
        }
        store = openStore();
        assertEquals(3, indexed().index().search(SearchQuery.of("Aalstad")).total());
        try (Stream<Path> siblings = Files.list(data())) {
            assertTrue(siblings.anyMatch(p -> p.getFileName().toString().startsWith("index.unreadable-")),
                    "the damaged folder is kept aside, not deleted");
        }
    }

    @Test
    void aSecondOpenOfTheSameFolderIsRefusedClearly() {
        StoreException e = assertThrows(StoreException.class, () -> IndexedDocumentStore.open(data()));
        assertTrue(e.getMessage().contains("is open in another process"), e.getMessage());
        putAll(store, List.of(sanctionsFr()));
        assertEquals(Set.of(sanctionsFr().id()), found("OTBC"), "the first one keeps working");
    }

    @Test
    void aDocumentThatCannotBeIndexedIsStillStored() {
        store.close();
        DocumentStore plain = DocumentStore.open(data());
        LuceneSearchIndex real = LuceneSearchIndex.open(data());
        SearchIndex failing = new FailingIndex(real);
        store = IndexedDocumentStore.wrap(plain, failing, SearchIndex.Progress.NONE);
        Document d = meetingFr();
        assertTrue(store.put(d, TestDocuments.bytes(d)));
        assertTrue(store.contains(d.id()));
        store.close();
        store = openStore();
        assertEquals(Set.of(d.id()), found("Aalstad"), "indexed when the store is opened again");
    }

    @Test
    void anUnreadableStoredRecordIsSkippedAndTheOthersIndexed() throws SQLException {
        store.close();
        try (DocumentStore plain = DocumentStore.open(data())) {
            putAll(plain, List.of(meetingFr(), talksEn(), portFr()));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data().resolve("vigie.db"));
             PreparedStatement ps = c.prepareStatement("UPDATE documents SET analysis = '{not json' WHERE id = ?")) {
            ps.setString(1, portFr().id());
            assertEquals(1, ps.executeUpdate());
        }
        store = openStore();
        assertEquals(Set.of(meetingFr().id(), talksEn().id()), indexed().index().ids());
    }

    @Test
    void reindexPicksUpTheStoredVersion() {
        putAll(store, List.of(sanctionsFr()));
        indexed().index().delete(sanctionsFr().id());
        assertEquals(Set.of(), found("OTBC"));
        assertTrue(indexed().reindex(sanctionsFr().id()));
        assertEquals(Set.of(sanctionsFr().id()), found("OTBC"));
        assertFalse(indexed().reindex("no-such-id"));
    }

    /** An index whose writes fail, as on a full disk. */
    private record FailingIndex(SearchIndex delegate) implements SearchIndex {
        @Override
        public void index(Document analysed) {
            throw new StoreException("no space left on device");
        }

        @Override
        public void delete(String id) {
            delegate.delete(id);
        }

        @Override
        public boolean contains(String id) {
            return delegate.contains(id);
        }

        @Override
        public long size() {
            return delegate.size();
        }

        @Override
        public Set<String> ids() {
            return delegate.ids();
        }

        @Override
        public SearchResult search(SearchQuery query) {
            return delegate.search(query);
        }

        @Override
        public void commit() {
            delegate.commit();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
