package org.vigie.store.postgres;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.store.DocumentStore;
import org.vigie.store.SyntheticNews;
import org.vigie.store.TestDocuments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Puts and reads the same synthetic documents in both stores and prints the speeds; off by default (tag slow).
 * Run: {@code mvn -pl vigie-store-postgres -am test -Dsurefire.excludedGroups=none -Dtest=StoreBackendsThroughputTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dvigie.bench.documents=5000}
 */
@Tag("slow")
class StoreBackendsThroughputTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final PostgresTestSchema testSchema = new PostgresTestSchema();

    @Test
    void bothBackendsAtScale() {
        int n = Integer.getInteger("vigie.bench.documents", 3000);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) docs.add(SyntheticNews.document(i));
        try (DocumentStore sqlite = DocumentStore.open(dir.resolve("data"));
             DocumentStore postgres = testSchema.open()) {
            for (DocumentStore store : List.of(sqlite, postgres)) measure(store, docs);
        }
    }

    private static void measure(DocumentStore store, List<Document> docs) {
        long t0 = System.nanoTime();
        for (Document d : docs) store.put(d, TestDocuments.bytes(d));
        long t1 = System.nanoTime();
        for (Document d : docs) store.put(d, TestDocuments.bytes(d));
        long t2 = System.nanoTime();
        int reads = 200;
        for (int i = 0; i < reads; i++) store.list(i * 10 % docs.size(), 50);
        long t3 = System.nanoTime();
        for (int i = 0; i < reads; i++) store.entities(0, 50, null);
        long t4 = System.nanoTime();
        for (int i = 0; i < reads; i++) store.entity("vigie:paris");
        long t5 = System.nanoTime();
        for (int i = 0; i < reads; i++) store.get(docs.get(i * 7 % docs.size()).id());
        long t6 = System.nanoTime();
        assertEquals(SyntheticNews.distinctIds(docs.size()), store.stats().documents());
        System.out.printf("%s: %d puts in %.2f s (%.0f/s), repeated puts %.0f/s; per call: list %.2f ms, entities %.2f ms, "
                        + "entity detail %.2f ms, get %.2f ms%n", store, docs.size(), (t1 - t0) / 1e9,
                docs.size() / ((t1 - t0) / 1e9), docs.size() / ((t2 - t1) / 1e9), (t3 - t2) / 1e6 / reads,
                (t4 - t3) / 1e6 / reads, (t5 - t4) / 1e6 / reads, (t6 - t5) / 1e6 / reads);
    }
}
