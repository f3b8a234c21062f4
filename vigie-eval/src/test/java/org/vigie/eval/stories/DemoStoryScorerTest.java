package org.vigie.eval.stories;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.stories.Membership;
import org.vigie.stories.Relation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class DemoStoryScorerTest {
    @TempDir
    Path dir;

    static final List<DemoStoryScorer.Row> GOLD = List.of(
            new DemoStoryScorer.Row("a.txt", "1", Relation.ORIGINAL, null),
            new DemoStoryScorer.Row("b.txt", "1", Relation.TRANSLATION, "a.txt"),
            new DemoStoryScorer.Row("c.txt", "1", Relation.REPORT, null),
            new DemoStoryScorer.Row("d.txt", "2", Relation.REPORT, null));

    static Membership m(String doc, String story, Relation r, String of) {
        return new Membership(doc, story, r, of, 1);
    }

    @Test
    void aPerfectGroupingScoresOne() {
        DemoStoryScorer.Scores s = DemoStoryScorer.score(GOLD, Map.of(
                "a.txt", m("A", "s1", Relation.ORIGINAL, null), "b.txt", m("B", "s1", Relation.TRANSLATION, "A"),
                "c.txt", m("C", "s1", Relation.REPORT, null), "d.txt", m("D", "s2", Relation.REPORT, null)));
        assertEquals(1.0, s.republications().f1());
        assertEquals(1.0, s.events().pairF1());
        assertEquals(1.0, s.chains().f1());
        assertEquals(1.0, s.relationAccuracy());
        assertTrue(s.errors().isEmpty(), s.errors().toString());
    }

    @Test
    void aSplitTranslationAndAMergedEventAreCountedAndListed() {
        DemoStoryScorer.Scores s = DemoStoryScorer.score(GOLD, Map.of(
                "a.txt", m("A", "s1", Relation.REPORT, null), "b.txt", m("B", "s2", Relation.REPORT, null),
                "c.txt", m("C", "s1", Relation.REPORT, null), "d.txt", m("D", "s1", Relation.REPORT, null)));
        assertEquals(0, s.republications().tp());
        assertEquals(1, s.republications().fn(), "a and b are apart");
        assertEquals(2, s.republications().fp(), "d is with a and c but reports another event");
        assertEquals(0.0, s.chains().recall());
        assertEquals(2, s.relationsRight(), "c and d are reports; a is an original, b a translation");
        assertTrue(s.errors().stream().anyMatch(e -> e.startsWith("republication split: a.txt / b.txt")), s.errors().toString());
        assertEquals(2.0 / 6, s.events().pairP(), 1e-9, "pairs (a,c) right; (a,d), (c,d) wrong");
    }

    @Test
    void theGuidelinesDecideWhatIsAnOriginal() {
        List<DemoStoryScorer.Row> rows = DemoStoryScorer.normalised(List.of(
                new DemoStoryScorer.Row("a.txt", "1", Relation.REPORT, null),
                new DemoStoryScorer.Row("b.txt", "1", Relation.COPY, "a.txt"),
                new DemoStoryScorer.Row("c.txt", "1", Relation.ORIGINAL, null)));
        assertEquals(List.of(Relation.ORIGINAL, Relation.COPY, Relation.REPORT), rows.stream().map(DemoStoryScorer.Row::relation).toList());
    }

    @Test
    void storiesTablesAreReadAndBadLinesNamed() throws IOException {
        Files.writeString(dir.resolve("stories-a.tsv"), "file\tevent\trelation\tof\na.txt\t1\toriginal\t\nb.txt\t1\tcopy\ta.txt\n");
        Files.writeString(dir.resolve("stories-b.tsv"), "file\tevent\trelation\tof\nc.txt\t2\treport\t\n");
        assertEquals(List.of("a.txt", "b.txt", "c.txt"), DemoStoryScorer.read(dir).stream().map(DemoStoryScorer.Row::file).toList());
        Files.writeString(dir.resolve("stories-c.tsv"), "file\tevent\trelation\tof\nd.txt\t2\tcousin\t\n");
        IOException e = assertThrows(IOException.class, () -> DemoStoryScorer.read(dir));
        assertTrue(e.getMessage().contains("stories-c.tsv line 2"), e.getMessage());
    }

    @Test
    void theEvaluatorsSkipWhenTheirDataIsAbsent() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertEquals(0, DemoStoryEvaluator.run(dir.resolve("no-demo"), out, false));
        assertEquals(0, StoryEvaluator.run(dir.resolve("no-ecb"), out, false));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("skipped: " + dir.resolve("no-demo").resolve("corpus") + " not found"), printed);
        assertTrue(printed.contains("skipped: " + dir.resolve("no-ecb").resolve("ECB+") + " not found"), printed);
    }

    @Test
    void theDemoEvaluatorGroupsArticlesReadFromAFolder() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("demo/corpus"));
        String text = "Customs officers in Port Velden seized 300 crates of rifles from the freighter Nordlys and arrested its captain.\n"
                + "The crates were hidden under sacks of grain bound for Belmark, the interior ministry said on Tuesday.";
        Files.writeString(corpus.resolve("a.txt"), text);
        Files.writeString(corpus.resolve("b.txt"), "Home | World\n" + text + "\nShare this article");
        Files.write(corpus.resolve("c-cp1252.txt"), "Pluies torrentielles à Lindholm : la rivière a débordé dans la vieille ville et les écoles accueillent les habitants."
                .getBytes("windows-1252"));
        Files.writeString(dir.resolve("demo/stories-x.tsv"), "file\tevent\trelation\tof\na.txt\t1\toriginal\t\nb.txt\t1\tcopy\ta.txt\nc-cp1252.txt\t2\treport\t\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(0, DemoStoryEvaluator.run(dir.resolve("demo"), new PrintStream(bytes, true, StandardCharsets.UTF_8), true));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("demo: 3 articles, 2 events, 1 republication links"), printed);
        assertTrue(printed.matches("(?s).*pipeline +republications +1\\.000 +1\\.000 +1\\.000 +1\\b.*"), printed);
        assertTrue(DemoStoryEvaluator.read(corpus.resolve("c-cp1252.txt")).text().startsWith("Pluies torrentielles à Lindholm"), "windows-1252 decoded");
    }
}
