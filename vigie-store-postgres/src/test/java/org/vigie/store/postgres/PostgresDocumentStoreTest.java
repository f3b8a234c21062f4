package org.vigie.store.postgres;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.store.DocumentStore;
import org.vigie.store.DocumentStoreContract;
import org.vigie.store.DocumentSummary;
import org.vigie.store.EntityDetail;
import org.vigie.store.EntitySummary;
import org.vigie.store.StoreException;
import org.vigie.store.StoreStats;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.store.TestDocuments.*;
import static org.vigie.store.postgres.PostgresTestDatabase.*;

/** The whole store contract on a real PostgreSQL server, and what is particular to server mode. */
class PostgresDocumentStoreTest extends DocumentStoreContract<PostgresTestSchema> {
    @TempDir
    Path dir;

    PostgresDocumentStoreTest() {
        super(new PostgresTestSchema());
    }

    private long query(String sql) throws SQLException {
        return PostgresTestDatabase.query(fixture.name(), sql);
    }

    private void execute(String sql) throws SQLException {
        PostgresTestDatabase.execute(fixture.name(), sql);
    }

    @Test
    void migrationsAreAppliedOnceInOrder() throws SQLException {
        reopen();
        reopen();
        assertEquals(PostgresMigrations.versions().size(), query("SELECT COUNT(*) FROM schema_version"));
        assertEquals(PostgresMigrations.latest(), query("SELECT MAX(version) FROM schema_version"));
        assertEquals(1, query("SELECT COUNT(*) FROM schema_version WHERE version = 1 AND name = 'V1__init.sql'"));
    }

