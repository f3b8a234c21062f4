package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * English statements, intents and announcements: what a speaker says the speaker's own side will do (a return of
 * troops to their bases is an intent to de-escalate, a first-person call-up the speaker's state's mobilisation).
 */
class EnglishStatementEventsTest {
    private static final String CHILE = "Q298", PERU = "Q419";

    private static long count(List<Event> es, EventType type) {
        return es.stream().filter(e -> e.type() == type).count();
    }

    @Test
    void unnamedUnitsReportedToReturnToTheirBasesAreTheSpeakersIntentToDeEscalate() {
        List<Event> would = events("en", "Peruvian army spokesman Diego Ramos said the troops would return to their barracks after the parade.");
        assertEquals(1, count(would, EventType.AGREE), would.toString());
        assertTrue(pairs(would, EventType.AGREE).iterator().next().startsWith("vigie:diego-ramos|"), would.toString());
        List<Event> that = events("en", "Chilean Defence Minister Marta Soto said on Sunday that all brigades will return to base within a week.");
        assertEquals(1, count(that, EventType.AGREE), that.toString());
        List<Event> soldiers = events("en", "General Hugo Paredes said soldiers would return to their posts by Friday.");
        assertEquals(1, count(soldiers, EventType.AGREE), soldiers.toString());
    }

    @Test
    void aReturnOfTroopsWithNoSpeakerOrAlreadyMadeIsNoAnnouncement() {
        List<Event> bare = events("en", "The troops would return to their barracks after the parade.");
        assertEquals(0, count(bare, EventType.AGREE), bare.toString());
        List<Event> past = events("en", "Peruvian official Diego Ramos said the troops returned to their barracks last week.");
        assertEquals(0, count(past, EventType.AGREE), past.toString());
    }

    @Test
    void aQuotedReturnOfUnitsToBarracksIsTheSpeakersAgreement() {
        List<Event> every = events("en", "“Each battalion will return to barracks as soon as the drills are over,” Chilean army chief Ramon Vidal said.");
        assertEquals(1, count(every, EventType.AGREE), every.toString());
        List<Event> we = events("en", "“We will return to the negotiating table next week,” Peruvian Foreign Minister Elena Cruz told reporters.");
        assertEquals(1, count(we, EventType.AGREE), we.toString());
        List<Event> ours = events("en", "General Hugo Paredes said: “Our soldiers will return to their bases on Monday.”");
        assertEquals(1, count(ours, EventType.AGREE), ours.toString());
    }

    @Test
    void anotherPartysReturnOrAPastReturnInAQuoteIsNoAgreement() {
        List<Event> they = events("en", "“They will return to their bases,” Chilean army chief Ramon Vidal said.");
        assertEquals(0, count(they, EventType.AGREE), they.toString());
        List<Event> past = events("en", "“Our units returned to barracks last week,” Chilean army chief Ramon Vidal said.");
        assertEquals(0, count(past, EventType.AGREE), past.toString());
        List<Event> refused = events("en", "“Our units will not return to barracks,” Chilean army chief Ramon Vidal said.");
        assertEquals(0, count(refused, EventType.AGREE), refused.toString());
    }

    @Test
    void aFirstPersonCallUpInAQuoteIsTheSpeakersStatesMobilisation() {
        List<Event> call = events("en", "“We will call up reservists within days,” Peruvian Defence Minister Jorge Salas said.");
        assertEquals(java.util.Set.of(PERU + "|-"), pairs(call, EventType.MOBILIZE), call.toString());
        List<Event> mobilise = events("en", "Chilean Defence Minister Marta Soto said: “We shall mobilise two more divisions.”");
        assertEquals(java.util.Set.of(CHILE + "|-"), pairs(mobilise, EventType.MOBILIZE), mobilise.toString());
        List<Event> deploy = events("en", "“I will deploy more troops to the north,” Peruvian President Ana Quispe told reporters.");
        assertEquals(java.util.Set.of(PERU + "|-"), pairs(deploy, EventType.MOBILIZE), deploy.toString());
    }

    @Test
    void anOfficialIntroducedInACapitalCallsUpForThatCapitalsState() {
        List<Event> es = events("en", "In Lima, Defence Minister Jorge Salas spoke to reporters. “We will call up reservists within days,” he added.");
        assertEquals(java.util.Set.of(PERU + "|-"), pairs(es, EventType.MOBILIZE), es.toString());
    }

