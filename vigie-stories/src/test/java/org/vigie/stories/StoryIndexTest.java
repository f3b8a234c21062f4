package org.vigie.stories;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;

import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

class StoryIndexTest {

    private static Fingerprint fp(Article a) {
        return Fingerprint.of(a.build());
    }

    private static Article copyOfAfpEnglish(String publisher) {
        List<String> lines = new ArrayList<>(List.of("Home | World | Ostria", "Share this article   14 comments"));
        lines.addAll(List.of(Port.AFP_ENGLISH));
        lines.add("© " + publisher + " 2025. All rights reserved.");
        return Article.of(lines.toArray(String[]::new)).lang("en").date("2025-05-06").credited("AFP").publisher(publisher)
                .boilerplate("Home | World | Ostria", "Share this article   14 comments", "© " + publisher + " 2025. All rights reserved.");
    }

    @Test
    void aCopyWithOtherBoilerplateJoinsItsOriginalAsACopy() {
        StoryIndex index = new StoryIndex();
        Assignment original = index.add(fp(Port.afpEnglish()));
        Assignment copy = index.add(fp(copyOfAfpEnglish("Harbour Daily")));
        assertEquals(Relation.REPORT, original.relation(), "alone, a document is a report");
        assertEquals(original.storyId(), copy.storyId());
        assertEquals(Relation.COPY, copy.relation(), copy.toString());
        assertEquals(original.documentId(), copy.of());
        assertEquals(Relation.ORIGINAL, index.membership(original.documentId()).orElseThrow().relation(), "once copied, the original");
        assertTrue(copy.changes().stream().anyMatch(m -> m.documentId().equals(original.documentId()) && m.relation() == Relation.ORIGINAL),
                "the original's new relation is among the changes to store: " + copy.changes());
    }

    @Test
    void aShortenedEditArrivingFirstStillPointsToTheLongerOriginal() {
        Article edit = Article.of(Port.AFP_ENGLISH[0], Port.AFP_ENGLISH[1],
                        Port.AFP_ENGLISH[2].replace("told reporters at the quay", "said"))
                .lang("en").date("2025-05-06").credited("AFP");
        StoryIndex index = new StoryIndex();
        Assignment first = index.add(fp(edit));
        Assignment full = index.add(fp(Port.afpEnglish()));
        assertEquals(first.storyId(), full.storyId());
        Membership e = index.membership(first.documentId()).orElseThrow();
        assertEquals(Relation.EDIT, e.relation(), "a shortened text is an edit of the longer one, not its source");
        assertEquals(full.documentId(), e.of());
        assertEquals(Relation.ORIGINAL, index.membership(full.documentId()).orElseThrow().relation());
    }

    @Test
    void aTranslationIsLinkedThroughEntitiesFiguresDatesAndQuotes() {
        StoryIndex index = new StoryIndex();
        Assignment en = index.add(fp(Port.afpEnglish()));
        Assignment fr = index.add(fp(Port.afpFrench()));
        assertEquals(en.storyId(), fr.storyId());
        assertEquals(Relation.TRANSLATION, fr.relation(), fr.toString());
        assertEquals(en.documentId(), fr.of());
        double translation = Similarity.translation(fp(Port.afpEnglish()), fp(Port.afpFrench()));
        double report = Similarity.translation(fp(Port.reutersEnglish()), fp(Port.afpFrench()));
        assertTrue(translation > report + 0.2, "a translation keeps the order of names, figures and quotes: " + translation + " vs " + report);
    }

    @Test
    void anUnrelatedStoryIsNotMerged() {
        StoryIndex index = new StoryIndex();
        Assignment port = index.add(fp(Port.afpEnglish()));
        Assignment flood = index.add(fp(Port.flood()));
        assertNotEquals(port.storyId(), flood.storyId());
        assertEquals(Relation.REPORT, flood.relation());
        assertEquals(2, index.storyCount());
    }

    @Test
    void anIndependentReportOfTheSameEventJoinsAsAReport() {
        StoryIndex index = new StoryIndex();
        Assignment afp = index.add(fp(Port.afpEnglish()));
        Assignment reuters = index.add(fp(Port.reutersEnglish()));
        assertEquals(afp.storyId(), reuters.storyId());
        assertEquals(Relation.REPORT, reuters.relation());
        assertNull(reuters.of());
    }

