package org.vigie.store;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.json.AnalysisJson;
import org.vigie.core.model.EntityType;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.store.TestDocuments.*;

/**
 * What every {@link DocumentStore} must do, whatever keeps the data. An implementation's test extends this class
 * with its backend's {@link StoreFixture}.
 */
public abstract class DocumentStoreContract<F extends StoreFixture> extends StoreContract<F> {
    protected DocumentStoreContract(F fixture) {
        super(fixture);
    }

    @Test
    void aStoredDocumentReadsBackAsTheSameAnalysisRecord() {
        Document doc = full();
        assertTrue(store.put(doc, bytes(doc)));
        Document back = store.get(doc.id()).orElseThrow();
        assertEquals(AnalysisJson.write(doc), AnalysisJson.write(back));
        assertEquals(doc.text(), back.text());
        assertEquals(doc.entities(), back.entities(), "offsets after the emoji survive the code point conversion");
    }

    @Test
    void theInputBytesAreKeptForReanalysis() {
        Document doc = full();
        store.put(doc, bytes(doc));
        assertArrayEquals(bytes(doc), store.input(doc.id()).orElseThrow());
        assertTrue(store.input("0".repeat(64)).isEmpty());
    }

    @Test
    void puttingAStoredIdAgainReturnsFalseAndChangesNothing() {
        Document doc = full();
        assertTrue(store.put(doc, bytes(doc)));
        StoreStats before = store.stats();
        List<EntitySummary> entitiesBefore = store.entities(0, 100, null);
        List<DocumentSummary> listBefore = store.list(0, 10);

        Document other = withEntities(doc.text(), "Another title",
                entity("Q90", "Paris", EntityType.GPE, doc.text(), "Paris"));
        assertEquals(doc.id(), other.id(), "same bytes, same id");
        assertFalse(store.put(other, bytes(other)));
        assertFalse(store.put(doc, bytes(doc)));

        assertEquals(before, store.stats());
        assertEquals(entitiesBefore, store.entities(0, 100, null));
        assertEquals(listBefore, store.list(0, 10));
        assertEquals("Flash", store.get(doc.id()).orElseThrow().title().orElseThrow().text());
    }

    @Test
    void containsAndGetKnowOnlyStoredIds() {
        Document doc = full();
        assertFalse(store.contains(doc.id()));
        assertTrue(store.get(doc.id()).isEmpty());
        store.put(doc, bytes(doc));
        assertTrue(store.contains(doc.id()));
        assertFalse(store.contains("f".repeat(64)));
        assertTrue(store.get("no such id").isEmpty());
    }

    @Test
    void theListIsNewestFirstAndPages() {
        List<String> ids = new ArrayList<>();
        for (String title : List.of("Un", "Deux", "Trois")) {
            Document d = withEntities("Texte " + title + ".", title);
            store.put(d, bytes(d));
            ids.add(d.id());
        }
        List<DocumentSummary> all = store.list(0, 10);
        assertEquals(List.of(ids.get(2), ids.get(1), ids.get(0)), all.stream().map(DocumentSummary::id).toList());
        assertEquals(List.of("Trois", "Deux", "Un"), all.stream().map(DocumentSummary::title).toList());
        assertEquals(List.of(ids.get(1)), store.list(1, 1).stream().map(DocumentSummary::id).toList());
        assertEquals(List.of(), store.list(3, 10));
        assertEquals(List.of(), store.list(0, 0));
    }

    @Test
    void aSummaryCountsTheRecordsAnnotations() {
        Document doc = full();
        store.put(doc, bytes(doc));
        DocumentSummary s = store.list(0, 1).get(0);
        assertEquals(doc.id(), s.id());
        assertEquals("Flash", s.title());
        assertEquals("2022-01-09", s.published());
        assertEquals("fr", s.language());
        assertEquals("text/plain", s.mediaType());
        assertEquals(bytes(doc).length, s.bytes());
        assertNull(s.source(), "Document.ofText has neither path nor URL");
        assertEquals(3, s.entities());
        assertEquals(1, s.quotes());
        assertEquals(1, s.quantities());
        assertEquals(1, s.times());
        assertEquals(1, s.events());
        assertNotNull(s.ingestedAt());
    }

    @Test
    void entitiesAreAggregatedAcrossDocuments() {
        String t1 = "Paris et Lyon. Paname reste Paris.";
        String t2 = "À Paris, Anne Hidalgo parle.";
        Document d1 = withEntities(t1, "Un",
                entity("Q90", "Paris", EntityType.GPE, t1, "Paris", "Paname", "Paris"),
                entity("Q456", "Lyon", EntityType.GPE, t1, "Lyon"));
        Document d2 = withEntities(t2, "Deux",
                entity("Q90", "Paris", EntityType.GPE, t2, "Paris"),
                entity("vigie:anne-hidalgo", "Anne Hidalgo", EntityType.PER, t2, "Anne Hidalgo"));
        store.put(d1, bytes(d1));
        store.put(d2, bytes(d2));

        List<EntitySummary> all = store.entities(0, 10, null);
        assertEquals(3, all.size());
        EntitySummary paris = all.get(0);
        assertEquals(new EntitySummary("Q90", "Paris", EntityType.GPE, 2, 4, List.of("Paris", "Paname")), paris,
                "most documents first; surface forms most used first");
        assertEquals(List.of("Q456", "vigie:anne-hidalgo"), all.subList(1, 3).stream().map(EntitySummary::id).toList(),
                "ties broken by mentions then id");

        assertEquals(List.of("vigie:anne-hidalgo"), store.entities(0, 10, "PER").stream().map(EntitySummary::id).toList());
        assertEquals(List.of("Q90", "Q456"), store.entities(0, 10, "GPE").stream().map(EntitySummary::id).toList());
        assertEquals(List.of("Q456"), store.entities(1, 1, "GPE").stream().map(EntitySummary::id).toList());
        assertEquals(List.of(), store.entities(0, 10, "LOC"));

        EntityDetail detail = store.entity("Q90").orElseThrow();
        assertEquals(paris, detail.summary());
        assertEquals(List.of(d2.id(), d1.id()), detail.documents().stream().map(DocumentSummary::id).toList());
        assertEquals(List.of(d2.id()), store.entity("vigie:anne-hidalgo").orElseThrow().documents().stream()
                .map(DocumentSummary::id).toList());
        assertTrue(store.entity("Q1").isEmpty());
    }