    @Test
    void aConditionalOrAnotherPartysCallUpInAQuoteIsNoMobilisation() {
        List<Event> provided = events("en", "“We will call up reservists if they cross the river,” Peruvian Defence Minister Jorge Salas said.");
        assertEquals(0, count(provided, EventType.MOBILIZE), provided.toString());
        List<Event> they = events("en", "“They will call up reservists within days,” Peruvian Defence Minister Jorge Salas said.");
        assertEquals(0, count(they, EventType.MOBILIZE), they.toString());
    }

    @Test
    void aQuotedDenialOfForceAgainstANamedStateIsARejectionTowardIt() {
        List<Event> plans = events("en", "“We have no plans to attack Peru,” Chilean Defence Minister Marta Soto said.");
        assertEquals(java.util.Set.of("vigie:marta-soto|" + PERU), pairs(plans, EventType.REJECT), plans.toString());
        List<Event> none = events("en", "Peruvian President Ana Quispe said her country “has no intention, none at all, of invading Chile.”");
        assertEquals(java.util.Set.of("vigie:ana-quispe|" + CHILE), pairs(none, EventType.REJECT), none.toString());
        List<Event> never = events("en", "“Our army will never invade Chile,” Peruvian army chief Raul Mendoza told reporters.");
        assertEquals(java.util.Set.of("vigie:raul-mendoza|" + CHILE), pairs(never, EventType.REJECT), never.toString());
    }

    @Test
    void aQuotedDenialWithNoNamedObjectIsARejectionTowardNoOne() {
        List<Event> es = events("en", "“We have no plans to attack anyone,” Chilean Defence Minister Marta Soto said.");
        assertEquals(java.util.Set.of("vigie:marta-soto|-"), pairs(es, EventType.REJECT), es.toString());
    }

    @Test
    void aQuotedActOfForceWithANegativeObjectIsADenial() {
        List<Event> nobody = events("en", "“Our drills threaten nobody,” Peruvian army chief Raul Mendoza told reporters.");
        assertEquals(1, count(nobody, EventType.REJECT), nobody.toString());
        List<Event> noOne = events("en", "Chilean Defence Minister Marta Soto said: “These missiles will attack no one.”");
        assertEquals(1, count(noOne, EventType.REJECT), noOne.toString());
        List<Event> noCity = events("en", "“Our artillery shelled no village last night,” Peruvian army chief Raul Mendoza said.");
        assertEquals(1, count(noCity, EventType.REJECT), noCity.toString());
        List<Event> everybody = events("en", "“Their drills threaten everybody,” Peruvian army chief Raul Mendoza told reporters.");
        assertEquals(0, count(everybody, EventType.REJECT), everybody.toString());
    }

    @Test
    void supportPledgedInAQuotedPhraseToAPersonIsSupportTowardThem() {
        List<Event> relative = events("en", "UN envoy Maria Lopez, who pledged “full and lasting support” to Peruvian President Ana Quispe on Monday, left Lima.");
        assertEquals(java.util.Set.of("vigie:maria-lopez|vigie:ana-quispe"), pairs(relative, EventType.SUPPORT), relative.toString());
        List<Event> plain = events("en", "Chilean Foreign Minister Marta Soto pledged “unwavering support” to Peruvian President Ana Quispe.");
        assertEquals(java.util.Set.of("vigie:marta-soto|vigie:ana-quispe"), pairs(plain, EventType.SUPPORT), plain.toString());
        List<Event> reaffirmed = events("en", "Chile reaffirmed its “solid support” to Peru on Tuesday.");
        assertEquals(java.util.Set.of(CHILE + "|" + PERU), pairs(reaffirmed, EventType.SUPPORT), reaffirmed.toString());
    }

    @Test
    void supportPledgedToNoOneIsNoSupportEvent() {
        List<Event> es = events("en", "Chilean Foreign Minister Marta Soto pledged “unwavering support” for the peace talks.");
        assertEquals(0, count(es, EventType.SUPPORT), es.toString());
    }

    @Test
    void anActCoordinatedToReportedContentIsTheSpeakers() {
        List<Event> asked = events("en", "The United Nations said on Monday it was monitoring the situation closely and had asked Peru for details.");
        assertEquals(java.util.Set.of("Q1065|" + PERU), pairs(asked, EventType.REQUEST), asked.toString());
        List<Event> that = events("en", "Chile said that it regretted the incident and would expel two Peruvian diplomats.");
        assertEquals(java.util.Set.of(CHILE + "|" + PERU), pairs(that, EventType.SANCTION), that.toString());
        List<Event> urged = events("en", "Peruvian President Ana Quispe said she was deeply worried and urged Chile to show restraint.");
        assertEquals(java.util.Set.of("vigie:ana-quispe|" + CHILE), pairs(urged, EventType.REQUEST), urged.toString());
    }