    @Test
    void aTranslationBridgingTwoStoriesMergesThem() {
        StoryIndex index = new StoryIndex();
        Assignment afp = index.add(fp(Port.afpEnglish()));
        Assignment reuters = index.add(fp(Port.reutersEnglish()));
        Assignment parquet = index.add(fp(Port.parquetFrench()));
        assertEquals(afp.storyId(), reuters.storyId());
        assertNotEquals(afp.storyId(), parquet.storyId(), "before the bridge, the French report stands alone");
        Assignment bridge = index.add(fp(Port.parquetEnglish()));
        assertEquals(Relation.TRANSLATION, bridge.relation());
        assertEquals(parquet.documentId(), bridge.of());
        Set<String> now = new HashSet<>();
        for (Assignment a : List.of(afp, reuters, parquet, bridge)) now.add(index.storyOf(a.documentId()).orElseThrow());
        assertEquals(1, now.size(), "the four reports form one story");
        assertEquals(1, bridge.retired().size());
        assertEquals(1, index.storyCount());
        String retired = bridge.retired().get(0);
        assertEquals(index.currentId(retired).orElseThrow(), bridge.storyId(), "a retired id leads to the story it joined");
        assertTrue(bridge.changes().size() >= 2, "the moved documents are among the changes: " + bridge.changes());
    }

    @Test
    void independentSourcesCountCopiesOnce() {
        StoryIndex index = new StoryIndex();
        index.add(fp(Port.afpEnglish()));
        index.add(fp(copyOfAfpEnglish("Harbour Daily")));
        index.add(fp(copyOfAfpEnglish("World Wire Digest")));
        Assignment last = index.add(fp(Port.reutersEnglish()));
        Story story = index.story(last.storyId()).orElseThrow();
        assertEquals(4, story.documents());
        assertEquals(2, story.groups(), "one AFP text with its copies, one Reuters text");
        assertEquals(2, story.independentSources());
    }

    @Test
    void theWireOutranksAnAggregatorOnTheSameDayAndAnEarlierDateOutranksBoth() {
        StoryIndex index = new StoryIndex();
        Assignment aggregator = index.add(fp(copyOfAfpEnglish("Harbour Daily")));
        Assignment wire = index.add(fp(Port.afpEnglish()));
        assertEquals(Relation.ORIGINAL, index.membership(wire.documentId()).orElseThrow().relation());
        assertEquals(wire.documentId(), index.membership(aggregator.documentId()).orElseThrow().of());
        Article earlier = copyOfAfpEnglish("Early Bird News").date("2025-05-05");
        Assignment early = index.add(fp(earlier));
        assertEquals(Relation.ORIGINAL, early.relation());
        assertEquals(early.documentId(), index.membership(wire.documentId()).orElseThrow().of());
    }

    @Test
    void aStoryThatChainedTwoEventsIsSplit() {
        List<Article> port = List.of(Port.afpEnglish(), Port.reutersEnglish(),
                Article.of("Ostrian customs said on Tuesday the rifles seized on the freighter Nordlys in Port Velden were hidden in grain.",
                        "The captain of the Nordlys was arrested and Interior Minister Harald Ness praised the customs officers.").lang("en").date("2025-05-06"));
        List<Article> flood = List.of(Port.flood(),
                Article.of("Residents of Lindholm spent the night in schools after the river flooded the old town.",
                        "The mayor of Lindholm asked for pumps and volunteers as the water kept rising.").lang("en").date("2025-05-06"),
                Article.of("Volunteers brought pumps to Lindholm where the river flooded hundreds of homes overnight.",
                        "Schools in the old town sheltered residents, the mayor said.").lang("en").date("2025-05-06"));
        StoryIndex index = new StoryIndex();
        for (Article a : port) index.restore(fp(a), "story-mixed", Relation.REPORT, null, 1);
        for (Article a : flood) index.restore(fp(a), "story-mixed", Relation.REPORT, null, 1);
        Assignment next = index.add(fp(Article.of("Prosecutors in Port Velden opened an inquiry into the rifles found on the freighter Nordlys.",
                "Customs officers said the crates were bound for Belmark.").lang("en").date("2025-05-06")));
        Set<String> portStories = new HashSet<>(), floodStories = new HashSet<>();
        for (Article a : port) portStories.add(index.storyOf(a.build().id()).orElseThrow());
        for (Article a : flood) floodStories.add(index.storyOf(a.build().id()).orElseThrow());
        assertEquals(1, portStories.size());
        assertEquals(1, floodStories.size());
        assertNotEquals(portStories, floodStories, "the flood reports were split from the port story");
        assertEquals(portStories.iterator().next(), next.storyId());
        assertTrue(next.changes().size() >= 4, "the moved documents are among the changes: " + next.changes());
        assertEquals(2, next.stories().size(), "both stories are reported as touched");
    }

