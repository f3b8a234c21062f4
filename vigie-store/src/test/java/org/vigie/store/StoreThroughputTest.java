package org.vigie.store;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.core.model.EntityType;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Measures ingestion and read speed on synthetic documents and prints the numbers; off by default (tag slow).
 * Run: {@code mvn -pl vigie-store -am test -Dsurefire.excludedGroups=none -Dtest=StoreThroughputTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dvigie.bench.documents=20000}
 */
@Tag("slow")
class StoreThroughputTest {
    @TempDir
    Path dir;

    @Test
    void ingestionAndReadsAtScale() {
        int n = Integer.getInteger("vigie.bench.documents", 5000);
        String[] places = {"Paris", "Lyon", "Kyiv", "Moscou", "Bruxelles", "Berlin", "Rome", "Madrid"};
        try (DocumentStore store = DocumentStore.open(dir)) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                String a = places[i % places.length];
                String b = places[(i / places.length) % places.length];
                String person = "Personne" + (i % 500);
                String text = "Dépêche " + i + ". " + a + " et " + b + " : " + person + " a parlé à " + a + ". "
                        + "Un paragraphe de remplissage pour donner une taille réaliste au texte. ".repeat(20);
                Document d = TestDocuments.withEntities(text, "Dépêche " + i,
                        TestDocuments.entity("vigie:" + a.toLowerCase(), a, EntityType.GPE, text, a, a),
                        TestDocuments.entity("vigie:" + person.toLowerCase(), person, EntityType.PER, text, person));
                store.put(d, TestDocuments.bytes(d));
            }
            long t1 = System.nanoTime();
            int reads = 200;
            for (int i = 0; i < reads; i++) store.list(i * 10 % n, 50);
            long t2 = System.nanoTime();
            for (int i = 0; i < reads; i++) store.entities(0, 50, null);
            long t3 = System.nanoTime();
            for (int i = 0; i < reads; i++) store.stats();
            long t4 = System.nanoTime();
            for (int i = 0; i < reads; i++) store.entity("vigie:paris");
            long t5 = System.nanoTime();
            for (int i = 0; i < reads; i++) store.get(store.list(i, 1).get(0).id());
            long t6 = System.nanoTime();
            assertEquals(n, store.stats().documents());
            System.out.printf("store: %d documents put in %.2f s (%.0f docs/s); per call: list %.2f ms, entities %.2f ms, "
                            + "stats %.2f ms, entity detail %.2f ms, get %.2f ms%n", n, (t1 - t0) / 1e9, n / ((t1 - t0) / 1e9),
                    (t2 - t1) / 1e6 / reads, (t3 - t2) / 1e6 / reads, (t4 - t3) / 1e6 / reads, (t5 - t4) / 1e6 / reads,
                    (t6 - t5) / 1e6 / reads);
        }
    }
}