    @Test
    void anActCoordinatedToContentWithANamedSubjectIsNotTheSpeakers() {
        List<Event> es = events("en", "The United Nations said it was worried that Marta Soto had arrived and had asked Peru for details.");
        assertFalse(pairs(es, EventType.REQUEST).contains("Q1065|" + PERU), es.toString());
    }

    @Test
    void callingAnActAbsurdOrIllegalIsAnAccusation() {
        List<Event> called = events("en", "Peruvian Foreign Minister Elena Cruz called the arrests “illegal and provocative” on Tuesday.");
        assertEquals(java.util.Set.of("vigie:elena-cruz|-"), pairs(called, EventType.ACCUSE), called.toString());
        List<Event> branded = events("en", "Chile branded the Peruvian naval manoeuvres irresponsible.");
        assertEquals(1, count(branded, EventType.ACCUSE), branded.toString());
        List<Event> calls = events("en", "General Hugo Paredes calls the new border fence unacceptable.");
        assertEquals(1, count(calls, EventType.ACCUSE), calls.toString());
    }

    @Test
    void callingAClaimBaselessIsARejectionAndCallingSomeoneByNameNothing() {
        List<Event> claims = events("en", "Chile called the accusations baseless on Monday.");
        assertEquals(0, count(claims, EventType.ACCUSE), claims.toString());
        assertEquals(1, count(claims, EventType.REJECT), claims.toString());
        List<Event> name = events("en", "Peruvian President Ana Quispe called the new minister a friend of Chile.");
        assertTrue(name.stream().noneMatch(e -> e.type() == EventType.ACCUSE || e.type() == EventType.REJECT), name.toString());
    }

    @Test
    void theJudgedPartyIsNamedBeforeTheWordOfFaultNotInTheNextClause() {
        List<Event> next = events("en", "Peruvian Foreign Minister Elena Cruz called the arrests “illegal” and said Chile would pay.");
        assertEquals(java.util.Set.of("vigie:elena-cruz|-"), pairs(next, EventType.ACCUSE), next.toString());
        List<Event> owner = events("en", "Peruvian Foreign Minister Elena Cruz branded Chile's naval blockade illegal.");
        assertEquals(java.util.Set.of("vigie:elena-cruz|" + CHILE), pairs(owner, EventType.ACCUSE), owner.toString());
        List<Event> claim = events("en", "Peruvian Foreign Minister Elena Cruz called the Chilean accusations groundless.");
        assertEquals(java.util.Set.of("vigie:elena-cruz|" + CHILE), pairs(claim, EventType.REJECT), claim.toString());
    }

    @Test
    void anOppositionFigureSayingWhatTheGovernmentMustDoMakesADemandToTheState() {
        List<Event> should = events("en", "Peruvian opposition lawmaker Rosa Flores said the government should recall its ambassador.");
        assertEquals(java.util.Set.of("vigie:rosa-flores|" + PERU), pairs(should, EventType.REQUEST), should.toString());
        List<Event> must = events("en", "Chilean senator Pablo Herrera said on Monday that the government must open talks with Peru.");
        assertTrue(pairs(must, EventType.REQUEST).contains("vigie:pablo-herrera|" + CHILE), must.toString());
        List<Event> activist = events("en", "Peruvian activist Luis Mamani says the cabinet should resign.");
        assertEquals(java.util.Set.of("vigie:luis-mamani|" + PERU), pairs(activist, EventType.REQUEST), activist.toString());
    }

    @Test
    void aMinisterSayingWhatTheGovernmentMustDoMakesNoDemand() {
        List<Event> es = events("en", "Peruvian Finance Minister Rosa Flores said the government should cut spending.");
        assertEquals(0, count(es, EventType.REQUEST), es.toString());
    }

