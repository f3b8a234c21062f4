package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/** French acts recognised from a verb and its neighbours ({@code event-patterns.tsv}) and the cues added with them. */
class FrenchPatternEventsTest {
    private static Set<String> actors(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).map(e -> e.actor1().entity()).collect(Collectors.toSet());
    }

    @Test
    void qualifyingAnActWithAFaultingAttributeIsAnAccusation() {
        List<Event> quoted = events("fr", "Le Japon a qualifié les expulsions d'« absurdes et hostiles ».");
        assertEquals(Set.of("Q17"), actors(quoted, EventType.ACCUSE), quoted.toString());
        List<Event> plain = events("fr", "Le Japon a qualifié cette décision d'inacceptable.");
        assertEquals(Set.of("Q17"), actors(plain, EventType.ACCUSE), plain.toString());
    }

    @Test
    void qualifyingAClaimWithAFaultingAttributeIsARejection() {
        List<Event> fr = events("fr", "Le Japon a qualifié ces chiffres d'« exagérés ».");
        assertEquals(Set.of("Q17|-"), pairs(fr, EventType.REJECT), fr.toString());
        assertTrue(actors(fr, EventType.ACCUSE).isEmpty(), fr.toString());
    }

    @Test
    void qualifyingWithoutAFaultingAttributeIsNoEvent() {
        List<Event> fr = events("fr", "Le Japon a qualifié l'accord de premier pas.");
        assertTrue(actors(fr, EventType.ACCUSE).isEmpty() && actors(fr, EventType.REJECT).isEmpty(), fr.toString());
    }

    @Test
    void keepingTroopsSomewhereIsADeployment() {
        List<Event> fr = events("fr", "Selon l'OTAN, la Russie maintient quelque 90 000 hommes près de la frontière.");
        assertEquals(Set.of("Q159|-"), pairs(fr, EventType.MOBILIZE), fr.toString());
        List<Event> ordered = events("fr", "Le Canada a ordonné deux bataillons supplémentaires à la garnison jeudi.");
        assertEquals(Set.of("Q16"), actors(ordered, EventType.MOBILIZE), ordered.toString());
    }

    @Test
    void keepingAnythingButTroopsOrOrderingAnotherActIsNoDeployment() {
        List<Event> position = events("fr", "La Russie maintient sa position sur le prix du gaz.");
        assertTrue(actors(position, EventType.MOBILIZE).isEmpty(), position.toString());
        List<Event> withdrawal = events("fr", "La Russie a ordonné le retrait des troupes.");
        assertTrue(actors(withdrawal, EventType.MOBILIZE).isEmpty(), withdrawal.toString());
    }

    @Test
    void troopsThatStayNearAPlaceAreTheirStatesDeployment() {
        List<Event> fr = events("fr", "L'OTAN estime qu'environ 90 000 soldats russes restent près de la frontière.");
        assertEquals(Set.of("Q159"), actors(fr, EventType.MOBILIZE), fr.toString());
        List<Event> mood = events("fr", "Les soldats russes restent discrets sur leurs pertes.");
        assertTrue(actors(mood, EventType.MOBILIZE).isEmpty(), mood.toString());
    }

    @Test
    void orderingDiplomatsToLeaveIsAnExpulsion() {
        List<Event> fr = events("fr", "La Pologne a ordonné à quatre diplomates russes de quitter le pays.");
        assertEquals(Set.of("Q36|Q159"), pairs(fr, EventType.SANCTION), fr.toString());
        assertEquals("expel", fr.stream().filter(e -> e.type() == EventType.SANCTION).findFirst().orElseThrow().mode());
        List<Event> stay = events("fr", "La Pologne a ordonné à ses diplomates de rester à Moscou.");
        assertTrue(actors(stay, EventType.SANCTION).isEmpty(), stay.toString());
    }

    @Test
    void failedTalksWithoutNamedPartiesAreTheStorysPartiesMeetingWithoutAgreement() {
        List<Event> fr = events("fr", "La Russie et l'Ukraine ont accepté samedi un échange de prisonniers. "
                + "Les pourparlers d'Istanbul s'étaient soldés par un échec.");
        assertTrue(pairs(fr, EventType.CONSULT).contains("Q159|Q212"), fr.toString());
        assertTrue(fr.stream().anyMatch(e -> e.type() == EventType.AGREE && e.negated() && "Q212".equals(e.actor2() == null ? null : e.actor2().entity())), fr.toString());
    }

    @Test
    void failedTalksWithNoPartiesKnownGiveNoAgreement() {
        List<Event> fr = events("fr", "Les pourparlers d'Istanbul s'étaient soldés par un échec.");
        assertTrue(fr.stream().noneMatch(e -> e.type() == EventType.AGREE && e.negated()), fr.toString());
        List<Event> going = events("fr", "La Russie et l'Ukraine ont accepté samedi un échange de prisonniers. "
                + "Les pourparlers d'Istanbul se poursuivent lundi.");
        assertTrue(going.stream().noneMatch(e -> e.type() == EventType.AGREE && e.negated()), going.toString());
    }

    @Test
    void aPromisedRetaliationIsAThreat() {
        List<Event> fr = events("fr", "Le Japon a dénoncé une décision « absurde » et promis une « réponse proportionnée ».");
        assertEquals(Set.of("Q17"), actors(fr, EventType.THREATEN), fr.toString());
        List<Event> answer = events("fr", "En réponse à la question, le Japon a souri.");
        assertTrue(actors(answer, EventType.THREATEN).isEmpty(), answer.toString());
    }
    @Test
    void aParticipleOfAccusationAfterACommaAccusesTheStateOfTheNounBefore() {
        List<Event> fr = events("fr", "La Pologne a annoncé vendredi l'expulsion de quatre diplomates russes, accusés d'avoir « recueilli des renseignements ».");
        assertEquals(Set.of("Q36|Q159"), pairs(fr, EventType.ACCUSE), fr.toString());
        List<Event> none = events("fr", "La Pologne a annoncé vendredi l'expulsion de quatre diplomates russes.");
        assertTrue(actors(none, EventType.ACCUSE).isEmpty(), none.toString());
    }

    @Test
    void havingNoIntentionToAttackIsADenialNotANegatedOne() {
        List<Event> fr = events("fr", "Moscou assure depuis lundi n'avoir aucune intention d'envahir son voisin.");
        List<Event> rejects = fr.stream().filter(e -> e.type() == EventType.REJECT).toList();
        assertEquals(1, rejects.size(), fr.toString());
        assertFalse(rejects.get(0).negated(), fr.toString());
        assertTrue(fr.stream().noneMatch(e -> e.type() == EventType.ASSAULT), fr.toString());
        List<Event> notDenied = events("fr", "Le Japon n'a pas démenti ces informations.");
        assertTrue(notDenied.stream().filter(e -> e.type() == EventType.REJECT).allMatch(Event::negated), notDenied.toString());
    }

    @Test
    void fireThatTargetedPositionsIsAnAttackByTheShootersState() {
        List<Event> fr = events("fr", "Selon l'agence TASS, des tirs ukrainiens auraient visé jeudi soir des positions russes près de Koursk.");
        assertEquals(Set.of("Q212|Q159"), pairs(fr, EventType.ASSAULT), fr.toString());
        List<Event> sanctions = events("fr", "La Russie est visée par des sanctions de l'Union européenne.");
        assertTrue(actors(sanctions, EventType.ASSAULT).isEmpty(), sanctions.toString());
    }

    @Test
    void offeringToHostTalksIsAnAgreementNotTheTalks() {
        List<Event> fr = events("fr", "La Suisse a proposé d'accueillir des pourparlers entre les deux capitales.");
        assertEquals(Set.of("Q39"), actors(fr, EventType.AGREE), fr.toString());
        assertTrue(actors(fr, EventType.CONSULT).isEmpty(), fr.toString());
        List<Event> hosted = events("fr", "La Suisse a accueilli une conférence de presse.");
        assertTrue(actors(hosted, EventType.AGREE).isEmpty(), hosted.toString());
    }
    @Test
    void partiesBetweenAfterTheObjectOfAOneSidedActAreTheObjectsNotTheActs() {
        List<Event> fr = events("fr", "L'Allemagne a salué l'accord entre l'Arménie et l'Azerbaïdjan.");
        assertEquals(Set.of("Q183"), actors(fr, EventType.SUPPORT), fr.toString());
        List<Event> talks = events("fr", "L'Arménie et l'Azerbaïdjan ont discuté lundi à Berlin.");
        assertTrue(pairs(talks, EventType.CONSULT).contains("Q399|Q227"), talks.toString());
    }
    @Test
    void aDeploymentByACoordinatedSubjectIsEachPartysOwn() {
        List<Event> fr = events("fr", "La Corée du Sud et les États-Unis ont entamé lundi des manœuvres militaires conjointes.");
        assertEquals(Set.of("Q884", "Q30"), actors(fr, EventType.MOBILIZE), fr.toString());
        List<Event> sourced = events("fr", "Selon l'OTAN, la Russie maintient quelque 90 000 hommes près de la frontière.");
        assertEquals(Set.of("Q159"), actors(sourced, EventType.MOBILIZE), sourced.toString());
    }

    @Test
    void aJudgementWithoutDeIsAnAccusationAndAClaimAfterTheAttributeIsRejected() {
        List<Event> bare = events("fr", "Le Japon a jugé « inacceptables » les propos du président chinois.");
        assertEquals(Set.of("Q17"), actors(bare, EventType.ACCUSE), bare.toString());
        List<Event> fine = events("fr", "Le Japon a jugé satisfaisants les propos du président chinois.");
        assertTrue(actors(fine, EventType.ACCUSE).isEmpty(), fine.toString());
        List<Event> claim = events("fr", "Le Japon a qualifié d'absurdes les accusations chinoises.");
        assertEquals(Set.of("Q17"), actors(claim, EventType.REJECT), claim.toString());
        assertTrue(actors(claim, EventType.ACCUSE).isEmpty(), claim.toString());
    }

    @Test
    void sendingTroopsOrWarshipsIsADeploymentAndSendingGoodsIsNot() {
        List<Event> fr = events("fr", "Le gouvernement allemand a annoncé l'envoi de deux frégates en mer Rouge.");
        assertEquals(Set.of("Q183"), actors(fr, EventType.MOBILIZE), fr.toString());
        List<Event> goods = events("fr", "Le gouvernement allemand a annoncé l'envoi de médicaments au Soudan.");
        assertTrue(actors(goods, EventType.MOBILIZE).isEmpty(), goods.toString());
    }

    @Test
    void receivingADignitaryAfterADateIsAVisitReceived() {
        List<Event> fr = events("fr", "Le président sénégalais a reçu mardi le président mauritanien.");
        assertEquals(Set.of("Q1041|Q1025"), pairs(fr, EventType.CONSULT), fr.toString());
        List<Event> letter = events("fr", "Le président sénégalais a reçu mardi une lettre du Mali.");
        assertTrue(actors(letter, EventType.CONSULT).isEmpty(), letter.toString());
    }
    @Test
    void concernVoicedAboutSomeonesActIsAnAccusation() {
        List<Event> fr = events("fr", "Le Japon s'est dit mardi « préoccupé » par les tirs de missiles nord-coréens.");
        assertEquals(Set.of("Q17|Q423"), pairs(fr, EventType.ACCUSE), fr.toString());
        List<Event> feeling = events("fr", "La ministre japonaise s'est dite « profondément choquée » et a appelé au calme.");
        assertTrue(actors(feeling, EventType.ACCUSE).isEmpty(), feeling.toString());
    }

    @Test
    void theOneGivenToMayComeBetweenASupportVerbAndItsNoun() {
        List<Event> fr = events("fr", "Le président américain a promis à l'Ukraine un soutien indéfectible.");
        assertEquals(Set.of("Q30|Q212"), pairs(fr, EventType.SUPPORT), fr.toString());
        List<Event> aid = events("fr", "Les États-Unis ont accordé au Liban une aide financière.");
        assertEquals(Set.of("Q30|Q822"), pairs(aid, EventType.AID), aid.toString());
        List<Event> tool = events("fr", "Le Liban a reconstruit le port avec une aide technique.");
        assertTrue(pairs(tool, EventType.AID).isEmpty(), tool.toString());
    }
    @Test
    void warMachinesSentToAStateAreAidAndSentSomewhereADeployment() {
        List<Event> aid = events("fr", "La Pologne a envoyé des chars à l'Ukraine.");
        assertEquals(Set.of("Q36|Q212"), pairs(aid, EventType.AID), aid.toString());
        assertTrue(actors(aid, EventType.MOBILIZE).isEmpty(), aid.toString());
        List<Event> deployed = events("fr", "La Chine a envoyé des navires de guerre près des côtes japonaises.");
        assertEquals(Set.of("Q148"), actors(deployed, EventType.MOBILIZE), deployed.toString());
        assertTrue(actors(deployed, EventType.AID).isEmpty(), deployed.toString());
    }
    @Test
    void aCoordinatedQueClauseIsOutsideTheScopeOfAVerbThatTookNoQueClause() {
        List<Event> fr = events("fr", "Le bureau du président a déclaré que les deux avaient convenu de « rester en contact » "
                + "et que la Pologne enverrait une demande formelle d'équipements la semaine prochaine.");
        assertEquals(Set.of("Q36"), actors(fr, EventType.REQUEST), fr.toString());
        List<Event> both = events("fr", "La Pologne a démenti que ses troupes aient franchi la frontière et que ses soldats aient attaqué la Russie.");
        assertTrue(actors(both, EventType.ASSAULT).isEmpty(), both.toString());
    }
    @Test
    void whatIsDoneAtSomeonesRequestIsTheirRequestToTheDoer() {
        List<Event> fr = events("fr", "Des diplomates ont déclaré que le Conseil de sécurité de l'ONU examinera la situation à la demande de la France.");
        assertEquals(Set.of("Q142|Q37470"), pairs(fr, EventType.REQUEST), fr.toString());
        List<Event> popular = events("fr", "À la demande générale, le concert a été prolongé à Paris.");
        assertTrue(pairs(popular, EventType.REQUEST).isEmpty(), popular.toString());
        List<Event> residents = events("fr", "Le festival a été organisé à la demande des habitants de Lyon.");
        assertTrue(pairs(residents, EventType.REQUEST).isEmpty(), residents.toString());
    }
    @Test
    void theOneGivenToRightAfterTheNounOfASupportVerbIsTheTarget() {
        List<Event> fr = events("fr", "Les États-Unis ont promis une aide militaire à Taïwan.");
        assertEquals(Set.of("Q30|Q865"), pairs(fr, EventType.AID), fr.toString());
        List<Event> place = events("fr", "Les États-Unis ont promis une aide militaire lundi à Paris.");
        assertEquals(Set.of("Q30|-"), pairs(place, EventType.AID), place.toString());
    }

    @Test
    void theDeploymentOfACountedBodyOfTroopsIsADeployment() {
        List<Event> fr = events("fr", "Le Canada a annoncé mardi le déploiement de 3 000 soldats supplémentaires en Lettonie.");
        assertEquals(Set.of("Q16"), actors(fr, EventType.MOBILIZE), fr.toString());
        List<Event> observers = events("fr", "Le Canada a annoncé mardi le déploiement de 200 observateurs civils en Lettonie.");
        assertTrue(actors(observers, EventType.MOBILIZE).isEmpty(), observers.toString());
    }
    @Test
    void aDeploymentAtABorderTargetsTheStateAcrossIt() {
        List<Event> named = events("fr", "La Russie a massé des troupes à proximité de la frontière ukrainienne.");
        assertEquals(Set.of("Q159|Q212"), pairs(named, EventType.MOBILIZE), named.toString());
        List<Event> shared = events("fr", "La Pologne a accusé lundi la Russie d'avoir massé quelque 40 000 soldats près de leur frontière commune.");
        assertEquals(Set.of("Q159|Q36"), pairs(shared, EventType.MOBILIZE), shared.toString());
        List<Event> own = events("fr", "La Russie a massé des troupes près de sa frontière.");
        assertEquals(Set.of("Q159|-"), pairs(own, EventType.MOBILIZE), own.toString());
    }
    @Test
    void aMoveNegatedInTheFutureIsARefusalNotANegatedMove() {
        List<Event> fr = events("fr", "Le ministre a déclaré que la Russie ne retirerait pas ses troupes sous la pression étrangère.");
        assertTrue(actors(fr, EventType.RETREAT).isEmpty(), fr.toString());
        List<Event> past = events("fr", "La Russie n'a pas retiré ses troupes.");
        assertTrue(past.stream().anyMatch(e -> e.type() == EventType.RETREAT && e.negated()), past.toString());
    }
    @Test
    void callingAPersonWithNothingAskedIsAPhoneCall() {
        List<Event> fr = events("fr", "Le président brésilien a appelé son homologue argentin.");
        assertEquals(Set.of("Q155|Q414"), pairs(fr, EventType.CONSULT), fr.toString());
        assertEquals("phone", fr.stream().filter(e -> e.type() == EventType.CONSULT).findFirst().orElseThrow().mode());
        List<Event> appeal = events("fr", "Le président brésilien a appelé son homologue argentin à la retenue.");
        assertEquals(Set.of("Q155|Q414"), pairs(appeal, EventType.REQUEST), appeal.toString());
        assertTrue(pairs(appeal, EventType.CONSULT).isEmpty(), appeal.toString());
    }
    @Test
    void aWithdrawalOrderedIsTheWithdrawalOfWhoOrderedIt() {
        List<Event> fr = events("fr", "Le président russe Vladimir Poutine a ordonné le repli des troupes de Kherson.");
        assertEquals(Set.of("Q7747"), actors(fr, EventType.RETREAT), fr.toString());
        List<Event> judged = events("fr", "Le président russe a critiqué le retrait des troupes américaines d'Afghanistan.");
        assertFalse(actors(judged, EventType.RETREAT).contains("Q159"), judged.toString());
    }

    @Test
    void theOneAskedForDetailsIsTheRequestsTarget() {
        List<Event> fr = events("fr", "Le Japon a demandé des détails à la Chine sur ses exercices.");
        assertEquals(Set.of("Q17|Q148"), pairs(fr, EventType.REQUEST), fr.toString());
    }
    @Test
    void anEnvoyDeclaredPersonaNonGrataIsExpelled() {
        List<Event> after = events("fr", "La Pologne a déclaré l'ambassadeur russe persona non grata.");
        assertEquals(Set.of("Q36|Q159"), pairs(after, EventType.SANCTION), after.toString());
        List<Event> before = events("fr", "La Pologne a déclaré persona non grata un diplomate russe.");
        assertEquals(Set.of("Q36|Q159"), pairs(before, EventType.SANCTION), before.toString());
        List<Event> criticised = events("fr", "La Russie a critiqué l'expulsion de ses diplomates.");
        assertTrue(pairs(criticised, EventType.SANCTION).isEmpty(), criticised.toString());
    }
}
