package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * English force, threats and refusals, third round: refusals in quotes whose block the language detector hesitates
 * on, attacks named by a noun as the subject of a damaging verb, attacks repelled, warnings of a conditional
 * measure, abducted people named by a common noun, embargoes, envoys recalled from a posting, blacklists, and the
 * agent of a participle in a phrase after the object. Every rule with sentences that vary the verb, the tense, the
 * actors or the construction, and one where it must not fire.
 */
class EnglishForceRoundThreeTest {
    private static final String CHILE = "Q298", PERU = "Q419", BOLIVIA = "Q750", ARGENTINA = "Q414";
    private static final Pipeline DETECTED = DefaultPipeline.create(List.of("blocks", "language"));

    private static String detected(String text) {
        return DETECTED.run(Document.ofText(text)).language().orElse("");
    }

    @Test
    void aShortEnglishBlockTheDetectorHesitatesOnIsSettledByItsFunctionWords() {
        // names tip the character n-grams towards Danish or German; "we", "will", "in" are English grammar
        assertEquals("en", detected("\"We will never sign under pressure,\" Danish Minister Kjetil Solberg told reporters in Odense."));
        assertEquals("en", detected("\"We will not withdraw under fire,\" Norwegian Minister Kjetil Solberg told reporters in Bergen."));
        assertEquals("en", detected("Norwegian Prime Minister Jonas Gahr Støre will not attend the summit in Oslo."));
        // a Norwegian sentence has no English grammar words to tip it
        assertEquals("nb", detected("Vi vil ikke forhandle under press, sa statsministeren i Oslo."));
    }

    @Test
    void aRefusalQuotedInABlockTheDetectorHesitatesOnIsStillTheSpeakersRefusal() {
        Pipeline full = DefaultPipeline.create(List.of("blocks", "language", "segment", "published", "entities", "quotes", "times", "events"));
        Document d = full.run(Document.ofText("Talks stalled again on Monday.\n\n"
                + "\"We will not withdraw under fire,\" Norwegian Minister Kjetil Solberg told reporters in Bergen."));
        assertEquals(1, d.layer(org.vigie.core.LayerKind.EVENTS).stream().filter(e -> e.type() == EventType.REJECT).count(),
                d.layer(org.vigie.core.LayerKind.EVENTS).toString());
    }

    @Test
    void anAttackNounAsTheSubjectOfADamagingVerbIsOneAssaultOnTheStateStruck() {
        List<Event> fire = events("en", "A Chilean drone attack set fire to a fuel depot in Peru's Tacna region, the governor said.");
        assertEquals(1, fire.size(), fire.toString());
        assertEquals(java.util.Set.of(CHILE + "|" + PERU), pairs(fire, EventType.ASSAULT), fire.toString());
        List<Event> destroyed = events("en", "An Argentine missile strike has destroyed a refinery in Bolivia.");
        assertEquals(java.util.Set.of(ARGENTINA + "|" + BOLIVIA), pairs(destroyed, EventType.ASSAULT), destroyed.toString());
        List<Event> killed = events("en", "A Peruvian air raid killed four soldiers in Chile on Tuesday.");
        assertTrue(pairs(killed, EventType.ASSAULT).contains(PERU + "|" + CHILE), killed.toString());
        List<Event> shells = events("en", "Bolivian shells damaged a bridge in Peru.");
        assertEquals(java.util.Set.of(BOLIVIA + "|" + PERU), pairs(shells, EventType.ASSAULT), shells.toString());
    }

    @Test
    void peopleSettingFireToSomethingAreNoAttackNoun() {
        List<Event> es = events("en", "Chilean protesters set fire to a Peruvian flag in Santiago.");
        assertTrue(pairs(es, EventType.ASSAULT).isEmpty(), es.toString());
    }

