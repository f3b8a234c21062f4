package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.EventType;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * Targets that the text names only indirectly (branch ev12dev): the state of the posting of a recalled envoy, the host
 * state of a visit to one of its cities (whether or not the text names that state), the body whose text a member
 * blocks, the other party of a meeting in a relative clause about its partner, the place humanitarian access leads
 * into.
 */
class TargetsNamedIndirectlyTest {
    private static final String PERU = "Q419", CHILE = "Q298", ARGENTINA = "Q414", SPAIN = "Q29", ECUADOR = "Q736",
            GERMANY = "Q183", BOLIVIA = "Q750", EU = "Q458", UN = "Q1065", NATO = "Q7184", POLAND = "Q36", RUSSIA = "Q159",
            SLOVAKIA = "Q214", HUNGARY = "Q28", TURKEY = "Q43", SYRIA = "Q858", JORDAN = "Q810", ISRAEL = "Q801";

    private static Set<String> of(EventType type, String language, String text) {
        return pairs(events(language, text), type);
    }

    // Rule (lead): with no other side in the story, a city struck, threatened or accused belongs to the state the
    // knowledge base places it in ("fired missiles at Kyiv" as "shelled Kyiv"), unless that state is the actor's own.

    @Test
    void aCityAimedAtIsItsStateWhenTheStoryHasNoOtherSide() {
        assertEquals(Set.of(SYRIA + "|" + JORDAN), of(EventType.ASSAULT, "en", "Syria fired rockets at Amman on Sunday."));
        assertEquals(Set.of(ISRAEL + "|" + SYRIA), of(EventType.ASSAULT, "en", "Israel launched drones at Damascus overnight."));
        assertEquals(Set.of(RUSSIA + "|" + TURKEY), of(EventType.ASSAULT, "fr", "La Russie a tiré des missiles sur Ankara."));
        assertTrue(of(EventType.ASSAULT, "en", "Jordan fired rockets at Amman on Sunday.").isEmpty(), "a state's own city is no target");
    }

    // Rule: a state that recalls its envoy (ambassador, ambassadress, emissary), for consultations or not, reduces
    // relations with the state the envoy was posted in, named by the state or by one of its cities after the envoy
    // (CAMEO 161, PLOVER SANCTION).

    @Test
    void aFrenchRecalledEnvoyIsASanctionAgainstTheStateOfThePosting() {
        assertTrue(of(EventType.SANCTION, "fr", "Le Pérou a rappelé son ambassadeur à Santiago pour consultations.").contains(PERU + "|" + CHILE));
        assertTrue(of(EventType.SANCTION, "fr", "Le Pérou rappelle son ambassadrice au Chili.").contains(PERU + "|" + CHILE));
        assertTrue(of(EventType.SANCTION, "fr", "La Bolivie a rappelé ses ambassadeurs en Argentine pour consultations.").contains(BOLIVIA + "|" + ARGENTINA));
        assertTrue(of(EventType.SANCTION, "fr", "L'Allemagne a rappelé son émissaire à Madrid.").contains(GERMANY + "|" + SPAIN));
    }

    @Test
    void aFrenchRecalledEnvoyAfterADateIsStillASanction() {
        assertTrue(of(EventType.SANCTION, "fr", "Le Maroc a rappelé jeudi son ambassadeur à Paris pour consultations.").contains("Q1028|Q142"));
        assertTrue(of(EventType.SANCTION, "fr", "Le Pérou a rappelé lundi soir ses diplomates en poste au Chili.").contains(PERU + "|" + CHILE));
        assertTrue(of(EventType.SANCTION, "fr", "L'Algérie a rappelé mercredi son ambassadrice à Madrid.").contains("Q262|" + SPAIN));
    }

    @Test
    void aFrenchReminderToEnvoysIsNoSanction() {
        assertTrue(of(EventType.SANCTION, "fr", "Le ministre a rappelé aux ambassadeurs européens que le traité reste en vigueur.").isEmpty());
        assertTrue(of(EventType.SANCTION, "fr", "Le Chili a rappelé jeudi que son ambassadeur restait à Lima.").isEmpty());
    }

