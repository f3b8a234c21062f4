package org.vigie.store.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.store.DocumentStore;
import org.vigie.store.StoreException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.store.TestDocuments.bytes;
import static org.vigie.store.TestDocuments.full;

/** Choosing the store from what a user typed; none of these needs a PostgreSQL server. */
class DocumentStoresTest {
    @TempDir
    Path dir;

    @Test
    void aFolderOpensTheEmbeddedStore() {
        Path data = dir.resolve("data");
        try (DocumentStore store = DocumentStores.open(data.toString(), Map.of())) {
            Document doc = full();
            assertTrue(store.put(doc, bytes(doc)));
        }
        assertTrue(Files.isRegularFile(data.resolve("vigie.db")));
        try (DocumentStore store = DocumentStores.open(" " + data + " ", Map.of())) {
            assertEquals(1, store.stats().documents());
        }
    }

    @Test
    void theUrlOfAnotherDatabaseIsRefused() {
        StoreException e = assertThrows(StoreException.class,
                () -> DocumentStores.open("jdbc:mysql://127.0.0.1/vigie?password=hunter2", Map.of()));
        assertTrue(e.getMessage().contains("jdbc:postgresql://HOST:PORT/DATABASE"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void anEmptyLocationIsRefused() {
        StoreException e = assertThrows(StoreException.class, () -> DocumentStores.open("  ", Map.of()));
        assertTrue(e.getMessage().contains("data folder"), e.getMessage());
    }

    @Test
    void aMalformedPostgresUrlIsRefused() {
        StoreException e = assertThrows(StoreException.class,
                () -> DocumentStores.open("jdbc:postgresql://127.0.0.1:port/vigie", Map.of()));
        assertTrue(e.getMessage().contains("not a PostgreSQL JDBC URL"), e.getMessage());
    }

    @Test
    void aServerThatIsNotRunningIsNamedWithHowToStartOne() throws IOException {
        int port;
        // A port that was free a moment ago: nothing listens there.
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/vigie?user=vigie&password=s3cret-x9";
        StoreException e = assertThrows(StoreException.class, () -> DocumentStores.open(url, Map.of()));
        assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
        assertTrue(e.getMessage().contains("Start PostgreSQL") && e.getMessage().contains("pg_ctlcluster"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret-x9"), e.getMessage());
    }

    @Test
    void theLocationOfAStoreIsDescribedWithoutItsPassword() {
        PostgresLocation where = PostgresLocation.of("jdbc:postgresql://db.example:6543/news?currentSchema=vigie&password=pw", "ann");
        assertEquals(new PostgresLocation("db.example", 6543, "news", "vigie", "ann"), where);
        assertEquals("PostgreSQL database news (schema vigie) on db.example:6543", where.toString());
        assertEquals("jdbc:postgresql://h/d?...", PostgresLocation.redact("jdbc:postgresql://h/d?password=pw"));
    }
}
