package org.vigie.eval.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.EntityRef;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;
import org.vigie.core.model.Span;
import org.vigie.nlp.events.CameoPlover;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class EventScoringTest {
    private static EventScorer.Item item(String type, String a1, String a2, Span where) {
        return new EventScorer.Item(type, a1, a2, null, null, null, false, where);
    }

    @Test
    void strictPairsNeedTypePlaceAndBothActorsInEitherOrderForMeetings() {
        Span s1 = new Span(0, 10), s2 = new Span(11, 20);
        EventScorer sc = new EventScorer();
        List<EventScorer.Item> gold = List.of(item("CONSULT", "a", "b", s1), item("ACCUSE", "a", "b", s2));
        List<EventScorer.Item> pred = List.of(item("CONSULT", "b", "a", s1), item("ACCUSE", "b", "a", s2),
                item("ASSAULT", "a", null, s2));
        sc.add(gold, pred, (x, y) -> ((Span) x).overlaps((Span) y), e -> { });
        assertEquals(1 / 3.0, sc.strictPrecision(), 1e-9);
        assertEquals(0.5, sc.strictRecall(), 1e-9);
        assertEquals(2 / 3.0, sc.typePrecision(), 1e-9);
    }

    @Test
    void groupEntitiesAreCodedFromTheirStateAndAgent() {
        ActorCodes codes = ActorCodes.of("SYRIA [SYR]", "+SYRIAN_ARAB_REPUBLIC", "BRENMOOR [BRM]");
        assertEquals("SYRREB", EventEvaluator.groupCode(codes, "vigie:group:Q858:rebels", 20150101));
        assertEquals("---LEG", EventEvaluator.groupCode(codes, "vigie:group:congress", 20150101));
        assertEquals("BRMOPP", EventEvaluator.groupCode(codes, "vigie:group:brenmoor:protesters", 20150101));
        assertNull(EventEvaluator.groupCode(codes, "vigie:group:nowhere-land:rebels", 20150101));
        assertNull(EventEvaluator.groupCode(codes, "vigie:group:bakers", 20150101));
        assertTrue(ActorCodes.matches("SYRREB", "SYRREB"));
        assertTrue(ActorCodes.matches("---LEG", "---LEG"));
        assertFalse(ActorCodes.matches("---LEG", "---OPP"));
    }

    @Test
    void anEntityIsCodedUnderAnyOfItsKnowledgeBaseNames() {
        // the knowledge base lists "ISIL" among the names of vigie:islamic-state; the dictionary knows only that one
        ActorCodes codes = ActorCodes.of("ISIL_ [IMGMUSISI]");
        assertEquals("IMGMUSISI", EventEvaluator.codeOf(codes, new org.vigie.core.model.EntityRef("vigie:islamic-state", "Islamic State"), 20150101));
        assertNull(EventEvaluator.codeOf(codes, new org.vigie.core.model.EntityRef("vigie:nowhere", "Islamic State"), 20150101));
    }

    @Test
    void unevenlyFormedPetrarchRecordsAreRead() {
        String xml = "<Sentences>\n<Sentence category=\"AFP\" date=\"20080804\" id=\"A_1\" evaluate=\"true\"/>\n"
                + "<EventCoding eventcode=\"042\" sourcecode=\"USA\" targetcode=\"CHN\" />\n<Text>\nThe US leader\nvisited China.\n</Text>\n"
                + "</Sentence>\n<Sentence category=\"OTHER\" date=\"20150609\" id=\"B_2\" evaluate=\"true\"\n"
                + "noevents=\"True\" />\n<Text>Nothing happened.</Text>\n</Sentence>";
        List<PetrarchReader.Record> r = PetrarchReader.parse(xml);
        assertEquals(2, r.size());
        assertEquals("The US leader visited China.", r.get(0).text());
        assertEquals(new PetrarchReader.Coding("042", "USA", "CHN"), r.get(0).codings().get(0));
        assertTrue(r.get(1).noEvents());
    }

    @Test
    void cameoCodesMapToPloverWithPrefixFallbackAndDroppedStatements() {
        CameoPlover t = CameoPlover.of("04: CONSULT", "042: CONSULT, visit,   # Make a visit", "19: ASSAULT", "190: ASSAULT, , military");
        assertEquals("CONSULT", t.map("042").orElseThrow().type());
        assertEquals("visit", t.map("042").orElseThrow().mode());
        assertEquals("ASSAULT", t.map("1951").orElseThrow().type());
        assertTrue(t.map("015").isEmpty());
    }

    @Test
    void actorNamesFindTheirCodeAtTheDateAndCodesMatchOnTheirRoot() {
        ActorCodes codes = ActorCodes.of("UNITED_STATES_OF_AMERICA_ [USA]", "+US_", "JANE_DOE", "+DOE",
                "\t[XYZELI 700101-081231]", "\t[XYZGOV >090101]", "ARMED_INSURGENT [~REB]");
        assertEquals("USA", codes.code("US", 20150101).orElseThrow());
        assertEquals("XYZGOV", codes.code("Jane Doe", 20150101).orElseThrow());
        assertEquals("XYZELI", codes.code("Mrs Doe", 20050101).orElseThrow());
        assertEquals("---REB", codes.code("armed insurgents", 20150101).orElseThrow());
        assertTrue(codes.code("Nobody Known", 20150101).isEmpty());
        assertTrue(ActorCodes.matches("USAGOV", "USA"));
        assertTrue(ActorCodes.matches("IGOUNOMIL", "IGOUNO"));
        assertFalse(ActorCodes.matches("IGOUNO", "IGOEUR"));
        assertTrue(ActorCodes.matches("---REB", "SYRREB"));
        assertFalse(ActorCodes.matches("RUS", null));
    }

    @Test
    void petrarchScoreCountsRightEventsAndFalsePositives() {
        PetrarchScore s = new PetrarchScore();
        List<String> errors = new ArrayList<>();
        s.add("1", "AFP", List.of(new PetrarchScore.Gold("CONSULT", "USA", "CHN"), new PetrarchScore.Gold("ASSAULT", "ISR", "---")),
                List.of(new PetrarchScore.Predicted("CONSULT", "CHN", "USAGOV", "x"), new PetrarchScore.Predicted("ASSAULT", "ISR", null, "y"),
                        new PetrarchScore.Predicted("ACCUSE", "ISR", "PSE", "z")), errors::add);
        assertEquals(1.0, s.rightShare(), 1e-9);
        assertEquals(1 / 3.0, s.falsePositiveRate(), 1e-9);
        assertEquals(1, errors.size());
    }

    @Test
    void aNegatedCooperativeEventIsComparedAsARejection() {
        Event negated = new Event(EventType.SUPPORT, null, new EntityRef("a", "A"), null, null, null, true, new Span(0, 1));
        Event attack = new Event(EventType.ASSAULT, null, new EntityRef("a", "A"), null, null, null, true, new Span(0, 1));
        assertEquals("REJECT", EventEvaluator.cameoType(negated));
        assertEquals("ASSAULT", EventEvaluator.cameoType(attack));
    }

    @Test
    void aPetrarchRecordIsReadAsOneBodyParagraph() {
        org.vigie.core.Document raw = org.vigie.nlp.DefaultPipeline.create(List.of("blocks"))
                .run(org.vigie.core.Document.ofText("The United States will supply arms to Israel"));
        org.vigie.core.Document d = EventEvaluator.asBodyParagraph(raw);
        assertEquals(1, d.blocks().size());
        assertEquals(org.vigie.core.model.Block.Kind.PARAGRAPH, d.blocks().get(0).kind());
        assertEquals(new Span(0, raw.text().length()), d.blocks().get(0).span());
    }

    @Test
    void universalPetrarchProtocolCountsEmptyRecordsSetsNullEventsAsideAndGivesExtraEventsPerRecord() {
        PetrarchScore s = new PetrarchScore();
        s.add("1", "AFP", List.of(new PetrarchScore.Gold("CONSULT", "USA", "CHN")),
                List.of(new PetrarchScore.Predicted("CONSULT", "USAGOV", "CHN", "right"),
                        new PetrarchScore.Predicted("ACCUSE", "USA", null, "null: no target"),
                        new PetrarchScore.Predicted("ASSAULT", "USA", "CHN", "extra")), e -> { });
        s.add("2", "AFP", List.of(), List.of(), e -> { });
        s.add("3", "AFP", List.of(), List.of(new PetrarchScore.Predicted("PROTEST", "FRA", "DEU", "extra")), e -> { });
        s.add("4", "AFP", List.of(new PetrarchScore.Gold("AID", "USA", "ISR")), List.of(), e -> { });
        // correct: record 1's event and record 2's "no event"; uncoded: record 3's "no event" and record 4's event
        assertEquals(2 / 4.0, s.upTruePositive(), 1e-9);
        assertEquals(2 / 4.0, s.upFalsePositive(), 1e-9);
        assertEquals(1, s.upNullEvents());
        // the strict protocol counts every produced event
        assertEquals(3 / 4.0, s.falsePositiveRate(), 1e-9);
    }

    @Test
    void aRecordWithAnEmptyTextIsReadFromTheWordsOfItsParse() {
        String xml = "<Sentence category=\"OTHER\" date=\"20150101\" id=\"C_1\" evaluate=\"true\"/>\n"
                + "<EventCoding eventcode=\"190\" sourcecode=\"AAA\" targetcode=\"BBB\" />\n<Text>\n</Text>\n<Parse>\n"
                + "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                + "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n4\ttown\ttown\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No\n"
                + "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n</Parse>\n</Sentence>";
        List<PetrarchReader.Record> r = PetrarchReader.parse(xml);
        assertEquals(1, r.size());
        assertEquals("Rebels attacked the town.", r.get(0).text());
    }

    @Test
    void anAgentNounAddsItsSectorToAStateButNotToAPersonOrAnOrganisation() {
        ActorCodes codes = ActorCodes.of("POLICE {} [~COP]", "ARMY [~MIL]", "GEORGIA_ [GEO]");
        assertEquals("---COP", codes.agent("police", 20150101).orElseThrow());
        assertEquals("---MIL", codes.agent("armies", 20150101).orElseThrow());
        assertTrue(codes.agent("Georgia", 20150101).isEmpty(), "a state is no agent");
        assertEquals("GEOCOP", ActorCodes.withAgent("GEO", "---COP"));
        assertEquals("USAGOV", ActorCodes.withAgent("USAGOV", "---COP"));
        assertEquals("IGOUNO", ActorCodes.withAgent("IGOUNO", "---MIL"));
        assertEquals("GEO", ActorCodes.withAgent("GEO", null));
        // a gold actor of unknown country matches a coded group by its sector
        assertTrue(ActorCodes.matches("---COP", ActorCodes.withAgent("GEO", "---COP")));
    }

    @Test
    void anEventWithoutSecondActorIsComparedWithItsPlaceAsTarget() {
        EntityRef a = new EntityRef("q1", "Ann"), b = new EntityRef("q2", "Bob"), zurich = new EntityRef("q3", "Zurich");
        Span s = new Span(0, 5);
        assertEquals(zurich, EventEvaluator.target(new Event(EventType.CONSULT, null, a, null, zurich, null, false, s)));
        assertEquals(b, EventEvaluator.target(new Event(EventType.CONSULT, null, a, b, zurich, null, false, s)));
        assertNull(EventEvaluator.target(new Event(EventType.CONSULT, null, a, null, null, null, false, s)));
    }
}