    @Test
    void anEnglishRecalledEnvoyInACityIsASanctionAgainstItsState() {
        assertTrue(of(EventType.SANCTION, "en", "Peru recalled its ambassador in Santiago for consultations on Tuesday.").contains(PERU + "|" + CHILE));
    }

    @Test
    void anEnvoyWhoRecallsAFactIsNoSanction() {
        assertTrue(of(EventType.SANCTION, "fr", "L'ambassadeur du Chili à Lima a rappelé que le traité reste en vigueur.").isEmpty());
    }

    // Rule: a visit announced or reported to a city ("doit se rendre à", "is due to travel to", "travels to") is a
    // visit to the state the city is in, even when the text does not name that state; a city of the visitor's own
    // state is only where the visit takes place.

    @Test
    void aVisitToACityIsAVisitToItsState() {
        assertTrue(of(EventType.CONSULT, "fr", "Le chancelier allemand doit se rendre à Lima la semaine prochaine.").contains(GERMANY + "|" + PERU));
        assertTrue(of(EventType.CONSULT, "fr", "Le ministre allemand des Affaires étrangères va se rendre à Madrid lundi.").contains(GERMANY + "|" + SPAIN));
        assertTrue(of(EventType.CONSULT, "en", "The Chilean president is due to travel to Lima next week.").contains(CHILE + "|" + PERU));
        assertTrue(of(EventType.CONSULT, "en", "Colombia's foreign minister travels to Quito on Thursday.").stream().anyMatch(p -> p.endsWith("|" + ECUADOR)));
    }

    @Test
    void aVisitToACityOfTheVisitorsOwnStateHasNoForeignHost() {
        assertEquals(Set.of(GERMANY + "|-"), of(EventType.CONSULT, "en", "The German chancellor plans to travel to Munich on Monday."));
        assertEquals(Set.of("Q142|-"), of(EventType.CONSULT, "fr", "Le président français doit se rendre à Marseille mardi."));
    }

    // Rule: a member that blocks, vetoes or opposes a text of a body (a statement, resolution, proposal, decision,
    // package) rejects it, a REJECT of the body or party the object names; what the text would have said ("a
    // statement condemning ...") is no act of its own. A blocked road is no rejection.

    @Test
    void aBlockedTextIsARejectionOfTheBodyItBelongsTo() {
        assertEquals(Set.of(SLOVAKIA + "|" + EU), of(EventType.REJECT, "en", "Slovakia has vetoed the European Union's declaration criticising the vote in Belarus."));
        assertEquals(Set.of(POLAND + "|" + NATO), of(EventType.REJECT, "en", "Poland blocks a NATO proposal to send troops to Lithuania."));
        assertEquals(Set.of(RUSSIA + "|" + UN), of(EventType.REJECT, "en", "Russia opposed a UN resolution demanding a ceasefire."));
        assertEquals(Set.of(HUNGARY + "|" + EU), of(EventType.REJECT, "fr", "La Hongrie a bloqué une déclaration commune de l'UE condamnant l'élection en Géorgie."));
        assertEquals(Set.of(RUSSIA + "|" + UN), of(EventType.REJECT, "fr", "La Russie a opposé son veto à une résolution de l'ONU exigeant un cessez-le-feu."));
    }

    @Test
    void theWordsOfABlockedTextAreNoActOfTheirOwn() {
        var es = events("en", "Slovakia has vetoed the European Union's declaration criticising the vote in Belarus.");
        assertTrue(pairs(es, EventType.ACCUSE).isEmpty(), es.toString());
        var fr = events("fr", "La Russie a opposé son veto à une résolution de l'ONU exigeant un cessez-le-feu.");
        assertTrue(pairs(fr, EventType.REQUEST).isEmpty() && pairs(fr, EventType.ACCUSE).isEmpty(), fr.toString());
    }

    @Test
    void aBlockedRoadIsNoRejection() {
        assertTrue(of(EventType.REJECT, "en", "Protesters blocked the road to the airport on Monday.").isEmpty());
        assertTrue(of(EventType.REJECT, "fr", "Des agriculteurs ont bloqué la route de l'aéroport lundi.").isEmpty());
    }

