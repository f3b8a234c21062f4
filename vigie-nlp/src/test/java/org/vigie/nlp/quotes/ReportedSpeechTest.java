package org.vigie.nlp.quotes;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.Quote;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Reported speech without quotation marks: subjects after adverbials, labels, addressees, questions. */
class ReportedSpeechTest {
    private final QuoteAnnotator annotator = new QuoteAnnotator();
    private static final String[] PEOPLE = {"Ann Reed|PER|Ann Reed|Reed", "Tom Bale|PER|Tom Bale|Bale",
            "Harbour News|ORG"};

    private List<Quote> quotes(String text) {
        Document d = TestDocs.doc(text, PEOPLE);
        return annotator.annotate(d).get(LayerKind.QUOTES);
    }

    private String only(String text) {
        List<Quote> q = quotes(text);
        assertEquals(1, q.size(), () -> "quotes: " + q);
        return text.substring(q.get(0).span().start(), q.get(0).span().end());
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    @Test
    void aQuantifiedSubjectAfterALongFrontedAdverbialStillSpeaks() {
        assertEquals("they had liked their jobs at the old mill",
                only("The valley is quiet.\n\nAnd until the closure of the old mill by the river, most of them said they had liked their jobs at the old mill."));
    }

    @Test
    void aConjunctionOpeningTheSentenceCoordinatesNothing() {
        assertEquals("the ferry should run every day",
                only("The island waits.\n\nBut many of the islanders said the ferry should run every day."));
    }

    @Test
    void aBracketedLabelBetweenTheNameAndTheVerbIsNoIncise() {
        List<Quote> q = quotes("The vote was close.\n\nSen. Ann Reed (D-Mo.) said she will publish her tax records next week.");
        assertEquals(1, q.size());
        assertEquals("Ann Reed", speaker(q.get(0)));
    }

    @Test
    void aNegatedFrenchInfinitiveIsReportedContent() {
        assertEquals("n'avoir jamais reçu la lettre du maire", only("Le conseil a siégé.\n\nAnn Reed affirme n'avoir jamais reçu la lettre du maire."));
        assertEquals("ne plus vouloir se présenter en mai", only("Le conseil a siégé.\n\nTom Bale assure ne plus vouloir se présenter en mai."));
    }

    @Test
    void anIndirectQuestionOpensWithWhether() {
        String t = "The bridge is closed.\n\nReed asked whether the bridge would reopen before winter.";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size());
        assertEquals("whether the bridge would reopen before winter", t.substring(q.get(0).span().start(), q.get(0).span().end()));
        assertEquals("Ann Reed", speaker(q.get(0)));
    }

    @Test
    void anIndirectQuestionMayFollowTheAddressee() {
        assertEquals("if the ferry would run on Sunday", only("The port is busy.\n\nReed asked Bale if the ferry would run on Sunday."));
        assertEquals("if the ferry would run on Sunday", only("The port is busy.\n\nReed asked the captain if the ferry would run on Sunday."));
    }

    @Test
    void aConditionRightAfterSaidIsPartOfTheContent() {
        assertEquals("if the ferry stops, the island will be cut off",
                only("The port is busy.\n\nReed said if the ferry stops, the island will be cut off."));
    }

