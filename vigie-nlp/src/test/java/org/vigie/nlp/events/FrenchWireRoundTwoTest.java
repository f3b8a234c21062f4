package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * French wire copy, round two (evfr3): prisoner exchanges, weapons fired into the sea and weapon tests, membership
 * suspensions, the owner of a rejected proposal, visits to a capital, deployments to a border.
 */
class FrenchWireRoundTwoTest {
    private static final String DENMARK = "Q35", NORWAY = "Q20", SWEDEN = "Q34", FINLAND = "Q33", JAPAN = "Q17",
            IRAN = "Q794", MOROCCO = "Q1028", PAKISTAN = "Q843", KENYA = "Q114", SOMALIA = "Q1045", PORTUGAL = "Q45",
            SPAIN = "Q29", AFRICAN_UNION = "Q7159", NIGER = "Q1032", ARAB_LEAGUE = "Q7172", SYRIA = "Q858", NATO = "Q7184",
            TURKEY = "Q43", RUSSIA = "Q159", UKRAINE = "Q212", CHILE = "Q298", PERU = "Q419", SERBIA = "Q403",
            PHILIPPINES = "Q928", CHINA = "Q148", GREECE = "Q41", POLAND = "Q36", LITHUANIA = "Q37", BRAZIL = "Q155", GHANA = "Q117", TOGO = "Q945", MALI = "Q912", FRANCE = "Q142", CHAD = "Q657", SUDAN = "Q1049", MEXICO = "Q96", GERMANY = "Q183", BELARUS = "Q184", AUSTRALIA = "Q408", INDIA = "Q668", CANADA = "Q16", EU = "Q458", US = "Q30", VENEZUELA = "Q717";

    @Test
    void partiesThatExchangePrisonersEachReleaseTowardTheOther() {
        List<Event> past = events("fr", "Le Danemark et la Norvège ont échangé des prisonniers mardi.");
        assertEquals(Set.of(DENMARK + "|" + NORWAY, NORWAY + "|" + DENMARK), pairs(past, EventType.RETREAT), past.toString());
        List<Event> future = events("fr", "La Suède échangera des détenus avec la Finlande.");
        assertEquals(Set.of(SWEDEN + "|" + FINLAND, FINLAND + "|" + SWEDEN), pairs(future, EventType.RETREAT), future.toString());
        List<Event> noun = events("fr", "Un échange de prisonniers entre la Suède et la Finlande a eu lieu jeudi.");
        assertEquals(Set.of(SWEDEN + "|" + FINLAND, FINLAND + "|" + SWEDEN), pairs(noun, EventType.RETREAT), noun.toString());
    }

    @Test
    void anExchangeOfViewsReleasesNoOne() {
        List<Event> views = events("fr", "Le Danemark et la Norvège ont échangé leurs points de vue sur la pêche.");
        assertTrue(views.stream().noneMatch(e -> e.type() == EventType.RETREAT), views.toString());
    }

    @Test
    void aWeaponTestIsAShowOfForce() {
        List<Event> test = events("fr", "L'Iran a procédé à un tir d'essai d'un nouveau missile lundi.");
        assertEquals(Set.of(IRAN + "|-"), pairs(test, EventType.MOBILIZE), test.toString());
        List<Event> nuclear = events("fr", "Le Pakistan a effectué deux essais nucléaires en mai.");
        assertEquals(Set.of(PAKISTAN + "|-"), pairs(nuclear, EventType.MOBILIZE), nuclear.toString());
        assertTrue(test.stream().noneMatch(e -> e.type() == EventType.ASSAULT), test.toString());
    }

    @Test
    void weaponsFiredIntoTheSeaAreAShowOfForceNotAnAttack() {
        List<Event> past = events("fr", "Le Japon a tiré trois roquettes en mer mercredi.");
        assertEquals(Set.of(JAPAN + "|-"), pairs(past, EventType.MOBILIZE), past.toString());
        List<Event> pluperfect = events("fr", "Selon des experts, l'Iran avait lancé un missile de croisière dans la mer d'Oman.");
        assertEquals(Set.of(IRAN + "|-"), pairs(pluperfect, EventType.MOBILIZE), pluperfect.toString());
        List<Event> future = events("fr", "Le Maroc tirera deux obus au large de ses côtes.");
        assertEquals(Set.of(MOROCCO + "|-"), pairs(future, EventType.MOBILIZE), future.toString());
        assertTrue(past.stream().noneMatch(e -> e.type() == EventType.ASSAULT), past.toString());
    }

