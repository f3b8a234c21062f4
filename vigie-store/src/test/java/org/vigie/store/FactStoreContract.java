package org.vigie.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.store.TestDocuments.find;

/**
 * What the facts index of every database store must do: a backend's test extends this class with its backend's
 * {@link StoreFixture}.
 */
public abstract class FactStoreContract<F extends StoreFixture> extends StoreContract<F> {
    protected FactStore facts;

    protected FactStoreContract(F fixture) {
        super(fixture);
    }

    @BeforeEach
    void openFacts() {
        facts = FactStore.of(store).orElseThrow();
    }

    private static final EntityRef OSTRIA = new EntityRef("vigie:ostria", "Ostria");
    private static final EntityRef KARSA = new EntityRef("vigie:karsa", "Karsa");
    private static final EntityRef NESS = new EntityRef("vigie:harald-ness", "Harald Ness");

    /** A document with two events, a quote and two quantities, published on {@code date} (null: undated). */
    static Document news(String place, String date) {
        String text = "Karsa accused Ostria in " + place + ". Ostria threatened Karsa. \"We stand firm,\" said Harald Ness. "
                + "About 300 soldiers and 12 Tanks were seen.";
        Layers.Builder b = Layers.builder()
                .put(LayerKind.TITLE, List.of(new Title("News from " + place, null)))
                .put(LayerKind.EVENTS, List.of(
                        new Event(EventType.ACCUSE, null, KARSA, OSTRIA, null, null, false, find(text, "Karsa accused Ostria")),
                        new Event(EventType.THREATEN, null, OSTRIA, KARSA, null, null, false, find(text, "Ostria threatened Karsa"))))
                .put(LayerKind.QUOTES, List.of(new Quote(find(text, "\"We stand firm,\""), true, NESS, find(text, "said"), "en")))
                .put(LayerKind.QUANTITIES, List.of(
                        new Quantity(find(text, "300 soldiers"), 300.0, "soldier", true, false, null),
                        new Quantity(find(text, "12 Tanks"), 12.0, "Tank", false, false, NESS)));
        if (date != null) b.put(LayerKind.PUBLISHED, List.of(new Published(date, null, Published.Method.METADATA)));
        return Document.ofText(text).with(b.build());
    }

    private static List<String> refs(FactStore.Page p) {
        List<String> out = new ArrayList<>();
        for (FactStore.Ref r : p.refs()) out.add(r.documentId().substring(0, 6) + "#" + r.ordinal());
        return out;
    }

    private static String ref(Document d, int ordinal) {
        return d.id().substring(0, 6) + "#" + ordinal;
    }

    private FactStore.Page match(FactStore.Kind kind, String type, String who) {
        return facts.find(new FactStore.Query(kind, null, null, null, type, who), 0, 100);
    }

    @Test
    void factsAreListedNewestDocumentFirstThenInRecordOrder() {
        Document a = news("Velden", "2025-05-06"), b = news("Belmark", "2025-05-07");
        store.put(a, TestDocuments.bytes(a));
        store.put(b, TestDocuments.bytes(b));
        FactStore.Page events = match(FactStore.Kind.EVENT, null, null);
        assertEquals(4, events.total());
        assertEquals(List.of(ref(b, 0), ref(b, 1), ref(a, 0), ref(a, 1)), refs(events));
        FactStore.Page page = facts.find(new FactStore.Query(FactStore.Kind.EVENT, null, null, null, null, null), 1, 2);
        assertEquals(4, page.total(), "the total counts every match, not the page");
        assertEquals(List.of(ref(b, 1), ref(a, 0)), refs(page));
        assertEquals(2, match(FactStore.Kind.QUOTE, null, null).total());
        assertEquals(4, match(FactStore.Kind.QUANTITY, null, null).total());
        assertEquals(List.of(), facts.find(new FactStore.Query(FactStore.Kind.EVENT, null, null, null, null, null), 10, 5).refs());
        assertThrows(IllegalArgumentException.class, () -> facts.find(new FactStore.Query(FactStore.Kind.EVENT, null, null, null, null, null), -1, 5));
    }

