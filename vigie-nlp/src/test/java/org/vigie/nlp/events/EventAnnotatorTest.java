package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.Annotator;
import org.vigie.core.AnnotatorContract;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.DocumentLanguage;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;
import org.vigie.nlp.DefaultPipeline;
import org.vigie.nlp.quotes.QuoteAnnotator;
import org.vigie.nlp.quotes.TestDocs;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class EventAnnotatorTest extends AnnotatorContract {
    private static final String[] WORLD = {
            "Teodor Vasko|PER|Teodor Vasko|Vasko", "Ilena Marescu|PER|Ilena Marescu|Marescu",
            "Radek Orlin|PER|Radek Orlin|Orlin", "Piotr Saldanov|PER|Piotr Saldanov|Saldanov",
            "Valdoria|GPE|Valdorie|valdorienne|valdoriennes|valdoriens|valdorien|Valdoria|Valdorian",
            "Lessaria|GPE|Lessarie|lessarienne|lessariens|lessarien|Lessaria|Lessarian", "CBTO|ORG|OTBC|CBTO",
            "Brenhaven|GPE|Brenhaven", "Dravnik|GPE|Dravnik", "Sarvel valley|LOC|vallée de la Sarvel|Sarvel valley"};

    private final EventAnnotator annotator = new EventAnnotator();

    @Override
    protected Annotator annotator() {
        return annotator;
    }

    @Override
    protected Document prepare(Document raw) {
        Document d = TestDocs.withEntities(DefaultPipeline.create(List.of("blocks", "segment")).run(raw), WORLD);
        return d.with(Layers.of(LayerKind.TIMES, List.of()));
    }

    @Override
    protected String sampleText() {
        return "Teodor Vasko a rencontré Piotr Saldanov à Brenhaven. La Valdorie a démenti préparer une invasion.\n"
                + "The CBTO accused Valdoria of raising tensions.";
    }

    private List<Event> events(String language, String text, String... times) {
        Document d = TestDocs.withTimes(TestDocs.doc(text, WORLD), times);
        d = d.with(Layers.of(LayerKind.LANGUAGE, List.of(new DocumentLanguage(language))));
        d = d.with(new QuoteAnnotator().annotate(d));
        return annotator.annotate(d).get(LayerKind.EVENTS);
    }

    private static String name(org.vigie.core.model.EntityRef r) {
        return r == null ? "" : r.name();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr|Teodor Vasko a rencontré Piotr Saldanov lundi.|CONSULT|meeting|Teodor Vasko|Piotr Saldanov",
            "en|Teodor Vasko met Piotr Saldanov on Monday.|CONSULT|meeting|Teodor Vasko|Piotr Saldanov",
            "fr|Ilena Marescu s'est entretenue par téléphone avec Teodor Vasko.|CONSULT|phone|Ilena Marescu|Teodor Vasko",
            "en|Ilena Marescu spoke by phone with Teodor Vasko.|CONSULT|phone|Ilena Marescu|Teodor Vasko",
            "fr|Radek Orlin s'est rendu à Brenhaven pour une visite.|CONSULT|visit|Radek Orlin|",
            "en|Radek Orlin visited Brenhaven on Friday.|CONSULT|visit|Radek Orlin|Brenhaven",
            "fr|Les ambassadeurs de l'OTBC se réuniront jeudi en session extraordinaire.|CONSULT|multilateral|CBTO|",
            "en|The CBTO convened a summit of its members.|CONSULT|multilateral|CBTO|",
            "fr|Radek Orlin a mis en garde l'OTBC contre toute provocation.|THREATEN||Radek Orlin|CBTO",
            "en|Radek Orlin warned the CBTO against any provocation.|THREATEN||Radek Orlin|CBTO",
            "fr|La Lessarie a accusé la Valdorie de masser des troupes.|ACCUSE||Lessaria|Valdoria",
            "en|Lessaria accused Valdoria of massing troops.|ACCUSE||Lessaria|Valdoria",
            "fr|La Valdorie a démenti tout projet d'invasion de la Lessarie.|REJECT||Valdoria|Lessaria",
            "en|Valdoria denied any plan to invade Lessaria.|REJECT||Valdoria|Lessaria",
            "fr|Teodor Vasko a appelé la Valdorie à retirer ses troupes.|REQUEST||Teodor Vasko|Valdoria",
            "en|Teodor Vasko called on Valdoria to pull its troops back.|REQUEST||Teodor Vasko|Valdoria",
            "fr|La Valdorie a massé des troupes près de la vallée de la Sarvel.|MOBILIZE|troops|Valdoria|",
            "en|Valdoria deployed troops near the Sarvel valley.|MOBILIZE|troops|Valdoria|",
            "fr|La Valdorie a annoncé le retrait de deux brigades.|RETREAT||Valdoria|",
            "en|Valdoria withdrew two brigades from the Sarvel valley.|RETREAT||Valdoria|",
            "fr|La Lessarie a expulsé quatre diplomates valdoriens.|SANCTION|expel|Lessaria|Valdoria",
            "en|Lessaria expelled four Valdorian diplomats.|SANCTION|expel|Lessaria|Valdoria",
            "fr|L'OTBC a livré des radars à la Lessarie.|AID||CBTO|Lessaria",
            "en|The CBTO delivered radars to Lessaria.|AID||CBTO|Lessaria",
            "fr|L'OTBC a apporté son soutien à la Lessarie.|SUPPORT||CBTO|Lessaria",
            "en|The CBTO backed Lessaria in the dispute.|SUPPORT||CBTO|Lessaria",
            "fr|La Valdorie et la Lessarie sont convenues d'une mission d'observation.|AGREE||Valdoria|Lessaria",
            "en|Valdoria and Lessaria agreed on an observer mission.|AGREE||Valdoria|Lessaria",
            "fr|Les forces valdoriennes ont bombardé Dravnik vendredi.|ASSAULT||Valdoria|Dravnik",
            "en|Valdorian forces shelled Dravnik on Friday.|ASSAULT||Valdoria|Dravnik",
            "fr|Des étudiants lessariens ont manifesté devant l'ambassade de la Valdorie.|PROTEST|demo|Lessaria|Valdoria",
            "en|Lessarian crowds staged a protest outside the embassy of Valdoria.|PROTEST|demo|Lessaria|Valdoria",
            "fr|La Valdorie a fait une concession à la Lessarie.|CONCEDE||Valdoria|Lessaria",
            "en|Valdoria conceded the point to Lessaria.|CONCEDE||Valdoria|Lessaria",
            "fr|La Lessarie a renforcé sa coopération avec l'OTBC.|COOPERATE||Lessaria|CBTO",
            "en|Lessaria deepened its cooperation with the CBTO.|COOPERATE||Lessaria|CBTO",
            "fr|La police lessarienne a arrêté Radek Orlin.|COERCE|arrest|Lessaria|Radek Orlin",
            "en|Lessarian police arrested Radek Orlin.|COERCE|arrest|Lessaria|Radek Orlin",
            "en|Valdorian gunners bombarded Dravnik overnight.|ASSAULT||Valdoria|Dravnik",
            "en|Lessarian troops clashed with Valdorian forces.|ASSAULT||Lessaria|Valdoria",
            "en|Lessaria released Radek Orlin on Tuesday.|RETREAT|release|Lessaria|Radek Orlin",
            "en|The CBTO helped Lessaria with radars.|AID||CBTO|Lessaria",
            "en|Lessaria alleged that Valdoria had moved troops.|ACCUSE||Lessaria|Valdoria",
            "en|A Lessarian court jailed Radek Orlin for two years.|COERCE|arrest|Lessaria|Radek Orlin",
            "en|Lessaria ratified a treaty with the CBTO.|SUPPORT||Lessaria|CBTO",
            "en|The CBTO presented evidence against Valdoria.|ACCUSE||CBTO|Valdoria",
    })
    void eachTriggerGivesItsTypeModeAndActors(String lang, String text, String type, String mode, String actor1, String actor2) {
        List<Event> es = events(lang, text);
        Event e = es.stream().filter(x -> x.type() == EventType.valueOf(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + es));
        assertEquals(mode == null ? null : mode, e.mode(), "mode");
        assertEquals(actor1, name(e.actor1()), "actor1");
        assertEquals(actor2 == null ? "" : actor2, name(e.actor2()), "actor2");
        assertFalse(e.negated());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
            "en; Lessaria froze the assets of two Valdorian banks on Tuesday.; SANCTION; Lessaria",
            "fr; La Lessarie a gelé les avoirs de deux banques valdoriennes mardi.; SANCTION; Lessaria",
            "en; Valdoria called up reservists near the border on Monday.; MOBILIZE; Valdoria",
            "en; Lessaria and Valdoria signed an agreement on border crossings.; AGREE; Lessaria",
            "fr; Teodor Vasko a reçu son homologue Piotr Saldanov à Brenhaven.; CONSULT; Teodor Vasko",
            "en; The CBTO pledged support to Lessaria on Friday.; SUPPORT; CBTO"})
    void commonNewsWordingsOfSanctionsCallUpsAgreementsMeetingsAndSupportAreEvents(String language, String text, EventType type, String actor1) {
        List<Event> es = events(language, text);
        assertTrue(es.stream().anyMatch(e -> e.type() == type && name(e.actor1()).equals(actor1)), es.toString());
    }

    @Test
    void aDenialIsARejectionNotTheDeniedEvent() {
        List<Event> fr = events("fr", "La Valdorie a démenti préparer une invasion de la Lessarie.");
        assertEquals(List.of(EventType.REJECT), fr.stream().map(Event::type).toList());
        List<Event> en = events("en", "Valdoria denied it had shelled Dravnik.");
        assertEquals(List.of(EventType.REJECT), en.stream().map(Event::type).toList());
        assertEquals("Valdoria", name(en.get(0).actor1()));
    }

    @Test
    void negationMarksTheEventNegated() {
        for (String[] c : List.of(new String[]{"fr", "Teodor Vasko n'a pas rencontré Piotr Saldanov."},
                new String[]{"en", "Teodor Vasko did not meet Piotr Saldanov."},
                new String[]{"en", "Teodor Vasko refused to meet Piotr Saldanov."},
                new String[]{"fr", "Teodor Vasko a refusé de rencontrer Piotr Saldanov."})) {
            List<Event> es = events(c[0], c[1]);
            assertEquals(1, es.size(), c[1]);
            assertEquals(EventType.CONSULT, es.get(0).type());
            assertTrue(es.get(0).negated(), c[1]);
        }
        assertTrue(events("fr", "Les pourparlers se sont terminés sans accord entre la Valdorie et la Lessarie.")
                .stream().anyMatch(e -> e.type() == EventType.AGREE && e.negated()));
    }

    @Test
    void theAgentOfAPassiveIsTheFirstActor() {
        Event fr = events("fr", "Teodor Vasko a été reçu par Piotr Saldanov.").stream().findFirst().orElseThrow();
        assertEquals("Piotr Saldanov", name(fr.actor1()));
        assertEquals("Teodor Vasko", name(fr.actor2()));
        Event en = events("en", "Dravnik was shelled by Valdorian forces.").stream().findFirst().orElseThrow();
        assertEquals(EventType.ASSAULT, en.type());
        assertEquals("Valdoria", name(en.actor1()));
        assertEquals("Dravnik", name(en.actor2()));
    }

    @Test
    void locationIsThePlaceAfterALocativePreposition() {
        Event fr = events("fr", "Teodor Vasko a rencontré Piotr Saldanov à Brenhaven.").get(0);
        assertEquals("Brenhaven", name(fr.location()));
        Event en = events("en", "Valdoria massed troops near the Sarvel valley.").get(0);
        assertEquals("Sarvel valley", name(en.location()));
    }

    @Test
    void dateIsTheValueOfATimeExpressionOfTheSentence() {
        Event e = events("fr", "Teodor Vasko a rencontré Piotr Saldanov mardi. Il est reparti.", "mardi=2025-03-18").get(0);
        assertEquals("2025-03-18", e.date());
        assertNull(events("fr", "Teodor Vasko a rencontré Piotr Saldanov. Il est reparti mardi.", "mardi=2025-03-18").get(0).date());
    }

    @Test
    void onePerReportedActionNotOnePerSentence() {
        List<Event> es = events("en", "Teodor Vasko spoke by phone with Ilena Marescu and pledged support to Lessaria.");
        assertEquals(List.of(EventType.CONSULT, EventType.SUPPORT), es.stream().map(Event::type).toList());
        assertEquals("Teodor Vasko", name(es.get(1).actor1()));
    }

    @Test
    void aPronounSubjectAfterQueIsTheSpeaker() {
        Event e = events("fr", "La Valdorie a déclaré qu'elle retirait deux brigades.").get(0);
        assertEquals(EventType.RETREAT, e.type());
        assertEquals("Valdoria", name(e.actor1()));
    }

    @Test
    void triggersInsideDirectQuotesAndConditionsAreNoEvents() {
        assertTrue(events("fr", "Radek Orlin a déclaré : « Nous attaquerons si besoin. »").isEmpty());
        assertTrue(events("fr", "Teodor Vasko jugera sur pièces si la Valdorie retire ses troupes.").isEmpty());
        assertTrue(events("en", "The CBTO will discuss possible sanctions against Valdoria.").stream()
                .noneMatch(e -> e.type() == EventType.SANCTION));
    }

    @Test
    void withoutAFirstActorThereIsNoEvent() {
        assertTrue(events("fr", "Des bombardements ont eu lieu hier.").isEmpty());
    }

    private List<Event> eventsWith(String language, String text, String... world) {
        Document d = TestDocs.withTimes(TestDocs.doc(text, world));
        d = d.with(Layers.of(LayerKind.LANGUAGE, List.of(new DocumentLanguage(language))));
        d = d.with(new QuoteAnnotator().annotate(d));
        return annotator.annotate(d).get(LayerKind.EVENTS);
    }

    @Test
    void aCapitalTheKnowledgeBaseKnowsActsForItsState() {
        List<Event> es = eventsWith("en", "Moscow rejected the demands of Ukraine on Tuesday. Russia has troops at the border.",
                "Moscow|GPE|Moscow", "Russia|GPE|Russia", "Ukraine|GPE|Ukraine");
        Event e = es.stream().filter(x -> x.type() == EventType.REJECT).findFirst().orElseThrow(() -> new AssertionError(es));
        assertEquals("Russia", name(e.actor1()));
        assertEquals("Ukraine", name(e.actor2()));
    }

    @Test
    void aCapitalWhoseStateTheDocumentDoesNotNameStandsForTheStateTheKnowledgeBaseGivesIt() {
        // PLOVER actors are states, organisations and people: a capital accused or struck stands for its government
        // (demo/GUIDELINES.md: the actor is the state), here the state the knowledge base places it in, and it stays
        // where the act is located
        Event e = eventsWith("en", "Ukraine accused Moscow of lying.", "Moscow|GPE|Moscow", "Ukraine|GPE|Ukraine")
                .stream().filter(x -> x.type() == EventType.ACCUSE).findFirst().orElseThrow();
        assertEquals("Russia", name(e.actor2()));
        assertEquals("Moscow", name(e.location()));
    }

    @Test
    void aCityTheTextPlacesPeopleInIsNoTargetButCanBeTheLocation() {
        List<Event> es = events("fr", "Des diplomates sont arrivés à Brenhaven. Teodor Vasko a accusé Brenhaven de mentir.");
        Event accuse = es.stream().filter(e -> e.type() == EventType.ACCUSE).findFirst().orElseThrow(() -> new AssertionError(es));
        assertNull(accuse.actor2());
        assertEquals("Brenhaven", name(accuse.location()));
    }

    @Test
    void aDatelineTiesAnUnknownCityToItsState() {
        List<Event> es = eventsWith("en", "BRENHAVEN, Lessaria (AP) - Officials met on Monday.\n\nBrenhaven accused Valdoria of shelling Dravnik.",
                "Brenhaven|GPE|BRENHAVEN|Brenhaven", "Lessaria|GPE|Lessaria", "Valdoria|GPE|Valdoria", "Dravnik|GPE|Dravnik");
        Event e = es.stream().filter(x -> x.type() == EventType.ACCUSE).findFirst().orElseThrow(() -> new AssertionError(es));
        assertEquals("Lessaria", name(e.actor1()));
        assertEquals("Valdoria", name(e.actor2()));
    }

    @Test
    void aCityOpeningASentenceWithTheStatesPeopleStandsForThatState() {
        List<Event> fr = events("fr", "À Brenhaven, le ministre valdorien a parlé. Brenhaven a démenti toute implication.");
        assertEquals("Valdoria", name(fr.stream().filter(x -> x.type() == EventType.REJECT).findFirst().orElseThrow().actor1()));
        List<Event> en = events("en", "In Brenhaven, Valdoria's foreign minister spoke. Brenhaven denied any role.");
        assertEquals("Valdoria", name(en.stream().filter(x -> x.type() == EventType.REJECT).findFirst().orElseThrow().actor1()));
    }

    private static final String[] OTHER_WORLD = {"Ostravia|GPE|Ostravie|ostraviennes|ostravienne|ostraviens|ostravien",
            "Belmoria|GPE|Belmorie|belmoriennes|belmoriens|belmorien",
            "Carnia|GPE|Carnie|carnien", "Velgrad|GPE|Velgrad", "Sorno|GPE|Sorno", "Anton Lirek|PER|Anton Lirek|Lirek"};

    /** The event of this type whose evidence sentence contains {@code evidence}. */
    private Event inOtherWorld(String text, EventType type, String evidence) {
        List<Event> es = eventsWith("fr", text, OTHER_WORLD);
        return es.stream().filter(e -> e.type() == type && e.evidence().of(text).contains(evidence)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " at '" + evidence + "' in " + es));
    }

    @Test
    void aCityWhereAPersonOfAStateActsStandsForThatState() {
        // the spokesman is tied to his state in one sentence, to the city in another: the city is his state's seat
        Event e = inOtherWorld("Le porte-parole de la présidence ostravienne, Anton Lirek, a parlé lundi. "
                + "À Velgrad, Anton Lirek a reçu des journalistes. Velgrad a rejeté toute critique de la Belmorie.",
                EventType.REJECT, "Velgrad a rejeté");
        assertEquals("Ostravia", name(e.actor1()));
    }

    @Test
    void inAStoryBetweenTwoStatesTheOtherActingCapitalIsTheOtherState() {
        Event e = inOtherWorld("À Sorno, le ministre belmorien a parlé. La Belmorie et l'Ostravie se disputent la vallée. "
                + "Des diplomates sont arrivés à Velgrad. L'Ostravie a démenti. Sorno a accusé Velgrad de mentir.",
                EventType.ACCUSE, "Sorno a accusé");
        assertEquals("Belmoria", name(e.actor1()));
        assertEquals("Ostravia", name(e.actor2()));
    }

    @Test
    void withAThirdStateAsPresentTheOtherCapitalStaysUnresolved() {
        Event e = inOtherWorld("À Sorno, le ministre belmorien a parlé. La Belmorie, la Carnie et l'Ostravie se disputent "
                + "la vallée. Des diplomates sont arrivés à Velgrad. L'Ostravie a démenti, la Carnie aussi. Sorno a accusé Velgrad de mentir.",
                EventType.ACCUSE, "Sorno a accusé");
        assertEquals("Belmoria", name(e.actor1()));
        assertNull(e.actor2());
    }

    @Test
    void aTownStruckByOneSideOfATwoStateStoryBelongsToTheOther() {
        Event e = inOtherWorld("La crise oppose la Belmorie et l'Ostravie depuis mars ; l'Ostravie accuse. Des journalistes sont arrivés à Velgrad. "
                + "Les forces belmoriennes ont bombardé Velgrad vendredi.", EventType.ASSAULT, "bombardé");
        assertEquals("Belmoria", name(e.actor1()));
        assertEquals("Ostravia", name(e.actor2()));
        assertEquals("Velgrad", name(e.location()));
    }

    @Test
    void aCityActingAgainstOneSideOfATwoStateStorySpeaksForTheOther() {
        Event e = inOtherWorld("La crise oppose la Belmorie et l'Ostravie depuis mars ; l'Ostravie accuse. Des diplomates sont arrivés à Velgrad. "
                + "Velgrad a expulsé quatre diplomates belmoriens.", EventType.SANCTION, "expulsé");
        assertEquals("Ostravia", name(e.actor1()));
        assertEquals("Belmoria", name(e.actor2()));
    }

    @Test
    void betweenInALaterClauseNamesOtherPartiesThanTheAttacks() {
        List<Event> es = events("fr", "Trois civils ont été tués par des tirs d'artillerie près de Dravnik, premier bilan "
                + "de la crise entre la Valdorie et la Lessarie.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ASSAULT), es.toString());
        List<Event> talks = events("en", "The deal came after talks, hosted by Ilena Marescu, between Teodor Vasko and Piotr Saldanov.");
        assertTrue(talks.stream().anyMatch(e -> e.type() == EventType.CONSULT && name(e.actor1()).equals("Teodor Vasko")
                && name(e.actor2()).equals("Piotr Saldanov")), talks.toString());
    }

    @Test
    void aDemandToTheOtherSidesCapitalIsADemandToThatState() {
        Event e = inOtherWorld("La crise oppose la Belmorie et l'Ostravie depuis mars ; l'Ostravie accuse. "
                + "Le porte-parole belmorien, Anton Lirek, a parlé. Des journalistes sont arrivés à Velgrad. "
                + "Anton Lirek a appelé Velgrad à retirer ses troupes.",
                EventType.REQUEST, "appelé Velgrad");
        assertEquals("Anton Lirek", name(e.actor1()));
        assertEquals("Ostravia", name(e.actor2()));
    }

    @Test
    void inEnglishAStateNamedWithoutArticleIsOneSideToo() {
        List<Event> es = eventsWith("en", "VELGRAD, March 3 (Reuters) - Officials met on Monday.\n\nOstravia and Belmoria traded accusations, and "
                + "Ostravia denied any plan. Belmorian minister Anton Lirek urged Velgrad to explain the troop moves.",
                "Ostravia|GPE|Ostravia", "Belmoria|GPE|Belmorian|Belmoria", "Velgrad|GPE|VELGRAD|Velgrad", "Anton Lirek|PER|Anton Lirek");
        Event e = es.stream().filter(x -> x.type() == EventType.REQUEST).findFirst().orElseThrow(() -> new AssertionError(es));
        assertEquals("Anton Lirek", name(e.actor1()));
        assertEquals("Ostravia", name(e.actor2()));
    }

    @Test
    void anActionReportedInTheLeadAndAgainInTheBodyIsOneEvent() {
        String text = "La Lessarie a expulsé deux diplomates valdoriens, au moment où l'OTBC frappait de sanctions la Valdorie. "
                + "L'OTBC a de son côté sanctionné la Valdorie pour ses manœuvres.";
        List<Event> es = events("fr", text);
        List<Event> sanctions = es.stream().filter(e -> e.type() == EventType.SANCTION && name(e.actor1()).equals("CBTO")).toList();
        assertEquals(1, sanctions.size(), es.toString());
        assertTrue(sanctions.get(0).evidence().of(text).contains("frappait"));
        assertEquals("Valdoria", name(sanctions.get(0).actor2()));
    }

    @Test
    void theSameActOnTwoDatesIsTwoEvents() {
        List<Event> es = events("fr", "Teodor Vasko a rencontré Piotr Saldanov lundi. Teodor Vasko a rencontré Piotr Saldanov jeudi.",
                "lundi=2025-03-03", "jeudi=2025-03-06");
        assertEquals(2, es.stream().filter(e -> e.type() == EventType.CONSULT).count(), es.toString());
    }

    @Test
    void anAcronymInBracketsBeforeTheVerbDoesNotHideTheSubject() {
        List<Event> fr = eventsWith("fr", "L'Alliance du Nord (ADN) a appelé les deux camps à la retenue.", "Northern Alliance|ORG|Alliance du Nord|ADN");
        assertEquals("Northern Alliance", name(fr.stream().filter(e -> e.type() == EventType.REQUEST).findFirst()
                .orElseThrow(() -> new AssertionError(fr)).actor1()));
        List<Event> en = eventsWith("en", "The Northern Alliance (NA) called on both sides to show restraint.", "Northern Alliance|ORG|Northern Alliance|NA");
        assertEquals("Northern Alliance", name(en.stream().filter(e -> e.type() == EventType.REQUEST).findFirst()
                .orElseThrow(() -> new AssertionError(en)).actor1()));
    }

    @Test
    void aQuoteNegatingForceIsADenialByItsSpeaker() {
        for (String[] c : List.of(new String[]{"fr", "« Nos soldats ne menacent personne », a déclaré Radek Orlin.", "Radek Orlin"},
                new String[]{"fr", "« La Valdorie n'a jamais eu d'intentions agressives », a affirmé Piotr Saldanov.", "Piotr Saldanov"},
                new String[]{"en", "“Valdoria never had aggressive intentions,” Piotr Saldanov said.", "Piotr Saldanov"},
                new String[]{"en", "“We have no plans to attack anyone,” Radek Orlin told reporters.", "Radek Orlin"})) {
            List<Event> es = events(c[0], c[1]);
            assertTrue(es.stream().anyMatch(e -> e.type() == EventType.REJECT && name(e.actor1()).equals(c[2])), c[1] + " " + es);
        }
        for (String[] c : List.of(new String[]{"fr", "« Nous riposterons avec force », a déclaré Radek Orlin."},
                new String[]{"en", "“We are not tired,” Radek Orlin said."})) {
            List<Event> es = events(c[0], c[1]);
            assertTrue(es.stream().noneMatch(e -> e.type() == EventType.REJECT), c[1] + " " + es);
        }
    }

    @Test
    void aPleaToSomeoneToActIsARequestNotTheirAct() {
        for (String text : List.of("La Lessarie a prié la Valdorie de retirer ses troupes.",
                "La Lessarie demande à la Valdorie de retirer ses troupes.", "La Lessarie a sommé la Valdorie de retirer ses troupes.")) {
            List<Event> es = events("fr", text);
            assertEquals(List.of(EventType.REQUEST), es.stream().map(Event::type).toList(), text);
            assertEquals("Lessaria", name(es.get(0).actor1()));
            assertEquals("Valdoria", name(es.get(0).actor2()), text);
        }
    }

    @Test
    void troopsQualifiedByAStateAndMassedAreThatStatesDeploymentWhoeverCountsThem() {
        List<Event> fr = events("fr", "L'OTBC évalue à 90 000 le nombre de troupes valdoriennes massées près de la frontière.");
        assertEquals("Valdoria", name(fr.stream().filter(e -> e.type() == EventType.MOBILIZE).findFirst()
                .orElseThrow(() -> new AssertionError(fr)).actor1()));
        List<Event> en = events("en", "The CBTO now puts the number of Valdorian troops massed near the border at 90,000.");
        assertEquals("Valdoria", name(en.stream().filter(e -> e.type() == EventType.MOBILIZE).findFirst()
                .orElseThrow(() -> new AssertionError(en)).actor1()));
    }

    @Test
    void whatHappenedBeforeAThreatIsAnEventOfItsOwnNotPartOfTheThreat() {
        List<Event> en = events("en", "Radek Orlin vowed to retaliate after Lessaria expelled four Valdorian diplomats.");
        Event threat = en.stream().filter(e -> e.type() == EventType.THREATEN).findFirst().orElseThrow(() -> new AssertionError(en));
        assertEquals("Radek Orlin", name(threat.actor1()));
        assertNull(threat.actor2());
        Event expel = en.stream().filter(e -> e.type() == EventType.SANCTION).findFirst().orElseThrow(() -> new AssertionError(en));
        assertEquals("Lessaria", name(expel.actor1()));
        assertEquals("Valdoria", name(expel.actor2()));
        List<Event> fr = events("fr", "Radek Orlin a menacé de riposter après que la Lessarie a expulsé quatre diplomates valdoriens.");
        assertTrue(fr.stream().anyMatch(e -> e.type() == EventType.SANCTION && name(e.actor1()).equals("Lessaria")), fr.toString());
    }

    @Test
    void aRejectedIdeaIsTheReportingSpeakersProposal() {
        List<Event> fr = events("fr", "Ilena Marescu a déclaré qu'elle avait proposé une trêve, mais que la Valdorie avait rejeté l'idée.");
        Event e = fr.stream().filter(x -> x.type() == EventType.REJECT).findFirst().orElseThrow(() -> new AssertionError(fr));
        assertEquals("Valdoria", name(e.actor1()));
        assertEquals("Ilena Marescu", name(e.actor2()));
        List<Event> en = events("en", "Ilena Marescu said she had proposed a truce, but that Valdoria had rejected the proposal.");
        Event f = en.stream().filter(x -> x.type() == EventType.REJECT).findFirst().orElseThrow(() -> new AssertionError(en));
        assertEquals("Ilena Marescu", name(f.actor2()));
        // a rejection of something else keeps no target
        List<Event> other = events("fr", "Ilena Marescu a déclaré que la Valdorie avait rejeté toute critique.");
        assertNull(other.stream().filter(x -> x.type() == EventType.REJECT).findFirst().orElseThrow(() -> new AssertionError(other)).actor2());
    }

    @Test
    void aPlaceTheTextDoesNotShowToBeACityStaysAnActor() {
        List<Event> es = events("fr", "Brenhaven a démenti toute implication de la Lessarie.");
        assertEquals("Brenhaven", name(es.get(0).actor1()));
    }

    @Test
    void aPlaceWithAnArticleOrAnAdjectiveIsAStateNotACity() {
        // "la Valdorie" and "valdoriens": Valdoria is never mapped onto another state
        List<Event> es = events("fr", "À Dravnik, des soldats lessariens patrouillent. La Valdorie a accusé la Lessarie de provocations.");
        Event e = es.stream().filter(x -> x.type() == EventType.ACCUSE).findFirst().orElseThrow(() -> new AssertionError(es));
        assertEquals("Valdoria", name(e.actor1()));
        assertEquals("Lessaria", name(e.actor2()));
    }

    @Test
    void anAnnouncedIntentionIsAThreatOrAnAgreementNotTheAct() {
        List<Event> attack = events("en", "Valdoria wants to attack Lessaria.");
        assertEquals(List.of(EventType.THREATEN), attack.stream().map(Event::type).toList());
        assertEquals("Lessaria", name(attack.get(0).actor2()));
        List<Event> aid = events("en", "The CBTO pledged to supply radars to Lessaria.");
        assertEquals(List.of(EventType.AGREE), aid.stream().map(Event::type).toList());
        List<Event> fr = events("fr", "La Valdorie se dit prête à retirer ses troupes de la vallée de la Sarvel.");
        assertEquals(List.of(EventType.AGREE), fr.stream().map(Event::type).toList());
        // a reported future stays the act
        assertEquals(List.of(EventType.AID), events("en", "The CBTO will supply radars to Lessaria.")
                .stream().map(Event::type).toList());
    }

    @Test
    void aPlaceNearWhichFireFellIsNotTheTargetOfAnAttack() {
        assertTrue(events("fr", "Les forces valdoriennes ont annoncé de nouveaux tirs d'artillerie près de Dravnik.").stream()
                .noneMatch(e -> e.type() == EventType.ASSAULT));
        Event e = events("en", "Valdorian forces shelled Lessarian positions near Dravnik.").get(0);
        assertEquals("Lessaria", name(e.actor2()));
        assertEquals("Dravnik", name(e.location()));
    }

    @Test
    void aGroupNounInTheObjectSlotStandsForItsQualifyingState() {
        Event en = events("en", "Valdorian gunners shelled the troops of Lessaria on Friday.").get(0);
        assertEquals(EventType.ASSAULT, en.type());
        assertEquals("Lessaria", name(en.actor2()));
        Event fr = events("fr", "L'OTBC a livré des radars aux forces de la Lessarie.").get(0);
        assertEquals("Lessaria", name(fr.actor2()));
    }

    @Test
    void aBareGroupNounGivesNoActor() {
        // "rebels" names no entity of the document: an event actor must be one
        assertTrue(events("en", "Rebels shelled the police on Friday.").isEmpty());
    }

    @Test
    void aTownNamedAsSuchIsWhereAnAttackHitNotItsTarget() {
        Event en = events("en", "Valdorian forces shelled the border town of Dravnik.").stream()
                .filter(e -> e.type() == EventType.ASSAULT).findFirst().orElseThrow();
        assertNull(en.actor2());
        assertEquals("Dravnik", name(en.location()));
        Event fr = events("fr", "Les forces valdoriennes ont pilonné la ville frontalière de Dravnik.").stream()
                .filter(e -> e.type() == EventType.ASSAULT).findFirst().orElseThrow();
        assertNull(fr.actor2());
        assertEquals("Dravnik", name(fr.location()));
    }

    @Test
    void anActionWishedOrAskedOfSomeoneElseIsNotTheSubjectsAct() {
        assertTrue(events("en", "Teodor Vasko wants Valdoria to attack Lessaria.").stream()
                .noneMatch(e -> e.type() == EventType.ASSAULT));
        List<Event> asked = events("en", "Teodor Vasko urged Valdoria to withdraw its troops.");
        assertTrue(asked.stream().noneMatch(e -> e.type() == EventType.RETREAT), asked::toString);
        // a place after "to" is where troops go, not the actor of the infinitive
        assertTrue(events("en", "Valdoria sent gunners to Dravnik to attack Lessarian positions.").stream()
                .anyMatch(e -> e.type() == EventType.ASSAULT));
    }

    @Test
    void aQualifiedGroupNounOpeningTheClauseIsTheActorOfANominalAct() {
        // "a court in X" names no entity itself; without it the name after the act would be taken for its actor
        Event e = events("en", "The courts of Valdoria have issued arrest warrants for two Lessarian men.").stream()
                .filter(x -> x.type() == EventType.COERCE).findFirst().orElseThrow();
        assertEquals("Valdoria", name(e.actor1()));
        assertEquals("Lessaria", name(e.actor2()));
    }

    @Test
    void twoDifferentGroupsOfOneStateAreBothSidesOfAnAct() {
        Event e = events("en", "Valdorian demonstrators attacked the Valdorian government on Friday.").stream()
                .filter(x -> x.type() == EventType.ASSAULT).findFirst().orElseThrow();
        assertEquals("Valdoria", name(e.actor1()));
        assertEquals("Valdoria", name(e.actor2()));
        // the same group on both sides is no act between two parties
        assertTrue(events("en", "Valdorian soldiers attacked Valdorian soldiers.").isEmpty());
    }

    @Test
    void attendingIsAVisitAndAPlaceAfterItIsWhereItHappens() {
        Event e = events("en", "Teodor Vasko attended a conference in Brenhaven on Monday.").stream()
                .filter(x -> x.type() == EventType.CONSULT).findFirst().orElseThrow();
        assertEquals("Teodor Vasko", name(e.actor1()));
        assertEquals("Brenhaven", name(e.location()));
    }

    @Test
    void permissionGivenIsAConcessionAndRefusedIsANegatedOne() {
        Event given = events("en", "Teodor Vasko gave permission to Valdoria.").get(0);
        assertEquals(EventType.CONCEDE, given.type());
        assertEquals("Valdoria", name(given.actor2()));
        assertFalse(given.negated());
        Event refused = events("en", "Teodor Vasko would not give permission to Valdoria.").get(0);
        assertEquals(EventType.CONCEDE, refused.type());
        assertTrue(refused.negated());
    }

    @Test
    void missilesLaunchedAtAStateAreAnAssault() {
        Event e = events("en", "Valdoria launched missiles at the Lessarian army.").get(0);
        assertEquals(EventType.ASSAULT, e.type());
        assertEquals("Lessaria", name(e.actor2()));
    }

    @Test
    void aPronounSubjectBeforeAModalIsStillTheActor() {
        Event e = events("en", "Teodor Vasko said he would not meet Piotr Saldanov.").stream()
                .filter(x -> x.type() == EventType.CONSULT).findFirst().orElseThrow();
        assertEquals("Teodor Vasko", name(e.actor1()));
        assertEquals("Piotr Saldanov", name(e.actor2()));
        assertTrue(e.negated());
    }

    @Test
    void thePassiveSubjectWithoutAgentIsTheOneActedUponNotTheActor() {
        List<Event> arrested = events("en", "Two Lessarian journalists were arrested on Friday.");
        assertTrue(arrested.stream().noneMatch(e -> e.type() == EventType.COERCE), arrested::toString);
        // troops deployed are still their own state's deployment
        List<Event> deployed = events("en", "Valdorian troops were deployed near the border on Friday.");
        assertTrue(deployed.stream().anyMatch(e -> e.type() == EventType.MOBILIZE && name(e.actor1()).equals("Valdoria")),
                deployed::toString);
    }

    @Test
    void supportNeedsSomeoneSupported() {
        assertTrue(events("en", "Teodor Vasko endorsed the plan on Friday.").stream().noneMatch(e -> e.type() == EventType.SUPPORT));
        Event e = events("en", "Teodor Vasko backed Valdoria on Friday.").get(0);
        assertEquals(EventType.SUPPORT, e.type());
        assertEquals("Valdoria", name(e.actor2()));
    }

    @Test
    void anAttackASpeakerSaysSomeoneElseCarriedOutIsAlsoTheSpeakersAccusation() {
        List<Event> said = events("en", "Teodor Vasko said that Valdoria had attacked the Lessarian army.");
        assertTrue(said.stream().anyMatch(e -> e.type() == EventType.ACCUSE && name(e.actor1()).equals("Teodor Vasko")
                && name(e.actor2()).equals("Valdoria")), said::toString);
        assertTrue(said.stream().anyMatch(e -> e.type() == EventType.ASSAULT), said::toString);
        // a source of the report is no accuser; an attack denied accuses no one
        List<Event> sourced = events("en", "According to Teodor Vasko, Valdoria attacked the Lessarian army.");
        assertTrue(sourced.stream().noneMatch(e -> e.type() == EventType.ACCUSE), sourced::toString);
        List<Event> denied = events("en", "Teodor Vasko said that Valdoria had not attacked the Lessarian army.");
        assertTrue(denied.stream().noneMatch(e -> e.type() == EventType.ACCUSE), denied::toString);
    }

    @Test
    void speakingWithSomeoneIsAMeetingOnlyWhenSomeoneIsNamed() {
        Event e = events("en", "Teodor Vasko spoke with Piotr Saldanov by phone on Friday.").get(0);
        assertEquals(EventType.CONSULT, e.type());
        assertEquals("Piotr Saldanov", name(e.actor2()));
        assertTrue(events("en", "Teodor Vasko spoke with reporters on Friday.").isEmpty());
    }

    @Test
    void aProgressiveIsNoPassive() {
        Event withdrawing = events("en", "Valdoria said it was withdrawing two brigades from the border.").get(0);
        assertEquals(EventType.RETREAT, withdrawing.type());
        assertEquals("Valdoria", name(withdrawing.actor1()));
        Event attacking = events("en", "Valdoria was attacking the Lessarian army.").get(0);
        assertEquals(EventType.ASSAULT, attacking.type());
        assertEquals("Valdoria", name(attacking.actor1()));
        assertEquals("Lessaria", name(attacking.actor2()));
    }

    @Test
    void aNounActAfterAPassivesByIsACauseNotTheSubjectsAct() {
        List<Event> frayed = events("en", "Teodor Vasko sought to mend ties with Valdoria frayed by an initial threat to leave the talks.");
        assertTrue(frayed.stream().noneMatch(e -> e.type() == EventType.THREATEN), frayed::toString);
        List<Event> own = events("en", "Teodor Vasko threatened Valdoria.");
        assertTrue(own.stream().anyMatch(e -> e.type() == EventType.THREATEN), own::toString);
    }

    @Test
    void aParticipleDescribingSomeoneIsNoActOfTheNameBeforeIt() {
        List<Event> described = events("en", "Valdoria freed a member of the Lessarian opposition movement jailed over a year ago.");
        assertTrue(described.stream().noneMatch(e -> e.type() == EventType.COERCE), described::toString);
        List<Event> act = events("en", "Valdoria jailed two Lessarian journalists.");
        assertTrue(act.stream().anyMatch(e -> e.type() == EventType.COERCE && name(e.actor1()).equals("Valdoria")), act::toString);
    }

    @Test
    void aNounActHeadingAPassivesAgentIsAimedAtThePassivesSubject() {
        Event e = events("en", "The Lessarian embassy was damaged by Valdorian protesters.").stream()
                .filter(x -> x.type() == EventType.PROTEST).findFirst().orElseThrow();
        assertEquals("Valdoria", name(e.actor1()));
        assertEquals("Lessaria", name(e.actor2()));
    }

    @Test
    void aTravelAdvisoryAgainstAStateIsASanction() {
        Event e = events("en", "Valdoria has advised against travel to the Lessarian capital.").get(0);
        assertEquals(EventType.SANCTION, e.type());
        assertEquals("Valdoria", name(e.actor1()));
    }

    @Test
    void aSubjectPhraseNamingNoActorSpeaksForTheStateItsAdjectiveNames() {
        Event e = events("en", "A long report released in the Lessarian capital accused the Valdorian government of war crimes.").stream()
                .filter(x -> x.type() == EventType.ACCUSE).findFirst().orElseThrow();
        assertEquals("Lessaria", name(e.actor1()));
        assertEquals("Valdoria", name(e.actor2()));
    }

    @Test
    void whatASubjectReceivedFromSomeoneIsThatOnesAid() {
        Event e = events("en", "Lessaria received military aid from the Valdorian government on Friday.").stream()
                .filter(x -> x.type() == EventType.AID).findFirst().orElseThrow();
        assertEquals("Valdoria", name(e.actor1()));
        assertEquals("Lessaria", name(e.actor2()));
        // without a giver there is no one's act to code
        assertTrue(events("en", "Lessaria received weapons last year.").isEmpty());
    }

    @Test
    void aNameInsideAPrepositionalPhraseOfAPassivesSubjectIsNotItsTarget() {
        Event e = events("en", "The prisoners jailed for acting against the Lessarian government were freed by Teodor Vasko.").stream()
                .filter(x -> x.type() == EventType.RETREAT).findFirst().orElseThrow();
        assertEquals("Teodor Vasko", name(e.actor1()));
        assertNull(e.actor2());
        Event named = events("en", "The Lessarian embassy was attacked by Valdorian gunners.").get(0);
        assertEquals("Lessaria", name(named.actor2()));
    }

    @Test
    void anyOrFutureActsAreOnlyConsidered() {
        List<Event> future = events("en", "Teodor Vasko prepared future sanctions against the Valdorian government.");
        assertTrue(future.stream().noneMatch(e -> e.type() == EventType.SANCTION), future::toString);
        List<Event> now = events("en", "Teodor Vasko announced sanctions against the Valdorian government.");
        assertTrue(now.stream().anyMatch(e -> e.type() == EventType.SANCTION), now::toString);
    }
}
