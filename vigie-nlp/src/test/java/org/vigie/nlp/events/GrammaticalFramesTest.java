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
 * The same act coded whatever grammatical frame carries it: tense and modality wrappers, fronted phrases, reporting
 * clauses, coordinations, passives and nominalisations around an event cue (ev13frames). Each rule is stated once
 * and tested with sentences that vary the act, the frame and the actors, plus one where it must not fire.
 */
class GrammaticalFramesTest {
    private static final String CHILE = "Q298", PERU = "Q419", CANADA = "Q16", JAPAN = "Q17", SPAIN = "Q29", EGYPT = "Q79",
            KENYA = "Q114", ITALY = "Q38", HUNGARY = "Q28", BOLIVIA = "Q750", ECUADOR = "Q736", MEXICO = "Q96", BRAZIL = "Q155",
            ALGERIA = "Q262", MOROCCO = "Q1028", FRANCE = "Q142", IRAN = "Q794", ARGENTINA = "Q414", POLAND = "Q36", UKRAINE = "Q212";

    // Rule: a fronted phrase closed by a comma before the subject ("According to X,", "In X,", "Selon X,") names no
    // party of the act: a list of parties needs a conjunction before its last member.

    @Test
    void aSourceNamedInAFrontedPhraseIsNoSecondAttacker() {
        List<Event> en = events("en", "According to Kenya, Spain attacked Egypt.");
        assertEquals(Set.of(SPAIN + "|" + EGYPT), pairs(en, EventType.ASSAULT), en.toString());
        List<Event> place = events("en", "In Tokyo, Canada imposed sanctions on Peru.");
        assertEquals(Set.of(CANADA + "|" + PERU), pairs(place, EventType.SANCTION), place.toString());
        List<Event> fr = events("fr", "Selon le Japon, le Chili a menacé le Pérou de représailles.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(fr, EventType.THREATEN), fr.toString());
    }

    @Test
    void aListWithItsConjunctionIsStillEveryonesAct() {
        List<Event> en = events("en", "Chile, Peru and Bolivia condemned Ecuador.");
        assertEquals(Set.of(CHILE + "|" + ECUADOR, PERU + "|" + ECUADOR, BOLIVIA + "|" + ECUADOR), pairs(en, EventType.ACCUSE), en.toString());
    }

    // Rule: a verb of accusation with a name right after it has its own object, so the words before a comma in front
    // of its subject are a fronted phrase, not a clause it reports as a grievance.

    @Test
    void anAccusationAfterAFrontedSourceKeepsItsObject() {
        List<Event> en = events("en", "According to Kenya, Hungary accused Italy of spying.");
        assertEquals(Set.of(HUNGARY + "|" + ITALY), pairs(en, EventType.ACCUSE), en.toString());
        List<Event> officials = events("en", "According to officials in Nairobi, Mexico criticized Brazil on Monday.");
        assertEquals(Set.of(MEXICO + "|" + BRAZIL), pairs(officials, EventType.ACCUSE), officials.toString());
        List<Event> blame = events("en", "After the vote, Chile blamed Peru for the unrest.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(blame, EventType.ACCUSE), blame.toString());
    }

    @Test
    void aTrailingReporterWithoutObjectStillReportsTheClauseBefore() {
        List<Event> en = events("en", "Peru is arming the rebels, Chile charged on Monday.");
        assertTrue(pairs(en, EventType.ACCUSE).contains(CHILE + "|" + PERU), en.toString());
    }

    // Rule: a verb that governs an act not done (threat, demand, refusal) governs it in every form, after a modal or
    // an infinitive marker as in the past: what it governs is no act of its own.

    @Test
    void aThreatAfterAModalGovernsTheRetaliationItThreatens() {
        for (String text : List.of("Chile will threaten Peru with retaliation.", "Japan is set to threaten Canada with reprisals.",
                "Egypt plans to threaten Kenya with retaliation.")) {
            List<Event> en = events("en", text);
            assertEquals(1, en.stream().filter(e -> e.type() == EventType.THREATEN).count(), text + " " + en);
        }
    }

    @Test
    void aThreatInThePastStaysOneThreat() {
        List<Event> en = events("en", "Chile threatened Peru with retaliation.");
        assertEquals(Set.of("THREATEN " + CHILE + "|" + PERU), all(en), en.toString());
    }

    // Rule: a French first-group verb cue listed as its participle (-é) is the same cue as infinitive (-er, after
    // "va", "doit", "s'apprête à", "compte"), future (-era) and conditional (-erait); "de" before a vowel is "d'".

    @Test
    void aFrenchActAnnouncedWithAModalIsTheSameAct() {
        List<Event> va = events("fr", "Le Canada va accuser le Japon de violer son espace aérien.");
        assertEquals(Set.of(CANADA + "|" + JAPAN), pairs(va, EventType.ACCUSE), va.toString());
        List<Event> doit = events("fr", "Le Chili doit signer un accord commercial avec le Pérou jeudi.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(doit, EventType.AGREE), doit.toString());
        List<Event> future = events("fr", "L'Italie expulsera deux diplomates du Kenya.");
        assertEquals(Set.of(ITALY + "|" + KENYA), pairs(future, EventType.SANCTION), future.toString());
        List<Event> conditional = events("fr", "L'Égypte a annoncé qu'elle menacerait l'Espagne de représailles.");
        assertEquals(Set.of(EGYPT + "|" + SPAIN), pairs(conditional, EventType.THREATEN), conditional.toString());
    }

    @Test
    void aFrenchIntentionBeforeAnElidedInfinitiveIsAnIntention() {
        List<Event> fr = events("fr", "Le Chili a promis d'attaquer le Pérou.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(fr, EventType.THREATEN), fr.toString());
        assertTrue(pairs(fr, EventType.ASSAULT).isEmpty(), fr.toString());
    }

    @Test
    void aFrenchNounInErIsNoVerbForm() {
        // "le dîner", "un danger": only cue participles in -é give forms in -er
        List<Event> fr = events("fr", "Le Chili a évoqué un danger pour le Pérou lors du dîner.");
        assertTrue(fr.isEmpty(), fr.toString());
    }

    // Rule: a French verb whose own ending is the future or the reported future ("attaquera", "attaquerait"), or which
    // follows the periphrastic future ("va", "allait"), announces force as "will" does: a threat, as PLOVER codes it.

    @Test
    void frenchForceAnnouncedInTheFutureIsAThreat() {
        for (String text : List.of("L'Algérie attaquera le Maroc.", "L'Algérie va bombarder le Maroc.",
                "L'Algérie a annoncé qu'elle attaquerait le Maroc.")) {
            List<Event> fr = events("fr", text);
            assertEquals(Set.of("THREATEN " + ALGERIA + "|" + MOROCCO), all(fr), text + " " + fr);
        }
    }

    @Test
    void frenchForceInThePastAndTalksInTheFutureStayTheAct() {
        List<Event> past = events("fr", "Le Chili a attaqué le Pérou.");
        assertEquals(Set.of("ASSAULT " + CHILE + "|" + PERU), all(past), past.toString());
        List<Event> talks = events("fr", "Le Chili va rencontrer le Pérou.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(talks, EventType.CONSULT), talks.toString());
    }

    // Rule: a cue listed as a noun is the verb of the same form right after a modal, an intention or a refusal ending
    // with an infinitive marker ("will attack", "vowed to attack", "refused to attack"): its subject is the clause's.

    @Test
    void aNounCueAfterAModalOrARefusalIsTheVerb() {
        List<Event> refused = events("en", "Chile refused to attack Peru.");
        assertTrue(refused.stream().anyMatch(e -> e.type() == EventType.ASSAULT && e.negated() && e.actor1().entity().equals(CHILE)
                && e.actor2() != null && e.actor2().entity().equals(PERU)), refused.toString());
        assertTrue(pairs(refused, EventType.REJECT).isEmpty(), refused.toString());
        List<Event> vowed = events("en", "Japan has vowed to attack Canada.");
        assertEquals(Set.of("THREATEN " + JAPAN + "|" + CANADA), all(vowed), vowed.toString());
        List<Event> will = events("en", "Chile will not attack Peru.");
        assertTrue(will.stream().allMatch(e -> e.negated() && e.actor1().entity().equals(CHILE)), will.toString());
    }

    @Test
    void aNounCueAfterADeterminerStaysANoun() {
        List<Event> en = events("en", "Chile condemned the attack on Peru.");
        assertTrue(pairs(en, EventType.ASSAULT).stream().noneMatch(p -> p.startsWith(CHILE)), en.toString());
    }

    // Rule: after a modal, a phrase of the future ("is set to", "is expected to") or an intention, a verb stands in
    // its base form: a cue listed in another form of the same verb (PETRARCH verb rows) is the same cue there.

    @Test
    void aCueInItsBaseFormAfterAModalIsTheSameCue() {
        List<Event> will = events("en", "France will demand an apology from Iran.");
        assertEquals(Set.of(FRANCE + "|" + IRAN), pairs(will, EventType.REQUEST), will.toString());
        List<Event> set = events("en", "Chile is set to hold talks with Peru.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(set, EventType.CONSULT), set.toString());
        List<Event> plans = events("en", "Japan plans to demand compensation from Canada.");
        assertEquals(Set.of(JAPAN + "|" + CANADA), pairs(plans, EventType.REQUEST), plans.toString());
    }

    @Test
    void aBaseFormAfterAPurposeMarkerIsNoAct() {
        List<Event> en = events("en", "Chile and Peru held talks to ease tensions.");
        assertTrue(en.stream().allMatch(e -> e.type() == EventType.CONSULT), en.toString());
    }

    @Test
    void aNegatedBaseFormAfterDoIsTheNegatedAct() {
        List<Event> en = events("en", "Iran did not demand an apology from France.");
        assertTrue(en.stream().anyMatch(e -> e.type() == EventType.REQUEST && e.negated() && e.actor1().entity().equals(IRAN)), en.toString());
    }

    // Rule: a French participle whose unaccented form is a noun cue ("attaqué" -> "attaque") is the verb after a tense
    // auxiliary ("ont attaqué", "n'a pas attaqué"), so a coordinated subject acts as with any verb.

    @Test
    void aFrenchParticipleAfterItsAuxiliaryIsTheVerbOfEachSubject() {
        List<Event> two = events("fr", "Le Chili et le Pérou ont attaqué la Bolivie.");
        assertEquals(Set.of(CHILE + "|" + BOLIVIA, PERU + "|" + BOLIVIA), pairs(two, EventType.ASSAULT), two.toString());
        List<Event> three = events("fr", "L'Argentine, le Maroc et l'Algérie ont attaqué la Pologne.");
        assertEquals(Set.of(ARGENTINA + "|" + POLAND, MOROCCO + "|" + POLAND, ALGERIA + "|" + POLAND), pairs(three, EventType.ASSAULT), three.toString());
        List<Event> negated = events("fr", "Le Chili n'a pas attaqué la Bolivie.");
        assertTrue(negated.stream().allMatch(Event::negated) && !negated.isEmpty(), negated.toString());
    }

    @Test
    void theFrenchNounAfterThePrepositionAIsStillANoun() {
        // "à l'attaque": "à" unaccented is "a", no auxiliary
        List<Event> fr = events("fr", "Le Chili a répondu à attaque du Pérou contre la Bolivie.");
        assertTrue(pairs(fr, EventType.ASSAULT).stream().noneMatch(p -> p.startsWith(CHILE)), fr.toString());
    }

    // Rule: a coordinated object may repeat its preposition before each member ("on Chile and on Peru", "à l'Ukraine
    // et à l'Argentine", "du Pakistan et de l'Égypte"): each member is a target of the act.

    @Test
    void aRepeatedPrepositionKeepsEachMemberOfACoordinatedObject() {
        List<Event> en = events("en", "Morocco imposed sanctions on Ukraine and on Argentina.");
        assertEquals(Set.of(MOROCCO + "|" + UKRAINE, MOROCCO + "|" + ARGENTINA), pairs(en, EventType.SANCTION), en.toString());
        List<Event> fr = events("fr", "Le Maroc a imposé des sanctions à l'Ukraine et à l'Argentine.");
        assertEquals(Set.of(MOROCCO + "|" + UKRAINE, MOROCCO + "|" + ARGENTINA), pairs(fr, EventType.SANCTION), fr.toString());
        List<Event> of = events("fr", "La Pologne a expulsé deux diplomates du Pakistan et de l'Égypte.");
        assertTrue(pairs(of, EventType.SANCTION).contains(POLAND + "|" + EGYPT), of.toString());
    }

    @Test
    void aSecondClauseAfterTheConjunctionIsNoObject() {
        List<Event> en = events("en", "Morocco imposed sanctions on Ukraine and on Monday Argentina recalled its envoy.");
        assertFalse(pairs(en, EventType.SANCTION).contains(MOROCCO + "|" + ARGENTINA), en.toString());
    }

    // Rule: the forces a deployment moves are the mover's own, wherever the phrase places them ("in Iraq", "en
    // Pologne", "to Poland" alike): no second actor.

    @Test
    void troopsDeployedInAStateAreTheMoversOwnWithoutATarget() {
        for (String[] t : List.of(new String[]{"en", "Canada deployed troops in Poland."}, new String[]{"fr", "Le Canada a déployé des troupes en Pologne."},
                new String[]{"fr", "Le Canada va déployer des soldats en Pologne."}, new String[]{"en", "Canada deployed troops to Poland."})) {
            List<Event> ev = events(t[0], t[1]);
            assertEquals(Set.of(CANADA + "|-"), pairs(ev, EventType.MOBILIZE), t[1] + " " + ev);
        }
    }

    @Test
    void aDeploymentAcrossABorderKeepsTheStateItFaces() {
        List<Event> fr = events("fr", "La Russie a massé des troupes près de la frontière ukrainienne.");
        assertEquals(Set.of("Q159|" + UKRAINE), pairs(fr, EventType.MOBILIZE), fr.toString());
    }

    // Rule: a pronoun subject right after "que"/"that" before a verb of accusation is resolved as any subject ("a
    // annoncé qu'elle accuserait X"); only other words there are an object relative's own subject.

    @Test
    void aPronounSubjectOfAReportedAccusationIsTheSpeaker() {
        List<Event> fr = events("fr", "La Colombie a annoncé qu'elle accuserait le Mexique de violer son espace aérien.");
        assertEquals(Set.of("Q739|" + MEXICO), pairs(fr, EventType.ACCUSE), fr.toString());
        List<Event> il = events("fr", "Le Canada a déclaré qu'il condamne le Japon.");
        assertEquals(Set.of(CANADA + "|" + JAPAN), pairs(il, EventType.ACCUSE), il.toString());
        List<Event> en = events("en", "Japan said that it blamed Canada for the collision.");
        assertTrue(pairs(en, EventType.ACCUSE).contains(JAPAN + "|" + CANADA), en.toString());
    }

    @Test
    void aNamedSubjectAfterTheRelativeStaysTheAccuser() {
        List<Event> en = events("en", "The blast near the port, which Chile blamed on Peru, killed two sailors.");
        assertTrue(pairs(en, EventType.ACCUSE).contains(CHILE + "|" + PERU), en.toString());
    }

    @Test
    void aFrenchVerbInOyerAnnouncesItsFutureWithOie() {
        List<Event> fr = events("fr", "L'Italie déploiera des troupes au Japon la semaine prochaine.");
        assertEquals(Set.of(ITALY + "|-"), pairs(fr, EventType.MOBILIZE), fr.toString());
    }

    // Rule: a relative clause closed by a comma before the verb ("X, which has long opposed Y, condemned Z") is an aside
    // on the subject; only a relative running into its verb ("which Chile blamed on Peru") has its own subject.

    @Test
    void aRelativeAsideBeforeTheVerbLeavesTheSubjectBeforeIt() {
        List<Event> condemned = events("en", "Japan, which has long opposed Peru, condemned Chile's missile test.");
        assertEquals(Set.of(JAPAN + "|" + CHILE), pairs(condemned, EventType.ACCUSE), condemned.toString());
        List<Event> criticized = events("en", "Mexico, which depends on trade with Brazil, criticized Canada over the border closure.");
        assertEquals(Set.of(MEXICO + "|" + CANADA), pairs(criticized, EventType.ACCUSE), criticized.toString());
        List<Event> fr = events("fr", "Le Japon, qui s'oppose depuis longtemps au Pérou, a accusé le Chili de mentir.");
        assertEquals(Set.of(JAPAN + "|" + CHILE), pairs(fr, EventType.ACCUSE), fr.toString());
    }

    // Rule: an act with a modal of possibility in its verb group ("could", "might", "pourrait") is not reported as
    // done: force or sanctions one could use are a threat (as "may attack"), any other act is no event.

    @Test
    void anActOnlyPossibleIsNoEvent() {
        for (String[] t : List.of(new String[]{"en", "Chile could visit Peru next month, officials said."},
                new String[]{"en", "Japan might condemn Canada's decision."}, new String[]{"fr", "Le Chili pourrait rencontrer le Pérou le mois prochain."})) {
            List<Event> ev = events(t[0], t[1]);
            assertTrue(ev.isEmpty(), t[1] + " " + ev);
        }
    }

    @Test
    void forceOneCouldUseIsAThreat() {
        List<Event> en = events("en", "Chile said it could impose sanctions on Peru.");
        assertEquals(Set.of("THREATEN " + CHILE + "|" + PERU), all(en), en.toString());
        List<Event> fr = events("fr", "Le Chili a déclaré qu'il pourrait attaquer le Pérou.");
        assertEquals(Set.of("THREATEN " + CHILE + "|" + PERU), all(fr), fr.toString());
    }

    @Test
    void anActThatCouldNotBeDoneKeepsItsNegation() {
        List<Event> en = events("en", "Chile could not meet Peru because of the storm.");
        assertTrue(en.stream().allMatch(Event::negated), en.toString());
    }

    @Test
    void aNounActAfterItsOwnVerbAndAModalIsOnlyPossible() {
        List<Event> aid = events("en", "Japan could send humanitarian aid to Peru next month.");
        assertTrue(aid.isEmpty(), aid.toString());
        // the noun is the object of another act's verb: that act is possible, the noun's own act is only named
        List<Event> test = events("fr", "L'Iran pourrait condamner l'essai de missile du Japon.");
        assertTrue(test.stream().noneMatch(e -> e.type() == EventType.THREATEN && e.actor1().entity().equals(JAPAN)), test.toString());
    }

    // Rule: an adverb of no suffix rule (adverbs.txt: "then", "also", "ensuite", "conjointement") between a subject, an
    // auxiliary and a verb adds no distance: the subject, a pronoun or a coordination, is still the verb's.

    @Test
    void anAdverbBetweenTheSubjectAndTheVerbKeepsTheSubject() {
        List<Event> joint = events("fr", "L'Espagne et le Kenya ont conjointement condamné le Chili.");
        assertEquals(Set.of(SPAIN + "|" + CHILE, KENYA + "|" + CHILE), pairs(joint, EventType.ACCUSE), joint.toString());
        List<Event> then = events("en", "Italy held a cabinet meeting on Monday. It then condemned Chile.");
        assertEquals(Set.of(ITALY + "|" + CHILE), pairs(then, EventType.ACCUSE), then.toString());
        List<Event> en = events("en", "Spain and Kenya then condemned Chile.");
        assertEquals(Set.of(SPAIN + "|" + CHILE, KENYA + "|" + CHILE), pairs(en, EventType.ACCUSE), en.toString());
    }

    @Test
    void aNounEndingInMentIsNoAdverb() {
        // "le gouvernement": French lists its adverbs, no "-ment" suffix rule
        List<Event> fr = events("fr", "Le Chili et le gouvernement du Pérou ont condamné la Bolivie.");
        assertTrue(pairs(fr, EventType.ACCUSE).contains(PERU + "|" + BOLIVIA), fr.toString());
    }

    // Rule: the act after the charge preposition of a French criticism or condemnation ("critiqué X pour la fermeture
    // de la frontière") is what is charged, not an act of its own, as "of" and "with" in English.

    @Test
    void anActChargedInACriticismIsNoActOfItsOwn() {
        for (String text : List.of("L'Algérie a critiqué le Japon pour la fermeture de la frontière.",
                "Le Chili a condamné le Pérou pour la fermeture de la frontière.", "Le Kenya critique l'Égypte pour l'expulsion de ses diplomates.")) {
            List<Event> fr = events("fr", text);
            assertTrue(fr.stream().allMatch(e -> e.type() == EventType.ACCUSE), text + " " + fr);
            assertEquals(1, fr.size(), text + " " + fr);
        }
    }

    @Test
    void aClosureReportedOnItsOwnIsStillAnAct() {
        List<Event> fr = events("fr", "Le Pérou a annoncé la fermeture de la frontière avec le Chili.");
        assertFalse(fr.stream().noneMatch(e -> e.actor1().entity().equals(PERU)), fr.toString());
    }

    @Test
    void aFrontedDateBeforeANamedSubjectLeavesItTheSubject() {
        List<Event> en = events("en", "On Wednesday, Italy demanded an apology from Peru.");
        assertEquals(Set.of(ITALY + "|" + PERU), pairs(en, EventType.REQUEST), en.toString());
        List<Event> fr = events("fr", "Mercredi, l'Italie a condamné le Pérou.");
        assertEquals(Set.of(ITALY + "|" + PERU), pairs(fr, EventType.ACCUSE), fr.toString());
    }

    // Rule: a coordinated subject of a symmetric act with a partner of the verb's own right after it (direct object or
    // "with") meets that partner each: one event per member and partner, not the pair of members.

    @Test
    void membersOfACoordinatedSubjectEachMeetTheVerbsPartner() {
        List<Event> en = events("en", "Chile and Peru visited Bolivia.");
        assertEquals(Set.of(CHILE + "|" + BOLIVIA, PERU + "|" + BOLIVIA), pairs(en, EventType.CONSULT), en.toString());
        List<Event> with = events("en", "Japan and Canada met with Peru on Friday.");
        assertEquals(Set.of(JAPAN + "|" + PERU, CANADA + "|" + PERU), pairs(with, EventType.CONSULT), with.toString());
        List<Event> fr = events("fr", "Le Chili et le Pérou ont rencontré la Bolivie.");
        assertEquals(Set.of(CHILE + "|" + BOLIVIA, PERU + "|" + BOLIVIA), pairs(fr, EventType.CONSULT), fr.toString());
    }

    @Test
    void aCoordinatedSubjectWithoutPartnerIsThePair() {
        List<Event> place = events("en", "Chile and Peru met in Quito.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(place, EventType.CONSULT), place.toString());
        List<Event> content = events("en", "Chile and Peru agreed to let monitors from Bolivia in.");
        assertTrue(pairs(content, EventType.AGREE).stream().noneMatch(p -> p.endsWith(BOLIVIA)), content.toString());
    }
}
