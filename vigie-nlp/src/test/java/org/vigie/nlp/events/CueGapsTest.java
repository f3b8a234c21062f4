package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.all;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * Gaps of the cue tables found with real-world probe sentences (ev15cues): French nouns of threat and demand held by
 * an actor, the French imperfect and irregular futures, passives of signing, English present tenses and passive
 * attacks, intentions on verb-object families, French reduced relatives. Each rule is stated once and tested with
 * sentences that vary the form, the actors and the construction, plus one where it must not fire.
 */
class CueGapsTest {
    private static final String CHILE = "Q298", PERU = "Q419", HUNGARY = "Q28", ROMANIA = "Q218", EGYPT = "Q79", ALGERIA = "Q262",
            MOROCCO = "Q1028", SPAIN = "Q29", ITALY = "Q38", JAPAN = "Q17", CANADA = "Q16", KENYA = "Q114", MEXICO = "Q96",
            BRAZIL = "Q155", POLAND = "Q36", FRANCE = "Q142", IRAN = "Q794";

    // Rule: a French cue verb in the imperfect (third person singular or plural) is the same act as in the past
    // ("condamnait", "menaçaient", "exigeait"), and its irregular future announces it as the regular one does
    // ("enverra", "tiendra", "recevra"); the forms come from the cue's own participle or present.

