package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;

/**
 * Gaps found by fresh wire-style sentences (branch ev16), each a general rule:
 * <ul>
 * <li>a body or force of a named party ("Sudan's army", "Somali troops", "al-Shabaab fighters", "des combattants du
 * X") is a member of a coordinated subject like the party's name, so a verb of mutual force gives both directions,
 * whatever place or victims follow the verb;</li>
 * <li>a noun of mutual force between two sides gives the pair only, no one-sided extra;</li>
 * <li>an act named by a noun or an infinitive in what a protest is against ("against the decision to suspend ...") is
 * what is protested, no event of its own;</li>
 * <li>a protest against an unnamed government is aimed at the state where it takes place;</li>
 * <li>a warning or appeal a state addresses to its own citizens (an advisory) is no act toward the state it names;</li>
 * <li>French plural "se retrouver" is a meeting;</li>
 * <li>lifting a suspension is a concession like lifting a ban (CAMEO 081), and French "lever ses sanctions" is easing
 * sanctions (CAMEO 085, RETREAT) aimed at the state they were against, not a new sanction;</li>
 * <li>a French past participle of accusation after a noun and its demonym ("un diplomate russe accusé de") describes
 * that person: no accusation by anyone;</li>
 * <li>an attack a state's speaker reports after it in a compound tense ("..., a annoncé l'Ukraine") is that state's
 * accusation of the attacker, as in the simple tense and in English;</li>
 * <li>French "refuser" with a proposal or demand as object, a date between, is a rejection;</li>
 * <li>allowing rallies or opposition parties is a concession (CAMEO 0811, 082), the rallies no protest;</li>
 * <li>"supply" before a noun of logistics ("supply boats") is a modifier, no aid;</li>
 * <li>a participle after a reporting clause ("..., Manila said, accusing Beijing of") is the named speaker's act;</li>
 * <li>a joint operation, raid or patrol of a coordinated subject is their cooperation (CAMEO 062, 063);</li>
 * <li>the act in the infinitive after a verb of causing ("forced Armenia to recall") is done, by the one caused;</li>
 * <li>blocking or intercepting another's ships, boats or convoys restricts movement (CAMEO 191, COERCE), aimed at the
 * state whose adjective qualifies them;</li>
 * <li>French "a dispersé des manifestants" is violent repression (COERCE, as tear gas), "la foule s'est dispersée" no act.</li>
 * </ul>
 * All sentences are the team's own.
 */
class WireGapsTest {

