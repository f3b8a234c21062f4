package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.DocumentLanguage;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;
import org.vigie.nlp.quotes.QuoteAnnotator;
import org.vigie.nlp.quotes.TestDocs;

import java.io.IOException;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

class PetrarchVerbsTest {
    /** A dictionary written for this test, converted by the importer, so that both ends agree on the format. */
    private static final List<String> DICTIONARY = List.of(
            "&WEAPONRY",
            "+RIFLE",
            "+MORTAR_SHELL",
            "",
            "---  HURL   [---]  ---",
            "HURL {HURLS HURLED HURLING}",
            "LOB {LOBS LOBBED LOBBING}",
            "- * &WEAPONRY (AT CROWD)   [190]",
            "- * (AT CROWD)   [190]",
            "- * {IDLE OPINIONS} (AT CROWD)   [010]",
            "- * COMPLAINTS   [112]",
            "- * {FORMAL COMPLAINTS}   [112]",
            "- * {FORMAL COMPLAINTS} (TO COURT)   [115]",
            "",
            "---  PARLEY   [040]  ---",
            "PARLEY",
            "CONFER {CONFERS CONFERRED CONFERRING} [036]",
            "- * {TRUCE TERMS}   [0871]",
            "",
            "---  CONVENE   [040]  ---",
            "CONVENE",
            "- * {PEACE TALKS}   [040]",
            "",
            "---  REMARK   [010]  ---",
            "REMARK",
            "- * {WAR CRIMES}   [112]",
            "");

    private static final CameoPlover PLOVER = CameoPlover.of("04: CONSULT", "040: CONSULT, ,", "03: AGREE", "036: AGREE, , diplomatic",
            "08: RETREAT", "0871: RETREAT, ceasefire, military", "11: ACCUSE", "112: ACCUSE, accuse,", "115: ACCUSE, , legal",
            "19: ASSAULT", "190: ASSAULT, , military");

