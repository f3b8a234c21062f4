package org.vigie.nlp.quotes;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.Quote;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Sources written after an English quote: signatures, brackets, appositions, nested quotation marks. */
class PostposedSourcesTest {
    private final QuoteAnnotator annotator = new QuoteAnnotator();
    private static final String[] PEOPLE = {"Ann Reed|PER|Ann Reed|Reed", "Tom Bale|PER|Tom Bale|Bale",
            "Lena Cross|PER|Lena Cross|Cross", "Harbour News|ORG"};

    private List<Quote> quotes(String text) {
        Document d = TestDocs.doc(text, PEOPLE);
        return annotator.annotate(d).get(LayerKind.QUOTES);
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    @Test
    void aNameAfterADashSignsTheQuote() {
        List<Quote> q = quotes("Readers wrote to us.\n\n“The night was long and cold.” ― Ann Reed\n\n\"We waited for hours.\" - Tom Bale, a nurse");
        assertEquals("Ann Reed", speaker(q.get(0)));
        assertEquals("Tom Bale", speaker(q.get(1)));
    }

    @Test
    void aDashBeforeAClauseWithAVerbIsNoSignature() {
        List<Quote> q = quotes("The hall was full.\n\n“The night was long and cold.” ― Ann Reed left early.");
        assertNull(speaker(q.get(0)));
    }

    @Test
    void partyAndStateInBracketsSitBetweenTheNameAndTheVerb() {
        List<Quote> q = quotes("The vote was close.\n\n“This is a sad day for the country,” Sen. Ann Reed (D-Mo.) said.");
        assertEquals("Ann Reed", speaker(q.get(0)));
    }

    @Test
    void anAppositionSitsBetweenTheNameAndTheVerb() {
        List<Quote> q = quotes("The vote was close.\n\n“This is a sad day for the country,” Tom Bale, the senior economist at the institute, said.");
        assertEquals("Tom Bale", speaker(q.get(0)));
    }

    @Test
    void aQuotationClosingInsideTheQuoteStillLetsTheCueFollow() {
        List<Quote> q = quotes("The vote was close.\n\n“You say you ‘accept the blame,’” Reed said.");
        assertEquals("Ann Reed", speaker(q.get(0)));
    }

    @Test
    void aPossessorBetweenTwoQuotesOfAParagraphIsNoNewSpeaker() {
        List<Quote> q = quotes("The vote was close.\n\n“It is in their heads,” said Reed, speaking of Bale’s health. “It worries them a great deal every day.”");
        assertEquals(2, q.size());
        assertEquals("Ann Reed", speaker(q.get(1)));
    }

    @Test
    void aNewSubjectBetweenTwoQuotesOfAParagraphStopsTheInheritance() {
        List<Quote> q = quotes("The vote was close.\n\n“It is in their heads,” said Reed. Cross disagreed. “It worries them a great deal every day.”");
        assertNotEquals("Ann Reed", speaker(q.get(q.size() - 1)));
    }

    @Test
    void aShortAddresseeAfterToldStillLetsTheNameSpeak() {
        List<Quote> q = quotes("The vote was close.\n\n“I am proud of you all,” Reed told the miners.");
        assertEquals("Ann Reed", speaker(q.get(0)));
    }

    @Test
    void aPersonNamedInTheAttributionSentenceDoesNotStopTheNextQuoteOfTheParagraph() {
        List<Quote> q = quotes("The vote was close.\n\n“This is not reform,” said Reed, an adviser to Tom Bale. “It is a step back for everyone here.”");
        assertEquals(2, q.size());
        assertEquals("Ann Reed", speaker(q.get(1)));
    }

    @Test
    void aConjunctionInsideTheAppositionDoesNotHideTheNameBeforeIt() {
        List<Quote> q = quotes("The vote was close.\n\n“We will build it anyway,” Ann Reed, a developer and spokeswoman for Tom Bale, said.");
        assertEquals("Ann Reed", speaker(q.get(0)));
    }

    @Test
    void aCueEndingThePreviousParagraphWithAColonIntroducesTheQuote() {
        List<Quote> q = quotes("The vote was close.\n\nReed continued:\n\n“The numbers speak for themselves and nobody can deny them.”");
        assertEquals("Ann Reed", speaker(q.get(0)));
    }

    @Test
    void transcriptTurnsAreTheWordsOfTheNameInCapitals() {
        String t = "The interview was aired on Sunday.\n\n\"REED: Let us start with the news of the day, if we may.\n\n"
                + "\"BALE: Well, look, the news is not good for anyone here.\n\nCROSS: Thank you both for coming in today.";
        Document d = TestDocs.doc(t, "Ann Reed|PER|Ann Reed|REED", "Tom Bale|PER|Tom Bale|BALE", "Lena Cross|PER|Lena Cross|CROSS");
        List<Quote> q = annotator.annotate(d).get(LayerKind.QUOTES);
        assertEquals(List.of("Ann Reed", "Tom Bale", "Lena Cross"), q.stream().map(PostposedSourcesTest::speaker).toList());
        assertTrue(d.text(q.get(0).span()).startsWith("Let us start"), d.text(q.get(0).span()));
    }

    @Test
    void aSingleCapitalisedLabelIsNoTranscript() {
        String t = "The interview was aired on Sunday.\n\nREED: Let us start with the news of the day, if we may.";
        Document d = TestDocs.doc(t, "Ann Reed|PER|Ann Reed|REED");
        assertTrue(annotator.annotate(d).get(LayerKind.QUOTES).isEmpty());
    }

    @Test
    void coordinatedSubjectsGiveTheFirstPerson() {
        List<Quote> q = quotes("The vote was close.\n\nBut Mr. Reed and Mr. Bale said the bill would pass next week.");
        assertEquals("Ann Reed", speaker(q.get(0)));
        List<Quote> o = quotes("The vote was close.\n\nThe committee met Reed and Bale said the bill would pass next week.");
        assertEquals("Tom Bale", speaker(o.get(0)));
    }

    @Test
    void aNamedAddresseeWithItsOutletStillEndsTheIncise() {
        List<Quote> q = quotes("The vote was close.\n\n“It is a phony system,” Reed told Tom Bale of Harbour News.");
        assertEquals("Ann Reed", speaker(q.get(0)));
    }

    @Test
    void aPartyAndStateBetweenCommasSitBetweenTheNameAndTheVerb() {
        List<Quote> q = quotes("The vote was close.\n\n“Our assumption is that the veto will be overridden,” Senate leader Ann Reed, R-Ky., said.");
        assertEquals("Ann Reed", speaker(q.get(0)));
    }

    @Test
    void aVerbTakingAnObjectEndsAnInciseWhenNothingFollowsIt() {
        List<Quote> q = quotes("The vote was close.\n\n“Does anybody know what the platform of the party is?” Reed asked.");
        assertEquals("Ann Reed", speaker(q.get(0)));
    }

    @Test
    void aShortTimeTailAfterTheAddresseeStillEndsTheIncise() {
        List<Quote> q = quotes("The vote was close.\n\n“If anybody wanted an exit, this is it,” Reed told Harbour News then.");
        assertEquals("Ann Reed", speaker(q.get(0)));
    }

    @Test
    void aPlaceOrPlatformAfterARoleAcrossAPrepositionIsNotTheSpeaker() {
        String[] named = {"Harbour News|ORG", "Telegram|ORG", "Lisbon|GPE"};
        Quote fr = annotator.annotate(TestDocs.doc("La réunion a eu lieu.\n\n« Nous continuerons », a déclaré l'ancien "
                + "porte-parole sur Telegram.", named)).get(LayerKind.QUOTES).get(0);
        assertNotEquals("Telegram", speaker(fr));
        Quote en = annotator.annotate(TestDocs.doc("The meeting ended.\n\n\"We will go on,\" said the former spokesman "
                + "on Telegram.", named)).get(LayerKind.QUOTES).get(0);
        assertNotEquals("Telegram", speaker(en));
        Quote organisation = annotator.annotate(TestDocs.doc("The meeting ended.\n\n\"We will go on,\" said a spokesman "
                + "for Harbour News.", named)).get(LayerKind.QUOTES).get(0);
        assertEquals("Harbour News", speaker(organisation));
    }
}
