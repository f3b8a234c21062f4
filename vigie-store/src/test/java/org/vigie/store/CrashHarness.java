package org.vigie.store;

import org.vigie.core.Document;
import org.vigie.core.json.AnalysisJson;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Kills an ingest with SIGKILL at random points, restarts it each time, lets the last run finish, and checks the
 * store afterwards. The ingest runs in a child JVM on this JVM's class path, so a kill stops it wherever it is: in
 * the middle of a transaction, of a commit, of opening the store or of a migration.
 */
public final class CrashHarness {
    /** A child that has not finished by then is hung, not slow: the whole ingest takes seconds. */
    private static final long RUN_LIMIT_SECONDS = 300;

    private CrashHarness() {
    }

    /**
     * What happened: for each killed run, the documents it had reported stored when it was killed
     * ({@code -1}: killed before its first put returned).
     */
    public record Report(long seed, List<Integer> storedWhenKilled, int storedByLastRun) {
        public int kills() {
            return storedWhenKilled.size();
        }
    }

    /**
     * Runs {@code mainClass} (which calls {@link CrashIngest#run}) with {@code args} {@code kills} times, killing each
     * run at a point drawn from {@code seed}, then once more to the end.
     *
     * @param count how many documents the ingest puts, to spread the kills over them
     * @param logs  a folder for the children's error output, shown when one fails
     */
    public static Report run(String mainClass, List<String> args, Map<String, String> env, long seed, int kills,
                             int count, Path logs) throws IOException, InterruptedException {
        Random random = new Random(seed);
        List<Integer> storedWhenKilled = new ArrayList<>();
        int perRun = Math.max(4, SyntheticNews.distinctIds(count) / (kills + 1));
        for (int run = 0; run < kills; run++) {
            Child child = Child.start(mainClass, args, env, logs.resolve("run-" + run + ".err"));
            if (run == 0) {
                // The first kill lands by time, anywhere from the JVM's start to the first puts, so also while the
                // store is being created and its schema migrated.
                child.process.waitFor(random.nextInt(1500), TimeUnit.MILLISECONDS);
            } else {
                child.awaitStored(perRun / 4 + random.nextInt(perRun - perRun / 4));
                Thread.sleep(random.nextInt(25));
            }
            if (!child.process.isAlive()) {
                fail("run " + run + " ended by itself (exit " + child.process.exitValue() + ") before it could be killed:\n"
                        + child.errors());
            }
            child.process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
            child.process.waitFor();
            child.reader.join();
            storedWhenKilled.add(child.sawOutput ? child.stored.get() : -1);
        }
        Child last = Child.start(mainClass, args, env, logs.resolve("last.err"));
        if (!last.process.waitFor(RUN_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            last.process.destroyForcibly();
            fail("the last ingest run did not finish within " + RUN_LIMIT_SECONDS + " s:\n" + last.errors());
        }
        last.reader.join();
        assertEquals(0, last.process.exitValue(), "the last ingest run failed:\n" + last.errors());
        assertTrue(last.done, "the last ingest run did not report the end of its documents");
        return new Report(seed, List.copyOf(storedWhenKilled), last.stored.get());
    }

    private static final class Child {
        final Process process;
        final Path errors;
        final AtomicInteger stored = new AtomicInteger();
        final Thread reader;
        volatile boolean sawOutput;
        volatile boolean done;

        private Child(Process process, Path errors) {
            this.process = process;
            this.errors = errors;
            this.reader = new Thread(this::read, "crash-child-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(String mainClass, List<String> args, Map<String, String> env, Path errors) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), mainClass));
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(errors.toFile());
            pb.environment().putAll(env);
            return new Child(pb.start(), errors);
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    sawOutput = true;
                    if (line.startsWith("stored ")) stored.incrementAndGet();
                    if (line.equals("done")) done = true;
                }
            } catch (IOException e) {
                // The pipe breaks when the child is killed; what was read so far is all there is.
            }
        }

        /** Waits until the child has stored {@code n} documents in this run, or has ended. */
        void awaitStored(int n) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_LIMIT_SECONDS);
            while (stored.get() < n && process.isAlive()) {
                if (System.nanoTime() > deadline) fail("the ingest stored " + stored.get() + " documents in "
                        + RUN_LIMIT_SECONDS + " s, fewer than the " + n + " awaited:\n" + errors());
                Thread.sleep(2);
            }
        }

        String errors() {
            try {
                return Files.readString(errors);
            } catch (IOException e) {
                return "(no error output: " + e + ")";
            }
        }
    }

    /**
     * Checks that the store holds the first {@code count} {@link SyntheticNews} documents exactly once, and that every
     * aggregate (entity documents and mentions, surface forms) equals both a recount from the mention table and the
     * count expected from the documents themselves. {@code sql} is a plain connection to the store's database.
     */
    public static void verify(DocumentStore store, Connection sql, int count) throws SQLException {
        Map<String, Document> expected = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Document d = SyntheticNews.document(i);
            expected.putIfAbsent(d.id(), d);
        }
        assertEquals(SyntheticNews.distinctIds(count), expected.size());

        Map<String, List<Long>> entityCounts = new HashMap<>();
        Map<String, List<Long>> surfaceCounts = new HashMap<>();
        Map<String, List<Long>> mentionsPerDocument = new HashMap<>();
        for (Document d : expected.values()) {
            long mentions = 0;
            for (Entity e : d.entities()) {
                entityCounts.merge(e.id(), List.of(1L, (long) e.mentions().size()), CrashHarness::add);
                for (Span s : e.mentions()) {
                    surfaceCounts.merge(e.id() + " | " + d.text(s), List.of(1L), CrashHarness::add);
                }
                mentions += e.mentions().size();
            }
            if (mentions > 0) mentionsPerDocument.put(d.id(), List.of(mentions));
        }

        // Nothing lost, nothing extra, nothing twice.
        List<String> ids = strings(sql, "SELECT id FROM documents");
        assertEquals(expected.size(), ids.size(), "document rows");
        assertEquals(expected.keySet(), new HashSet<>(ids), "stored document ids");
        assertEquals(expected.size(), store.stats().documents());
        assertEquals(List.of(), strings(sql, "SELECT sha256 FROM inputs WHERE sha256 NOT IN (SELECT input_sha256 FROM documents)"),
                "input bytes left behind by a put that was not committed");
        assertEquals(List.of(), strings(sql, "SELECT id FROM documents WHERE input_sha256 NOT IN (SELECT sha256 FROM inputs)"),
                "documents whose input bytes are missing");
        assertEquals(mentionsPerDocument, rows(sql, "SELECT document_id, COUNT(*) FROM entity_mentions GROUP BY document_id"),
                "mentions per document");

        // The aggregates the store keeps, recounted from the mention table and against the documents.
        Map<String, List<Long>> fromStore = new HashMap<>();
        for (EntitySummary e : store.entities(0, Integer.MAX_VALUE, null)) {
            fromStore.put(e.id(), List.of((long) e.documents(), (long) e.mentions()));
        }
        assertEquals(entityCounts, fromStore, "entity aggregates against the documents");
        assertEquals(fromStore, rows(sql, "SELECT entity_id, COUNT(DISTINCT document_id), COUNT(*) FROM entity_mentions "
                + "GROUP BY entity_id"), "entity aggregates against a recount of the mention table");
        assertEquals(fromStore, rows(sql, "SELECT entity_id, COUNT(*), SUM(mentions) FROM entity_documents GROUP BY entity_id"),
                "entity aggregates against the entity-document links");
        assertEquals(surfaceCounts, rows(sql, "SELECT entity_id || ' | ' || surface, mentions FROM entity_surfaces"),
                "surface form counts");
        assertEquals(surfaceCounts, rows(sql, "SELECT entity_id || ' | ' || surface, COUNT(*) FROM entity_mentions "
                + "GROUP BY entity_id, surface"), "surface form counts against a recount of the mention table");

        // A sample of the records reads back whole.
        int n = 0;
        for (Document d : expected.values()) {
            if (n++ % 50 != 0) continue;
            assertEquals(AnalysisJson.write(d), AnalysisJson.write(store.get(d.id()).orElseThrow()), d.id());
            assertArrayEquals(TestDocuments.bytes(d), store.input(d.id()).orElseThrow(), d.id());
        }
    }

    private static List<Long> add(List<Long> a, List<Long> b) {
        List<Long> sum = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) sum.add(a.get(i) + b.get(i));
        return sum;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    /** The first column as key, the others as numbers; a key seen twice fails, since it means a row was doubled. */
    private static Map<String, List<Long>> rows(Connection c, String sql) throws SQLException {
        Map<String, List<Long>> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Long> values = new ArrayList<>();
                for (int i = 2; i <= columns; i++) values.add(rs.getLong(i));
                assertNull(out.put(rs.getString(1), values), "row " + rs.getString(1) + " twice in: " + sql);
            }
        }
        return out;
    }
}
