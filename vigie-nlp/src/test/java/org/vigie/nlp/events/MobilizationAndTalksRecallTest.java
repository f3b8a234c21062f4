package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * Recall of deployments and failed talks (round ev10mob), in English and French: talks that ended without agreement,
 * with their parties named or taken from the story, and with only a host or mediator named; figures of troops
 * someone else counts, a deployment by the state whose troops they are, never by the one who counts; troops gathered;
 * exercises whose start is reported or that troops arrive for, by the state named or the story's last deployer; a
 * call-up of reservists a speaker reports as planned, by the speaker's state. Each rule with sentences
 * that vary the verb, the tense, the actors or the construction, and one where it must not fire.
 */
class MobilizationAndTalksRecallTest {
    private static final String CHILE = "Q298", PERU = "Q419", BOLIVIA = "Q750", PARAGUAY = "Q733", NORWAY = "Q20";

    /** "actor1|actor2" of the deployments reported in the second sentence of {@code text}, which starts with {@code start}. */
    private static Set<String> deployments(String language, String text, String start) {
        int at = text.indexOf(start);
        assertTrue(at > 0, start);
        return pairs(events(language, text).stream().filter(e -> e.evidence().start() == at).toList(), EventType.MOBILIZE);
    }

    private static boolean deploys(List<Event> events, String actor) {
        return events.stream().anyMatch(e -> e.type() == EventType.MOBILIZE && e.actor1().entity().equals(actor));
    }

    private static boolean negatedAgreement(List<Event> events, String pair) {
        return events.stream().anyMatch(e -> e.type() == EventType.AGREE && e.negated()
                && (e.actor1().entity() + "|" + (e.actor2() == null ? "-" : e.actor2().entity())).equals(pair));
    }