    @Test
    void anAttackRepelledIsTheAttackersOnTheDefenderNotOnANameInsideItsPhrase() {
        List<Event> repelled = events("en", "The Peruvian navy said it had repelled an attack by Chilean rebels on a naval base.");
        assertEquals(java.util.Set.of(CHILE + "|" + PERU), pairs(repelled, EventType.ASSAULT), repelled.toString());
        List<Event> foughtOff = events("en", "The Bolivian army fought off a night assault by Peruvian guerrillas near Oruro.");
        assertEquals(java.util.Set.of(PERU + "|" + BOLIVIA), pairs(foughtOff, EventType.ASSAULT), foughtOff.toString());
        List<Event> thwarted = events("en", "Argentine police said they had thwarted an attack by Chilean militants on a power plant.");
        assertEquals(java.util.Set.of(CHILE + "|" + ARGENTINA), pairs(thwarted, EventType.ASSAULT), thwarted.toString());
        // a fight with no attack noun as its object is the fighters' own attack
        List<Event> fought = events("en", "Bolivian soldiers fought Peruvian rebels near Oruro.");
        assertTrue(pairs(fought, EventType.ASSAULT).stream().anyMatch(p -> p.startsWith(BOLIVIA + "|")), fought.toString());
    }

    @Test
    void aWarningThatTheWarnersSideMayActWithForceIsAThreatTowardTheActsTarget() {
        List<Event> border = events("en", "The Bolivian interior minister warned that La Paz could close its border with Peru if the smuggling went on.");
        assertEquals(java.util.Set.of(BOLIVIA + "|" + PERU), pairs(border, EventType.THREATEN), border.toString());
        List<Event> sanctions = events("en", "Chile warned on Friday that it would impose sanctions on Argentina.");
        assertEquals(java.util.Set.of(CHILE + "|" + ARGENTINA), pairs(sanctions, EventType.THREATEN), sanctions.toString());
        List<Event> attack = events("en", "Peru has warned that it may attack Chilean positions if the shelling continues.");
        assertEquals(java.util.Set.of(PERU + "|" + CHILE), pairs(attack, EventType.THREATEN), attack.toString());
        // another party's act, and an act without a modal, are no threat by the warner
        List<Event> other = events("en", "Chile warned that Peru would impose sanctions on Bolivia.");
        assertTrue(pairs(other, EventType.THREATEN).isEmpty(), other.toString());
        List<Event> done = events("en", "Chile warned that it closed its border with Peru.");
        assertTrue(pairs(done, EventType.THREATEN).isEmpty(), done.toString());
    }

    @Test
    void victimsNamedOnlyByACommonNounAreNoTarget() {
        List<Event> kidnapped = events("en", "Chilean gunmen kidnapped five foreign engineers' guards, three journalists and their driver near Arica.");
        assertTrue(pairs(kidnapped, EventType.ASSAULT).stream().allMatch(p -> p.endsWith("|-") || p.endsWith("|" + PERU)), kidnapped.toString());
        List<Event> abducted = events("en", "Rebels abducted two journalists near Cusco on Sunday.");
        assertTrue(pairs(abducted, EventType.ASSAULT).stream().allMatch(p -> p.endsWith("|-")), abducted.toString());
        assertFalse(pairs(abducted, EventType.ASSAULT).isEmpty(), abducted.toString());
        List<Event> seized = events("en", "Bolivian militants have seized twelve aid workers in the south, officials said.");
        assertTrue(pairs(seized, EventType.ASSAULT).stream().noneMatch(p -> p.contains("work")), seized.toString());
        // victims a state qualifies are that state
        List<Event> tourists = events("en", "Peruvian rebels kidnapped three Chilean tourists in Arica.");
        assertTrue(pairs(tourists, EventType.ASSAULT).stream().anyMatch(p -> p.endsWith("|" + CHILE)), tourists.toString());
    }

