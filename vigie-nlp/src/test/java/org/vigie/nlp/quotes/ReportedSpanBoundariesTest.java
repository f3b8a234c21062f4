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
}