    private static List<Map<String, String>> rows() throws IOException {
        StringBuilder out = new StringBuilder();
        PetrarchVerbImport.convert(DICTIONARY, PLOVER, out, List.of());
        List<String> lines = List.of(out.toString().split("\n"));
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) row.put(header[c], c < cells.length ? cells[c] : "");
            rows.add(row);
        }
        return rows;
    }

    private static Optional<PetrarchVerbs.Match> first(PetrarchVerbs verbs, String sentence) {
        List<String> tokens = List.of(sentence.toLowerCase(Locale.ROOT).split(" "));
        for (int i = 0; i < tokens.size(); i++) {
            Optional<PetrarchVerbs.Match> m = verbs.at(tokens, i, tokens.size());
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    @Test
    void aPastVerbWithItsPatternWordsAfterItIsATriggerOfThePatternsType() throws IOException {
        PetrarchVerbs verbs = PetrarchVerbs.of(rows(), false);
        PetrarchVerbs.Match m = first(verbs, "the militia lobbed mortar shells at the angry crowd").orElseThrow();
        assertEquals(EventType.ASSAULT, m.type());
        assertEquals("190", m.cameo());
        assertEquals("&weaponry ; at crowd", m.rule());
        assertEquals(2, m.start());
        assertEquals(3, m.end());
        assertEquals(EventType.ASSAULT, first(verbs, "they hurled rifles at the crowd").orElseThrow().type());
    }

    @Test
    void theMostSpecificMatchingPatternWinsEvenWhenItCodesNoEvent() throws IOException {
        PetrarchVerbs verbs = PetrarchVerbs.of(rows(), false);
        assertEquals("formal complaints ; to court", first(verbs, "they hurled formal complaints to the court").orElseThrow().rule());
        assertEquals("formal complaints", first(verbs, "they hurled formal complaints at him").orElseThrow().rule());
        assertEquals(Optional.empty(), first(verbs, "they hurled idle opinions at the crowd"),
                "the statement pattern (010) is more specific than the attack one");
        assertEquals("at crowd", first(verbs, "they hurled stones at the crowd").orElseThrow().rule());
    }

    @Test
    void weakEvidenceGivesNoTrigger() throws IOException {
        PetrarchVerbs verbs = PetrarchVerbs.of(rows(), false);
        assertEquals(Optional.empty(), first(verbs, "they hurled them far"), "no pattern word follows");
        assertEquals(Optional.empty(), first(verbs, "they hurl rifles at the crowd"), "base forms are as often nouns");
        assertEquals(Optional.empty(), first(verbs, "they lobbed , after many days of waiting , rifles at the crowd"),
                "the pattern must follow in the clause");
        assertEquals(Optional.empty(), first(verbs, "they lobbed what they had into the yard next to rifles at the crowd"),
                "the object must follow the verb closely");
        assertEquals(Optional.empty(), first(verbs, "the envoy remarked war crimes"), "verbs of saying are left out");
    }

    @Test
    void defaultsAreOnlyUsedWhenAskedForAndWhenTheBlockAgreesWithThem() throws IOException {
        PetrarchVerbs without = PetrarchVerbs.of(rows(), false);
        PetrarchVerbs with = PetrarchVerbs.of(rows(), true);
        assertEquals(Optional.empty(), first(without, "the envoys convened on monday"));
        PetrarchVerbs.Match m = first(with, "the envoys convened on monday").orElseThrow();
        assertEquals(EventType.CONSULT, m.type());
        assertEquals("default", m.rule());
        assertEquals(EventType.AGREE, first(with, "the envoys conferred on monday").orElseThrow().type(), "the verb's own code");
        assertEquals(Optional.empty(), first(with, "the envoys parleyed on monday"),
                "the block's only pattern codes another type: its default is not trusted");
        assertEquals(Optional.empty(), first(with, "the envoys hurled on monday"), "no default code");
    }

    // ------------------------------------------------------------------- through the events annotator, English table

    private static final String[] WORLD = {"Teodor Vasko|PER|Teodor Vasko|Vasko", "Piotr Saldanov|PER|Piotr Saldanov|Saldanov",
            "Valdoria|GPE|Valdoria|Valdorian", "Lessaria|GPE|Lessaria|Lessarian", "Brenhaven|GPE|Brenhaven"};

    private static List<Event> events(String text) {
        Document d = TestDocs.withTimes(TestDocs.doc(text, WORLD));
        d = d.with(Layers.of(LayerKind.LANGUAGE, List.of(new DocumentLanguage("en"))));
        d = d.with(new QuoteAnnotator().annotate(d));
        return new EventAnnotator().annotate(d).get(LayerKind.EVENTS);
    }

    @Test
    void aDerivedVerbIsATriggerWithActorsFoundAsForTeamCues() {
        List<Event> es = events("Lessaria placed its border brigades on high alert on Monday.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(EventType.MOBILIZE, es.get(0).type());
        assertEquals("Lessaria", es.get(0).actor1().name());
    }

    @Test
    void aTeamCueWinsOverADerivedPatternOnTheSameVerb() {
        // the dictionary codes "met ... for talks" as an intent to meet (AGREE); the team's "met" is a meeting
        PetrarchVerbs english = PetrarchVerbs.forLanguage("en").orElseThrow();
        List<String> tokens = List.of("teodor", "vasko", "met", "piotr", "saldanov", "for", "talks", "in", "brenhaven", ".");
        assertEquals(EventType.AGREE, english.at(tokens, 2, tokens.size()).orElseThrow().type());
        List<Event> es = events("Teodor Vasko met Piotr Saldanov for talks in Brenhaven.");
        assertEquals(List.of(EventType.CONSULT), es.stream().map(Event::type).toList());
    }

    @Test
    void frenchHasNoDerivedVerbs() {
        assertTrue(PetrarchVerbs.forLanguage("fr").isEmpty());
    }

    @Test
    void aVerbOfNoEventGivesNoTrigger() {
        assertEquals(List.of(), events("Valdoria studied the report that Lessaria published."));
    }
}
