package org.vigie.eval.stories;

import org.vigie.eval.Clustering;
import org.vigie.eval.Prf;
import org.vigie.stories.Membership;
import org.vigie.stories.Relation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.Stream;

/**
 * Scores story grouping against the demo's {@code stories*.tsv} (columns {@code file, event, relation, of}):
 * <ul>
 *   <li>republications: every pair of articles joined by a copy, edit or translation chain must share a story
 *   (pairs of articles from different events sharing a story are false positives; other pairs of the same event
 *   are neither);</li>
 *   <li>events: pairwise and B-cubed F1 of stories against events;</li>
 *   <li>chains: pairwise F1 of the system's republication groups against the gold chains, and the share of
 *   articles whose relation (and {@code of} article, when it has one) is right.</li>
 * </ul>
 */
public final class DemoStoryScorer {
    /** One line of a stories table. */
    public record Row(String file, String event, Relation relation, String of) {
    }

    public record Scores(Prf republications, Clustering.Scores events, Prf chains, int relationsRight, int relationsTotal,
                         List<String> errors, List<String> stories) {
        public double relationAccuracy() {
            return relationsTotal == 0 ? 1 : (double) relationsRight / relationsTotal;
        }
    }

    private DemoStoryScorer() {
    }

    /** Rows of every {@code stories*.tsv} in the folder, in file then line order. */
    public static List<Row> read(Path demoDir) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(demoDir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches("stories.*\\.tsv")).sorted().toList()) {
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                for (int i = 1; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] c = line.split("\t", -1);
                    if (c.length < 3) throw new IOException(p + " line " + (i + 1) + ": expected file, event, relation, of");
                    String of = c.length > 3 && !c[3].isBlank() ? c[3].strip() : null;
                    try {
                        rows.add(new Row(c[0].strip(), c[1].strip(), Relation.fromJson(c[2]), of));
                    } catch (IllegalArgumentException e) {
                        throw new IOException(p + " line " + (i + 1) + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        return rows;
    }

    /**
     * The rows with the guidelines' definitions applied: an article that another one copies, edits or translates
     * is an {@code original}; an {@code original} that nothing repeats is a {@code report}.
     */
    public static List<Row> normalised(List<Row> rows) {
        Set<String> repeated = new HashSet<>();
        for (Row r : rows) if (r.of() != null) repeated.add(r.of());
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Relation rel = r.relation();
            if (!rel.isRepublication()) rel = repeated.contains(r.file()) ? Relation.ORIGINAL : Relation.REPORT;
            out.add(rel == r.relation() ? r : new Row(r.file(), r.event(), rel, r.of()));
        }
        return out;
    }

    /** Gold republication groups: each article with the article it repeats, transitively. */
    static Map<String, String> goldChains(List<Row> rows) {
        Map<String, String> parent = new HashMap<>();
        for (Row r : rows) parent.put(r.file(), r.file());
        for (Row r : rows) if (r.of() != null && parent.containsKey(r.of())) union(parent, r.file(), r.of());
        Map<String, String> out = new HashMap<>();
        for (Row r : rows) out.put(r.file(), find(parent, r.file()));
        return out;
    }

    private static String find(Map<String, String> parent, String x) {
        while (!parent.get(x).equals(x)) x = parent.get(x);
        return x;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.put(find(parent, a), find(parent, b));
    }

    /**
     * @param system the membership of each article (keyed by file name); articles missing from it are errors
     */
    public static Scores score(List<Row> gold, Map<String, Membership> system) {
        List<String> errors = new ArrayList<>();
        Map<String, String> chain = goldChains(gold);
        Map<String, String> event = new HashMap<>();
        for (Row r : gold) event.put(r.file(), r.event());
        Map<String, String> story = new HashMap<>();
        Map<String, String> fileOfDoc = new HashMap<>();
        system.forEach((file, m) -> {
            story.put(file, m.storyId());
            fileOfDoc.put(m.documentId(), file);
        });
        // system republication groups, from each article's 'of'
        Map<String, String> sysParent = new HashMap<>();
        for (String f : system.keySet()) sysParent.put(f, f);
        system.forEach((file, m) -> {
            if (m.of() != null && fileOfDoc.containsKey(m.of())) union(sysParent, file, fileOfDoc.get(m.of()));
        });
        List<String> files = gold.stream().map(Row::file).toList();
        int tp = 0, fp = 0, fn = 0, ctp = 0, cfp = 0, cfn = 0;
        for (int i = 0; i < files.size(); i++) {
            for (int j = i + 1; j < files.size(); j++) {
                String a = files.get(i), b = files.get(j);
                boolean goldChain = chain.get(a).equals(chain.get(b));
                boolean sameEvent = event.get(a).equals(event.get(b));
                boolean both = story.containsKey(a) && story.containsKey(b);
                boolean sameStory = both && story.get(a).equals(story.get(b));
                if (goldChain && sameStory) tp++;
                else if (goldChain) {
                    fn++;
                    errors.add("republication split: " + a + " / " + b);
                } else if (sameStory && !sameEvent) fp++;
                boolean sysChain = both && find(sysParent, a).equals(find(sysParent, b));
                if (goldChain && sysChain) ctp++;
                else if (goldChain) cfn++;
                else if (sysChain) {
                    cfp++;
                    errors.add("not a republication: " + a + " / " + b);
                }
            }
        }
        Map<String, String> goldEvents = new HashMap<>(), systemStories = new HashMap<>();
        for (String f : files) {
            goldEvents.put(f, event.get(f));
            if (story.containsKey(f)) systemStories.put(f, story.get(f));
            else errors.add("no story: " + f);
        }
        Clustering.Scores events = Clustering.score(goldEvents, systemStories);
        int right = 0;
        for (Row r : normalised(gold)) {
            Membership m = system.get(r.file());
            if (m == null) continue;
            String sysOf = m.of() == null ? null : fileOfDoc.get(m.of());
            if (m.relation() == r.relation() && Objects.equals(sysOf, r.of())) right++;
            else errors.add("relation of " + r.file() + ": " + m.relation().jsonName() + (sysOf == null ? "" : " of " + sysOf)
                    + ", expected " + r.relation().jsonName() + (r.of() == null ? "" : " of " + r.of()));
        }
        Map<String, List<String>> byStory = new TreeMap<>();
        for (Row r : gold) {
            if (story.containsKey(r.file())) byStory.computeIfAbsent(story.get(r.file()), k -> new ArrayList<>()).add(r.event() + ":" + r.file());
        }
        List<String> stories = byStory.values().stream().map(l -> String.join(" ", l)).toList();
        return new Scores(new Prf(tp, fp, fn), events, new Prf(ctp, cfp, cfn), right, gold.size(), errors, stories);
    }
}