    @Test
    void talksThatEndedWithoutAgreementAreAMeetingOfThePartiesNamedInTheSentenceAndANegatedAgreement() {
        List<Event> broke = events("en", "Talks between Bolivia and Paraguay broke up without a deal in Asuncion on Monday.");
        assertEquals(Set.of(BOLIVIA + "|" + PARAGUAY), pairs(broke, EventType.CONSULT), broke.toString());
        assertTrue(negatedAgreement(broke, BOLIVIA + "|" + PARAGUAY), broke.toString());
        List<Event> collapsed = events("en", "The negotiations between Chile and Peru collapsed on Friday.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(collapsed, EventType.CONSULT), collapsed.toString());
        assertTrue(negatedAgreement(collapsed, CHILE + "|" + PERU), collapsed.toString());
        List<Event> achevés = events("fr", "Les négociations entre le Chili et le Pérou se sont achevées sans accord vendredi.");
        assertTrue(negatedAgreement(achevés, CHILE + "|" + PERU), achevés.toString());
    }

    @Test
    void talksThatEndedWithoutAgreementAndNameNoPartyAreTheStorysLastPair() {
        List<Event> had = events("en", "Chile and Peru agreed on Sunday to reopen the border crossing. "
                + "Talks in Quito on June 9 had ended without agreement.");
        assertTrue(pairs(had, EventType.CONSULT).contains(CHILE + "|" + PERU), had.toString());
        assertTrue(negatedAgreement(had, CHILE + "|" + PERU), had.toString());
        List<Event> failed = events("en", "Bolivia and Paraguay signed a water-sharing accord on Tuesday. "
                + "Earlier negotiations failed to produce a deal.");
        assertTrue(pairs(failed, EventType.CONSULT).contains(BOLIVIA + "|" + PARAGUAY), failed.toString());
        assertTrue(negatedAgreement(failed, BOLIVIA + "|" + PARAGUAY), failed.toString());
        List<Event> closed = events("en", "Peru and Chile met in Lima on Thursday. The previous round of talks closed without an agreement.");
        assertTrue(negatedAgreement(closed, PERU + "|" + CHILE) || negatedAgreement(closed, CHILE + "|" + PERU), closed.toString());
    }

    @Test
    void talksWithOnlyAHostOrMediatorNamedAreTheirMeetingWithNoAgreementFailedByOneSide() {
        List<Event> hosted = events("en", "Chile and Peru agreed on Sunday to reopen the border crossing. "
                + "Talks hosted by Norway ended without agreement on Tuesday.");
        assertTrue(hosted.stream().noneMatch(e -> e.type() == EventType.AGREE && e.negated()), hosted.toString());
        assertTrue(pairs(hosted, EventType.CONSULT).contains(NORWAY + "|-"), hosted.toString());
        List<Event> organisés = events("fr", "Le Chili et le Pérou ont convenu dimanche de rouvrir la frontière. "
                + "Les pourparlers organisés par la Norvège se sont achevés sans accord mardi.");
        assertTrue(organisés.stream().noneMatch(e -> e.type() == EventType.AGREE && e.negated()), organisés.toString());
        // talks that ended with an agreement are no failure
        List<Event> agreed = events("en", "Talks between Chile and Peru ended with an agreement on fishing quotas.");
        assertTrue(agreed.stream().noneMatch(e -> e.type() == EventType.AGREE && e.negated()), agreed.toString());
    }

    @Test
    void aFigureOfTroopsSomeoneCountsIsADeploymentByTheStateWhoseTroopsTheyAreNeverByTheCounter() {
        String putText = "Chile has massed troops near its border with Peru, Peruvian officials said. "
                + "Peru had put the number of troops at 40,000 when the exercises opened a week ago.";
        List<Event> put = events("en", putText);
        assertEquals(Set.of(CHILE + "|-"), deployments("en", putText, "Peru had put"), put.toString());
        assertFalse(deploys(put, PERU), put.toString());
        String alliance = "Chilean forces began exercises near the border with Peru on Monday. "
                + "The alliance had estimated 90,000 troops on March 10.";
        assertEquals(Set.of(CHILE + "|-"), deployments("en", alliance, "The alliance had"), events("en", alliance).toString());
        List<Event> qualified = events("en", "NATO estimated 30,000 Bolivian troops near the border on Monday.");
        assertEquals(Set.of(BOLIVIA + "|-"), pairs(qualified, EventType.MOBILIZE), qualified.toString());
        String relativeText = "Chile has massed troops near its border with Peru. "
                + "The new figure is twice the 40,000 troops Peru reported last month.";
        List<Event> relative = events("en", relativeText);
        assertEquals(Set.of(CHILE + "|-"), deployments("en", relativeText, "The new figure"), relative.toString());
        assertFalse(deploys(relative, PERU), relative.toString());
    }

    @Test
    void unChiffreDeTroupesQuUnAutreAvanceEstUnDeploiementDeLEtatDontCeSontLesTroupes() {
        String estiméText = "Le Chili a massé des troupes près de sa frontière avec le Pérou. "
                + "Le Pérou avait estimé le nombre de soldats à 40 000 lors du lancement des exercices.";
        List<Event> estimé = events("fr", estiméText);
        assertEquals(Set.of(CHILE + "|-"), deployments("fr", estiméText, "Le Pérou avait"), estimé.toString());
        assertFalse(deploys(estimé, PERU), estimé.toString());
        List<Event> évalue = events("fr", "L'OTAN évalue à 30 000 le nombre de soldats boliviens.");
        assertEquals(Set.of(BOLIVIA + "|-"), pairs(évalue, EventType.MOBILIZE), évalue.toString());
        List<Event> chiffre = events("fr", "Le Pérou chiffre à 20 000 les militaires chiliens.");
        assertEquals(Set.of(CHILE + "|-"), pairs(chiffre, EventType.MOBILIZE), chiffre.toString());
    }

    @Test
    void aFigureOfSoldiersKilledOrOfMoneyIsNoDeployment() {
        List<Event> killed = events("en", "Chile reported three soldiers killed near the border.");
        assertTrue(pairs(killed, EventType.MOBILIZE).isEmpty(), killed.toString());
        List<Event> cost = events("en", "Peru estimated the damage at 40 million dollars.");
        assertTrue(cost.isEmpty(), cost.toString());
        List<Event> coût = events("fr", "Le Pérou a estimé le coût des dégâts à 40 millions de dollars.");
        assertTrue(coût.isEmpty(), coût.toString());
    }

    @Test
    void troopsGatheredSomewhereAreADeployment() {
        List<Event> gathered = events("en", "Chile has gathered about 20,000 troops near the border.");
        assertEquals(Set.of(CHILE + "|-"), pairs(gathered, EventType.MOBILIZE), gathered.toString());
        List<Event> rassemblé = events("fr", "Le Chili a rassemblé quelque 20 000 soldats près de la frontière.");
        assertEquals(Set.of(CHILE + "|-"), pairs(rassemblé, EventType.MOBILIZE), rassemblé.toString());
    }

    @Test
    void exercisesWhoseStartIsReportedOrThatTroopsArriveForAreADeploymentByTheStateNamedOrTheStorysDeployer() {
        String arrived = "Chile has massed 20,000 troops near the border with Peru. "
                + "The troops arrived for the Iron Gate exercises, which began on March 3.";
        assertEquals(Set.of(CHILE + "|-"), deployments("en", arrived, "The troops arrived"), events("en", arrived).toString());
        List<Event> named = events("en", "Bolivian troops arrived for exercises near the lake on Monday.");
        assertEquals(Set.of(BOLIVIA + "|-"), pairs(named, EventType.MOBILIZE), named.toString());
        String launched = "Peru has deployed two brigades near its border with Chile. The drills, launched on Monday, will end on Friday.";
        assertEquals(Set.of(PERU + "|-"), deployments("en", launched, "The drills"), events("en", launched).toString());
        String started = "Paraguay mobilized 5,000 reservists near its border with Bolivia. The manoeuvres started two days later near the river.";
        assertEquals(Set.of(PARAGUAY + "|-"), deployments("en", started, "The manoeuvres"), events("en", started).toString());
    }

    @Test
    void desExercicesDontLeDebutEstRapporteOuPourLesquelsDesTroupesArriventSontUnDeploiement() {
        String lancées = "Le Chili a massé 20 000 soldats près de la frontière avec le Pérou. "
                + "Les manœuvres, lancées le 3 mars, s'achèveront le 20 mars.";
        assertEquals(Set.of(CHILE + "|-"), deployments("fr", lancées, "Les manœuvres"), events("fr", lancées).toString());
        List<Event> arrivés = events("fr", "Des soldats boliviens sont arrivés pour les exercices près du lac.");
        assertEquals(Set.of(BOLIVIA + "|-"), pairs(arrivés, EventType.MOBILIZE), arrivés.toString());
        String débuté = "Le Pérou a déployé deux brigades près de sa frontière avec le Chili. Les exercices, qui ont débuté lundi, dureront une semaine.";
        assertEquals(Set.of(PERU + "|-"), deployments("fr", débuté, "Les exercices"), events("fr", débuté).toString());
    }

    @Test
    void exercisesOnlyMentionedGoingOnOrWatchedAreNoNewDeployment() {
        String run = "Chile has massed 20,000 troops near the border with Peru. The drills will run until March 20.";
        assertTrue(deployments("en", run, "The drills").isEmpty(), events("en", run).toString());
        String observers = "Chile has massed 20,000 troops near the border with Peru. Observers arrived for the exercises on Monday.";
        assertTrue(deployments("en", observers, "Observers").isEmpty(), events("en", observers).toString());
        String poursuivre = "Le Chili a massé 20 000 soldats près de la frontière. Les exercices doivent se poursuivre jusqu'au 20 mars.";
        assertTrue(deployments("fr", poursuivre, "Les exercices").isEmpty(), events("fr", poursuivre).toString());
    }

    @Test
    void aCallUpOfReservistsASpeakerReportsAsPlannedIsADeploymentByTheSpeakersState() {
        List<Event> passive = events("en", "Peruvian Defence Minister Ana Pelk said that 20,000 reservists would be called up next week.");
        assertEquals(Set.of(PERU + "|-"), pairs(passive, EventType.MOBILIZE), passive.toString());
        List<Event> noun = events("en", "Bolivia's defence minister said the mobilisation of 10,000 reservists would be decided on Friday.");
        assertEquals(Set.of(BOLIVIA + "|-"), pairs(noun, EventType.MOBILIZE), noun.toString());
        List<Event> will = events("en", "Chilean Defence Minister Jorge Soto said on Monday that reservists will be mobilised within days.");
        assertEquals(Set.of(CHILE + "|-"), pairs(will, EventType.MOBILIZE), will.toString());
        List<Event> ruledOut = events("en", "Peruvian Defence Minister Ana Pelk said that 20,000 reservists would not be called up.");
        assertTrue(pairs(ruledOut, EventType.MOBILIZE).isEmpty(), ruledOut.toString());
    }

    @Test
    void unRappelDeReservistesQuUnLocuteurAnnonceEstUnDeploiementDeSonEtat() {
        List<Event> décidé = events("fr", "La ministre péruvienne de la Défense, Ana Pelk, a déclaré que le rappel de 20 000 réservistes serait décidé la semaine prochaine.");
        assertEquals(Set.of(PERU + "|-"), pairs(décidé, EventType.MOBILIZE), décidé.toString());
        List<Event> rappelés = events("fr", "Le ministre bolivien de la Défense a annoncé que 10 000 réservistes seraient rappelés d'ici vendredi.");
        assertEquals(Set.of(BOLIVIA + "|-"), pairs(rappelés, EventType.MOBILIZE), rappelés.toString());
        List<Event> lieu = events("fr", "Le ministre chilien de la Défense, Jorge Soto, a assuré que la mobilisation des réservistes aurait lieu dans les prochains jours.");
        assertEquals(Set.of(CHILE + "|-"), pairs(lieu, EventType.MOBILIZE), lieu.toString());
        List<Event> pas = events("fr", "La ministre péruvienne de la Défense, Ana Pelk, a déclaré que le rappel des réservistes ne serait pas décidé avant l'été.");
        assertTrue(pairs(pas, EventType.MOBILIZE).isEmpty(), pas.toString());
    }

    @Test
    void exercisesLaunchedByANamedAgentOrFramingAnotherActAreThatAgentsOrThatSubjectsDeployment() {
        List<Event> worried = events("en", "The minister said he was worried by the exercises launched on Monday by Chile near the border.");
        assertEquals(Set.of(CHILE + "|-"), pairs(worried, EventType.MOBILIZE), worried.toString());
        List<Event> part = events("en", "Bolivian artillery units fired new rounds near the lake as part of the exercises.");
        assertEquals(Set.of(BOLIVIA + "|-"), pairs(part, EventType.MOBILIZE), part.toString());
        List<Event> préoccupé = events("fr", "Le ministre s'est dit préoccupé par les manœuvres lancées lundi par le Chili près de la frontière.");
        assertEquals(Set.of(CHILE + "|-"), pairs(préoccupé, EventType.MOBILIZE), préoccupé.toString());
        List<Event> cadre = events("fr", "Les forces armées boliviennes ont annoncé de nouveaux tirs près du lac, dans le cadre des manœuvres.");
        assertEquals(1, cadre.stream().filter(e -> e.type() == EventType.MOBILIZE).count(), cadre.toString());
        // exercises no one launches in the text, in a story with no deployment before, have no actor to give
        List<Event> unowned = events("en", "The exercises launched on Monday will last a week.");
        assertTrue(unowned.isEmpty(), unowned.toString());
        List<Event> talks = events("en", "Bolivian officials met in La Paz as part of the talks.");
        assertTrue(pairs(talks, EventType.MOBILIZE).isEmpty(), talks.toString());
    }

    @Test
    void talksNamedRightAfterTheWordsOfTheirFailureAreFailedTalksToo() {
        List<Event> reach = events("en", "Chile and Peru failed to reach an agreement at talks in Geneva on Monday.");
        assertTrue(pairs(reach, EventType.CONSULT).contains(CHILE + "|" + PERU), reach.toString());
        assertTrue(negatedAgreement(reach, CHILE + "|" + PERU), reach.toString());
        List<Event> échoué = events("fr", "Le Chili et le Pérou ont échoué à conclure un accord lors des pourparlers de Genève.");
        assertTrue(negatedAgreement(échoué, CHILE + "|" + PERU), échoué.toString());
        // a failure that is no talks' ("failed to reach the border") with talks far off after a comma stays apart
        List<Event> apart = events("en", "Chilean troops failed to reach the border, officials said before talks with Peru.");
        assertTrue(apart.stream().noneMatch(e -> e.type() == EventType.AGREE && e.negated()), apart.toString());
    }

    @Test
    void aCountedFigureIsTheCountedStatesWhateverTheWordingAndCasualtiesCountNoDeployment() {
        String figure = "Chile has massed troops near its border with Peru. Peru put the figure at 40,000 soldiers on Monday.";
        assertEquals(Set.of(CHILE + "|-"), deployments("en", figure, "Peru put"), events("en", figure).toString());
        String déployés = "Le Chili a massé des troupes près de sa frontière avec le Pérou. "
                + "Lima chiffre à 40 000 le nombre de militaires déployés.";
        assertEquals(Set.of(CHILE + "|-"), deployments("fr", déployés, "Lima chiffre"), events("fr", déployés).toString());
        assertFalse(deploys(events("fr", déployés), PERU), events("fr", déployés).toString());
        String wounded = "Chile has massed troops near its border with Peru. The ministry estimated 300 soldiers were wounded.";
        assertTrue(deployments("en", wounded, "The ministry").isEmpty(), events("en", wounded).toString());
        String blessés = "Le Chili a massé des troupes près de sa frontière avec le Pérou. "
                + "Le ministère a estimé à 300 le nombre de soldats blessés.";
        assertTrue(deployments("fr", blessés, "Le ministère").isEmpty(), events("fr", blessés).toString());
    }
}
