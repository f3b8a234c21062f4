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

/**
 * Rules (lead12):
 * <ul>
 * <li>"between X and Y" after a topic noun that is not the cue ("the border between", "la frontière entre",
 * {@code between-topics.txt}) names the sides of the topic, not the parties of the act;</li>
 * <li>a coordinated subject may name its members in apposition to their titles ("the Greek prime minister, Kyriakos
 * Mitsotakis, and the Turkish president, ..., met");</li>
 * <li>a verb of mutual force with a coordinated subject and no one else named ("X and Y clashed") is each side's act
 * on the other, and so is a noun of mutual force between two parties ("clashes between X and Y")
 * ({@code mutual-force.txt}).</li>
 * </ul>
 */
class MeetingPartiesAndMutualForceTest {
    private static final String ARMENIA = "Q399", AZERBAIJAN = "Q227", INDIA = "Q668", PAKISTAN = "Q843", RUSSIA = "Q159",
            UKRAINE = "Q212", ETHIOPIA = "Q115", ERITREA = "Q986";

    private static Set<String> names(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type)
                .map(e -> e.actor1().name() + "|" + (e.actor2() == null ? "-" : e.actor2().name())).collect(Collectors.toSet());
    }

    private static boolean meetingOf(Set<String> meetings, String one, String other) {
        return meetings.stream().anyMatch(p -> p.contains(one) && p.contains(other));
    }

    @Test
    void aBorderOrATensionBetweenTwoStatesIsTheTopicNotTheParties() {
        Set<String> en = names(events("en", "The Indian foreign minister, Subrahmanyam Jaishankar, and the Chinese foreign minister, "
                + "Wang Yi, met in Moscow on Thursday to discuss the disputed border between India and China."), EventType.CONSULT);
        assertTrue(meetingOf(en, "Jaishankar", "Wang Yi"), en.toString());
        assertFalse(meetingOf(en, "India", "China"), en.toString());
        Set<String> fr = names(events("fr", "Le président kényan, William Ruto, et le Premier ministre éthiopien, Abiy Ahmed, se "
                + "rencontreront vendredi à Nairobi pour évoquer les tensions entre l'Éthiopie et l'Érythrée."), EventType.CONSULT);
        assertTrue(meetingOf(fr, "Ruto", "Abiy"), fr.toString());
        assertFalse(pairs(events("fr", "Le président kényan, William Ruto, et le Premier ministre éthiopien, Abiy Ahmed, se "
                + "rencontreront vendredi à Nairobi pour évoquer les tensions entre l'Éthiopie et l'Érythrée."), EventType.CONSULT)
                .contains(ETHIOPIA + "|" + ERITREA));
        Set<String> topic = names(events("en", "Envoys of Germany and France held talks in Minsk on the war between Russia and Ukraine."),
                EventType.CONSULT);
        assertFalse(meetingOf(topic, "Russia", "Ukraine"), topic.toString());
    }

    @Test
    void talksOrFightingNamedByTheCueKeepTheirParties() {
        assertTrue(pairs(events("en", "Egypt hosted talks between Russia and Ukraine in Cairo."), EventType.CONSULT)
                .contains(RUSSIA + "|" + UKRAINE));
        assertTrue(pairs(events("en", "Renewed fighting between Armenia and Azerbaijan broke out overnight."), EventType.ASSAULT)
                .containsAll(Set.of(ARMENIA + "|" + AZERBAIJAN, AZERBAIJAN + "|" + ARMENIA)));
    }

    @Test
    void titledMembersOfACoordinatedSubjectAreThePair() {
        Set<String> en = names(events("en", "Poland's president, Andrzej Duda, and the Lithuanian president, Gitanas Nausėda, "
                + "will meet in Vilnius next week."), EventType.CONSULT);
        assertTrue(meetingOf(en, "Duda", "Nausėda"), en.toString());
        Set<String> fr = names(events("fr", "Le chancelier allemand, Olaf Scholz, et le président polonais, Andrzej Duda, se sont "
                + "entretenus lundi à Varsovie."), EventType.CONSULT);
        assertTrue(meetingOf(fr, "Scholz", "Duda"), fr.toString());
    }

    @Test
    void twoSidesThatClashActOnEachOther() {
        Set<String> both = Set.of(INDIA + "|" + PAKISTAN, PAKISTAN + "|" + INDIA);
        assertEquals(both, pairs(events("en", "India and Pakistan clashed along the Line of Control on Sunday."), EventType.ASSAULT));
        assertEquals(both, pairs(events("en", "Indian and Pakistani troops skirmished near the frontier overnight."), EventType.ASSAULT));
        assertEquals(both, pairs(events("fr", "L'Inde et le Pakistan se sont affrontés dimanche au Cachemire."), EventType.ASSAULT));
        assertEquals(both, pairs(events("fr", "De violents accrochages entre l'Inde et le Pakistan ont fait trois morts."), EventType.ASSAULT));
    }

    @Test
    void coMediatorsDoNotMediateBetweenEachOther() {
        for (String text : List.of("Egypt and Qatar mediated between Israel and Hamas.",
                "Egypt and Qatar, which have mediated between Israel and Hamas, urged restraint.",
                "L'Égypte et le Qatar ont servi de médiateurs entre Israël et le Hamas.")) {
            Set<String> consult = pairs(events(text.startsWith("L'") ? "fr" : "en", text), EventType.CONSULT);
            assertFalse(consult.contains("Q79|Q846") || consult.contains("Q846|Q79"), text + " " + consult);
        }
        assertEquals(Set.of("Q79|Q846"), pairs(events("en", "Egypt and Qatar met in Cairo on Monday."), EventType.CONSULT));
    }

    @Test
    void twoSidesThatMeetInAGameOrADebateDoNotFight() {
        assertTrue(pairs(events("en", "India and Pakistan clashed in the final of the Asia Cup on Sunday."), EventType.ASSAULT).isEmpty());
        assertTrue(pairs(events("fr", "L'Inde et le Pakistan se sont affrontés dimanche en finale de la coupe d'Asie."), EventType.ASSAULT)
                .isEmpty());
        assertTrue(pairs(events("fr", "Des affrontements entre l'Inde et le Pakistan ont éclaté dimanche au Cachemire."), EventType.ASSAULT)
                .contains(INDIA + "|" + PAKISTAN));
    }

    @Test
    void aClashWithAThirdPartyOrWithNoPartnerIsNotMutual() {
        Set<String> third = pairs(events("en", "Armenia and Azerbaijan clashed with Russian peacekeepers on Monday."), EventType.ASSAULT);
        assertFalse(third.contains(ARMENIA + "|" + AZERBAIJAN) || third.contains(AZERBAIJAN + "|" + ARMENIA), third.toString());
        assertTrue(pairs(events("en", "Fighting continued in the south of Ukraine on Monday."), EventType.ASSAULT).isEmpty());
        assertTrue(pairs(events("en", "India and Pakistan met in Tashkent on Sunday."), EventType.ASSAULT).isEmpty());
    }
}
