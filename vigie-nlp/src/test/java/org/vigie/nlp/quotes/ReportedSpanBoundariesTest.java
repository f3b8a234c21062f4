package org.vigie.nlp.quotes;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.Quote;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Where reported content starts and ends: each test names the convention (what an attribution attributes) and
 * checks it on sentences varying the verb, the tense and the word order, with a negative case.
 */
class ReportedSpanBoundariesTest {
    private final QuoteAnnotator annotator = new QuoteAnnotator();
    private static final String[] PEOPLE = {"Ann Reed|PER|Ann Reed|Reed", "Tom Bale|PER|Tom Bale|Bale",
            "Harbour News|ORG"};

    private List<Quote> quotes(String text) {
        Document d = TestDocs.doc(text, PEOPLE);
        return annotator.annotate(d).get(LayerKind.QUOTES);
    }

    /** The spans of the reported (not direct) quotes, as text. */
    private List<String> reported(String text) {
        return quotes(text).stream().filter(q -> !q.direct()).map(q -> q.span().of(text)).toList();
    }

    private List<String> direct(String text) {
        return quotes(text).stream().filter(Quote::direct).map(q -> q.span().of(text)).toList();
    }

    private static final String LEAD = "The council met on the harbour.\n\n";
    private static final String CHAPEAU = "Le conseil s'est réuni sur le port.\n\n";

    // A partial quotation inside a clause whose incise follows: the whole clause is attributed, marks included.

    @Test
    void aClauseHoldingAPartialQuotationBeforeItsInciseIsReportedWhole() {
        String t = LEAD + "The new levy “hurts the small boats first and foremost,” Tom Bale wrote.";
        assertEquals(List.of("The new levy “hurts the small boats first and foremost,”"), reported(t));
        assertEquals(List.of("hurts the small boats first and foremost,"), direct(t));
        t = LEAD + "Its budget is \"simply far too small for the work,\" said Ann Reed.";
        assertEquals(List.of("Its budget is \"simply far too small for the work,\""), reported(t));
        t = LEAD + "The ferry service will be \"a lifeline for the islands,\" Reed has argued.";
        assertEquals(List.of("The ferry service will be \"a lifeline for the islands,\""), reported(t));
    }

    @Test
    void wordsAfterThePartialQuotationUpToTheInciseCommaBelongToTheClause() {
        String t = LEAD + "\"I admire the patience\" of the fishermen, Ann Reed said.";
        assertEquals(List.of("\"I admire the patience\" of the fishermen"), reported(t));
    }

    @Test
    void enFrançaisLaPropositionQuiPorteLaCitationPartielleEstRapportéeEntière() {
        String t = CHAPEAU + "Le nouveau péage est « une erreur pour le port », a déclaré Tom Bale.";
        assertEquals(List.of("Le nouveau péage est « une erreur pour le port »"), reported(t));
        t = CHAPEAU + "La digue sera « prête avant l'hiver », affirme Ann Reed.";
        assertEquals(List.of("La digue sera « prête avant l'hiver »"), reported(t));
    }

    @Test
    void aQuoteOpeningItsSentenceWithTheInciseRightAfterItIsOnlyDirect() {
        String t = LEAD + "“We will not give up the harbour,” Tom Bale said.";
        assertEquals(List.of(), reported(t));
        assertEquals(List.of("We will not give up the harbour,"), direct(t));
        t = CHAPEAU + "« Nous ne céderons pas », a déclaré Ann Reed.";
        assertEquals(List.of(), reported(t));
    }

    @Test
    void aClauseWithItsOwnCueBeforeThePartialQuotationIsNotExtendedByTheIncise() {
        String t = LEAD + "Reed said the levy was “a tax on the poor,” Harbour News reported.";
        assertFalse(reported(t).stream().anyMatch(s -> s.startsWith("Reed said")), () -> reported(t).toString());
    }

    // Where reported content ends before another clause.

