package org.vigie.eval.stories;

import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.eval.Clustering;
import org.vigie.nlp.DefaultPipeline;
import org.vigie.stories.Fingerprint;
import org.vigie.stories.StoryIndex;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.function.Predicate;

/**
 * Story clustering on ECB+: every document is analysed by the default pipeline and fed to a fresh
 * {@link StoryIndex} in a fixed pseudo-random order (a stream, not grouped by topic); the clusters are scored with
 * B-cubed and pairwise F1 against the 86 sub-topics (the same seminal event) and the 43 topics.
 * <p>
 * The thresholds were chosen on the training topics (1-22) alone; the table of thresholds below is computed on a
 * stream of those topics only. The default is then reported on all topics and on the test topics (36-45), which
 * were never used to choose anything.
 */
public final class StoryEvaluator {
    /** A document of the stream with its gold labels. */
    record Item(String name, int topic, String subTopic, Fingerprint fingerprint) {
    }

    private StoryEvaluator() {
    }

    public static int run(Path dataDir, PrintStream out, boolean showErrors) throws IOException {
        Path root = dataDir.resolve("ECB+");
        if (!Files.isDirectory(root)) {
            out.println("skipped: " + root + " not found");
            return 0;
        }
        List<EcbPlusReader.EcbDocument> docs = new ArrayList<>(EcbPlusReader.read(root));
        Collections.shuffle(docs, new Random(2014));
        Pipeline pipeline = DefaultPipeline.create();
        List<Item> items = new ArrayList<>();
        for (EcbPlusReader.EcbDocument d : docs) {
            Document analysed = pipeline.run(Document.ofText(d.text()));
            items.add(new Item(d.name(), Integer.parseInt(d.topic()), d.subTopic(), Fingerprint.of(analysed)));
            if (items.size() % 200 == 0) out.println("analysed " + items.size() + "/" + docs.size());
        }
        out.printf(Locale.ROOT, "ECB+: %d documents, %d sub-topics, %d topics%n", items.size(),
                items.stream().map(Item::subTopic).distinct().count(), items.stream().map(Item::topic).distinct().count());

        StoryIndex.Options defaults = StoryIndex.Options.defaults();
        List<Item> train = items.stream().filter(StoryEvaluator::training).toList();
        out.println();
        out.println("Thresholds on the training topics 1-22 (" + train.size() + " documents, their own stream): sub-topic scores");
        out.printf(Locale.ROOT, "%-6s %-6s %7s %7s %7s %7s %9s%n", "join", "split", "B3-P", "B3-R", "B3-F1", "pair-F1", "stories");
        for (double join : new double[]{0.20, 0.25, 0.30, 0.35, 0.40}) {
            for (double split : new double[]{0.0, 0.25}) {
                StoryIndex.Options o = defaults.withJoin(join).withSplit(split);
                Map<String, String> system = cluster(train, o).system;
                Clustering.Scores s = Clustering.score(labels(train, Item::subTopic, x -> true), system);
                boolean isDefault = join == defaults.join() && split == defaults.split();
                out.printf(Locale.ROOT, "%-6s %-6s %7.3f %7.3f %7.3f %7.3f %9d%n", join + (isDefault ? "*" : ""), split,
                        s.bcubedP(), s.bcubedR(), s.bcubedF1(), s.pairF1(), s.systemClusters());
            }
        }
        out.println("* = default");
        out.println();
        Run all = cluster(items, defaults);
        out.println("Default thresholds on the stream of all " + items.size() + " documents:");
        out.printf(Locale.ROOT, "%-22s %-10s %7s %7s %7s %7s %7s %7s %9s%n", "topics", "gold", "B3-P", "B3-R", "B3-F1",
                "pair-P", "pair-R", "pair-F1", "stories");
        for (var subset : List.<Map.Entry<String, Predicate<Item>>>of(Map.entry("all (1-45)", x -> true),
                Map.entry("training (1-22)", StoryEvaluator::training), Map.entry("test (36-45)", StoryEvaluator::test))) {
            for (var level : List.<Map.Entry<String, java.util.function.Function<Item, String>>>of(
                    Map.entry("sub-topic", Item::subTopic), Map.entry("topic", i -> String.valueOf(i.topic())))) {
                Map<String, String> gold = labels(items, level.getValue(), subset.getValue());
                Clustering.Scores s = Clustering.score(gold, all.system);
                out.printf(Locale.ROOT, "%-22s %-10s %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f %9d%n", subset.getKey(), level.getKey(),
                        s.bcubedP(), s.bcubedR(), s.bcubedF1(), s.pairP(), s.pairR(), s.pairF1(), s.systemClusters());
            }
        }
        out.printf(Locale.ROOT, "assignment: %.3f ms per document (mean over the stream, including warm-up)%n", all.msPerDocument);
        if (showErrors) {
            Map<String, List<String>> clusters = new TreeMap<>();
            Map<String, String> names = new HashMap<>();
            for (Item i : items) names.put(i.fingerprint().documentId(), i.name());
            all.system.forEach((doc, story) -> clusters.computeIfAbsent(story, k -> new ArrayList<>()).add(names.get(doc)));
            clusters.values().forEach(c -> {
                Collections.sort(c);
                out.println("  story: " + c);
            });
        }
        out.println("Anchor: a recent system scores 0.922 F1 (0.867 B-cubed) on the standard multilingual news clustering "
                + "benchmark; goal B-cubed F1 >= 0.90 on ECB+ sub-topics.");
        return 0;
    }

    static boolean training(Item i) {
        return i.topic() <= 22;
    }

    static boolean test(Item i) {
        return i.topic() >= 36;
    }

    private record Run(Map<String, String> system, double msPerDocument) {
    }

    private static Run cluster(List<Item> items, StoryIndex.Options options) {
        StoryIndex index = new StoryIndex(options);
        long t0 = System.nanoTime();
        for (Item i : items) index.add(i.fingerprint());
        double ms = (System.nanoTime() - t0) / 1e6 / Math.max(1, items.size());
        Map<String, String> system = new HashMap<>();
        for (Item i : items) system.put(i.fingerprint().documentId(), index.storyOf(i.fingerprint().documentId()).orElseThrow());
        return new Run(system, ms);
    }

    private static Map<String, String> labels(List<Item> items, java.util.function.Function<Item, String> label, Predicate<Item> keep) {
        Map<String, String> out = new HashMap<>();
        for (Item i : items) if (keep.test(i)) out.put(i.fingerprint().documentId(), label.apply(i));
        return out;
    }
}