    @Test
    void stoppingTradeIsAnEmbargoOnTheStateWhoseGoodsOrMarketItNames() {
        List<Event> goods = events("en", "Chile suspended imports of Peruvian copper last week.");
        assertEquals(java.util.Set.of(CHILE + "|" + PERU), pairs(goods, EventType.SANCTION), goods.toString());
        assertTrue(pairs(goods, EventType.COERCE).isEmpty(), goods.toString());
        List<Event> market = events("en", "Argentina has prohibited wheat exports to Bolivia.");
        assertEquals(java.util.Set.of(ARGENTINA + "|" + BOLIVIA), pairs(market, EventType.SANCTION), market.toString());
        List<Event> banned = events("en", "Peru banned all imports from Chile on Friday.");
        assertEquals(java.util.Set.of(PERU + "|" + CHILE), pairs(banned, EventType.SANCTION), banned.toString());
        // a ban on something else is no embargo
        List<Event> rally = events("en", "Chile banned a rally in Santiago.");
        assertTrue(pairs(rally, EventType.SANCTION).isEmpty(), rally.toString());
    }

    @Test
    void anEnvoyRecalledFromAPostingIsASanctionOfTheStateOfThePosting() {
        List<Event> capital = events("en", "Bolivia has recalled its ambassador in Santiago after the incident.");
        assertEquals(java.util.Set.of(BOLIVIA + "|" + CHILE), pairs(capital, EventType.SANCTION), capital.toString());
        List<Event> state = events("en", "Chile recalled its ambassador to Peru on Monday.");
        assertEquals(java.util.Set.of(CHILE + "|" + PERU), pairs(state, EventType.SANCTION), state.toString());
        List<Event> city = events("en", "Argentina recalled their ambassador to Lima over the dispute.");
        assertEquals(java.util.Set.of(ARGENTINA + "|" + PERU), pairs(city, EventType.SANCTION), city.toString());
        // no posting named: no target
        List<Event> none = events("en", "Peru recalled its ambassador for consultations.");
        assertEquals(java.util.Set.of(PERU + "|-"), pairs(none, EventType.SANCTION), none.toString());
    }

    @Test
    void theAgentOfAParticipleInAPhraseAfterTheObjectIsNoTarget() {
        List<Event> deal = events("en", "Chile freed 40 prisoners under a deal brokered by Argentina.");
        assertEquals(java.util.Set.of(CHILE + "|-"), pairs(deal, EventType.RETREAT), deal.toString());
        List<Event> talks = events("en", "Peru released three fishermen after talks hosted by Bolivia.");
        assertEquals(java.util.Set.of(PERU + "|-"), pairs(talks, EventType.RETREAT), talks.toString());
        List<Event> accord = events("en", "Bolivia has freed twelve detainees under an accord negotiated by Argentina.");
        assertEquals(java.util.Set.of(BOLIVIA + "|-"), pairs(accord, EventType.RETREAT), accord.toString());
        // right after the object, the agent of its participle is the one acted upon
        List<Event> rally = events("en", "Peruvian police banned a rally organised by Chilean students.");
        assertTrue(pairs(rally, EventType.COERCE).stream().anyMatch(p -> p.endsWith(CHILE)), rally.toString());
    }

    @Test
    void listingAStatesFirmsOnABlacklistIsASanctionOfThatState() {
        List<Event> added = events("en", "Chile added 12 Peruvian companies to its trade blacklist on Monday.");
        assertEquals(java.util.Set.of(CHILE + "|" + PERU), pairs(added, EventType.SANCTION), added.toString());
        List<Event> placed = events("en", "Argentina placed two Bolivian banks on a sanctions list.");
        assertEquals(java.util.Set.of(ARGENTINA + "|" + BOLIVIA), pairs(placed, EventType.SANCTION), placed.toString());
        List<Event> put = events("en", "Peru has put five Chilean firms on its entity list.");
        assertEquals(java.util.Set.of(PERU + "|" + CHILE), pairs(put, EventType.SANCTION), put.toString());
        // a list of something else sanctions no one
        List<Event> cabinet = events("en", "Chile added two new members to its cabinet.");
        assertTrue(pairs(cabinet, EventType.SANCTION).isEmpty(), cabinet.toString());
    }
}
