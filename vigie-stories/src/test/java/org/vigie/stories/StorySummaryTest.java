package org.vigie.stories;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.model.EntityRef;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.EventType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class StorySummaryTest {
    static final EntityRef OSTRIA = new EntityRef("vigie:ostria", "Ostria");
    static final EntityRef KARSA = new EntityRef("vigie:karsa", "Karsa");

    static final String[] AFP_LINES = {
            "BELMARK, May 10 (AFP) - The Ostrian defence ministry said 90,000 troops had gathered near the northern border, while Karsian officials put the figure at 120,000.",
            "\"Our forces are ready for any provocation,\" defence minister Lena Ostrova said."};

    static Article afp(String publisher) {
        String[] lines = publisher == null ? AFP_LINES : new String[]{AFP_LINES[0], AFP_LINES[1], "Published by " + publisher};
        Article a = Article.of(lines).lang("en").date("2025-05-10").title("Ostria says 90,000 troops massed at border").credited("AFP")
                .entity("vigie:ostria", "Ostria", EntityType.GPE, "Ostrian")
                .entity("vigie:karsa", "Karsa", EntityType.GPE, "Karsian")
                .entity("vigie:lena-ostrova", "Lena Ostrova", EntityType.PER, "Lena Ostrova")
                .figure("90,000 troops", 90000.0, "soldier", "vigie:ostria", "Ostria", false)
                .figure("120,000", 120000.0, "soldier", "vigie:karsa", "Karsa", false)
                .quote("Our forces are ready for any provocation,", "vigie:lena-ostrova", "Lena Ostrova")
                .event(EventType.MOBILIZE, OSTRIA, null, "2025-05-10", "90,000 troops had gathered near the northern border");
        if (publisher != null) a.publisher(publisher).boilerplate("Published by " + publisher);
        return a;
    }

    static Article reuters() {
        return Article.of("MIRAVAL, May 12 (Reuters) - Karsian intelligence now counts 175,000 soldiers near the border; the Ostrian ministry still says 90,000.",
                        "Ostria massed troops near the northern border last week, officials said.")
                .lang("en").date("2025-05-12").title("Karsa says 175,000 soldiers near border").credited("Reuters")
                .entity("vigie:ostria", "Ostria", EntityType.GPE, "Ostrian", "Ostria")
                .entity("vigie:karsa", "Karsa", EntityType.GPE, "Karsian")
                .figure("175,000 soldiers", 175000.0, "soldier", "vigie:karsa", "Karsa", false)
                .figure("90,000", 90000.0, "soldier", "vigie:ostria", "Ostria", false)
                .event(EventType.MOBILIZE, OSTRIA, null, "2025-05-10", "Ostria massed troops near the northern border");
    }

    static Article machineTranslated() {
        return Article.of("Le ministère ostrien a évoqué 150 XNUMX soldats près de la frontière nord.")
                .lang("fr").date("2025-05-13").title("150 XNUMX soldats à la frontière")
                .entity("vigie:ostria", "Ostria", EntityType.GPE, "ostrien")
                .figure("150 XNUMX soldats", null, "soldier", "vigie:ostria", "Ostria", true);
    }

    record Fixture(StorySummary summary, Document afp, Document copy, Document reuters, Document mt) {
    }

    static Fixture fixture() {
        Document afp = afp(null).build(), copy = afp("Border Watch Daily").build(), reuters = reuters().build(), mt = machineTranslated().build();
        List<Membership> members = List.of(
                new Membership(afp.id(), "story-x", Relation.ORIGINAL, null, 0),
                new Membership(copy.id(), "story-x", Relation.COPY, afp.id(), 1),
                new Membership(reuters.id(), "story-x", Relation.REPORT, null, 1.3),
                new Membership(mt.id(), "story-x", Relation.REPORT, null, 1.1));
        return new Fixture(StorySummary.of("story-x", List.of(afp, copy, reuters, mt), members), afp, copy, reuters, mt);
    }

    @Test
    void theClaimsLedgerShowsWhoClaimsWhichFigureAndWhereTheyDisagree() {
        Fixture f = fixture();
        StorySummary.ClaimGroup soldiers = f.summary().claims().stream().filter(g -> "soldier".equals(g.unit())).findFirst().orElseThrow();
        assertTrue(soldiers.disputed());
        assertEquals(List.of(90000.0, 120000.0, 175000.0), soldiers.values(), "the damaged figure is not a claimed value");
        StorySummary.Claimant karsa = soldiers.claimants().stream().filter(c -> c.claimant() != null && c.claimant().equals(KARSA)).findFirst().orElseThrow();
        assertEquals(List.of(120000.0, 175000.0), karsa.claims().stream().map(StorySummary.Claim::value).toList(), "in date order: how it changed");
        assertEquals(List.of("2025-05-10", "2025-05-12"), karsa.claims().stream().map(StorySummary.Claim::date).toList());
        StorySummary.Claimant ostria = soldiers.claimants().stream().filter(c -> c.claimant() != null && c.claimant().equals(OSTRIA)).findFirst().orElseThrow();
        StorySummary.Claim first = ostria.claims().get(0);
        assertEquals(90000.0, first.value());
        assertEquals(List.of(f.afp().id(), f.copy().id()), first.documents(), "a copy repeats its original's claim, it does not add one");
        StorySummary.Claim damaged = ostria.claims().stream().filter(StorySummary.Claim::artefact).findFirst().orElseThrow();
        assertNull(damaged.value());
        assertEquals("150 XNUMX soldats", damaged.text());
        assertEquals(f.mt().id(), damaged.document());
    }

    @Test
    void independentSourcesCountTheOutletsBehindTheOriginalsNotTheCopies() {
        StorySummary s = fixture().summary();
        assertEquals(4, s.documents());
        assertEquals(3, s.independentSources(), "AFP (with its copy), Reuters, and the uncredited text");
        assertEquals("2025-05-10", s.firstDate());
        assertEquals("2025-05-13", s.lastDate());
        assertEquals(List.of("en", "fr"), s.languages());
        assertEquals("Ostria says 90,000 troops massed at border", s.title(), "the title of the largest chain's original");
    }

    @Test
    void documentsAreGroupedBySourceThenLanguageWithTheirChain() {
        Fixture f = fixture();
        StorySummary.SourceGroup afp = f.summary().sources().get(0);
        assertEquals("AFP", afp.source());
        assertEquals(2, afp.documents());
        List<StorySummary.Entry> en = afp.languages().get(0).documents();
        assertEquals("en", afp.languages().get(0).language());
        StorySummary.Entry copy = en.stream().filter(e -> e.relation() == Relation.COPY).findFirst().orElseThrow();
        assertEquals(f.afp().id(), copy.of());
        assertEquals("Ostria says 90,000 troops massed at border", copy.ofTitle());
        assertTrue(f.summary().sources().stream().anyMatch(g -> g.source().equals("Reuters")));
        assertTrue(f.summary().sources().stream().anyMatch(g -> g.source().equals("unknown source")));
    }

    @Test
    void theTimelineMergesAnEventAcrossDocumentsAndCountsItsIndependentSources() {
        StorySummary s = fixture().summary();
        List<StorySummary.TimelineEvent> mobilize = s.timeline().stream().filter(t -> t.type() == EventType.MOBILIZE).toList();
        assertEquals(1, mobilize.size(), "one event, told three times");
        assertEquals(3, mobilize.get(0).documents().size());
        assertEquals(2, mobilize.get(0).independentSources(), "AFP and its copy count once, Reuters once");
        assertEquals("2025-05-10", mobilize.get(0).date());
    }

    @Test
    void quotesAreGroupedBySpeakerAndWords() {
        StorySummary s = fixture().summary();
        assertEquals(1, s.quotes().size());
        StorySummary.KeyQuote q = s.quotes().get(0);
        assertEquals("Lena Ostrova", q.speaker().name());
        assertEquals(2, q.documents().size());
        assertEquals(1, q.independentSources());
    }

    @Test
    void theJsonFormCarriesTheLedgerAndTheChains() {
        JsonNode json = StorySummaryJson.summary(fixture().summary());
        assertEquals("story-x", json.get("id").asText());
        assertEquals(3, json.get("independentSources").asInt());
        JsonNode soldiers = null;
        for (JsonNode g : json.get("claims")) if ("soldier".equals(g.get("unit").asText())) soldiers = g;
        assertNotNull(soldiers);
        assertTrue(soldiers.get("disputed").asBoolean());
        assertEquals(3, soldiers.get("values").size());
        boolean sawCopy = false;
        for (JsonNode src : json.get("sources")) for (JsonNode lang : src.get("languages")) for (JsonNode d : lang.get("documents")) {
            if (d.get("relation").asText().equals("copy")) sawCopy = !d.get("of").isNull();
        }
        assertTrue(sawCopy);
        assertTrue(json.get("timeline").get(0).get("actor2").isNull());
    }

    @Test
    void aStoryWithoutRecordsOrLayersIsSummarisedEmpty() {
        StorySummary s = StorySummary.of("story-empty", List.of(), List.of());
        assertEquals(0, s.documents());
        assertNull(s.title());
        assertTrue(s.claims().isEmpty() && s.timeline().isEmpty() && s.quotes().isEmpty() && s.sources().isEmpty());
        StorySummary bare = StorySummary.of("story-bare", List.of(Document.ofText("Just a line of text.")), List.of());
        assertEquals(1, bare.independentSources());
        assertEquals(Relation.REPORT, bare.sources().get(0).languages().get(0).documents().get(0).relation());
    }
}