    @Test
    void aQuotationsOwnFinalCommaBeforeAnotherSpeechVerbEndsTheContent() {
        String t = LEAD + "Tom Bale said that the levy is “the only fair choice left,” adding that the boats agreed.";
        assertTrue(reported(t).contains("the levy is “the only fair choice left"), () -> reported(t).toString());
        assertTrue(reported(t).contains("the boats agreed"), () -> reported(t).toString());
        String u = LEAD + "Ann Reed says the ferry will be “cheaper for the islands,” noting that fuel costs fell.";
        assertTrue(reported(u).contains("the ferry will be “cheaper for the islands"), () -> reported(u).toString());
        String v = LEAD + "Reed had argued the port was “too small for the new boats,” Bale recalled later.";
        assertFalse(reported(v).stream().anyMatch(x -> x.contains("recalled")), () -> reported(v).toString());
    }

    @Test
    void aSecondComplementClauseOpenedByAndThatOrButThatStaysInTheContent() {
        assertEquals(List.of("fares would rise this year, but that the new boats would cut costs later"),
                reported(LEAD + "Ann Reed predicted that fares would rise this year, but that the new boats would cut costs later."));
        assertEquals(List.of("the levy was fair, and that the council would review it in May"),
                reported(LEAD + "Tom Bale says the levy was fair, and that the council would review it in May."));
        assertEquals(List.of("the harbour will reopen, and that no jobs will be lost"),
                reported(LEAD + "Earlier, the port authority has announced that the harbour will reopen, and that no jobs will be lost."));
    }

    @Test
    void aPredicateOrClauseCoordinatedAfterACommaStaysInTheContentUnlessAnotherSpeakerSpeaks() {
        assertEquals(List.of("the levy was fair, but would cost the small boats more"),
                reported(LEAD + "Tom Bale said the levy was fair, but would cost the small boats more."));
        assertEquals(List.of("the quay was not just old, but dangerous"),
                reported(LEAD + "Ann Reed argues that the quay was not just old, but dangerous."));
        assertEquals(List.of("fuel costs had doubled, and some boats had stopped fishing"),
                reported(LEAD + "The fishermen have told reporters fuel costs had doubled, and some boats had stopped fishing."));
        assertEquals(List.of("the bridge was unsafe", "it was sound"),
                reported(LEAD + "Tom Bale said the bridge was unsafe, but Ann Reed said it was sound."));
    }

    @Test
    void enFrançaisUneSecondeComplétiveCoordonnéeResteDansLeContenu() {
        assertEquals(List.of("les tarifs monteraient, mais que les bateaux coûteraient moins cher"),
                reported(CHAPEAU + "Ann Reed a prédit que les tarifs monteraient, mais que les bateaux coûteraient moins cher."));
        assertEquals(List.of("la digue tiendra, et que personne ne partira"),
                reported(CHAPEAU + "Tom Bale assure que la digue tiendra, et que personne ne partira."));
        assertEquals(List.of("la digue tiendra", "elle cédera"),
                reported(CHAPEAU + "Tom Bale assure que la digue tiendra, mais Ann Reed affirme qu'elle cédera."));
    }

    @Test
    void anAccordingToPhraseAfterReportedContentIsNotPartOfIt() {
        String t = LEAD + "Tom Bale said the bridge was unsafe, according to the minutes of the meeting.";
        assertTrue(reported(t).contains("the bridge was unsafe"), () -> reported(t).toString());
        String u = LEAD + "Ann Reed has warned that fares will double, according to Harbour News.";
        assertTrue(reported(u).contains("fares will double"), () -> reported(u).toString());
        String v = LEAD + "Reed argues that the port is too small, according to two of her aides.";
        assertTrue(reported(v).contains("the port is too small"), () -> reported(v).toString());
        assertFalse(reported(v).stream().anyMatch(x -> x.endsWith("aides")), () -> reported(v).toString());
    }

    // Where reported content starts.

