package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.DocumentLanguage;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.quotes.QuoteAnnotator;
import org.vigie.nlp.quotes.TestDocs;

import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/**
 * How the English table derived from the PETRARCH dictionary ({@code event-verbs.tsv}) reads sentences: which of
 * its patterns count, and how its triggers meet the team's cues and patterns. Sentences written for these tests.
 */
class PetrarchVerbsMechanismTest {
    private static final PetrarchVerbs ENGLISH = PetrarchVerbs.forLanguage("en").orElseThrow();

    /** The type the table gives to the first verb it reads in a lower-case sentence split on spaces, or null. */
    private static EventType derived(String sentence) {
        List<String> tokens = new ArrayList<>();
        for (String t : sentence.split(" ")) tokens.add(LanguagePack.normalize(t));
        for (int i = 0; i < tokens.size(); i++) {
            Optional<PetrarchVerbs.Match> m = ENGLISH.at(tokens, i, tokens.size());
            if (m.isPresent()) return m.get().type();
        }
        return null;
    }

    // ---- one-word patterns: the verb's object or particle is evidence enough, a lone function word is not

    @Test
    void aVerbWhoseObjectIsTheOneWordOfAPatternIsATrigger() {
        assertEquals(EventType.REJECT, derived("the council has rejected their offer of talks ."));
        assertEquals(EventType.THREATEN, derived("last week the junta issued a blunt ultimatum to the strikers ."));
        assertEquals(EventType.PROTEST, derived("angry farmers blocked roads around the port ."));
        assertEquals(EventType.CONCEDE, derived("the miners called off their strike after two weeks ."));
    }

    @Test
    void aLoneFunctionWordIsNoPattern() {
        assertNull(derived("the sergeant led the recruits to the barracks ."));
        // the same rule on a dictionary written for this test, with and without the function-word list
        List<Map<String, String>> rows = List.of(
                row("verb", "STEER", "steer|steers|steered|steering", "", "", ""),
                row("pattern", "STEER", "to", "036", "AGREE", ""),
                row("pattern", "STEER", "deal", "036", "AGREE", ""));
        List<String> tokens = List.of("they", "steered", "him", "to", "the", "door");
        assertTrue(PetrarchVerbs.of(rows, false).at(tokens, 1, tokens.size()).isPresent());
        assertTrue(PetrarchVerbs.of(rows, PetrarchVerbs.Defaults.NONE, Set.of("to")).at(tokens, 1, tokens.size()).isEmpty());
        List<String> deal = List.of("they", "steered", "the", "deal", "home");
        assertEquals(EventType.AGREE, PetrarchVerbs.of(rows, PetrarchVerbs.Defaults.NONE, Set.of("to")).at(deal, 1, deal.size()).orElseThrow().type());
    }

    // ---- a possessive is the object's determiner: the object's head may follow it

    @Test
    void aPossessiveBeforeTheObjectDoesNotPutItOutOfReach() {
        assertEquals(EventType.REJECT, derived("the council rejected the prime minister 's latest demand ."));
        assertEquals(EventType.REJECT, derived("the cabinet rejected the northern rebels ' new offer ."));
        assertEquals(EventType.PROTEST, derived("striking drivers blocked the capital 's main roads on monday ."));
    }

    @Test
    void aPossessiveFarFromTheVerbDoesNotExtendItsReach() {
        assertNull(derived("the board rejected it during the long strike 's final demand ."));
    }

    // ---- a compound's hyphen (split off by the tokenizer) neither ends the clause nor pushes the object away

    @Test
    void aHyphenatedModifierDoesNotPutTheObjectOutOfReach() {
        assertEquals(EventType.PROTEST, derived("the prisoners staged a 48 - hour hunger strike ."));
        assertEquals(EventType.THREATEN, derived("the junta issued a 24 - hour ultimatum to the miners ."));
        assertEquals(EventType.COERCE, derived("the governor imposed a dusk - to - dawn curfew on the port ."));
    }

    @Test
    void eachHyphenOnlyBridgesItsOwnCompound() {
        assertNull(derived("the governor imposed its long - awaited and much - debated new curfew ."));
    }

    // ---- a verb whose block agrees on one type means it whatever its object, when it is followed by an object

    @Test
    void aVerbWhoseBlockAgreesOnOneTypeIsATriggerWithoutAPattern() {
        assertEquals(EventType.COERCE, derived("a military court sentenced 12 activists on tuesday ."));
        assertEquals(EventType.MOBILIZE, derived("two frigates patrolled in the disputed strait all week ."));
        assertEquals(EventType.SUPPORT, derived("the foreign minister has thanked the mediators for their patience ."));
        List<Event> es = events("Tarvania has thanked the government of Quellmark for its help.");
        assertEquals(List.of(EventType.SUPPORT), es.stream().map(Event::type).toList(), es.toString());
        assertEquals("Tarvania", es.get(0).actor1().name());
    }