    @Test
    void projectilesLaunchedAtAPartyAreAnAttackWhateverStandsBetween() {
        for (String text : List.of("Le Kenya a lancé dans la nuit 120 drones et 8 missiles contre la Somalie.",
                "Le Kenya a lancé mardi des dizaines de drones sur la Somalie.", "Le Kenya a lancé lundi des obus et des roquettes contre la Somalie.")) {
            assertEquals(Set.of(KENYA + "|" + SOMALIA), pairs(events("fr", text), EventType.ASSAULT), text);
        }
        // (sent to a state, the same weapons are aid, not an attack)
        List<Event> sent = events("fr", "Le Kenya a envoyé 120 drones à la Somalie.");
        assertTrue(sent.stream().noneMatch(e -> e.type() == EventType.ASSAULT), sent.toString());
    }

    @Test
    void weaponsFiredAtANamedPartyOrAnOffensiveAtSeaStayAttacks() {
        List<Event> target = events("fr", "Le Kenya a tiré des roquettes sur la Somalie en mer.");
        assertEquals(Set.of(KENYA + "|" + SOMALIA), pairs(target, EventType.ASSAULT), target.toString());
        assertTrue(target.stream().noneMatch(e -> e.type() == EventType.MOBILIZE), target.toString());
        List<Event> offensive = events("fr", "Le Portugal a lancé une offensive en mer contre l'Espagne.");
        assertEquals(Set.of(PORTUGAL + "|" + SPAIN), pairs(offensive, EventType.ASSAULT), offensive.toString());
        assertTrue(offensive.stream().noneMatch(e -> e.type() == EventType.MOBILIZE), offensive.toString());
    }

    @Test
    void aMemberSuspendedOrExcludedFromABodyIsSanctioned() {
        List<Event> suspended = events("fr", "L'Union africaine a suspendu le Niger de ses instances après le putsch.");
        assertEquals(Set.of(AFRICAN_UNION + "|" + NIGER), pairs(suspended, EventType.SANCTION), suspended.toString());
        List<Event> excluded = events("fr", "La Ligue arabe a exclu la Syrie de ses réunions.");
        assertEquals(Set.of(ARAB_LEAGUE + "|" + SYRIA), pairs(excluded, EventType.SANCTION), excluded.toString());
        assertTrue(excluded.stream().noneMatch(e -> e.type() == EventType.REJECT), excluded.toString());
        List<Event> future = events("fr", "L'OTAN exclura la Turquie du sommet.");
        assertEquals(Set.of(NATO + "|" + TURKEY), pairs(future, EventType.SANCTION), future.toString());
    }

    @Test
    void excludingAnOptionOrSuspendingImportsSanctionsNoOne() {
        List<Event> option = events("fr", "Le Kremlin a exclu toute négociation avec l'Ukraine.");
        assertTrue(option.stream().noneMatch(e -> e.type() == EventType.SANCTION), option.toString());
        assertTrue(pairs(option, EventType.REJECT).contains(RUSSIA + "|" + UKRAINE), option.toString());
        List<Event> imports = events("fr", "L'Espagne a suspendu ses importations de gaz.");
        assertTrue(imports.stream().noneMatch(e -> e.type() == EventType.SANCTION), imports.toString());
    }

