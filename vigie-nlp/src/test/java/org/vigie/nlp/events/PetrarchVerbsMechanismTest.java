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

    // ---- one-word patterns are not read: the object noun alone is too often the next clause's (see PetrarchVerbs)

    @Test
    void aPatternOfOneWordIsNotRead() {
        List<Map<String, String>> rows = List.of(
                row("verb", "STEER", "steer|steers|steered|steering", "", "", ""),
                row("pattern", "STEER", "deal", "036", "AGREE", ""),
                row("pattern", "STEER", "peace deal", "036", "AGREE", ""));
        List<String> one = List.of("they", "steered", "the", "deal", "home");
        assertTrue(PetrarchVerbs.of(rows, false).at(one, 1, one.size()).isEmpty());
        List<String> two = List.of("they", "steered", "the", "peace", "deal", "home");
        assertEquals(EventType.AGREE, PetrarchVerbs.of(rows, false).at(two, 1, two.size()).orElseThrow().type());
        assertNull(derived("the sergeant led the recruits to the barracks ."));
    }

    // ---- a possessive is the object's determiner: the object's head may follow it

    /** A table written for these tests: STEER, coded AGREE by its two-word pattern "peace deal". */
    private static final List<Map<String, String>> STEER = List.of(
            row("verb", "STEER", "steer|steers|steered|steering", "", "", ""),
            row("pattern", "STEER", "peace deal", "036", "AGREE", ""));

    private static EventType steered(String sentence) {
        List<String> tokens = new ArrayList<>();
        for (String t : sentence.split(" ")) tokens.add(LanguagePack.normalize(t));
        return PetrarchVerbs.of(STEER, false).at(tokens, 1, tokens.size()).map(PetrarchVerbs.Match::type).orElse(null);
    }

    @Test
    void aPossessiveBeforeTheObjectDoesNotPutItOutOfReach() {
        assertEquals(EventType.AGREE, steered("they steered the prime minister 's peace deal home ."));
        assertEquals(EventType.AGREE, steered("they steered the northern rebels ' peace deal home ."));
    }

    @Test
    void aPossessiveFarFromTheVerbDoesNotExtendItsReach() {
        assertNull(steered("they steered it during the long strike 's peace deal ."));
    }

    // ---- a compound's hyphen (split off by the tokenizer) neither ends the clause nor pushes the object away

    @Test
    void aHyphenatedModifierDoesNotPutTheObjectOutOfReach() {
        assertEquals(EventType.AGREE, steered("they steered a 48 - hour peace deal home ."));
        assertEquals(EventType.AGREE, steered("they steered the long - awaited peace deal home ."));
    }

    @Test
    void eachHyphenOnlyBridgesItsOwnCompound() {
        assertNull(steered("they steered its long - awaited and much - debated new and fragile peace deal ."));
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
        List<Map<String, String>> rows = List.of(
                row("default", "INSIST", "", "100", "REQUEST", ""),
                row("verb", "INSIST", "insist|insists|insisted|insisting", "", "", ""),
                row("pattern", "INSIST", "more cooperation", "021", "-", ""),
                row("default", "PROFFER", "", "030", "AGREE", ""),
                row("verb", "PROFFER", "proffer|proffers|proffered|proffering", "", "", ""),
                row("pattern", "PROFFER", "lasting friendship", "021", "-", ""));
        PetrarchVerbs table = PetrarchVerbs.of(rows, false);
        List<String> demand = List.of("they", "insisted", "on", "more", "cooperation");
        assertEquals(EventType.REQUEST, table.at(demand, 1, demand.size()).orElseThrow().type());
        // an appeal code on a verb of another type stays no event: PLOVER drops the appeal
        List<String> offer = List.of("they", "proffered", "lasting", "friendship");
        assertTrue(table.at(offer, 1, offer.size()).isEmpty());
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

    // ---- the team's verb patterns (event-patterns.tsv) win over the table on the same verb, as the team's cues do

    @Test
    void aTeamVerbPatternWinsOverTheTablesReadingOfTheSameVerb() {
        // the team's judging pattern makes a blame of "called ... illegal", whatever the table reads
        assertEquals(List.of(EventType.ACCUSE), types("Marta Okonjo called the expulsion of the envoys illegal."));
        // the team's troop pattern makes a deployment of "kept its forces along"
        assertEquals(List.of(EventType.MOBILIZE), types("Tarvania kept its forces along the Quellmark border on Monday."));
        // the team's gift pattern makes aid of "donated ... aircraft to"
        assertEquals(List.of(EventType.AID), types("Quellmark has donated two transport aircraft to Tarvania."));
    }

    @Test
    void aPatternOfTwoGroupsIsReadWithItsObjectAndPreposition() {
        assertEquals(EventType.COERCE, derived("tarvania extended its ban on imports ."));
        assertNull(derived("tarvania extended its ban ."));
    }
}
