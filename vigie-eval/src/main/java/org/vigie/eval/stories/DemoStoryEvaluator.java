package org.vigie.eval.stories;

import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.json.AnalysisJson;
import org.vigie.eval.Clustering;
import org.vigie.eval.Prf;
import org.vigie.ingest.DocumentSink;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.nlp.DefaultPipeline;
import org.vigie.stories.Fingerprint;
import org.vigie.stories.Membership;
import org.vigie.stories.StoryIndex;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * Story grouping on the demo corpus: each article listed in {@code demo/stories*.tsv} is read from
 * {@code demo/corpus} by the {@link Ingestor}, analysed by the default
 * pipeline and added to a fresh {@link StoryIndex} in file order; the stories are scored by
 * {@link DemoStoryScorer}. The same is done with the gold analysis records of {@code demo/gold}, which shows what
 * grouping reaches when the upstream layers are right.
 */
public final class DemoStoryEvaluator {
    private DemoStoryEvaluator() {
    }

    public static int run(Path demoDir, PrintStream out, boolean showErrors) throws IOException {
        Path corpus = demoDir.resolve("corpus");
        if (!Files.isDirectory(corpus)) {
            out.println("skipped: " + corpus + " not found");
            return 0;
        }
        List<DemoStoryScorer.Row> gold = DemoStoryScorer.read(demoDir);
        if (gold.isEmpty()) {
            out.println("skipped: no stories*.tsv in " + demoDir);
            return 0;
        }
        Pipeline pipeline = DefaultPipeline.create();
        Map<String, Document> analysed = new LinkedHashMap<>();
        for (DemoStoryScorer.Row r : gold) {
            Path file = corpus.resolve(r.file());
            if (!Files.isRegularFile(file)) {
                out.println("missing article: " + file);
                continue;
            }
            analysed.put(r.file(), pipeline.run(read(file)));
        }
        out.printf(Locale.ROOT, "demo: %d articles, %d events, %d republication links%n", analysed.size(),
                gold.stream().map(DemoStoryScorer.Row::event).distinct().count(), gold.stream().filter(r -> r.of() != null).count());
        List<DemoStoryScorer.Row> normal = DemoStoryScorer.normalised(gold);
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).relation() != normal.get(i).relation()) {
                out.println("note: " + gold.get(i).file() + " is listed as " + gold.get(i).relation().jsonName() + "; scored as "
                        + normal.get(i).relation().jsonName() + " (an original is an article that another one repeats)");
            }
        }
        header(out);
        report("pipeline", score(gold, analysed), out, showErrors);
        report("pipeline/ABC", score(gold, byName(analysed)), out, showErrors);
        Path goldDir = demoDir.resolve("gold");
        if (Files.isDirectory(goldDir)) {
            Map<String, Document> records = new LinkedHashMap<>();
            for (DemoStoryScorer.Row r : gold) {
                Path p = goldDir.resolve(r.file().replaceFirst("\\.txt$", ".json"));
                if (Files.isRegularFile(p)) records.put(r.file(), AnalysisJson.read(AnalysisJson.MAPPER.readTree(p.toFile())));
            }
            report("gold layers", score(gold, records), out, showErrors);
            report("gold/ABC", score(gold, byName(records)), out, showErrors);
        }
        out.println("Streams: articles in the order of the stories tables (by event), and /ABC in file-name order. "
                + "Goal: republications and events pairwise F1 >= 0.95. 'gold' groups the hand-made analysis records, "
                + "an upper bound for what the upstream annotators can give.");
        return 0;
    }

    /** The same articles in file-name order (all English articles first): another stream to group. */
    static Map<String, Document> byName(Map<String, Document> docs) {
        return new LinkedHashMap<>(new TreeMap<>(docs));
    }

    /**
     * An article as ingestion makes it ({@link Ingestor}: encoding detection, so the {@code -cp1252.txt} files are
     * decoded as windows-1252).
     */
    static Document read(Path file) throws IOException {
        List<Document> docs = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        new Ingestor(IngestOptions.defaults()).read(List.of(file), new DocumentSink() {
            @Override
            public void accept(Document doc) {
                docs.add(doc);
            }

            @Override
            public void failed(String source, String reason) {
                failures.add(source + ": " + reason);
            }
        });
        if (docs.size() != 1) throw new IOException(file + " did not read as one document: " + failures);
        return docs.get(0);
    }

    static DemoStoryScorer.Scores score(List<DemoStoryScorer.Row> gold, Map<String, Document> docs) {
        StoryIndex index = new StoryIndex();
        Map<String, String> fileOfDoc = new HashMap<>();
        for (Map.Entry<String, Document> e : docs.entrySet()) {
            fileOfDoc.put(e.getValue().id(), e.getKey());
            index.add(Fingerprint.of(e.getValue()));
        }
        Map<String, Membership> system = new HashMap<>();
        for (Map.Entry<String, Document> e : docs.entrySet()) {
            index.membership(e.getValue().id()).ifPresent(m -> system.put(e.getKey(), m));
        }
        return DemoStoryScorer.score(gold, system);
    }

    private static void header(PrintStream out) {
        out.printf(Locale.ROOT, "%-13s %-15s %6s %6s %6s %6s%n", "analysis", "score", "P", "R", "F1", "n");
    }

    private static void report(String label, DemoStoryScorer.Scores s, PrintStream out, boolean showErrors) {
        line(out, label, "republications", s.republications());
        Clustering.Scores e = s.events();
        out.printf(Locale.ROOT, "%-13s %-15s %6.3f %6.3f %6.3f %6d  (B-cubed P %.3f R %.3f F1 %.3f; %d stories for %d events)%n", label,
                "events (pairs)", e.pairP(), e.pairR(), e.pairF1(), e.items(), e.bcubedP(), e.bcubedR(), e.bcubedF1(),
                e.systemClusters(), e.goldClusters());
        line(out, label, "chains", s.chains());
        out.printf(Locale.ROOT, "%-13s %-15s %27.3f %6d%n", label, "relation + of", s.relationAccuracy(), s.relationsTotal());
        if (showErrors) s.errors().forEach(err -> out.println("  " + label + ": " + err));
        if (showErrors) s.stories().forEach(st -> out.println("  " + label + " story: " + st));
    }

    private static void line(PrintStream out, String label, String what, Prf p) {
        out.printf(Locale.ROOT, "%-13s %-15s %6.3f %6.3f %6.3f %6d%n", label, what, p.precision(), p.recall(), p.f1(), p.gold());
    }
}
