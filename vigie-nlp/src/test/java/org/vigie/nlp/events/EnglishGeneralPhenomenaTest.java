package org.vigie.nlp.events;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * English event phenomena stated as general rules (round ev10en): each test names its rule, fires it on three
 * sentences that vary the verb form, the actors or the construction, and checks one sentence where it must not fire.
 */
class EnglishGeneralPhenomenaTest {
    private static final String KENYA = "Q114", GHANA = "Q117", UGANDA = "Q1036", NIGERIA = "Q1033";
    private static final String AMNESTY = "Q42970";

    @Test
    @DisplayName("A reporting verb of protest or complaint after the reported clause is an accusation by its subject against the clause's party")
    void aTrailingVerbOfProtestIsAnAccusationByTheReporter() {
        List<Event> es = events("en", "Kenya is failing to protect the rights of migrant workers, Amnesty International protested on Tuesday.");
        assertEquals(Set.of(AMNESTY + "|" + KENYA), pairs(es, EventType.ACCUSE), es.toString());
        List<Event> charged = events("en", "Ghana's army is abusing detainees in northern camps, Human Rights Watch charged.");
        assertTrue(pairs(charged, EventType.ACCUSE).contains("vigie:human-rights-watch|" + GHANA), charged.toString());
        List<Event> complained = events("en", "The Kenyan government has ignored the rulings of the court for months, opposition leaders complained on Friday.");
        assertTrue(pairs(complained, EventType.ACCUSE).stream().anyMatch(p -> p.endsWith("|" + KENYA)), complained.toString());
        List<Event> said = events("en", "Kenya's cabinet approved the budget on Tuesday, Amnesty International said.");
        assertTrue(pairs(said, EventType.ACCUSE).isEmpty(), said.toString());
    }

    @Test
    @DisplayName("A warning that the warner's side will no longer tolerate or allow someone's acts is a threat against the one who acts")
    void aWarningOfIntoleranceIsAThreatAgainstTheOneWhoseActsAreNotTolerated() {
        List<Event> es = events("en", "Kenya's interior minister has warned that police will no longer tolerate rallies by the opposition.");
        assertTrue(pairs(es, EventType.THREATEN).contains(KENYA + "|vigie:group:opposition"), es.toString());
        List<Event> allow = events("en", "Nigeria warned on Friday that it would not allow any more protests by students in Lagos.");
        assertTrue(pairs(allow, EventType.THREATEN).contains(NIGERIA + "|vigie:group:students"), allow.toString());
        List<Event> raids = events("en", "Uganda's president warns the rebels that his government won't accept their raids on border posts.");
        assertTrue(pairs(raids, EventType.THREATEN).stream().anyMatch(p -> p.startsWith(UGANDA + "|") && p.contains("rebels")), raids.toString());
        List<Event> other = events("en", "Nigeria warned that Ghana would no longer allow protests by students.");
        assertTrue(pairs(other, EventType.THREATEN).isEmpty(), other.toString());
        List<Event> weather = events("en", "Nigeria warned that heavy rain will flood Lagos.");
        assertTrue(pairs(weather, EventType.THREATEN).isEmpty(), weather.toString());
    }

    @Test
    @DisplayName("Cracking down announced with a future modal is a threat of repression against its object")
    void aCrackdownAnnouncedIsAThreat() {
        List<Event> es = events("en", "Uganda warned that it would crack down on rebels in the north.");
        assertEquals(Set.of(UGANDA + "|vigie:group:rebels"), pairs(es, EventType.THREATEN), es.toString());
        List<Event> said = events("en", "Ugandan police will crack down on the opposition, the minister said.");
        assertTrue(pairs(said, EventType.THREATEN).stream().anyMatch(p -> p.startsWith(UGANDA + "|")), said.toString());
        List<Event> done = events("en", "Police cracked down on rebels in Kampala.");
        assertTrue(pairs(done, EventType.THREATEN).isEmpty(), done.toString());
        assertFalse(pairs(done, EventType.COERCE).isEmpty(), done.toString());
    }