    @Test
    void aThatInsideTheContentIsNotItsComplementiser() {
        assertEquals(List.of("it had seen no sign that any boats had left"),
                reported(LEAD + "The port authority said it had seen no sign that any boats had left."));
        assertEquals(List.of("she was so tired that she would resign"),
                reported(LEAD + "Ann Reed told reporters she was so tired that she would resign."));
        assertEquals(List.of("the talks will fail"),
                reported(LEAD + "Tom Bale said on Monday that the talks will fail."));
        assertEquals(List.of("the levy is unfair"),
                reported(LEAD + "Bale has told the fishermen that the levy is unfair."));
    }

    @Test
    void aShortSubjectAndAFiniteVerbOpenContentWithoutThat() {
        assertEquals(List.of("Tom Bale had ignored the warnings of the engineers"),
                reported(LEAD + "Ann Reed suggested Tom Bale had ignored the warnings of the engineers."));
        assertEquals(List.of("the council was wasting money on the bridge"),
                reported(LEAD + "The mayor argues the council was wasting money on the bridge."));
        assertEquals(List.of("the new ferry would run twice a day"),
                reported(LEAD + "Last week the company announced the new ferry would run twice a day."));
        assertEquals(List.of("their boats could not leave the harbour"),
                reported(LEAD + "Many fishermen have complained their boats could not leave the harbour."));
    }

    @Test
    void anObjectAfterTheVerbIsNoContent() {
        assertEquals(List.of(), reported(LEAD + "The company announced the new ferry on Monday."));
        assertEquals(List.of(), reported(LEAD + "Ann Reed confirmed the meeting with the fishermen."));
        assertEquals(List.of(), reported(LEAD + "Tom Bale denied the report of the harbour master, which was published on Monday."));
    }

    @Test
    void aSubjectPronounAfterTheVerbOpensTheContentBeforeAnyLaterThat() {
        assertEquals(List.of("he took only one call that evening from the harbour master"),
                reported(LEAD + "Tom Bale said he took only one call that evening from the harbour master."));
        assertEquals(List.of("she met the fishermen that morning"),
                reported(LEAD + "Ann Reed recalls she met the fishermen that morning."));
        assertEquals(List.of("they had received the letter that the council sent"),
                reported(LEAD + "The fishermen have told Harbour News they had received the letter that the council sent."));
        // an object pronoun is the addressee, and the complementiser after it still opens the content
        assertEquals(List.of("the levy would stay"), reported(LEAD + "Ann Reed told them that the levy would stay."));
    }

    @Test
    void aDemonstrativeThatOpeningTheContentIsPartOfIt() {
        assertEquals(List.of("that's not what the council decided"),
                reported(LEAD + "Tom Bale said that's not what the council decided."));
        assertEquals(List.of("that was a mistake by the harbour master"),
                reported(LEAD + "Ann Reed says that was a mistake by the harbour master."));
        assertEquals(List.of("the ferry was late"), reported(LEAD + "Reed said that the ferry was late."));
    }

    @Test
    void aParticipleAfterACommaReportsContentHoldingAPartialQuotation() {
        String t = LEAD + "Tom Bale defended the levy, saying it should be “up to the boats to decide.”";
        assertTrue(reported(t).contains("it should be “up to the boats to decide"), () -> reported(t).toString());
        String u = LEAD + "Ann Reed left the meeting early, adding she was “deeply disappointed.”";
        assertTrue(reported(u).contains("she was “deeply disappointed"), () -> reported(u).toString());
        String v = LEAD + "The boats stayed in the harbour, said Tom Bale.";
        assertEquals(List.of("The boats stayed in the harbour"), reported(v));
    }

