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

/**
 * Story clustering on ECB+: every document is analysed by the default pipeline and fed to a fresh
 * {@link StoryIndex} in a fixed pseudo-random order (a stream, not grouped by topic); the clusters are
 * scored with B-cubed and pairwise F1 against the 86 sub-topics (the same seminal event) and the 43 topics.
 */
public final class StoryEvaluator {
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
        List<Fingerprint> fingerprints = new ArrayList<>();
        Map<String, String> subTopic = new HashMap<>(), topic = new HashMap<>(), names = new HashMap<>();
        int n = 0;
        for (EcbPlusReader.EcbDocument d : docs) {
            Document analysed = pipeline.run(Document.ofText(d.text()));
            fingerprints.add(Fingerprint.of(analysed));
            subTopic.put(analysed.id(), d.subTopic());
            topic.put(analysed.id(), d.topic());
            names.put(analysed.id(), d.name());
            if (++n % 100 == 0) out.println("analysed " + n + "/" + docs.size());
        }
        out.printf(Locale.ROOT, "ECB+: %d documents, %d sub-topics, %d topics%n", docs.size(),
                new HashSet<>(subTopic.values()).size(), new HashSet<>(topic.values()).size());
        out.printf(Locale.ROOT, "%-8s %-10s %7s %7s %7s %7s %7s %7s %9s%n", "join", "gold", "B3-P", "B3-R", "B3-F1", "pair-P", "pair-R", "pair-F1", "clusters");
        StoryIndex.Options defaults = StoryIndex.Options.defaults();
        for (double join : new double[]{0.3, 0.35, defaults.join(), 0.45, 0.5}) {
            StoryIndex index = new StoryIndex(new StoryIndex.Options(defaults.duplicate(), defaults.copy(), join,
                    defaults.crossLanguageJoin(), defaults.dayWindow()));
            Map<String, String> system = new HashMap<>();
            long t0 = System.nanoTime();
            for (Fingerprint f : fingerprints) system.put(f.documentId(), index.add(f).storyId());
            double msPerDoc = (System.nanoTime() - t0) / 1e6 / fingerprints.size();
            for (Map.Entry<String, Map<String, String>> level : List.of(Map.entry("sub-topic", subTopic), Map.entry("topic", topic))) {
                Clustering.Scores s = Clustering.score(level.getValue(), system);
                out.printf(Locale.ROOT, "%-8s %-10s %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f %9d%s%n", join == defaults.join() ? join + "*" : join,
                        level.getKey(), s.bcubedP(), s.bcubedR(), s.bcubedF1(), s.pairP(), s.pairR(), s.pairF1(), s.systemClusters(),
                        level.getKey().equals("topic") ? String.format(Locale.ROOT, "   (%.3f ms/doc)", msPerDoc) : "");
            }
            if (showErrors && join == defaults.join()) {
                Map<String, List<String>> clusters = new TreeMap<>();
                system.forEach((doc, story) -> clusters.computeIfAbsent(story, k -> new ArrayList<>()).add(names.get(doc)));
                clusters.values().forEach(c -> { Collections.sort(c); out.println("  cluster: " + c); });
            }
        }
        out.println("* = default threshold. Anchor: a recent system scores 0.922 F1 (0.867 B-cubed) on the standard multilingual news clustering benchmark; goal B-cubed F1 >= 0.90 on ECB+ sub-topics.");
        return 0;
    }
}