    @Test
    @DisplayName("Welcoming a person or a dignitary is hosting a visit, while welcoming a decision or a plan stays support")
    void aWelcomedVisitorIsAVisitHosted() {
        List<Event> es = events("en", "Kenya welcomed the Nigerian president in Nairobi on Tuesday.");
        assertEquals(Set.of(KENYA + "|" + NIGERIA), pairs(es, EventType.CONSULT), es.toString());
        assertTrue(pairs(es, EventType.SUPPORT).isEmpty(), es.toString());
        List<Event> noun = events("en", "Kenya extended a warm welcome to a Nigerian delegation.");
        assertEquals(Set.of(KENYA + "|" + NIGERIA), pairs(noun, EventType.CONSULT), noun.toString());
        List<Event> person = events("en", "President Ruto gave a warm welcome on Monday to Ghanaian leader John Mahama.");
        assertEquals(Set.of("vigie:william-ruto|vigie:john-mahama"), pairs(person, EventType.CONSULT), person.toString());
        List<Event> named = events("en", "Kenya welcomes Bola Tinubu on Monday.");
        assertEquals(Set.of(KENYA + "|vigie:bola-tinubu"), pairs(named, EventType.CONSULT), named.toString());
        List<Event> decision = events("en", "Kenya welcomed Ghana's decision to reopen the border.");
        assertTrue(pairs(decision, EventType.CONSULT).isEmpty(), decision.toString());
        assertEquals(Set.of(KENYA + "|" + GHANA), pairs(decision, EventType.SUPPORT), decision.toString());
        List<Event> plan = events("en", "Kenya gave a warm welcome to the Nigerian plan.");
        assertTrue(pairs(plan, EventType.CONSULT).isEmpty(), plan.toString());
    }

    @Test
    @DisplayName("After an act, a purpose infinitive of protest makes it a protest by its subject against the state owning what is protested or defied")
    void aPurposeOfProtestAimsTheProtestAtTheOwnerOfItsObject() {
        List<Event> es = events("en", "Kenyans shunned work on Monday to protest at Uganda's new tariffs.");
        assertEquals(Set.of(KENYA + "|" + UGANDA), pairs(es, EventType.PROTEST), es.toString());
        List<Event> teachers = events("en", "Ghanaian teachers stayed away from classes on Tuesday to protest at Nigeria's treatment of migrant workers.");
        assertTrue(pairs(teachers, EventType.PROTEST).stream().anyMatch(p -> p.contains(GHANA) && p.endsWith("|" + NIGERIA)), teachers.toString());
        List<Event> roads = events("en", "Kenyan farmers blocked roads on Monday to protest at Uganda's new tariffs.");
        assertTrue(pairs(roads, EventType.PROTEST).stream().anyMatch(p -> p.contains(KENYA) && p.endsWith("|" + UGANDA)), roads.toString());
        List<Event> defied = events("en", "Students blocked streets in Nairobi in defiance of Ugandan authorities to demand reforms.");
        assertTrue(pairs(defied, EventType.PROTEST).stream().anyMatch(p -> p.endsWith("|" + UGANDA)), defied.toString());
        List<Event> place = events("en", "Kenyan doctors went on strike at Uganda's main hospital.");
        assertTrue(pairs(place, EventType.PROTEST).stream().noneMatch(p -> p.endsWith("|" + UGANDA)), place.toString());
    }

    @Test
    @DisplayName("A verb cue in its base form after a determiner and one or two modifiers is the head noun of that phrase, unless a plural or (after a definite determiner) a name before it is its subject")
    void aBaseFormAfterAnArticleAndModifiersIsANoun() {
        List<Event> es = events("en", "Kenyan jets killed four people in an attack on a suspected weapons supply near the border.");
        assertTrue(pairs(es, EventType.AID).isEmpty(), es.toString());
        assertFalse(pairs(es, EventType.ASSAULT).isEmpty(), es.toString());
        List<Event> fuel = events("en", "Nigeria shelled a fuel supply depot near Lagos.");
        assertTrue(pairs(fuel, EventType.AID).isEmpty(), fuel.toString());
        List<Event> planned = events("en", "Uganda condemned a planned attack on its embassy.");
        assertTrue(pairs(planned, EventType.ASSAULT).isEmpty(), planned.toString());
        List<Event> rebels = events("en", "The rebels attacked Kenya on Monday.");
        assertEquals(Set.of("vigie:group:rebels|" + KENYA), pairs(rebels, EventType.ASSAULT), rebels.toString());
        List<Event> supplied = events("en", "The US supplied weapons to Kenya.");
        assertEquals(Set.of("Q30|" + KENYA), pairs(supplied, EventType.AID), supplied.toString());
        List<Event> modal = events("en", "Uganda will supply arms to Kenya.");
        assertFalse(pairs(modal, EventType.AID).isEmpty(), modal.toString());
        List<Event> named = events("en", "Ugandan boats rammed a Kenyan supply vessel on the lake, Nairobi said.");
        assertTrue(pairs(named, EventType.AID).isEmpty(), "after an indefinite article a name qualifies the noun: " + named);
        List<Event> ban = events("en", "Kenya welcomed an EU ban on ivory.");
        assertTrue(pairs(ban, EventType.SANCTION).isEmpty(), ban.toString());
        List<Event> subject = events("en", "The Kenyan navy supplied fuel to Uganda.");
        assertEquals(Set.of(KENYA + "|" + UGANDA), pairs(subject, EventType.AID), subject.toString());
        List<Event> irregular = events("en", "Kenya's army said a patrol shot two Ugandan smugglers.");
        assertEquals(Set.of(KENYA + "|" + UGANDA), pairs(irregular, EventType.ASSAULT), irregular.toString());
    }