    // Rule: a promise or agreement (AGREE, AID, COOPERATE) in a relative clause about the partner of a meeting
    // ("spoke with X, who promised ...") is X's act, aimed at the other party of the meeting; a reaction in such a
    // clause ("who condemned ...") is not aimed at the one met.

    @Test
    void aPromiseInARelativeAboutAMeetingsPartnerIsAimedAtTheOtherParty() {
        var promised = events("en", "Chile's minister spoke with Brazilian President Lula, who promised to send tanks.");
        assertTrue(pairs(promised, EventType.AGREE).stream().anyMatch(p -> p.endsWith("|" + CHILE)), promised.toString());
        var agreed = events("en", "Ecuador's foreign minister on Friday met Colombian President Gustavo Petro, who agreed to reopen the border.");
        assertTrue(pairs(agreed, EventType.AGREE).stream().anyMatch(p -> p.endsWith("|" + ECUADOR)), agreed.toString());
        var pledged = events("en", "Paulo Mendes talked with Argentine President Javier Milei, who promised to reopen the consulate.");
        assertTrue(pledged.stream().anyMatch(e -> e.type() != EventType.CONSULT && e.actor2() != null && e.actor2().entity().equals("vigie:paulo-mendes")), pledged.toString());
    }

    @Test
    void aNounOfAidAfterASupportVerbInARelativeIsTheAntecedentsAct() {
        var aid = events("en", "Paulo Mendes talked with Argentine President Javier Milei, who pledged new military aid.");
        assertEquals(Set.of("vigie:javier-milei|vigie:paulo-mendes"), pairs(aid, EventType.AID), aid.toString());
    }

    @Test
    void aReactionInARelativeAboutAMeetingsPartnerIsNotAimedAtTheOtherParty() {
        var condemned = events("en", "Chile's minister met Brazilian President Lula, who condemned the bombing.");
        assertTrue(pairs(condemned, EventType.ACCUSE).stream().noneMatch(p -> p.endsWith("|" + CHILE)), condemned.toString());
    }

    // Rule: humanitarian access granted ("allowed aid trucks into X", "to let relief convoys into X") is a RETREAT
    // aimed at the place it leads into, a state, a city or a territory.

    @Test
    void accessIsAimedAtThePlaceItLeadsInto() {
        assertTrue(of(EventType.RETREAT, "en", "Turkey opened a border gate to let relief convoys into Syria.").contains(TURKEY + "|" + SYRIA));
        assertTrue(of(EventType.RETREAT, "en", "Israel allowed aid trucks into Gaza on Monday.").stream().anyMatch(p -> p.startsWith(ISRAEL + "|vigie:")));
        assertTrue(of(EventType.RETREAT, "en", "Jordan is letting humanitarian aid into Gaza through a second crossing.").stream().anyMatch(p -> p.startsWith(JORDAN + "|vigie:")));
    }

    @Test
    void frenchAccessIsAimedAtThePlaceItLeadsInto() {
        assertTrue(of(EventType.RETREAT, "fr", "La Turquie a autorisé l'entrée de l'aide vers la Syrie.").contains(TURKEY + "|" + SYRIA));
        assertTrue(of(EventType.RETREAT, "fr", "Le Tchad a permis l'entrée de l'aide humanitaire dans le Soudan voisin.").contains("Q657|Q1049"));
        assertTrue(of(EventType.RETREAT, "fr", "L'Égypte a ouvert lundi le point de passage pour laisser entrer l'aide humanitaire dans Gaza.").stream().anyMatch(p -> p.startsWith("Q79|vigie:")));
        assertEquals(Set.of(CHILE + "|-"), of(EventType.RETREAT, "fr", "Le Chili a autorisé l'entrée de l'aide dans le pays."));
    }

    @Test
    void aidLetIntoTheActorsOwnCountryHasNoTarget() {
        assertEquals(Set.of(CHILE + "|-"), of(EventType.RETREAT, "en", "Chile allowed aid into the country last week."));
    }
}
