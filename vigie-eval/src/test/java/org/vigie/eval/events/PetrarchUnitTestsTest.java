package org.vigie.eval.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Mention;
import org.vigie.core.model.Span;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class PetrarchUnitTestsTest {
    private static final DictionaryEntities NAMES = DictionaryEntities.of(List.of(
            "<!-- a test dictionary -->",
            "VELMARA_ [VLM]",
            "+VELMARAN_",
            "KESTOVIA [KST]  # a stem: Kestovian",
            "KESTOVIA_BROADCASTING [KSTMED]",
            "ODRIN_TALLOW_",
            "\t[VLMGOV 19990101 - 20031231]",
            "\t[VLMELI > 20040101]"));

    @Test
    void dictionaryNamesAreFoundWholeOrAsStemsLongestFirstAndBeforeAPossessive() {
        String text = "Velmara's envoy met Kestovian officials and Kestovia Broadcasting reported it; velmara was not named.";
        List<String> found = NAMES.find(text).stream().map(h -> text.substring(h.start(), h.end())).toList();
        assertEquals(List.of("Velmara", "Kestovian", "Kestovia Broadcasting"), found);
        assertTrue(NAMES.find("The Velmarans agreed.").isEmpty(), "an exact name is not a stem");
        assertEquals(1, NAMES.find("Odrin_Tallow left.").size(), "words may be joined by the dictionary's underscore");
    }

    @Test
    void aRootWithABareThreeLetterCodeIsAStateAndOtherRootsAreOrganisations() {
        String text = "Velmara and Kestovia Broadcasting praised Odrin Tallow.";
        Document doc = NAMES.merge(Document.ofText(text));
        assertEquals(EntityType.GPE, type(doc, "Velmara"));
        assertEquals(EntityType.ORG, type(doc, "Kestovia Broadcasting"));
        assertEquals(EntityType.ORG, type(doc, "Odrin Tallow"));
        assertEquals("vigie:velmara", doc.mentions().get(0).entityId());
    }

    @Test
    void dictionarySpansWinOverOverlappingPipelineMentionsAndOthersAreKept() {
        String text = "Velmara police met Lena Brandt.";
        Span wrong = new Span(0, 14), person = new Span(19, 30), police = new Span(8, 14);
        Document doc = Document.ofText(text).with(Layers.builder()
                .put(LayerKind.MENTIONS, List.of(new Mention(wrong, EntityType.PER, "vigie:velmara-police", 0.5),
                        new Mention(police, EntityType.ORG, "vigie:group:police", 0.5),
                        new Mention(person, EntityType.PER, "vigie:lena-brandt", 0.9)))
                .put(LayerKind.ENTITIES, List.of(new Entity("vigie:velmara-police", "Velmara police", EntityType.PER, List.of(wrong)),
                        new Entity("vigie:group:police", "police", EntityType.ORG, List.of(police)),
                        new Entity("vigie:lena-brandt", "Lena Brandt", EntityType.PER, List.of(person))))
                .build());
        Document merged = NAMES.merge(doc);
        assertEquals(List.of("vigie:velmara", "vigie:lena-brandt"), merged.mentions().stream().map(Mention::entityId).toList());
        assertEquals(List.of("vigie:velmara", "vigie:lena-brandt"), merged.entities().stream().map(Entity::id).toList());
    }

    @Test
    void actorCodesReadSpacedAndEightDigitDateRestrictionsBeforeTheDefault() {
        ActorCodes codes = ActorCodes.of("ODRIN_TALLOW_ [VLM]", "\t[VLMGOV 19990101 - 20031231]", "\t[VLMELI > 20040101]",
                "\t[VLMCIV < 981231]").restrictionsFirst();
        assertEquals("VLMGOV", codes.code("Odrin Tallow", 20020505).orElseThrow());
        assertEquals("VLMELI", codes.code("Odrin Tallow", 20100101).orElseThrow());
        assertEquals("VLMCIV", codes.code("Odrin Tallow", 19950101).orElseThrow());
    }

    @Test
    void agentEntriesExpandPluralsInBracesAndSubstitutionMarkers() {
        ActorCodes codes = ActorCodes.of("!HUMAN! = MAN, MEN, WOMAN", "HARBOUR!HUMAN! [~LAB]",
                "CHIEF_JUSTICE {CHIEFS_JUSTICE} [~JUD]", "RIOT_POLICE {} [ ~COP]");
        assertEquals("---LAB", codes.agent("harbourmen", 20000101).orElseThrow());
        assertEquals("---LAB", codes.agent("harbourwoman", 20000101).orElseThrow());
        assertEquals("---JUD", codes.agent("chiefs justice", 20000101).orElseThrow());
        assertEquals("---COP", codes.agent("riot police", 20000101).orElseThrow());
        assertTrue(codes.agent("harbour", 20000101).isEmpty());
    }

    @Test
    void recordsNotRunUpstreamAreSkipped() {
        String xml = """
                <Sentence date="20000101" id="T-1" category="DEMO" sentence="true">
                <EventCoding sourcecode="VLM" targetcode="KST" eventcode="040"></EventCoding>
                <Text>Velmara met Kestovia.</Text></Sentence>
                <Sentence date="20000101" id="T-2" category="DEMO" sentence="false">
                <Text>Velmara met Kestovia again.</Text></Sentence>
                <Sentence date="20000101" id="T-3" category="DEMO" sentence="true">
                <!-- 14.04.26: currently not implemented -->
                <Text>Velmara met Kestovia once more.</Text></Sentence>
                """;
        assertEquals(Set.of("T-2", "T-3"), PetrarchUnitTests.notRun(xml));
        assertEquals(3, PetrarchReader.parse(xml).size());
    }

    @Test
    void onlyCodesWithACameoRootNameAnEventType() {
        assertTrue(PetrarchUnitTests.isCameo("041"));
        assertTrue(PetrarchUnitTests.isCameo("1711"));
        assertTrue(PetrarchUnitTests.isCameo("200"));
        assertFalse(PetrarchUnitTests.isCameo("904"));
        assertFalse(PetrarchUnitTests.isCameo("212"));
        assertFalse(PetrarchUnitTests.isCameo("---"));
    }

    @Test
    void actorsOnlyScoringSetsTheTypeAsideButKeepsTheDirection() {
        List<PetrarchScore.Gold> gold = PetrarchUnitTests.anyType(List.of(new PetrarchScore.Gold("COOPERATE", "VLM", "KST")));
        PetrarchScore right = new PetrarchScore(), reversed = new PetrarchScore();
        right.add("x", "C", gold, PetrarchUnitTests.anyTypePredicted(List.of(new PetrarchScore.Predicted("SUPPORT", "VLM", "KST", ""))), m -> { });
        reversed.add("x", "C", gold, PetrarchUnitTests.anyTypePredicted(List.of(new PetrarchScore.Predicted("SUPPORT", "KST", "VLM", ""))), m -> { });
        assertEquals(1.0, right.upTruePositive());
        assertEquals(0.0, reversed.upTruePositive());
    }

    @Test
    void aMissingSuiteIsSkipped() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        assertEquals(0, PetrarchUnitTests.run(Path.of("/nonexistent-vigie-data"), new PrintStream(buffer, true, StandardCharsets.UTF_8), false));
        assertTrue(buffer.toString(StandardCharsets.UTF_8).startsWith("skipped: "));
    }

    private static EntityType type(Document doc, String name) {
        return doc.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().type();
    }
}