    @Test
    void aDeniedIntentionIsARejectionByItsSubjectAndNoAct() {
        List<Event> of = events("en", "Peru has no intention of invading Chile, its foreign minister said on Monday.");
        assertEquals(1, count(of, EventType.REJECT), of.toString());
        assertTrue(pairs(of, EventType.REJECT).iterator().next().startsWith(PERU + "|"), of.toString());
        assertEquals(0, count(of, EventType.ASSAULT), of.toString());
        List<Event> plans = events("en", "Chile said it had no plans to deploy troops to the border.");
        assertEquals(1, count(plans, EventType.REJECT), plans.toString());
        assertEquals(0, count(plans, EventType.MOBILIZE), plans.toString());
        List<Event> assured = events("en", "Peru assured its neighbours on Friday that it had no intention to attack anyone.");
        assertEquals(1, count(assured, EventType.REJECT), assured.toString());
    }

    @Test
    void plansMadeAreNoDenial() {
        List<Event> es = events("en", "Chile has plans to deploy troops to the border.");
        assertEquals(0, count(es, EventType.REJECT), es.toString());
    }

    @Test
    void proposingAnActIsARequestAndTheActIsNotDone() {
        List<Event> deploying = events("en", "Chile proposed deploying observers from the United Nations along the border.");
        assertEquals(java.util.Set.of(CHILE + "|-"), pairs(deploying, EventType.REQUEST), deploying.toString());
        assertEquals(0, count(deploying, EventType.MOBILIZE), deploying.toString());
        List<Event> talks = events("en", "Peruvian President Ana Quispe proposes new talks with Chile.");
        assertEquals(1, count(talks, EventType.REQUEST), talks.toString());
        assertEquals(0, count(talks, EventType.CONSULT), talks.toString());
        List<Event> said = events("en", "Peruvian President Ana Quispe said she had proposed a ceasefire.");
        assertEquals(java.util.Set.of("vigie:ana-quispe|-"), pairs(said, EventType.REQUEST), said.toString());
    }

    @Test
    void aProposalAsANounIsNotTheVerbOfProposing() {
        List<Event> es = events("en", "Chile rejected the proposed ceasefire on Monday.");
        assertEquals(0, count(es, EventType.REQUEST), es.toString());
    }

    @Test
    void aQuotedPhraseLayingTheBlameOnANamedActorIsTheSpeakersAccusation() {
        List<Event> bear = events("en", "“This was a cowardly attack, and Chile will bear full responsibility for it,” Peruvian President Ana Quispe said.");
        assertEquals(java.util.Set.of("vigie:ana-quispe|" + CHILE), pairs(bear, EventType.ACCUSE), bear.toString());
        List<Event> responsible = events("en", "Chilean Defence Minister Marta Soto said: “Peru is responsible for the explosion.”");
        assertEquals(java.util.Set.of("vigie:marta-soto|" + PERU), pairs(responsible, EventType.ACCUSE), responsible.toString());
        List<Event> behind = events("en", "“We know that Chile is behind these raids,” Peruvian army chief Raul Mendoza told reporters.");
        assertEquals(java.util.Set.of("vigie:raul-mendoza|" + CHILE), pairs(behind, EventType.ACCUSE), behind.toString());
    }

    @Test
    void aQuotedBlameOnNoOneNamedOrDeniedIsNoAccusation() {
        List<Event> we = events("en", "“We bear full responsibility for the mistake,” Peruvian army chief Raul Mendoza said.");
        assertEquals(0, count(we, EventType.ACCUSE), we.toString());
        List<Event> not = events("en", "“Chile will not bear responsibility for this,” Peruvian army chief Raul Mendoza said.");
        assertEquals(0, count(not, EventType.ACCUSE), not.toString());
    }

    @Test
    void reportedContentChargingPeopleWithEspionageIsTheSpeakersAccusation() {
        List<Event> gathering = events("en", "Peru said on Sunday that the two Chilean attaches had been gathering intelligence near the port.");
        assertEquals(java.util.Set.of(PERU + "|" + CHILE), pairs(gathering, EventType.ACCUSE), gathering.toString());
        List<Event> officers = events("en", "Chilean Foreign Minister Marta Soto said the expelled envoys were intelligence officers.");
        assertEquals(java.util.Set.of("vigie:marta-soto|-"), pairs(officers, EventType.ACCUSE), officers.toString());
        List<Event> spies = events("en", "Peruvian President Ana Quispe said that the detained sailors were spies.");
        assertEquals(1, count(spies, EventType.ACCUSE), spies.toString());
    }

    @Test
    void aNegatedChargeIsNoAccusation() {
        List<Event> es = events("en", "Peruvian President Ana Quispe said there was no evidence of espionage by the sailors.");
        assertEquals(0, count(es, EventType.ACCUSE), es.toString());
    }
}