    @Test
    void aParticipleQualifyingTheNextWordIsNoTrigger() {
        assertNull(derived("armed groups crossed the river at night ."), "'armed' qualifies 'groups'");
        assertNull(derived("the police questioned a suspected smuggler ."));
        // the same verb followed by an object's opener is a trigger
        assertEquals(EventType.COOPERATE, derived("the rebels armed the villagers in the north ."));
    }

    // ---- a verb of demanding whose object CAMEO grades as an appeal (02, dropped by PLOVER) still reports a demand

    @Test
    void aDemandCodedAsAnAppealIsStillARequest() {
        assertEquals(EventType.REQUEST, derived("the strikers demanded more cooperation from the port authority ."));
        assertEquals(EventType.REQUEST, derived("relatives of the detainees demanded clarification on their fate ."));
        assertEquals(EventType.REQUEST, derived("the mayors demanded security for the polling stations ."));
    }

    @Test
    void anAppealCodeOnAVerbOfAnotherTypeStaysNoEvent() {
        // "offered friendship" is graded 021 (an appeal) on a verb of offering (AGREE): PLOVER drops it
        assertNull(derived("the visitors offered friendship to the villagers ."));
    }

    // ---- a name that is the whole object opens it, as a determiner does

    @Test
    void aNameThatIsTheWholeObjectLetsAnAgreedVerbBeATrigger() {
        assertEquals(Set.of("vigie:tarvania|vigie:quellmark"),
                PipelineEvents.pairs(events("Tarvania has thanked Quellmark for its help."), EventType.SUPPORT));
        assertEquals(List.of(EventType.SUPPORT), types("Marta Okonjo lauded Quellmark on Friday."));
        assertEquals(List.of(EventType.COERCE), types("A Tarvanian court sentenced Oren Belcastro to five years in prison."));
    }

    @Test
    void aNameQualifyingTheNextWordDoesNot() {
        assertEquals(List.of(), types("Police in Tarvania questioned suspected Quellish smugglers."));
    }

    private static Map<String, String> row(String kind, String name, String text, String cameo, String type, String mode) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("kind", kind);
        r.put("name", name);
        r.put("text", text);
        r.put("before", "");
        r.put("cameo", cameo);
        r.put("type", type);
        r.put("mode", mode);
        r.put("agree", "");
        return r;
    }

    // ---- through the events annotator

    private static final String[] WORLD = {"Marta Okonjo|PER|Marta Okonjo|Okonjo", "Oren Belcastro|PER|Oren Belcastro|Belcastro",
            "Tarvania|GPE|Tarvania|Tarvanian", "Quellmark|GPE|Quellmark|Quellish"};

    static List<Event> events(String text) {
        Document d = TestDocs.withTimes(TestDocs.doc(text, WORLD));
        d = d.with(Layers.of(LayerKind.LANGUAGE, List.of(new DocumentLanguage("en"))));
        d = d.with(new QuoteAnnotator().annotate(d));
        return new EventAnnotator().annotate(d).get(LayerKind.EVENTS);
    }

    static List<EventType> types(String text) {
        return events(text).stream().map(Event::type).toList();
    }

    @Test
    void aOneWordPatternGivesAnEventWithItsActors() {
        // "blocked" is no team cue: the table's "blocked ... road" (CAMEO 1431) is the only evidence
        List<Event> es = events("Tarvanian farmers blocked the main roads into Quellmark on Sunday.");
        assertEquals(List.of(EventType.PROTEST), es.stream().map(Event::type).toList(), es.toString());
        assertEquals("Tarvania", es.get(0).actor1().name());
    }

    // ---- the team's verb patterns (event-patterns.tsv) win over the table on the same verb, as the team's cues do

    @Test
    void aTeamVerbPatternWinsOverTheTablesReadingOfTheSameVerb() {
        // the table reads "called ... expulsion" as a threat (CAMEO 13), the team's judging pattern as a blame
        assertEquals(EventType.THREATEN, derived("okonjo called the expulsion of the envoys illegal ."));
        assertEquals(List.of(EventType.ACCUSE), types("Marta Okonjo called the expulsion of the envoys illegal."));
        // "kept ... forces" is a coercion for the table (CAMEO 17), a deployment for the team's troop pattern
        assertEquals(EventType.COERCE, derived("tarvania kept its forces along the border ."));
        assertEquals(List.of(EventType.MOBILIZE), types("Tarvania kept its forces along the Quellmark border on Monday."));
        // "donated ... aircraft" is an intent to cooperate for the table (CAMEO 03), a gift for the team's pattern
        assertEquals(EventType.AGREE, derived("quellmark donated two aircraft to tarvania ."));
        assertEquals(List.of(EventType.AID), types("Quellmark has donated two transport aircraft to Tarvania."));
    }

    @Test
    void theTablesReadingStaysWhenNoTeamPatternMatches() {
        assertEquals(EventType.REJECT, derived("tarvania kept its ban on imports ."));
        assertEquals(List.of(EventType.REJECT), types("Tarvania kept its ban on imports from Quellmark."));
    }
}