    @Test
    void aFrenchIndirectQuestionOpensWithSi() {
        String t = "Le pont est fermé depuis mardi.\n\nAnn Reed a demandé si le pont serait rouvert avant l'hiver.";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size());
        assertEquals("si le pont serait rouvert avant l'hiver", t.substring(q.get(0).span().start(), q.get(0).span().end()));
        assertEquals("Ann Reed", speaker(q.get(0)));
    }

    @Test
    void aSubjectPronounOpensContentAfterAnnounced() {
        List<Quote> q = quotes("The paper changes.\n\nHarbour News announced it would close its print edition in May.");
        assertEquals(1, q.size());
        assertEquals("Harbour News", speaker(q.get(0)));
    }

    @Test
    void aPronounObjectFollowedByAnAdjunctIsNoContent() {
        assertTrue(quotes("The paper changes.\n\nHarbour News announced it on Monday in a short note.").isEmpty());
    }

    @Test
    void aNamedAddresseeAfterToldIsNotPartOfTheContent() {
        assertEquals("her office had received no complaint",
                only("The port is busy.\n\nReed told Harbour News her office had received no complaint."));
    }

    @Test
    void aNameAfterSaidIsTheContentsOwnSubject() {
        assertEquals("Bale would lose the vote in the spring", only("The race is open.\n\nReed said Bale would lose the vote in the spring."));
    }

    @Test
    void aSecondSpeechVerbAfterAndEndsTheFirstContent() {
        String t = "The race is open.\n\nReed said she respects Bale and called him a serious rival for the seat.";
        List<Quote> q = quotes(t);
        assertEquals("she respects Bale", t.substring(q.get(0).span().start(), q.get(0).span().end()));
    }

    @Test
    void aLongUnnamedSubjectWithoutPunctuationStillSpeaks() {
        List<Quote> q = quotes("The poll is out.\n\nOne in four voters in a regional poll of the coastal towns last year said the ferry should be free.");
        assertEquals(1, q.size());
        assertNull(q.get(0).speaker());
    }

    @Test
    void aSourceClauseOpeningTheSentenceAnnouncesTheRest() {
        String t = "The race is open.\n\nBut as Reed noted on Monday, the voters will give Bale a second look.";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size());
        assertEquals("the voters will give Bale a second look", t.substring(q.get(0).span().start(), q.get(0).span().end()));
        assertEquals("Ann Reed", speaker(q.get(0)));
    }

    @Test
    void aFrenchSourceClauseWithTheSubjectAfterTheVerb() {
        String t = "Le pont est fermé depuis mardi.\n\nComme l'a rappelé Ann Reed, le pont restera fermé jusqu'en mai.";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size());
        assertEquals("le pont restera fermé jusqu'en mai", t.substring(q.get(0).span().start(), q.get(0).span().end()));
        assertEquals("Ann Reed", speaker(q.get(0)));
    }

    @Test
    void aTimeClauseOpeningTheSentenceIsNoSource() {
        assertTrue(quotes("The park is shut.\n\nAs the crowd left the square, the mayor locked the gate of the park.").isEmpty());
    }

    @Test
    void anIndirectQuestionMayOpenWithHow() {
        assertEquals("how she expanded the business in the valley", only("The firm grew.\n\nReed explained how she expanded the business in the valley."));
    }

    @Test
    void anInfinitiveReportsNoQuestionYet() {
        assertTrue(quotes("The bridge is closed.\n\nThe mayor called on the council to explain why the bridge was closed in May.").isEmpty());
    }

    @Test
    void reportedContentNeverEndsWithTheOpeningMarkOfTheNextQuote() {
        String t = "The port is busy.\n\nReed asked the captain whether the ferry would run on Sunday. \"We count on it every week,\" she said.";
        List<Quote> q = quotes(t);
        assertEquals(2, q.size());
        assertEquals("whether the ferry would run on Sunday", t.substring(q.get(0).span().start(), q.get(0).span().end()));
    }

    @Test
    void aSubjectlessWhenAskedReportsNoQuestion() {
        String t = "The port is busy.\n\n\"The ferry will run as planned,\" Reed told reporters when asked whether the strike would spread.";
        assertTrue(quotes(t).stream().noneMatch(q -> t.substring(q.span().start()).startsWith("whether")));
    }

    @Test
    void aSpeechVerbAfterAnAuxiliaryStaysInsideTheReportedClause() {
        assertEquals("the port was following the strike closely and had asked the unions for details",
                only("The port is busy.\n\nReed said the port was following the strike closely and had asked the unions for details."));
    }
}
