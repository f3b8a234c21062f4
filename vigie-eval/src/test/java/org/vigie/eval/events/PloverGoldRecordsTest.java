package org.vigie.eval.events;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PloverGoldRecordsTest {
    private static final String JSON = """
            [
            {"id": "D-1", "event": "DOCUMENT", "comment": "documentation"},
            {"id": "R-1", "date": "2000-01-01", "event": "DEMAND",
             "source": [{"actorText": "Ruritania", "code": "RUR"}], "target": [{"actorText": "Oz", "code": "ozz"}],
             "text": "Ruritania demanded that Oz withdraw."},
            {"id": "R-2", "date": "2000-01-01", "event": "INVESTIGATE", "source": [{"code": "RUR"}], "text": "Ruritania probed."},
            {"id": "R-3", "date": "2000-01-01", "event": "AGREE",
             "source": [{"code": "RUR"}, {"code": "JAP"}], "target": "", "text": "Ruritanian and Japanese officials agreed."},
            {"id": "R-4", "date": "2000-01-01", "event": "FIGHT", "text": "Shells fell."}
            ]
            """;

    private static PetrarchScore.Predicted p(String type, String source, String target) {
        return new PetrarchScore.Predicted(type, source, target, source + " -> " + target);
    }

    @Test
    void recordsMapToTheContractTypesAndSkipTheTypesItLacks() throws IOException {
        PloverGoldRecords.Records r = PloverGoldRecords.parse(JSON);
        assertEquals(List.of("REQUEST", "AGREE", "ASSAULT"), r.gold().stream().map(PloverGoldRecords.Gold::type).toList());
        assertEquals(1, r.skipped().get("DOCUMENT"));
        assertEquals(1, r.skipped().get("INVESTIGATE"));
        PloverGoldRecords.Gold demand = r.gold().get(0);
        assertEquals(1, demand.index());
        assertEquals(List.of("RUR"), demand.sources());
        assertEquals(List.of("OZZ"), demand.targets());
        // a legacy code is read as its ISO-3166 form, an empty string as no constraint
        assertEquals(List.of("RUR", "JPN"), r.gold().get(1).sources());
        assertTrue(r.gold().get(1).targets().isEmpty());
        assertTrue(r.gold().get(2).sources().isEmpty());
    }

    @Test
    void anActorIsRightWhenItsCodeHasTheRootOfOneGoldCodeAndAnEmptySideAcceptsAnything() throws IOException {
        List<PloverGoldRecords.Gold> g = PloverGoldRecords.parse(JSON).gold();
        PloverGoldRecords.Gold demand = g.get(0), agree = g.get(1), fight = g.get(2);
        assertTrue(PloverGoldRecords.matches(demand, p("REQUEST", "RURGOV", "OZZ")));
        assertFalse(PloverGoldRecords.matches(demand, p("REQUEST", "OZZ", "RUR")), "direction counts for a demand");
        assertFalse(PloverGoldRecords.matches(demand, p("REQUEST", "RUR", null)));
        assertFalse(PloverGoldRecords.matches(demand, p("ACCUSE", "RUR", "OZZ")));
        assertTrue(PloverGoldRecords.matches(agree, p("AGREE", "JPN", null)));
        assertTrue(PloverGoldRecords.matches(agree, p("AGREE", "USA", "RUR")), "agreements match in either order");
        assertFalse(PloverGoldRecords.matches(agree, p("AGREE", "USA", "CHN")));
        assertTrue(PloverGoldRecords.matches(fight, p("ASSAULT", null, null)));
    }

    @Test
    void theFirstMatchingEventIsTheTruePositiveAndEveryOtherEventAFalsePositive() throws IOException {
        List<PloverGoldRecords.Gold> g = PloverGoldRecords.parse(JSON).gold();
        PloverGoldRecords.Score s = new PloverGoldRecords.Score();
        List<String> errors = new ArrayList<>();
        s.add(g.get(0), List.of(p("REQUEST", "RUR", "OZZ"), p("REQUEST", "RUR", "OZZ"), p("THREATEN", "RUR", "OZZ")), errors::add);
        s.add(g.get(1), List.of(), errors::add);
        s.add(g.get(2), List.of(p("ASSAULT", null, null)), errors::add);
        assertEquals(1, s.type("REQUEST").tp());
        assertEquals(1, s.type("REQUEST").fp());
        assertEquals(1, s.type("THREATEN").fp());
        assertEquals(1, s.type("AGREE").fn());
        assertEquals(2, s.all().tp());
        assertEquals(2, s.all().fp());
        assertEquals(1, s.all().fn());
        assertEquals(0.5, s.all().precision(), 1e-9);
        assertEquals(2 / 3.0, s.all().recall(), 1e-9);
        assertEquals(1, s.recordsWithFalse);
        assertEquals(1, s.recordsWithout);
        assertEquals(3, errors.size());
        assertTrue(errors.contains("missed AGREE [RUR, JPN] -> []"));
    }

    @Test
    void eventsSpellingOutACompoundGoldActorAreNeitherTrueNorFalse() throws IOException {
        PloverGoldRecords.Gold agree = PloverGoldRecords.parse(JSON).gold().get(1);
        PloverGoldRecords.Score s = new PloverGoldRecords.Score();
        List<String> errors = new ArrayList<>();
        s.add(agree, List.of(p("AGREE", "RUR", "FRA"), p("AGREE", "JPN", "FRA"), p("AGREE", "JPN", "FRA"), p("AGREE", "DEU", "FRA")), errors::add);
        assertEquals(1, s.all().tp());
        assertEquals(2, s.all().fp(), "a repeated member and an actor outside the list stay false: " + errors);
        assertEquals(0, s.all().fn());
    }

    @Test
    void aMissingDataFolderIsSkipped() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(0, PloverGoldRecords.run(Path.of("/nonexistent-plover"), new PrintStream(bytes), false));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("skipped: "));
    }

    @Test
    void aFileThatIsNotAnArrayIsAClearError() {
        assertThrows(IOException.class, () -> PloverGoldRecords.parse("{\"event\": \"AGREE\"}"));
    }

    @Test
    void aGroupOfNoStateIsOfThePlaceItActsInAndANamedEntityIsNoBareSector() {
        assertEquals("IRQOPP", EventEvaluator.inPlace("---OPP", "IRQ"));
        assertEquals("SYRREB", EventEvaluator.inPlace("SYRREB", "IRQ"));
        assertEquals("---OPP", EventEvaluator.inPlace("---OPP", "IGOUNO"));
        assertNull(EventEvaluator.inPlace(null, "IRQ"));
        ActorCodes codes = ActorCodes.of("COMMUNITY [~CVL]");
        assertNull(EventEvaluator.codeOf(codes, new org.vigie.core.model.EntityRef("vigie:ruritanian-community", "Ruritanian Community"), 20161231));
    }

    @Test
    void aNameCutAfterAStateIsCodedByThatStateAndNeverBySectorAlone() {
        ActorCodes codes = ActorCodes.of("RURITANIA_ [RUR]", "+RURITANIAN_", "STATE [~GOV]");
        assertEquals("RUR", EventEvaluator.codeOf(codes, new org.vigie.core.model.EntityRef("vigie:x", "Ruritanian State"), 20161231));
        assertNull(EventEvaluator.codeOf(codes, new org.vigie.core.model.EntityRef("vigie:y", "Blue State"), 20161231));
    }

    @Test
    void aPersonWithoutCodeTakesTheStateOfItsTitleOrPossessiveButNotOfAnEarlierClause() {
        ActorCodes codes = ActorCodes.of("RURITANIA_ [RUR]", "+RURITANIAN_", "OZ_ [OZZ]");
        org.vigie.core.Document doc = org.vigie.core.Document.ofText("x");
        for (String[] c : List.of(new String[]{"Ruritanian Prime Minister Jan Kowal met Oz.", "RUR"},
                new String[]{"Ruritania's religious leader Jan Kowal met Oz.", "RUR"},
                new String[]{"A member of the Ruritanian parliament, Jan Kowal, met Oz.", "RUR"},
                new String[]{"The Ruritanian government today welcomed President Jan Kowal.", null})) {
            doc = org.vigie.eval.events.PloverGoldRecordsTest.withMentions(c[0]);
            org.vigie.core.model.Event e = new org.vigie.core.model.Event(org.vigie.core.model.EventType.CONSULT, null,
                    new org.vigie.core.model.EntityRef("vigie:jan-kowal", "Jan Kowal"), null, null, null, false,
                    new org.vigie.core.model.Span(0, c[0].length()));
            assertEquals(c[1], EventEvaluator.stateAround(doc, e, e.actor1(), 0, codes, 20161231), c[0]);
        }
    }

    /** A document with default tokens and a mention for "Jan Kowal" and for each Ruritania/Oz word. */
    static org.vigie.core.Document withMentions(String text) {
        org.vigie.core.Document d = org.vigie.nlp.DefaultPipeline.create(List.of("blocks", "segment")).run(org.vigie.core.Document.ofText(text));
        List<org.vigie.core.model.Mention> ms = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Jan Kowal|Ruritania(n)?|Oz").matcher(text);
        while (m.find()) {
            String id = m.group().startsWith("Jan") ? "vigie:jan-kowal" : m.group().startsWith("Oz") ? "vigie:oz" : "vigie:ruritania";
            ms.add(new org.vigie.core.model.Mention(new org.vigie.core.model.Span(m.start(), m.end()),
                    m.group().startsWith("Jan") ? org.vigie.core.model.EntityType.PER : org.vigie.core.model.EntityType.GPE, id, 1.0));
        }
        return d.with(org.vigie.core.Layers.of(org.vigie.core.LayerKind.MENTIONS, ms));
    }

    @Test
    void anInternationalBodyTheDictionariesMissIsAnIgoAndAStateBodyItsState() {
        ActorCodes codes = ActorCodes.of("FRANCE_ [FRA]");
        org.vigie.nlp.kb.KbEntry igo = new org.vigie.nlp.kb.KbEntry("vigie:x-forum", org.vigie.nlp.kb.QidStatus.UNVERIFIED,
                org.vigie.core.model.EntityType.ORG, "igo", "X Forum", java.util.Map.of(), java.util.Optional.empty(), java.util.Optional.empty());
        assertEquals("IGO", EventEvaluator.kbCode(codes, igo, 20161231));
        org.vigie.nlp.kb.KbEntry club = new org.vigie.nlp.kb.KbEntry("vigie:x-club", org.vigie.nlp.kb.QidStatus.UNVERIFIED,
                org.vigie.core.model.EntityType.ORG, "company", "X Club", java.util.Map.of(), java.util.Optional.empty(), java.util.Optional.empty());
        assertNull(EventEvaluator.kbCode(codes, club, 20161231));
        org.vigie.nlp.kb.KbEntry body = new org.vigie.nlp.kb.KbEntry("vigie:x-council", org.vigie.nlp.kb.QidStatus.UNVERIFIED,
                org.vigie.core.model.EntityType.ORG, "agency", "X Council", java.util.Map.of(), java.util.Optional.of("Q142"), java.util.Optional.empty());
        assertEquals("FRA", EventEvaluator.kbCode(codes, body, 20161231));
    }
}