    @Test
    void filtersSelectByTypeEntityIdOrNameUnitAndClaimant() {
        Document a = news("Velden", "2025-05-06");
        store.put(a, TestDocuments.bytes(a));
        assertEquals(List.of(ref(a, 1)), refs(match(FactStore.Kind.EVENT, "THREATEN", null)));
        assertEquals(List.of(ref(a, 0), ref(a, 1)), refs(match(FactStore.Kind.EVENT, null, "vigie:karsa")), "either actor");
        assertEquals(List.of(ref(a, 0), ref(a, 1)), refs(match(FactStore.Kind.EVENT, null, "OSTRIA")), "a name, ignoring case");
        assertEquals(List.of(ref(a, 0)), refs(match(FactStore.Kind.EVENT, "ACCUSE", "Karsa")));
        assertEquals(0, match(FactStore.Kind.EVENT, null, "vigie:harald-ness").total());
        assertEquals(List.of(ref(a, 0)), refs(match(FactStore.Kind.QUOTE, null, "harald ness")));
        assertEquals(0, match(FactStore.Kind.QUOTE, null, "vigie:karsa").total());
        assertEquals(List.of(ref(a, 1)), refs(match(FactStore.Kind.QUANTITY, "tank", null)), "a unit, ignoring case");
        assertEquals(List.of(ref(a, 1)), refs(match(FactStore.Kind.QUANTITY, null, "vigie:harald-ness")), "the claimant");
        assertEquals(0, match(FactStore.Kind.QUANTITY, "tank", "vigie:karsa").total());
    }

    @Test
    void datesAndStoriesNarrowTheDocuments() throws SQLException {
        Document a = news("Velden", "2025-05-06T09:30:00Z"), b = news("Belmark", "2025-05-08"), undated = news("Nowhere", null);
        for (Document d : List.of(a, b, undated)) store.put(d, TestDocuments.bytes(d));
        assertEquals(6, match(FactStore.Kind.EVENT, null, null).total());
        FactStore.Query from7 = new FactStore.Query(FactStore.Kind.EVENT, LocalDate.parse("2025-05-07"), null, null, null, null);
        assertEquals(List.of(ref(b, 0), ref(b, 1)), refs(facts.find(from7, 0, 10)));
        FactStore.Query to6 = new FactStore.Query(FactStore.Kind.EVENT, null, LocalDate.parse("2025-05-06"), null, null, null);
        assertEquals(List.of(ref(a, 0), ref(a, 1)), refs(facts.find(to6, 0, 10)), "a datetime counts by its day; undated is left out");
        sql().execute("UPDATE documents SET story = 'story-x' WHERE id = '" + undated.id() + "'");
        FactStore.Query inStory = new FactStore.Query(FactStore.Kind.QUOTE, null, null, "story-x", null, null);
        assertEquals(List.of(ref(undated, 0)), refs(facts.find(inStory, 0, 10)));
    }

    @Test
    void documentsStoredBeforeTheIndexExistedAreIndexedAtOpen() throws SQLException {
        Document a = news("Velden", "2025-05-06"), b = news("Belmark", "2025-05-07");
        store.put(a, TestDocuments.bytes(a));
        store.put(b, TestDocuments.bytes(b));
        store.close();
        // As a store written before migration 3 looks once migrated: documents, empty facts tables.
        sql().execute("DELETE FROM facts");
        sql().execute("DELETE FROM facts_indexed");
        sql().execute("UPDATE documents SET analysis = '{not json' WHERE id = '" + b.id() + "'");
        store = openStore();
        facts = FactStore.of(store).orElseThrow();
        assertEquals(List.of(ref(a, 0), ref(a, 1)), refs(match(FactStore.Kind.EVENT, null, null)),
                "the readable record is indexed, the damaged one is skipped without stopping the open");
        assertEquals(2, sql().number("SELECT COUNT(*) FROM facts_indexed"));
        store.close();
        store = openStore();
        assertEquals(5, sql().number("SELECT COUNT(*) FROM facts WHERE document_id = '" + a.id() + "'"),
                "two events, a quote and two quantities, indexed once");
    }

    @Test
    void aStoreWrittenBeforeMigration3IsMigratedAndItsFactsIndexed() throws SQLException {
        Document a = news("Velden", "2025-05-06");
        store.put(a, TestDocuments.bytes(a));
        store.close();
        // Undo migration 3, as a store written by the previous version is.
        sql().execute("DROP TABLE facts");
        sql().execute("DROP TABLE facts_indexed");
        sql().execute("DROP INDEX documents_by_day");
        sql().execute("DELETE FROM schema_version WHERE version = 3");
        store = openStore();
        facts = FactStore.of(store).orElseThrow();
        assertEquals(List.of(ref(a, 0), ref(a, 1)), refs(match(FactStore.Kind.EVENT, null, null)));
        assertEquals(1, sql().number("SELECT COUNT(*) FROM schema_version WHERE version = 3"));
    }

    @Test
    void aStoredDocumentIsIndexedOnceAndADuplicatePutChangesNothing() throws SQLException {
        Document a = news("Velden", "2025-05-06");
        assertTrue(store.put(a, TestDocuments.bytes(a)));
        assertFalse(store.put(a, TestDocuments.bytes(a)));
        assertEquals(5, sql().number("SELECT COUNT(*) FROM facts"));
        Document none = TestDocuments.withEntities("Rien.", "Rien");
        store.put(none, TestDocuments.bytes(none));
        assertEquals(2, sql().number("SELECT COUNT(*) FROM facts_indexed"), "a document without facts is marked indexed too");
    }
}