    private static Set<String> names(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type)
                .map(e -> e.actor1().name() + "|" + (e.actor2() == null ? "-" : e.actor2().name())).collect(Collectors.toSet());
    }

    private static Set<String> names(String language, String text, EventType type) {
        return names(events(language, text), type);
    }

    private static boolean has(Set<String> pairs, String one, String other) {
        return pairs.stream().anyMatch(p -> p.startsWith(one) && p.contains("|") && p.substring(p.indexOf('|')).contains(other));
    }

    private static void fightBothWays(String language, String text, String one, String other) {
        Set<String> assaults = names(language, text, EventType.ASSAULT);
        assertTrue(has(assaults, one, other), text + " -> " + assaults);
        assertTrue(has(assaults, other, one), text + " -> " + assaults);
    }

    @Test
    void aStatesForceCoordinatedWithAnArmedGroupFightsItBothWays() {
        fightBothWays("en", "Chad's army and Boko Haram fought near Lake Chad on Sunday, a military source said.", "Chad", "Boko Haram");
        fightBothWays("en", "The Rapid Support Forces and Sudan's army have battled for the city since April.", "Rapid Support Forces", "Sudan");
        fightBothWays("en", "Pakistani troops and Taliban fighters clashed at a border crossing overnight.", "Pakistan", "Taliban");
        fightBothWays("fr", "L'armée nigériane et des combattants de Boko Haram se sont affrontés samedi dans l'État de Borno.", "Nigeria", "Boko Haram");
    }

    @Test
    void sidesThatFightEachOtherStayEachOthersTargetWhateverPlaceFollows() {
        fightBothWays("en", "Kenyan troops and al-Shabaab fighters fought near the town of Mandera on Monday.", "Kenya", "al-Shabaab");
        fightBothWays("en", "Ethiopia's army and the Oromo Liberation Army clashed for hours in the village of Debre on Friday.", "Ethiopia", "Oromo");
    }

    @Test
    void aMeetingOfAStatesOfficialAndAnArmedGroupIsNoFighting() {
        assertTrue(names("en", "Pakistan's envoy and Taliban leaders met in Kabul on Tuesday.", EventType.ASSAULT).isEmpty());
        assertTrue(names("en", "Chad's army fought hard to win the regional football cup.", EventType.ASSAULT).stream()
                .noneMatch(p -> p.startsWith("Chad|Chad")));
    }

    @Test
    void clashesBetweenTwoStatesForcesAreThePairOnly() {
        for (String text : List.of("Clashes between Indian and Chinese troops in the Galwan valley killed 20 soldiers in 2020.",
                "Fighting between Thai and Cambodian forces killed 12 civilians near the border, officials said.",
                "Skirmishes between Armenian and Azerbaijani border guards wounded three people on Wednesday.")) {
            Set<String> assaults = names("en", text, EventType.ASSAULT);
            assertEquals(2, assaults.size(), text + " -> " + assaults);
            assertTrue(assaults.stream().noneMatch(p -> p.endsWith("|-")), text + " -> " + assaults);
        }
        // no two sides named: the noun gives no pair
        assertTrue(names("en", "Clashes between rival fans killed two people in Cairo.", EventType.ASSAULT).stream()
                .noneMatch(p -> !p.endsWith("|-")));
    }

    @Test
    void anActInWhatAProtestIsAgainstIsNoEventOfItsOwn() {
        List<Event> dhaka = events("en", "Hundreds of students marched in Dhaka against the government's plan to ban the main opposition party.");
        assertTrue(names(dhaka, EventType.COERCE).isEmpty(), dhaka.toString());
        assertFalse(names(dhaka, EventType.PROTEST).isEmpty(), dhaka.toString());
        List<Event> belgrade = events("en", "Demonstrators gathered outside parliament in Belgrade over the decision to expel two Croatian diplomats.");
        assertTrue(names(belgrade, EventType.SANCTION).isEmpty(), belgrade.toString());
        List<Event> tunis = events("fr", "Des milliers de manifestants ont défilé à Tunis contre la décision de suspendre le Parlement.");
        assertTrue(names(tunis, EventType.COERCE).isEmpty() && names(tunis, EventType.SANCTION).isEmpty(), tunis.toString());
        // an act of its own clause beside the protest stays
        assertTrue(has(names("en", "Protesters marched against the election result while Georgian police arrested two opposition leaders.",
                EventType.COERCE), "Georgia", "opposition"));
    }

    @Test
    void aProtestAgainstTheGovernmentIsAimedAtTheStateWhereItTakesPlace() {
        assertTrue(has(names("en", "Students protested against the government in Dhaka on Sunday.", EventType.PROTEST), "students", "Bangladesh"));
        assertTrue(has(names("en", "Thousands of protesters rallied in Yerevan against the government's border deal.", EventType.PROTEST),
                "protesters", "Armenia"));
        assertTrue(has(names("fr", "Des milliers de manifestants ont défilé samedi à Belgrade contre le gouvernement.", EventType.PROTEST),
                "", "Serbia"));
        // a government named is that government, wherever the protest is
        Set<String> london = names("en", "Hundreds of protesters rallied in London against the Russian government.", EventType.PROTEST);
        assertTrue(london.stream().noneMatch(p -> p.endsWith("|United Kingdom")), london.toString());
    }

    @Test
    void aWarningOrAppealToOnesOwnCitizensIsNoActTowardTheStateNamed() {
        assertTrue(names("en", "Canada warned its citizens on Monday against all travel to Haiti.", EventType.THREATEN).isEmpty());
        assertTrue(names("en", "Britain urged its nationals to leave Lebanon immediately while commercial flights were still running.",
                EventType.REQUEST).isEmpty());
        assertTrue(names("fr", "L'Italie a déconseillé à ses ressortissants tout déplacement en Iran jusqu'à nouvel ordre.", EventType.THREATEN).isEmpty());
        assertTrue(names("fr", "La Belgique a appelé ses ressortissants à quitter le Soudan.", EventType.REQUEST).isEmpty());
        // a warning to another state is a threat
        assertTrue(has(names("en", "Russia warned Finland against joining NATO.", EventType.THREATEN), "Russia", "Finland"));
        assertTrue(has(names("en", "Canada urged Haiti's leaders to hold elections.", EventType.REQUEST), "Canada", "Haiti"));
    }

    @Test
    void frenchPluralSeRetrouverIsAMeeting() {
        for (String text : List.of("Les ministres indien et pakistanais se sont retrouvés jeudi à Astana.",
                "Emmanuel Macron et Olaf Scholz se retrouveront vendredi à Berlin.",
                "Les délégations russe et ukrainienne se sont retrouvées à Istanbul pour un nouveau cycle de pourparlers.")) {
            assertEquals(1, names("fr", text, EventType.CONSULT).size(), text);
        }
        // "se retrouver" of one party is finding oneself somewhere, no meeting
        assertTrue(names("fr", "Le ministre s'est retrouvé isolé au sein du gouvernement hongrois.", EventType.CONSULT).isEmpty());
    }

    @Test
    void liftingASuspensionIsAConcession() {
        for (String[] c : List.of(new String[]{"en", "Nigeria lifted its suspension of Twitter on Wednesday.", "Nigeria"},
                new String[]{"en", "Uganda lifted the suspension of Facebook after three years, the regulator said.", "Uganda"},
                new String[]{"fr", "Le Nigeria a levé la suspension de Twitter mercredi.", "Nigeria"})) {
            Set<String> concessions = names(c[0], c[1], EventType.CONCEDE);
            assertTrue(concessions.stream().anyMatch(p -> p.startsWith(c[2])), c[1] + " -> " + concessions);
            assertTrue(names(c[0], c[1], EventType.RETREAT).isEmpty(), c[1]);
        }
        // a suspension announced is no concession
        assertTrue(names("en", "Moscow announced the suspension of the grain deal.", EventType.CONCEDE).isEmpty());
    }

    @Test
    void frenchLiftingOfSanctionsIsAnEasingAimedAtTheirTarget() {
        assertTrue(has(names("fr", "L'Union européenne a levé ses sanctions contre la Syrie lundi.", EventType.RETREAT), "European Union", "Syria"));
        assertTrue(has(names("fr", "Washington a allégé jeudi ses sanctions contre le Venezuela.", EventType.RETREAT), "United States", "Venezuela"));
        assertTrue(names("fr", "Le Japon a assoupli ses sanctions contre la Corée du Sud.", EventType.SANCTION).isEmpty());
        // sanctions imposed stay sanctions
        assertTrue(has(names("fr", "Le Canada a imposé de nouvelles sanctions contre l'Iran.", EventType.SANCTION), "Canada", "Iran"));
    }

    @Test
    void aFrenchParticipleOfAccusationAfterANounAndItsDemonymDescribesThatPerson() {
        for (String text : List.of("La France a expulsé un diplomate russe accusé d'espionnage.",
                "Le Maroc a arrêté un militant sahraoui accusé de violences.",
                "L'Espagne a extradé vers les États-Unis un ressortissant russe accusé de piratage informatique.")) {
            assertTrue(names("fr", text, EventType.ACCUSE).isEmpty(), text);
        }
        // the verb of the clause accuses
        assertTrue(has(names("fr", "La Pologne a accusé le diplomate russe d'espionnage.", EventType.ACCUSE), "Poland", "Russia"));
    }

    @Test
    void anAttackReportedByTheOtherSideInACompoundTenseIsItsAccusation() {
        assertTrue(has(names("fr", "Des drones russes ont visé des infrastructures énergétiques dans la région d'Odessa, a annoncé l'Ukraine.",
                EventType.ACCUSE), "Ukraine", "Russia"));
        assertTrue(has(names("fr", "Des avions turcs ont bombardé des positions kurdes en Syrie, a affirmé Damas.", EventType.ACCUSE),
                "Syria", "Turkey"));
        assertTrue(has(names("fr", "L'armée azerbaïdjanaise a pilonné des villages arméniens, a déclaré le ministère arménien de la Défense.",
                EventType.ACCUSE), "Armenia", "Azerbaijan"));
        // only sourced ("selon"): no accusation
        assertTrue(names("fr", "Des avions turcs ont bombardé des positions kurdes en Syrie, selon Damas.", EventType.ACCUSE).isEmpty());
        // a form of attack after "de" is a noun or an infinitive: no attack reported
        assertTrue(names("fr", "Des responsables à Kiev ont déclaré que des batteries russes étaient à portée de frappe de la ville.",
                EventType.ACCUSE).isEmpty());
    }

    @Test
    void aFrenchRefusalOfAProposalWithADateBetweenIsARejection() {
        assertTrue(has(names("fr", "Israël a refusé jeudi la proposition égyptienne d'un cessez-le-feu.", EventType.REJECT), "Israel", "Egypt"));
        assertTrue(has(names("fr", "Le Hamas a refusé mardi les exigences israéliennes.", EventType.REJECT), "Hamas", "Israel"));
        assertFalse(names("fr", "Téhéran a refusé vendredi l'offre de médiation du Qatar.", EventType.REJECT).isEmpty());
        // a refusal to speak is no rejection of anyone
        assertTrue(names("fr", "La Russie a refusé mardi de commenter.", EventType.REJECT).isEmpty());
    }

    @Test
    void allowingRalliesIsAConcessionNotAProtest() {
        for (String[] c : List.of(new String[]{"en", "Belarus authorised protests in Minsk on Saturday.", "Belarus"},
                new String[]{"en", "Bangladesh allowed opposition rallies on Friday.", "Bangladesh"},
                new String[]{"fr", "Le Tchad a autorisé les rassemblements de l'opposition.", "Chad"},
                new String[]{"fr", "Le gouvernement guinéen a de nouveau autorisé vendredi les manifestations de l'opposition.", "Guinea"})) {
            List<Event> events = events(c[0], c[1]);
            assertTrue(names(events, EventType.CONCEDE).stream().anyMatch(p -> p.startsWith(c[2])), c[1] + " -> " + events);
            assertTrue(names(events, EventType.PROTEST).isEmpty(), c[1] + " -> " + events);
        }
        // banning them is coercion
        assertTrue(names("en", "Egypt banned opposition rallies.", EventType.CONCEDE).isEmpty());
    }

    @Test
    void supplyBeforeANounOfLogisticsIsNoAid() {
        assertTrue(names("en", "Chinese coast guard ships blocked two Philippine supply boats near the shoal.", EventType.AID).isEmpty());
        assertTrue(names("en", "Russian drones hit Ukrainian supply lines near the front.", EventType.AID).isEmpty());
        assertTrue(names("en", "A Philippine supply mission reached the outpost on Sunday.", EventType.AID).isEmpty());
        // the verb with an object of aid is aid
        assertTrue(has(names("en", "Iran will supply drones to Russia.", EventType.AID), "Iran", "Russia"));
    }

    @Test
    void aParticipleAfterAReportingClauseIsTheSpeakersAct() {
        assertTrue(has(names("en", "The two ships collided on Monday, Manila said, accusing Beijing of reckless behaviour.", EventType.ACCUSE),
                "Philippines", "China"));
        assertTrue(has(names("en", "Two Indian soldiers were killed in Kashmir overnight, New Delhi said on Sunday, accusing Pakistan of "
                + "sheltering the gunmen.", EventType.ACCUSE), "India", "Pakistan"));
        assertTrue(has(names("fr", "Des tirs ont visé un poste frontière, a déclaré Bakou, accusant l'Arménie de provocation.", EventType.ACCUSE),
                "Azerbaijan", "Armenia"));
        // with no reporting clause, the participle is the main verb's subject's
        assertTrue(has(names("en", "Poland expelled a Russian diplomat on Friday, accusing him of spying.", EventType.ACCUSE), "Poland", ""));
    }

    @Test
    void aJointOperationOfTwoPartiesIsTheirCooperation() {
        for (String[] c : List.of(new String[]{"en", "Kenya and Somalia launched a joint operation against al-Shabaab on Tuesday.", "Kenya", "Somalia"},
                new String[]{"en", "Colombian and Ecuadorian police carried out joint raids on drug laboratories, officials said.", "Colombia", "Ecuador"},
                new String[]{"fr", "La France et l'Espagne ont mené une opération conjointe contre un réseau de passeurs.", "France", "Spain"})) {
            Set<String> pairs = names(c[0], c[1], EventType.COOPERATE);
            assertTrue(has(pairs, c[2], c[3]) || has(pairs, c[3], c[2]), c[1] + " -> " + pairs);
        }
        // one party named alone cooperates with no one named
        assertTrue(names("en", "The army launched a joint operation with the police.", EventType.COOPERATE).isEmpty());
    }

    @Test
    void anActCausedByAnotherIsDoneByTheOneCaused() {
        assertTrue(has(names("en", "The shelling forced Armenia to recall its ambassador from Baku.", EventType.SANCTION), "Armenia", "Azerbaijan"));
        assertTrue(has(names("en", "The attack led Jordan to expel the Israeli ambassador.", EventType.SANCTION), "Jordan", "Israel"));
        assertTrue(has(names("fr", "Les frappes ont poussé l'Iran à menacer Israël de représailles.", EventType.THREATEN), "Iran", "Israel"));
        // an act asked of another is only asked
        List<Event> asked = events("en", "Washington asked Kyiv to halt strikes on Russian refineries.");
        assertTrue(names(asked, EventType.ASSAULT).isEmpty() && names(asked, EventType.RETREAT).isEmpty(), asked.toString());
    }

    @Test
    void blockingOrInterceptingShipsRestrictsMovement() {
        for (String[] c : List.of(new String[]{"en", "Chinese coast guard ships blocked two Philippine supply boats near the reef on Monday.", "China", "Philippines"},
                new String[]{"en", "Turkish patrol boats turned back two Greek fishing boats on Sunday.", "Turkey", "Greece"},
                new String[]{"fr", "La marine turque a intercepté un navire grec en mer Égée.", "Turkey", "Greece"})) {
            Set<String> coerced = names(c[0], c[1], EventType.COERCE);
            assertTrue(has(coerced, c[2], c[3]), c[1] + " -> " + coerced);
            assertTrue(names(c[0], c[1], EventType.AID).isEmpty(), c[1]);
        }
        // blocking a text is a veto, no coercion
        List<Event> veto = events("en", "Hungary blocked the EU resolution on Ukraine.");
        assertTrue(names(veto, EventType.COERCE).isEmpty(), veto.toString());
        assertFalse(names(veto, EventType.REJECT).isEmpty(), veto.toString());
    }

    @Test
    void frenchDispersalOfProtestersIsRepression() {
        assertTrue(has(names("fr", "La police kényane a dispersé des manifestants mardi à Nairobi.", EventType.COERCE), "Kenya", ""));
        assertTrue(has(names("fr", "Les forces de l'ordre serbes ont dispersé un rassemblement d'étudiants à Belgrade.", EventType.COERCE),
                "Serbia", ""));
        assertTrue(has(names("fr", "La police turque avait dispersé à coups de gaz lacrymogène des centaines de manifestants à Istanbul.",
                EventType.COERCE), "Turkey", ""));
        // a crowd breaking up is no one's act
        assertTrue(names("fr", "Les manifestants se sont dispersés dans le calme en fin de journée.", EventType.COERCE).isEmpty());
    }
}