    @Test
    void storesOpeningOneEmptySchemaAtOnceMigrateItOnce() throws Exception {
        String fresh = fixture.another();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Long>> opens = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                opens.add(() -> {
                    try (DocumentStore s = PostgresDocumentStore.open(url(fresh), USER, PASSWORD)) {
                        return s.stats().documents();
                    }
                });
            }
            for (Future<Long> f : pool.invokeAll(opens)) assertEquals(0L, f.get());
        } finally {
            pool.shutdown();
        }
        assertEquals(PostgresMigrations.versions().size(), PostgresTestDatabase.query(fresh, "SELECT COUNT(*) FROM schema_version"));
    }

    @Test
    void aDatabaseFromANewerVersionIsRefused() throws SQLException {
        store.close();
        store = null;
        execute("INSERT INTO schema_version (version, name) VALUES (99, 'V99__future.sql')");
        StoreException e = assertThrows(StoreException.class, this::openStore);
        assertTrue(e.getMessage().contains("newer version") && e.getMessage().contains("99"), e.getMessage());
    }

    @Test
    void aSchemaOfAnotherApplicationIsRefusedAndLeftAlone() throws SQLException {
        String other = fixture.another();
        PostgresTestDatabase.execute(other, "CREATE TABLE recipes (name TEXT)");
        StoreException e = assertThrows(StoreException.class, () -> PostgresDocumentStore.open(url(other), USER, PASSWORD));
        assertTrue(e.getMessage().contains("not a Vigie database") && e.getMessage().contains("recipes"), e.getMessage());
        assertEquals(1, PostgresTestDatabase.query(other, "SELECT COUNT(*) FROM information_schema.tables "
                + "WHERE table_schema = '" + other + "'"), "no table was added");
    }

    @Test
    void aMissingSchemaIsNamedInTheError() {
        StoreException e = assertThrows(StoreException.class,
                () -> PostgresDocumentStore.open(url("vigie_no_such_schema"), USER, PASSWORD));
        assertTrue(e.getMessage().contains("'vigie_no_such_schema' does not exist"), e.getMessage());
    }

    @Test
    void aMissingDatabaseIsNamedWithHowToCreateIt() {
        String url = URL.replaceFirst("/[^/?]+(\\?|$)", "/vigie_no_such_database$1");
        StoreException e = assertThrows(StoreException.class, () -> PostgresDocumentStore.open(url, USER, PASSWORD));
        assertTrue(e.getMessage().contains("'vigie_no_such_database' does not exist") && e.getMessage().contains("createdb"),
                e.getMessage());
    }

    @Test
    void aWrongPasswordIsReportedAsSuchWithoutShowingIt() {
        StoreException e;
        try {
            PostgresDocumentStore.open(URL, USER, "not-the-password-x7").close();
            Assumptions.abort("the server at " + PostgresLocation.redact(URL) + " does not check passwords (trust authentication)");
            return;
        } catch (StoreException refused) {
            e = refused;
        }
        assertTrue(e.getMessage().contains("refused user '" + USER + "'") && e.getMessage().contains("password"), e.getMessage());
        assertFalse(e.getMessage().contains("not-the-password-x7"), e.getMessage());
    }

    @Test
    void credentialsComeFromTheEnvironmentWhenTheUrlHasNone() {
        try (DocumentStore s = DocumentStores.open(url(fixture.name()), Map.of("PGUSER", USER, "PGPASSWORD", PASSWORD))) {
            assertEquals(new StoreStats(0, 0, 0, 0, 0, 0), s.stats());
        }
    }

    @Test
    void mentionOffsetsAreStoredAsCodePoints() throws SQLException {
        Document doc = full();
        store.put(doc, bytes(doc));
        int charStart = doc.text().indexOf("AFP");
        assertEquals(charStart - 1, query("SELECT start FROM entity_mentions WHERE entity_id = 'Q40464'"), "one emoji before");
    }

    @Test
    void writersInSeveralStoresSharingEntitiesKeepExactCounts() throws Exception {
        // Two stores on one schema stand for two processes; each document names shared entities in its own order.
        String[] names = {"Paris", "Lyon", "Kyiv", "Rome", "Berlin"};
        List<Document> docs = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            String a = names[k % 5], b = names[(k * 3 + 1) % 5], c = names[(k * 7 + 2) % 5];
            String text = "Dépêche " + k + " : " + a + ", puis " + b + " et " + c + ", enfin " + a + ".";
            List<Entity> entities = new ArrayList<>();
            for (String n : new LinkedHashSet<>(List.of(a, b, c))) {
                String[] surfaces = n.equals(a) ? new String[]{n, n} : new String[]{n};
                entities.add(entity("vigie:" + n.toLowerCase(), n, EntityType.GPE, text, surfaces));
            }
            docs.add(withEntities(text, "D" + k, entities.toArray(Entity[]::new)));
        }
        try (DocumentStore second = openStore()) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Boolean>> puts = new ArrayList<>();
                for (int k = 0; k < docs.size(); k++) {
                    Document d = docs.get(k);
                    DocumentStore target = k % 2 == 0 ? store : second;
                    puts.add(() -> target.put(d, bytes(d)));
                    // Every document is also put a second time through the other store: it must be stored once.
                    DocumentStore other = target == store ? second : store;
                    puts.add(() -> other.put(d, bytes(d)));
                }
                int stored = 0;
                for (Future<Boolean> f : pool.invokeAll(puts)) if (f.get()) stored++;
                assertEquals(docs.size(), stored);
            } finally {
                pool.shutdown();
            }
        }
        assertEquals(docs.size(), store.stats().documents());
        assertEquals(0, query("SELECT COUNT(*) FROM entities e WHERE document_count <> "
                + "(SELECT COUNT(DISTINCT document_id) FROM entity_mentions m WHERE m.entity_id = e.id) OR mention_count <> "
                + "(SELECT COUNT(*) FROM entity_mentions m WHERE m.entity_id = e.id)"), "aggregates match a recount");
        assertEquals(0, query("SELECT COUNT(*) FROM entity_surfaces s WHERE mentions <> (SELECT COUNT(*) FROM entity_mentions m "
                + "WHERE m.entity_id = s.entity_id AND m.surface = s.surface)"), "surface counts match a recount");
        int expectedMentions = docs.stream().mapToInt(d -> d.entities().stream().mapToInt(e -> e.mentions().size()).sum()).sum();
        assertEquals(expectedMentions, query("SELECT COUNT(*) FROM entity_mentions"));
    }

    @Test
    void bothBackendsListTheSameThingsInTheSameOrder() {
        // Ids that sort differently under a language collation than in byte order, as SQLite sorts them.
        String t = "Bravo et bravo, a-b et ab, Zulu.";
        Document d1 = withEntities(t, "Un", entity("b", "bravo", EntityType.MISC, t, "bravo"),
                entity("B", "Bravo", EntityType.MISC, t, "Bravo"), entity("a-b", "a-b", EntityType.MISC, t, "a-b"),
                entity("ab", "ab", EntityType.MISC, t, "ab"), entity("Zulu", "Zulu", EntityType.LOC, t, "Zulu"));
        Document d2 = withEntities("Encore bravo.", "Deux", entity("b", "bravo", EntityType.MISC, "Encore bravo.", "bravo"));
        try (DocumentStore sqlite = DocumentStores.open(dir.resolve("data").toString())) {
            for (DocumentStore s : List.of(store, sqlite)) {
                s.put(d1, bytes(d1));
                s.put(d2, bytes(d2));
            }
            assertEquals(List.of("b", "B", "Zulu", "a-b", "ab"),
                    store.entities(0, 10, null).stream().map(EntitySummary::id).toList());
            assertEquals(sqlite.entities(0, 10, null), store.entities(0, 10, null));
            EntityDetail fromSqlite = sqlite.entity("b").orElseThrow();
            EntityDetail fromPostgres = store.entity("b").orElseThrow();
            assertEquals(fromSqlite.summary(), fromPostgres.summary());
            assertEquals(withoutTimes(fromSqlite.documents()), withoutTimes(fromPostgres.documents()));
            assertEquals(withoutTimes(sqlite.list(0, 10)), withoutTimes(store.list(0, 10)));
            assertEquals(sqlite.stats(), store.stats());
        }
    }

    @Test
    void sortedTextColumnsUseByteOrderWhateverTheDatabaseLocale() throws SQLException {
        assertEquals(0, query("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                + "AND (table_name, column_name) IN (('entities', 'id'), ('entity_surfaces', 'surface'), ('documents', 'id')) "
                + "AND collation_name IS DISTINCT FROM 'C'"));
    }

    private static List<DocumentSummary> withoutTimes(List<DocumentSummary> list) {
        return list.stream().map(s -> new DocumentSummary(s.id(), s.title(), s.published(), s.language(), s.path(), s.url(),
                s.mediaType(), s.bytes(), Instant.EPOCH, s.entities(), s.quotes(), s.quantities(), s.times(),
                s.events())).toList();
    }
}