    @Test
    void aConjunctionOrADatelineOpeningTheSentenceIsTheWritersNotTheSpeakers() {
        assertEquals(List.of("the council declined to renew the lease"),
                reported(LEAD + "The vote was close. But the council declined to renew the lease, according to a city official."));
        assertEquals(List.of("the ferry will stop running in May"),
                reported(LEAD + "The vote was close. And the ferry will stop running in May, Tom Bale said."));
        assertEquals(List.of("The ferry will stop running in May"),
                reported("BRENHAVEN - The ferry will stop running in May, officials said on Monday."));
        // a capitalised word that is no dateline stays
        assertEquals(List.of("Harbour News will close its office"),
                reported(LEAD + "Harbour News will close its office, Ann Reed has said."));
    }

    @Test
    void enFrançaisUneConjonctionEnTêteDePhraseNeFaitPasPartieDuContenu() {
        assertEquals(List.of("le bac ne circulera plus en mai"),
                reported(CHAPEAU + "Le vote a été serré. Mais le bac ne circulera plus en mai, a déclaré Tom Bale."));
        assertEquals(List.of("le conseil a refusé de renouveler le bail"),
                reported(CHAPEAU + "Le vote a été serré. Et le conseil a refusé de renouveler le bail, selon Ann Reed."));
    }

    @Test
    void aDatelineWithADateAndAnOutletIsNotContent() {
        assertEquals(List.of("The ferry will stop running in May"),
                reported("PORTMEAD, 3 March (Harbour News) - The ferry will stop running in May, Tom Bale said."));
        assertEquals(List.of("Le bac ne circulera plus en mai"),
                reported("PORTMEAD, 3 mars (Harbour News) - Le bac ne circulera plus en mai, a annoncé Ann Reed."));
        assertEquals(List.of("the ferry would stop in May"),
                reported("PORTMEAD - Ann Reed said on Monday the ferry would stop in May."));
    }

    @Test
    void aDescriptionIsReportedWithWhatItDescribes() {
        String t = LEAD + "A harbour report described the collision as \"a minor accident at the quay.\"";
        assertEquals(List.of("the collision as \"a minor accident at the quay"), reported(t));
        assertEquals(List.of("the levy as unfair to the small boats"),
                reported(LEAD + "Tom Bale has described the levy as unfair to the small boats."));
        assertEquals(List.of("the new ferry as a lifeline for the islands"),
                reported(LEAD + "In her speech, Ann Reed describes the new ferry as a lifeline for the islands."));
        // a passive has no object before "as": nothing is reported
        assertEquals(List.of(), reported(LEAD + "The quay is often described as the oldest in the country."));
    }

    @Test
    void anAccordingToAfterAQuotationsOwnCommaAttributesTheWholeSentenceOnce() {
        String t = LEAD + "Some of the fishermen said they doubt Reed ''cares about the small boats,'' according to a harbour survey.";
        assertTrue(reported(t).contains("Some of the fishermen said they doubt Reed ''cares about the small boats"), () -> reported(t).toString());
        String u = LEAD + "Most boats stay in port, which is “a sign of the crisis,” according to Tom Bale.";
        assertEquals(List.of("Most boats stay in port, which is “a sign of the crisis,”"), reported(u));
        String v = LEAD + "The levy will double, which is \"a disaster for us,\" according to the fishermen.";
        assertEquals(List.of("The levy will double, which is \"a disaster for us,\""), reported(v));
    }

    @Test
    void aLinkingAdverbAndItsCommaOpeningTheSentenceAreTheWritersToo() {
        assertEquals(List.of("the ferry will run in May"),
                reported(LEAD + "Still, the ferry will run in May, Tom Bale said."));
        assertEquals(List.of("the quay had been repaired"),
                reported(LEAD + "Meanwhile, the quay had been repaired, according to Ann Reed."));
        assertEquals(List.of("le bac circulera en mai"),
                reported(CHAPEAU + "Toutefois, le bac circulera en mai, a assuré Tom Bale."));
        // an adverb without a comma belongs to the content
        assertEquals(List.of("Later the ferry will run twice a day"),
                reported(LEAD + "Later the ferry will run twice a day, Ann Reed said."));
    }
}