    @Test
    void statsCountTheWholeStore() {
        assertEquals(new StoreStats(0, 0, 0, 0, 0, 0), store.stats());
        Document doc = full();
        store.put(doc, bytes(doc));
        String t = "Lyon, encore.";
        Document other = withEntities(t, null, entity("Q456", "Lyon", EntityType.GPE, t, "Lyon"));
        store.put(other, bytes(other));
        assertEquals(new StoreStats(2, 4, 1, 1, 1, 0), store.stats());
    }

    @Test
    void badPagingAndUnknownTypesAreRefusedWithAClearMessage() {
        assertThrows(IllegalArgumentException.class, () -> store.list(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> store.list(0, -1));
        assertThrows(IllegalArgumentException.class, () -> store.entities(-5, 10, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.entities(0, 10, "PERSON"));
        assertTrue(e.getMessage().contains("PERSON") && e.getMessage().contains("GPE"), e.getMessage());
    }

    @Test
    void aReopenedStoreHasEverythingItHadBefore() {
        Document doc = full();
        store.put(doc, bytes(doc));
        StoreStats stats = store.stats();
        List<EntitySummary> entities = store.entities(0, 10, null);
        reopen();
        assertEquals(stats, store.stats());
        assertEquals(entities, store.entities(0, 10, null));
        assertEquals(AnalysisJson.write(doc), AnalysisJson.write(store.get(doc.id()).orElseThrow()));
        Document next = withEntities("Suite.", "Suite");
        assertTrue(store.put(next, bytes(next)));
        assertEquals(next.id(), store.list(0, 1).get(0).id());
    }

    @Test
    void concurrentPutsOfOneDocumentStoreItOnce() throws Exception {
        Document doc = full();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) tasks.add(() -> store.put(doc, bytes(doc)));
            int stored = 0;
            for (Future<Boolean> f : pool.invokeAll(tasks)) if (f.get()) stored++;
            assertEquals(1, stored);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, store.stats().documents());
        assertEquals(1, store.entity("Q90").orElseThrow().summary().documents());
    }

    @Test
    void aClosedStoreRefusesToWork() {
        store.close();
        assertThrows(IllegalStateException.class, () -> store.contains("x"));
        assertThrows(IllegalStateException.class, () -> store.put(full(), "x".getBytes(StandardCharsets.UTF_8)));
        store = null;
    }

    @Test
    void identicalInputBytesAreStoredOnceAndCompressed() throws SQLException {
        String text = "Le même texte, répété. ".repeat(40);
        Document first = withEntities(text, "Premier");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        store.put(first, bytes);
        // A second document made from the same bytes (another reading of the same input, say).
        Document second = Document.of("1".repeat(64), first.input(), text, first.metadata());
        assertTrue(store.put(second, bytes));
        assertEquals(2, sql().number("SELECT COUNT(*) FROM documents"));
        assertEquals(1, sql().number("SELECT COUNT(*) FROM inputs"));
        assertTrue(sql().number("SELECT LENGTH(data) FROM inputs") < bytes.length / 4);
        assertArrayEquals(bytes, store.input(second.id()).orElseThrow());
    }

    @Test
    void aPutThatFailsHalfwayLeavesNothingBehind() throws SQLException {
        String t = "Paris, Lyon.";
        Document doc = withEntities(t, "Un", entity("Q90", "Paris", EntityType.GPE, t, "Paris"),
                entity("Q456", "Lyon", EntityType.GPE, t, "Lyon"));
        // Lyon's mentions fail after the document, its input and the first entity were inserted.
        sql().failInserts("entity_mentions", "entity_id", "Q456");
        StoreException e = assertThrows(StoreException.class, () -> store.put(doc, bytes(doc)));
        assertTrue(e.getMessage().contains("nothing of it was written") && e.getMessage().contains("simulated failure"),
                e.getMessage());
        assertFalse(store.contains(doc.id()));
        assertEquals(new StoreStats(0, 0, 0, 0, 0, 0), store.stats());
        assertEquals(0, sql().number("SELECT (SELECT COUNT(*) FROM inputs) + (SELECT COUNT(*) FROM entity_mentions)"));

        sql().stopFailing("entity_mentions");
        assertTrue(store.put(doc, bytes(doc)));
        assertEquals(2, store.stats().entities());
    }
}