    @Test
    @DisplayName("Resigning or stepping down is a retreat (PLOVER mode resign) by the one who leaves office, and forces demobilised retreat, whatever modifies their name")
    void resignationsAndDemobilisations() {
        List<Event> es = events("en", "Kenya's interior minister resigned on Friday.");
        assertEquals(Set.of(KENYA + "|-"), pairs(es, EventType.RETREAT), es.toString());
        List<Event> stepped = events("en", "Uganda's president stepped down after the vote.");
        assertEquals(Set.of(UGANDA + "|-"), pairs(stepped, EventType.RETREAT), stepped.toString());
        List<Event> after = events("en", "Uganda's defence minister was accused of corruption by lawmakers and would step down.");
        assertEquals(Set.of(UGANDA + "|-"), pairs(after, EventType.RETREAT), after.toString());
        List<Event> charged = events("en", "Kenya's prime minister has been charged with fraud and will resign.");
        assertEquals(Set.of(KENYA + "|-"), pairs(charged, EventType.RETREAT), charged.toString());
        List<Event> demobilised = events("en", "The Ugandan rebels operating in Kenya have been demobilized.");
        assertEquals(Set.of("vigie:group:" + UGANDA + ":rebels|-"), pairs(demobilised, EventType.RETREAT), demobilised.toString());
        List<Event> asked = events("en", "Kenya called on Uganda's president to resign.");
        assertTrue(pairs(asked, EventType.RETREAT).isEmpty() && pairs(asked, EventType.CONCEDE).isEmpty(), asked.toString());
        assertEquals(Set.of(KENYA + "|" + UGANDA), pairs(asked, EventType.REQUEST), asked.toString());
        List<Event> shelled = events("en", "The port was shelled and seized.");
        assertTrue(shelled.isEmpty(), shelled.toString());
    }

    @Test
    @DisplayName("The protesters' own dissent called off, suspended or ended is a concession by them, to the party of the talks or agreement it followed")
    void dissentGivenUpAfterTalksIsAConcessionToThePartner() {
        String students = "vigie:group:" + KENYA + ":students";
        List<Event> es = events("en", "Kenyan students called off a week-long strike after talks with the Kenyan government.");
        assertEquals(Set.of(students + "|" + KENYA), pairs(es, EventType.CONCEDE), es.toString());
        List<Event> ended = events("en", "Kenyan students ended their sit-in on Friday after negotiations with Uganda.");
        assertEquals(Set.of(students + "|" + UGANDA), pairs(ended, EventType.CONCEDE), ended.toString());
        List<Event> suspended = events("en", "Kenyan students have suspended their strike following a meeting with the Kenyan government.");
        assertEquals(Set.of(students + "|" + KENYA), pairs(suspended, EventType.CONCEDE), suspended.toString());
        assertTrue(pairs(suspended, EventType.SANCTION).isEmpty(), suspended.toString());
        List<Event> alone = events("en", "Kenyan students called off their strike with immediate effect.");
        assertEquals(Set.of(students + "|-"), pairs(alone, EventType.CONCEDE), alone.toString());
        List<Event> raids = events("en", "Kenya suspended air strikes on rebel positions after talks with Uganda.");
        assertTrue(pairs(raids, EventType.CONCEDE).isEmpty(), raids.toString());
        List<Event> police = events("en", "Kenyan police ended a sit-in by students in Nairobi.");
        assertTrue(pairs(police, EventType.CONCEDE).isEmpty(), police.toString());
    }
}