    @Test
    void restoringMembershipsGivesTheSameStoriesWithoutAnalysingAgain() {
        List<Article> articles = List.of(Port.afpEnglish(), Port.afpFrench(), Port.reutersEnglish(), Port.flood(), copyOfAfpEnglish("Harbour Daily"));
        StoryIndex live = new StoryIndex();
        List<Fingerprint> fingerprints = new ArrayList<>();
        for (Article a : articles) {
            Fingerprint f = fp(a);
            fingerprints.add(f);
            live.add(f);
        }
        StoryIndex restored = new StoryIndex();
        for (Fingerprint f : fingerprints) {
            Membership m = live.membership(f.documentId()).orElseThrow();
            restored.restore(Fingerprint.decode(f.documentId(), f.encode()), m.storyId(), m.relation(), m.of(), m.similarity());
        }
        for (Fingerprint f : fingerprints) assertEquals(live.membership(f.documentId()), restored.membership(f.documentId()));
        Fingerprint next = fp(Port.parquetEnglish().date("2025-05-06"));
        assertEquals(live.add(next).storyId(), restored.add(next).storyId());
        assertEquals(live.storyCount(), restored.storyCount());
    }

    @Test
    void aCopyRestoredBeforeItsOriginalIsLinkedWhenTheOriginalComes() {
        StoryIndex live = new StoryIndex();
        Fingerprint copy = fp(copyOfAfpEnglish("Harbour Daily")), original = fp(Port.afpEnglish());
        live.add(copy);
        live.add(original);
        Membership c = live.membership(copy.documentId()).orElseThrow();
        assertEquals(original.documentId(), c.of(), "the wire text became the original after its copy arrived");
        StoryIndex restored = new StoryIndex();
        restored.restore(copy, c.storyId(), c.relation(), c.of(), c.similarity());
        Membership o = live.membership(original.documentId()).orElseThrow();
        restored.restore(original, o.storyId(), o.relation(), o.of(), o.similarity());
        assertEquals(2, restored.story(c.storyId()).orElseThrow().documents());
        assertEquals(1, restored.story(c.storyId()).orElseThrow().groups(), "one republication group, as before");
        Assignment third = restored.add(fp(copyOfAfpEnglish("World Wire Digest")));
        assertEquals(Relation.COPY, third.relation());
        assertEquals(original.documentId(), third.of());
    }

    @Test
    void addingAKnownDocumentAgainChangesNothing() {
        StoryIndex index = new StoryIndex();
        Assignment first = index.add(fp(Port.afpEnglish()));
        Assignment again = index.add(fp(Port.afpEnglish()));
        assertEquals(first.storyId(), again.storyId());
        assertTrue(again.changes().isEmpty());
        assertEquals(1, index.size());
    }

    @Test
    void assignmentComparesWithCandidatesOnlyAndStaysConsistentAsTheIndexGrows() {
        StoryIndex index = new StoryIndex();
        List<String> ids = new ArrayList<>();
        Random random = new Random(7);
        String[] syllables = {"ka", "lo", "mi", "ter", "van", "su", "rel", "dor", "pa", "nix", "qua", "bel", "tor", "fen"};
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                for (int s = 0; s < 3; s++) text.append(syllables[random.nextInt(syllables.length)]);
                text.append(w % 10 == 9 ? ". " : " ");
            }
            ids.add(index.add(Fingerprint.of(Document.ofText(text.toString()))).storyId());
        }
        assertEquals(300, new HashSet<>(ids).size(), "distinct texts of random words must not be merged");
        Assignment again = index.add(fp(Port.afpEnglish()));
        Assignment copy = index.add(fp(copyOfAfpEnglish("Harbour Daily")));
        assertEquals(again.storyId(), copy.storyId());
    }
}