    @Test
    void theFrenchImperfectOfACueVerbIsTheSameAct() {
        List<Event> condemned = events("fr", "La Hongrie condamnait la Roumanie pour cette décision.");
        assertEquals(Set.of(HUNGARY + "|" + ROMANIA), pairs(condemned, EventType.ACCUSE), condemned.toString());
        List<Event> threatened = events("fr", "Le Maroc et l'Algérie menaçaient le Pérou de représailles.");
        assertEquals(Set.of(MOROCCO + "|" + PERU, ALGERIA + "|" + PERU), pairs(threatened, EventType.THREATEN), threatened.toString());
        List<Event> demanded = events("fr", "Le Chili exigeait du Pérou des excuses officielles.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(demanded, EventType.REQUEST), demanded.toString());
        List<Event> supported = events("fr", "L'Espagne soutenait l'Italie dans ce différend.");
        assertEquals(Set.of(SPAIN + "|" + ITALY), pairs(supported, EventType.SUPPORT), supported.toString());
    }

    @Test
    void thePresentOfACueVerbInTheThirdPersonIsTheSameAct() {
        List<Event> plural = events("fr", "Le Maroc et l'Algérie condamnent la Pologne.");
        assertEquals(Set.of(MOROCCO + "|" + POLAND, ALGERIA + "|" + POLAND), pairs(plural, EventType.ACCUSE), plural.toString());
        List<Event> invades = events("fr", "L'Algérie envahit le Maroc.");
        assertEquals(Set.of(ALGERIA + "|" + MOROCCO), pairs(invades, EventType.ASSAULT), invades.toString());
        List<Event> signs = events("fr", "Le Chili et le Pérou signent un accord de pêche.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(signs, EventType.AGREE), signs.toString());
    }

    @Test
    void anImpersonalPresentIsNoAgreement() {
        List<Event> fr = events("fr", "Il convient de rappeler que le Chili et le Pérou sont voisins.");
        assertTrue(fr.isEmpty(), fr.toString());
    }

    @Test
    void theImperfectOfThirdGroupCuesComesFromTheirParticiple() {
        List<Event> invaded = events("fr", "L'Algérie envahissait le Maroc.");
        assertEquals(Set.of(ALGERIA + "|" + MOROCCO), pairs(invaded, EventType.ASSAULT), invaded.toString());
        List<Event> hosted = events("fr", "Le président du Chili accueillait son homologue du Pérou.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(hosted, EventType.CONSULT), hosted.toString());
        List<Event> supplied = events("fr", "Le Japon fournissait des armes au Kenya.");
        assertTrue(pairs(supplied, EventType.AID).contains(JAPAN + "|" + KENYA), supplied.toString());
    }

    @Test
    void anIrregularFrenchFutureIsTheCuesFuture() {
        List<Event> sent = events("fr", "Le Kenya enverra des troupes au Pérou.");
        assertTrue(sent.stream().anyMatch(e -> e.type() == EventType.MOBILIZE && e.actor1().entity().equals(KENYA)), sent.toString());
        List<Event> received = events("fr", "Le président du Chili recevra le président du Pérou lundi.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(received, EventType.CONSULT), received.toString());
        List<Event> supported = events("fr", "Le Japon soutiendra le Canada.");
        assertEquals(Set.of(JAPAN + "|" + CANADA), pairs(supported, EventType.SUPPORT), supported.toString());
        List<Event> broken = events("fr", "Le Chili rompra ses relations avec le Pérou.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(broken, EventType.SANCTION), broken.toString());
    }

    @Test
    void aCueOpeningWithAnAuxiliaryHasItsParticiplesTenses() {
        List<Event> signed = events("fr", "Le Chili signait un accord avec le Pérou.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(signed, EventType.AGREE), signed.toString());
        List<Event> talked = events("fr", "Le ministre chilien s'entretenait avec son homologue péruvien.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(talked, EventType.CONSULT), talked.toString());
    }

    @Test
    void aFrenchImperfectOfNoCueIsNoAct() {
        // "mangeait", "parlait": imperfects of verbs no cue lists
        List<Event> fr = events("fr", "Le ministre du Chili mangeait avec son homologue du Pérou et parlait de football.");
        assertTrue(fr.stream().noneMatch(e -> e.type() == EventType.ACCUSE || e.type() == EventType.THREATEN), fr.toString());
    }

    // Rule: the English present third person of a support verb the cues list in the past only is the same act
    // ("backs", "hails", "sides with"; CAMEO 051/057, PLOVER SUPPORT).

    @Test
    void anEnglishPresentOfSupportIsSupport() {
        List<Event> backs = events("en", "Germany backs Poland's bid to host the summit.");
        assertEquals(Set.of("Q183|" + POLAND), pairs(backs, EventType.SUPPORT), backs.toString());
        List<Event> hails = events("en", "Spain hails Italy's decision to reopen the port.");
        assertEquals(Set.of(SPAIN + "|" + ITALY), pairs(hails, EventType.SUPPORT), hails.toString());
        List<Event> sides = events("en", "Mexico sides with Brazil in the fishing dispute.");
        assertEquals(Set.of(MEXICO + "|" + BRAZIL), pairs(sides, EventType.SUPPORT), sides.toString());
    }

    @Test
    void backsAsANounIsNoSupport() {
        List<Event> en = events("en", "Peru's players turned their backs on the Chilean fans.");
        assertTrue(pairs(en, EventType.SUPPORT).isEmpty(), en.toString());
    }

    // Rule: an English verb of recalling, in any tense, before a possessive and a diplomat ("recalls its ambassador",
    // "is recalling its envoy", "recalled on Monday its ambassador") reduces relations (CAMEO 161, SANCTION withdraw)
    // toward the state of the posting; recalling a memory or a fact is no event.

    @Test
    void anEnvoyRecalledInAnyTenseIsASanction() {
        for (String text : List.of("Canada recalls its ambassador to Iran.", "Canada is recalling its envoy from Iran.",
                "Canada recalled on Monday its ambassador in Iran.")) {
            List<Event> en = events("en", text);
            assertEquals(Set.of("SANCTION " + CANADA + "|" + IRAN), all(en), text + " " + en);
            assertEquals("withdraw", en.get(0).mode(), text);
        }
    }

    @Test
    void aMemoryRecalledIsNoSanction() {
        List<Event> en = events("en", "The Canadian minister recalled his first visit to Iran.");
        assertTrue(pairs(en, EventType.SANCTION).isEmpty(), en.toString());
    }

    // Rule: "was hit by", "were hit by", "has been hit by" is a passive attack: its agent (or the state owning the
    // weapon named after "by") is the attacker, its subject the one attacked; an agent that only qualifies what
    // struck figuratively (tariffs, sanctions) or belongs to another act is no attacker.

    @Test
    void aPassiveHitIsAnAttackByItsAgent() {
        List<Event> missiles = events("en", "Kyiv was hit by Russian missiles overnight.");
        assertEquals(Set.of("Q159|Q212"), pairs(missiles, EventType.ASSAULT), missiles.toString());
        List<Event> towns = events("en", "Two Ukrainian towns were hit by Russian drones.");
        assertEquals(Set.of("Q159|Q212"), pairs(towns, EventType.ASSAULT), towns.toString());
        List<Event> post = events("en", "A Peruvian border post has been hit by Chilean artillery.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(post, EventType.ASSAULT), post.toString());
    }

    @Test
    void aFigurativeHitIsNoAttack() {
        for (String text : List.of("Canada was hit by US tariffs.", "The town was hit by a storm.",
                "Peru's exports were hit by sanctions imposed by Chile.")) {
            List<Event> en = events("en", text);
            assertTrue(pairs(en, EventType.ASSAULT).isEmpty(), text + " " + en);
        }
    }

    // Rule: the participle of a verb of concluding after an agreement noun, in a reduced relative or a passive, with
    // its agent after "by"/"par" ("an accord signed by X and Y", "l'accord a été signé par X et Y") is AGREE between
    // the coordinated agents, as "X and Y signed an accord" is (CAMEO 057).

    @Test
    void anAgreementSignedByTwoPartiesIsTheirAgreement() {
        List<Event> reduced = events("en", "The agreement signed by Chile and Peru on Monday reopens the border.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(reduced, EventType.AGREE), reduced.toString());
        List<Event> passive = events("en", "A security pact has been signed by Japan and Canada.");
        assertEquals(Set.of(JAPAN + "|" + CANADA), pairs(passive, EventType.AGREE), passive.toString());
        List<Event> fr = events("fr", "Un traité signé par le Japon et le Canada entre en vigueur.");
        assertEquals(Set.of(JAPAN + "|" + CANADA), pairs(fr, EventType.AGREE), fr.toString());
        List<Event> frPassive = events("fr", "L'accord a été signé par le Chili et le Pérou.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(frPassive, EventType.AGREE), frPassive.toString());
    }

    @Test
    void talksHostedOrMediatedByTwoStatesAreNotBetweenThem() {
        for (String text : List.of("Talks hosted by Kenya and Egypt ended on Sunday.", "The truce mediated by Kenya and Egypt held.")) {
            List<Event> en = events("en", text);
            assertTrue(en.stream().noneMatch(e -> e.actor2() != null && Set.of(KENYA, EGYPT).containsAll(Set.of(e.actor1().entity(), e.actor2().entity()))),
                    text + " " + en);
        }
    }

    @Test
    void aLetterSignedByTwoPartiesIsNoAgreement() {
        List<Event> en = events("en", "The letter signed by Chile and Peru was sent to the UN.");
        assertTrue(pairs(en, EventType.AGREE).isEmpty(), en.toString());
        List<Event> fr = events("fr", "La pétition signée par des Chiliens et des Péruviens a été remise lundi.");
        assertTrue(pairs(fr, EventType.AGREE).isEmpty(), fr.toString());
    }

    // Rule: a French noun of threat or demand ("la menace", "les menaces", "l'exigence", "les exigences") is the act of
    // its holder (the actor of "de X" after it, or the subject of the support verb that governs it), aimed at the one
    // after "contre"/"envers"; with no holder of its own after a preposition ("sous la menace des armes") it is no one's
    // act, and its phrase, closed by a comma, does not govern the clause after it.

    @Test
    void aFrenchNounOfThreatIsItsHoldersThreat() {
        List<Event> plural = events("fr", "Les menaces de la Russie contre la Pologne se multiplient.");
        assertEquals(Set.of("Q159|" + POLAND), pairs(plural, EventType.THREATEN), plural.toString());
        List<Event> singular = events("fr", "La menace du Maroc contre l'Algérie inquiète l'Espagne.");
        assertEquals(Set.of(MOROCCO + "|" + ALGERIA), pairs(singular, EventType.THREATEN), singular.toString());
        List<Event> support = events("fr", "Le Chili a réitéré sa menace contre le Pérou.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(support, EventType.THREATEN), support.toString());
    }

    @Test
    void aFrenchNounOfDemandIsItsHoldersRequest() {
        List<Event> plural = events("fr", "Les exigences du Chili envers le Pérou sont jugées excessives.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(plural, EventType.REQUEST), plural.toString());
        List<Event> singular = events("fr", "L'exigence de la France que l'Iran libère les otages a été rejetée.");
        assertTrue(pairs(singular, EventType.REQUEST).stream().anyMatch(p -> p.startsWith(FRANCE + "|")), singular.toString());
        assertTrue(pairs(singular, EventType.RETREAT).isEmpty(), singular.toString());
    }

    @Test
    void aThreatWithNoHolderIsNoOnesAct() {
        List<Event> arms = events("fr", "Le Chili a agi sous la menace des armes.");
        assertTrue(pairs(arms, EventType.THREATEN).isEmpty(), arms.toString());
        List<Event> war = events("fr", "La menace d'une guerre plane sur la région.");
        assertTrue(war.isEmpty(), war.toString());
        List<Event> seen = events("fr", "Le Pérou se rapproche de l'Alliance, ce que le Chili considère comme une menace.");
        assertTrue(pairs(seen, EventType.THREATEN).isEmpty(), seen.toString());
    }

    @Test
    void aThreatUtteredOrAddressedIsTheSubjectsAct() {
        List<Event> uttered = events("fr", "La Russie a proféré des menaces contre la Pologne.");
        assertEquals(Set.of("Q159|" + POLAND), pairs(uttered, EventType.THREATEN), uttered.toString());
        List<Event> addressed = events("fr", "Le Maroc a adressé ses exigences à l'Algérie.");
        assertEquals(Set.of(MOROCCO + "|" + ALGERIA), pairs(addressed, EventType.REQUEST), addressed.toString());
    }

    @Test
    void aThreatSeenAsSuchOrAnsweredIsNoThreat() {
        List<Event> copula = events("fr", "La Pologne estime que la Russie est une menace.");
        assertTrue(pairs(copula, EventType.THREATEN).isEmpty(), copula.toString());
        List<Event> en = events("en", "Poland says Russia is a threat.");
        assertTrue(pairs(en, EventType.THREATEN).isEmpty(), en.toString());
        List<Event> answered = events("fr", "Les exigences du Chili ont été rejetées par le Pérou.");
        assertTrue(pairs(answered, EventType.REQUEST).isEmpty(), answered.toString());
    }

    @Test
    void aFrontedThreatDoesNotGovernTheClauseAfterIt() {
        List<Event> fr = events("fr", "Face aux menaces du Chili, le Pérou a rappelé son ambassadeur.");
        assertEquals(Set.of(PERU + "|-"), pairs(fr, EventType.SANCTION), fr.toString());
    }

    // Rule: a verb-object family ("restored ties", "severed relations") in its base form where a frame calls for one
    // (a modal, a phrase of the future, an intention: "will restore ties", "is set to restore relations", "plans to
    // sever ties"), adverbs between ("would formally recognise"), is the same trigger, and its frame sets the type as
    // for any cue: an act announced stays the act, an intention of cooperation is AGREE (CAMEO 03), of a break THREATEN.

    @Test
    void aVerbObjectFamilyInItsBaseFormAfterAModalIsTheAct() {
        List<Event> will = events("en", "Egypt will restore ties with Kenya.");
        assertEquals(Set.of("SUPPORT " + EGYPT + "|" + KENYA), all(will), will.toString());
        List<Event> set = events("en", "Egypt is set to restore full diplomatic relations with Kenya.");
        assertEquals(Set.of("SUPPORT " + EGYPT + "|" + KENYA), all(set), set.toString());
        List<Event> sever = events("en", "Chile would sever relations with Peru.");
        assertEquals(Set.of("SANCTION " + CHILE + "|" + PERU), all(sever), sever.toString());
        assertEquals("withdraw", sever.get(0).mode());
    }

    @Test
    void anIntendedVerbObjectActIsAnIntention() {
        List<Event> restore = events("en", "Egypt plans to restore ties with Kenya.");
        assertEquals(Set.of("AGREE " + EGYPT + "|" + KENYA), all(restore), restore.toString());
        List<Event> sever = events("en", "Chile plans to sever ties with Peru.");
        assertEquals(Set.of("THREATEN " + CHILE + "|" + PERU), all(sever), sever.toString());
    }

    @Test
    void anAdverbBetweenTheModalAndTheVerbKeepsTheBaseForm() {
        List<Event> en = events("en", "Spain would formally recognise a Palestinian state.");
        assertTrue(en.size() == 1 && en.get(0).type() == EventType.SUPPORT && en.get(0).actor1().entity().equals(SPAIN)
                && en.get(0).actor2() != null, en.toString());
        List<Event> ties = events("en", "Egypt will quickly restore ties with Kenya.");
        assertEquals(Set.of("SUPPORT " + EGYPT + "|" + KENYA), all(ties), ties.toString());
    }

    @Test
    void aBaseFormOfPurposeOrOfAnotherObjectIsNoAct() {
        List<Event> purpose = events("en", "Chile and Peru held talks to restore ties.");
        assertTrue(pairs(purpose, EventType.SUPPORT).isEmpty(), purpose.toString());
        List<Event> order = events("en", "Chile will restore order in the capital.");
        assertTrue(order.isEmpty(), order.toString());
    }

    // Rule: a French past participle of accusation (written with its accent) right after a common noun, with no agent
    // after "par", is a reduced relative describing that noun ("des diplomates accusés d'espionnage"): no accusation by
    // the subject of the clause; the act of the clause stays.

    @Test
    void aFrenchReducedRelativeOfAccusationIsNoAccusation() {
        for (String text : List.of("L'Égypte a expulsé des diplomates accusés d'espionnage.", "Le Chili a arrêté trois hommes accusés de terrorisme.",
                "Le Pérou a libéré le journaliste condamné pour diffamation.")) {
            List<Event> fr = events("fr", text);
            assertTrue(pairs(fr, EventType.ACCUSE).isEmpty(), text + " " + fr);
            assertEquals(1, fr.size(), text + " " + fr);
        }
    }

    @Test
    void aFrenchAccusationByItsSubjectOrWithItsAuxiliaryStaysAnAccusation() {
        List<Event> aux = events("fr", "Le gouvernement chilien a accusé mardi le Pérou d'espionnage.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(aux, EventType.ACCUSE), aux.toString());
        List<Event> present = events("fr", "Le gouvernement chilien accuse le Pérou d'espionnage.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(present, EventType.ACCUSE), present.toString());
        List<Event> shared = events("fr", "L'Iran a expulsé deux diplomates, les accusant d'espionnage.");
        assertTrue(shared.stream().anyMatch(e -> e.type() == EventType.ACCUSE && e.actor1().entity().equals(IRAN)), shared.toString());
    }
    // Rule: a passive attack in reported speech ("Lima was shelled by Chilean artillery, Peru said", "Peru said Lima had
    // been attacked by Chile") is the speaker's accusation of the passive's agent, as for an active attack; a source
    // that is no party ("police said") and a figurative blow accuse no one.

    @Test
    void aReportedPassiveAttackAccusesItsAgent() {
        List<Event> trailing = events("en", "Lima was shelled by Chilean artillery overnight, Peru's defence ministry said.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(trailing, EventType.ACCUSE), trailing.toString());
        List<Event> hit = events("en", "Lima was hit by Chilean missiles overnight, Peru said, urging allies to send air defences.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(hit, EventType.ACCUSE), hit.toString());
        List<Event> that = events("en", "Peru said that Lima had been attacked by Chile.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(that, EventType.ACCUSE), that.toString());
    }

    @Test
    void aPassiveAttackReportedByASourceOrFigurativeAccusesNoOne() {
        List<Event> police = events("en", "Lima was hit by Chilean missiles overnight, police said.");
        assertTrue(pairs(police, EventType.ACCUSE).isEmpty(), police.toString());
        List<Event> tariffs = events("en", "Peru said Lima was hit by US tariffs.");
        assertTrue(tariffs.isEmpty(), tariffs.toString());
    }
}