    @Test
    void theOwnerOfARejectedProposalIsTheOneRejected() {
        List<Event> of = events("fr", "Le Chili a rejeté la proposition du Pérou sur la frontière maritime.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(of, EventType.REJECT), of.toString());
        List<Event> demonym = events("fr", "Le Chili rejette l'offre péruvienne de médiation.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(demonym, EventType.REJECT), demonym.toString());
        List<Event> demand = events("fr", "Les Philippines ont rejeté mardi la demande de la Chine.");
        assertEquals(Set.of(PHILIPPINES + "|" + CHINA), pairs(demand, EventType.REJECT), demand.toString());
    }

    @Test
    void aProposalNamingNoOwnerGivesNoTarget() {
        List<Event> peace = events("fr", "La Grèce a rejeté la proposition de paix.");
        assertEquals(Set.of(GREECE + "|-"), pairs(peace, EventType.REJECT), peace.toString());
    }

    @Test
    void aVisitorsOwnStateIsNotTheStateVisited() {
        List<Event> title = events("fr", "Le Premier ministre espagnol Pedro Sánchez doit se rendre à Rabat lundi.");
        // (ev12dev: the city's own state, Morocco, is the host, named or not)
        assertTrue(title.stream().anyMatch(e -> e.type() == EventType.CONSULT && e.actor2() != null && e.actor2().entity().equals("Q1028")), title.toString());
        assertTrue(title.stream().noneMatch(e -> e.actor2() != null && e.actor2().entity().equals(SPAIN)), title.toString());
        List<Event> feminine = events("fr", "La présidente brésilienne Ana Costa se rendra à Lisbonne en mai.");
        assertTrue(feminine.stream().noneMatch(e -> e.actor2() != null && e.actor2().entity().equals(BRAZIL)), feminine.toString());
    }

    @Test
    void aVisitToANamedForeignStateKeepsItsTarget() {
        List<Event> named = events("fr", "Le chancelier allemand Olaf Scholz se rendra à Varsovie, a annoncé la Pologne.");
        assertTrue(pairs(named, EventType.CONSULT).stream().anyMatch(p -> p.endsWith("|" + POLAND)), named.toString());
        List<Event> state = events("fr", "Le président brésilien s'est rendu à Lisbonne, au Portugal.");
        assertEquals(Set.of(BRAZIL + "|" + PORTUGAL), pairs(state, EventType.CONSULT), state.toString());
    }

    @Test
    void troopsSentToABorderHaveNoTargetButTroopsMassedNearAnothersBorderDo() {
        List<Event> future = events("fr", "La Lituanie enverra trois cents soldats à la frontière biélorusse.");
        assertEquals(Set.of(LITHUANIA + "|-"), pairs(future, EventType.MOBILIZE), future.toString());
        List<Event> past = events("fr", "La Pologne a déployé des troupes supplémentaires à la frontière biélorusse.");
        assertEquals(Set.of(POLAND + "|-"), pairs(past, EventType.MOBILIZE), past.toString());
        List<Event> plural = events("fr", "La Grèce et la Turquie ont envoyé des soldats à la frontière syrienne.");
        assertTrue(pairs(plural, EventType.MOBILIZE).contains(GREECE + "|-"), plural.toString());
        List<Event> near = events("fr", "La Russie a massé des troupes près de la frontière ukrainienne.");
        assertEquals(Set.of(RUSSIA + "|" + UKRAINE), pairs(near, EventType.MOBILIZE), near.toString());
    }

    @ParameterizedTest(name = "{0} -> {1} by {2}")
    @CsvSource(delimiter = '|', value = {
            "La police kényane a placé en garde à vue trois opposants ougandais.|COERCE|Q114",
            "La Cour pénale internationale a émis un mandat d'arrêt contre le président soudanais.|COERCE|vigie:international-criminal-court",
            "La justice française a inculpé un ancien ministre libyen.|ACCUSE|Q142",
            "Les États-Unis ont boycotté la conférence organisée par l'Iran.|PROTEST|Q30",
            "Le Canada boycottera les Jeux de Pékin.|PROTEST|Q16",
            "Le gouvernement éthiopien a décrété l'état d'urgence.|COERCE|Q115",
            "L'armée thaïlandaise a imposé la loi martiale.|COERCE|Q869",
            "Le Pérou a levé le couvre-feu à Lima.|RETREAT|Q419",
            "Le Brésil a levé la loi martiale.|RETREAT|Q155",
            "L'Espagne a extradé un militant basque vers la France.|COOPERATE|Q29",
            "Le Japon a présenté ses excuses à la Corée du Sud.|SUPPORT|Q17",
            "La Chine et le Kenya ont signé un accord de coopération.|AGREE|Q148",
            "Le Portugal a signé un accord de coopération avec l'Angola.|AGREE|Q45",
    })
    void aFrenchFormOfAnActTheEnglishTableCodesReportsIt(String sentence, EventType type, String actor) {
        List<Event> fr = events("fr", sentence);
        Set<String> actors = fr.stream().filter(e -> e.type() == type).map(e -> e.actor1().entity()).collect(Collectors.toSet());
        assertTrue(actors.contains(actor), fr.toString());
    }

    @ParameterizedTest(name = "{0}: no {1}")
    @CsvSource(delimiter = '|', value = {
            "Le Mexique a publié un livre sur l'assassinat de Trotski.|ASSAULT",
            "Le Chili a levé le couvre-feu décrété après le séisme.|COERCE",
            "Le Portugal a signé un accord de coopération avec l'Angola.|COOPERATE",
            "La Suède a extrait du minerai de fer.|COOPERATE",
    })
    void theSameWordsElsewhereReportNoSuchAct(String sentence, EventType type) {
        List<Event> fr = events("fr", sentence);
        assertTrue(fr.stream().noneMatch(e -> e.type() == type), fr.toString());
    }

    @Test
    void aidNamedByTheBareNounAfterAnIndefiniteArticleIsAid() {
        List<Event> granted = events("fr", "Le Ghana a accordé une aide de 5 millions de dollars au Togo.");
        assertEquals(Set.of(GHANA + "|" + TOGO), pairs(granted, EventType.AID), granted.toString());
        List<Event> loan = events("fr", "La Banque mondiale va accorder un nouveau prêt au Kenya.");
        assertTrue(pairs(loan, EventType.AID).stream().anyMatch(p -> p.endsWith("|" + KENYA)), loan.toString());
        List<Event> gift = events("fr", "Le Japon a fait un don de riz au Laos.");
        assertTrue(pairs(gift, EventType.AID).stream().anyMatch(p -> p.startsWith(JAPAN + "|")), gift.toString());
    }

    @Test
    void theHelpOfAMeansIsNoAid() {
        List<Event> means = events("fr", "La police malienne a dispersé la foule à l'aide de gaz.");
        assertTrue(means.stream().noneMatch(e -> e.type() == EventType.AID), means.toString());
    }

    @Test
    void whoReceivesAidOrSupportIsItsTargetAndTheGiverActs() {
        List<Event> aid = events("fr", "Le Ghana a reçu une aide humanitaire du Togo.");
        assertEquals(Set.of(TOGO + "|" + GHANA), pairs(aid, EventType.AID), aid.toString());
        List<Event> future = events("fr", "Le Mali recevra une aide militaire de la Russie.");
        assertEquals(Set.of(RUSSIA + "|" + MALI), pairs(future, EventType.AID), future.toString());
        List<Event> support = events("fr", "Le Chili a obtenu le soutien du Pérou.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(support, EventType.SUPPORT), support.toString());
    }

    @Test
    void receivingAVisitorIsStillAVisitReceived() {
        List<Event> visit = events("fr", "Le président kényan a reçu son homologue somalien à Nairobi.");
        assertEquals(Set.of(KENYA + "|" + SOMALIA), pairs(visit, EventType.CONSULT), visit.toString());
    }

    @Test
    void anEnvoyRecalledWhateverTheVerbIsADiplomaticSanction() {
        List<Event> withdrawn = events("fr", "La France a retiré son ambassadeur du Niger.");
        assertEquals(Set.of(FRANCE + "|" + NIGER), pairs(withdrawn, EventType.SANCTION), withdrawn.toString());
        List<Event> future = events("fr", "Le Tchad retirera son ambassadeur au Soudan.");
        assertEquals(Set.of(CHAD + "|" + SUDAN), pairs(future, EventType.SANCTION), future.toString());
        List<Event> diplomats = events("fr", "Le Pérou a rappelé ses diplomates en poste au Mexique.");
        assertEquals(Set.of(PERU + "|" + MEXICO), pairs(diplomats, EventType.SANCTION), diplomats.toString());
        assertTrue(withdrawn.stream().noneMatch(e -> e.type() == EventType.RETREAT), withdrawn.toString());
    }

    @Test
    void troopsWithdrawnStayARetreat() {
        List<Event> troops = events("fr", "La France a retiré ses soldats du Niger.");
        assertEquals(Set.of(FRANCE + "|" + NIGER), pairs(troops, EventType.RETREAT), troops.toString());
        assertTrue(troops.stream().noneMatch(e -> e.type() == EventType.SANCTION), troops.toString());
    }

    @Test
    void theNounObjectOfASupportVerbIsTheActOfEachCoordinatedSubject() {
        List<Event> sanctions = events("fr", "La France et l'Allemagne ont imposé des sanctions à la Biélorussie.");
        assertEquals(Set.of(FRANCE + "|" + BELARUS, GERMANY + "|" + BELARUS), pairs(sanctions, EventType.SANCTION), sanctions.toString());
        List<Event> aid = events("fr", "Le Japon et l'Australie ont promis une aide militaire à l'Ukraine.");
        assertEquals(Set.of(JAPAN + "|" + UKRAINE, AUSTRALIA + "|" + UKRAINE), pairs(aid, EventType.AID), aid.toString());
        List<Event> drills = events("fr", "L'Inde et le Pakistan lanceront des manœuvres militaires.");
        assertEquals(Set.of(INDIA + "|-", PAKISTAN + "|-"), pairs(drills, EventType.MOBILIZE), drills.toString());
    }

    @Test
    void aMeetingOfCoordinatedPartiesStaysOneMeetingBetweenThem() {
        List<Event> meeting = events("fr", "Le Canada et le Mexique ont tenu une réunion à Ottawa.");
        assertEquals(1, meeting.stream().filter(e -> e.type() == EventType.CONSULT).count(), meeting.toString());
        assertTrue(pairs(meeting, EventType.CONSULT).contains(CANADA + "|" + MEXICO), meeting.toString());
    }

    @Test
    void talkingOnThePhoneIsACall() {
        List<Event> talked = events("fr", "Le ministre turc des Affaires étrangères s'est entretenu au téléphone avec son homologue iranien.");
        assertTrue(talked.stream().anyMatch(e -> e.type() == EventType.CONSULT && "phone".equals(e.mode())), talked.toString());
        List<Event> spoke = events("fr", "Le président kényan a parlé au téléphone avec le président somalien.");
        assertEquals(Set.of(KENYA + "|" + SOMALIA), pairs(spoke, EventType.CONSULT), spoke.toString());
        List<Event> each = events("fr", "Le Kenya et la Somalie se sont parlé par téléphone mardi.");
        assertTrue(each.stream().allMatch(e -> e.type() == EventType.CONSULT && "phone".equals(e.mode())) && !each.isEmpty(), each.toString());
    }

    @Test
    void talkingToReportersIsNoCall() {
        List<Event> press = events("fr", "Le président kényan a parlé de la Somalie au téléphone avec des journalistes.");
        assertTrue(press.stream().noneMatch(e -> e.type() == EventType.CONSULT), press.toString());
    }

    @Test
    void aBallisticMissileLaunchedAtNoOneIsAShowOfForce() {
        List<Event> nominal = events("fr", "Le Pakistan a procédé à un nouveau tir de missile balistique.");
        assertEquals(Set.of(PAKISTAN + "|-"), pairs(nominal, EventType.MOBILIZE), nominal.toString());
        List<Event> launched = events("fr", "L'Iran a lancé un missile balistique intercontinental vendredi.");
        assertEquals(Set.of(IRAN + "|-"), pairs(launched, EventType.MOBILIZE), launched.toString());
        List<Event> fired = events("fr", "L'Inde a tiré deux missiles balistiques lundi, selon son armée.");
        assertEquals(Set.of(INDIA + "|-"), pairs(fired, EventType.MOBILIZE), fired.toString());
    }

    @Test
    void aBallisticMissileLaunchedAtAPartyIsAnAttack() {
        List<Event> against = events("fr", "L'Iran a lancé des missiles balistiques contre l'Inde.");
        assertEquals(Set.of(IRAN + "|" + INDIA), pairs(against, EventType.ASSAULT), against.toString());
        assertTrue(against.stream().noneMatch(e -> e.type() == EventType.MOBILIZE), against.toString());
        List<Event> toward = events("fr", "Le Pakistan a tiré un missile balistique vers l'Inde.");
        assertEquals(Set.of(PAKISTAN + "|" + INDIA), pairs(toward, EventType.ASSAULT), toward.toString());
        List<Event> appeal = events("fr", "Le syndicat a lancé un appel contre la réforme.");
        assertTrue(appeal.stream().noneMatch(e -> e.type() == EventType.ASSAULT || e.type() == EventType.MOBILIZE), appeal.toString());
    }

    @Test
    void whoUndergoesAnActIsItsTarget() {
        List<Event> object = events("fr", "La Russie a fait l'objet de nouvelles sanctions de l'Union européenne.");
        assertEquals(Set.of(EU + "|" + RUSSIA), pairs(object, EventType.SANCTION), object.toString());
        List<Event> present = events("fr", "Le Venezuela fait l'objet de sanctions américaines.");
        assertEquals(Set.of(US + "|" + VENEZUELA), pairs(present, EventType.SANCTION), present.toString());
        List<Event> imposed = events("fr", "Les États-Unis ont imposé des sanctions au Venezuela.");
        assertEquals(Set.of(US + "|" + VENEZUELA), pairs(imposed, EventType.SANCTION), imposed.toString());
    }
}
