package org.vigie.nlp.quotes;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.Quote;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * English speaker clues of the second round: participle clauses sharing the main subject, long appositions and
 * bracketed tags between a name and its verb, addressees and complements after the verb, quotes introduced by a
 * colon, mixed quotation marks.
 */
class SpeakerCluesTest {
    private final QuoteAnnotator annotator = new QuoteAnnotator();
    private static final String[] PEOPLE = {"Ann Reed|PER|Ann Reed|Reed", "Tom Bale|PER|Tom Bale|Bale",
            "Harlow Institute|ORG", "Kessel School|ORG", "Dunmore|GPE"};

    private List<Quote> quotes(String text) {
        Document d = TestDocs.doc(text, PEOPLE);
        return annotator.annotate(d).get(LayerKind.QUOTES);
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    private static Quote containing(List<Quote> quotes, String text, String words) {
        for (Quote q : quotes) if (q.span().of(text).contains(words)) return q;
        return fail("no quote contains '" + words + "' in " + quotes);
    }

    @Test
    void aSayingParticipleSharesTheSubjectOfTheMainClauseNotItsObject() {
        String t = "The budget vote was delayed.\nTom Bale attacked Ann Reed over the cuts in Dunmore, saying that the plan would close schools.";
        assertEquals("Tom Bale", speaker(containing(quotes(t), t, "close schools")));
    }

    @Test
    void aParticipleAfterALeadingAdverbialFindsTheSubjectAfterIt() {
        String t = "The debate ran late.\nDuring the debate, Ann Reed criticised Tom Bale for his record, arguing that he had failed the city.";
        assertEquals("Ann Reed", speaker(containing(quotes(t), t, "failed the city")));
    }

    @Test
    void aParticipleBeforeADirectQuoteSharesTheSubject() {
        String t = "The rally was loud.\nTom Bale mocked Ann Reed in Dunmore, saying, \"She has no plan at all.\"";
        assertEquals("Tom Bale", speaker(containing(quotes(t), t, "no plan")));
    }

    @Test
    void anAddingParticipleAfterAQuoteAndItsIncisekeepsTheSpeaker() {
        String t = "The hearing ended.\n\"The deals were wrong,\" Ann Reed said in a statement, adding that the rules had been bent.";
        List<Quote> q = quotes(t);
        assertEquals("Ann Reed", speaker(containing(q, t, "deals were wrong")));
        assertEquals("Ann Reed", speaker(containing(q, t, "rules had been bent")));
    }

    @Test
    void aLongAppositionWithAConjunctionSitsBetweenTheNameAndTheVerb() {
        String t = "The plan was published.\n\"It has the virtue of being honest,\" Ann Reed, director of the Harlow Institute"
                + " and a professor at the Kessel School whose work is widely cited, said of the plan.";
        assertEquals("Ann Reed", speaker(containing(quotes(t), t, "virtue")));
    }

    @Test
    void anAgeInCommasAndAClauseAfterTheVerbStillCloseTheIncise() {
        String t = "The march went on.\n\"We are tired of waiting,\" Tom Bale, 34, said as he walked through the city.";
        assertEquals("Tom Bale", speaker(containing(quotes(t), t, "tired of waiting")));
    }

    @Test
    void anObjectPronounOrAQuantifiedGroupIsTheAddresseeOfTold() {
        String t = "The week was busy.\n\"We will win this race,\" Tom Bale told me this week.\n\"I am proud of you,\" Ann Reed told some of the workers.";
        List<Quote> q = quotes(t);
        assertEquals("Tom Bale", speaker(containing(q, t, "win this race")));
        assertEquals("Ann Reed", speaker(containing(q, t, "proud of you")));
    }

    @Test
    void aClauseEndingOnAColonAnnouncesItsSubjectsQuoteWhateverTheVerb() {
        String t = "Tom Bale spoke for an hour.\nReed continued: \"The vote was fair and the count was clean.\"";
        assertEquals("Ann Reed", speaker(containing(quotes(t), t, "count was clean")));
    }

    @Test
    void aCurlyOpeningMarkClosedByAStraightOneIsOneQuote() {
        String t = "The hearing ended.\n“The deals must stop,\" Tom Bale said on Monday. \"Nobody should get one.\"";
        List<Quote> q = quotes(t);
        Quote first = containing(q, t, "deals must stop");
        assertEquals("Tom Bale", speaker(first));
        assertFalse(first.span().of(t).contains("Monday"), "the quote ends at its straight closing mark");
    }

    @Test
    void aContrastAfterACommaIsNotTheSourceOfWhatPrecedes() {
        String t = "Prices rose by five percent in March, while analysts in Dunmore speak of a slowdown.";
        for (Quote q : quotes(t)) assertFalse(q.span().of(t).contains("Prices rose"), "no quote for " + q);
    }

    @Test
    void aBracketedLabelAndAnAppositionNamingACountryStillLeaveTheNameAsSubject() {
        String t = "The hearing ended.\n\"The deal was a scandal,\" Tom Bale (R-Ohio), a former United States envoy to Dunmore,"
                + " said in an interview.";
        assertEquals("Tom Bale", speaker(containing(quotes(t), t, "scandal")));
    }

    @Test
    void aSlashInsideTheSourcePhraseDoesNotCutItBeforeTheName() {
        String t = "The vote was held.\n\"The veto will not hold,\" said 9/11 widow Ann Reed.";
        assertEquals("Ann Reed", speaker(containing(quotes(t), t, "veto will not hold")));
    }

    @Test
    void aPossessorBeforeTheSubjectIsNotTheSubjectOfTheParticiple() {
        String t = "The forum ended.\nAnn Reed's campaign manager Tom Bale said as much on Monday, arguing that the rival had lied.";
        assertEquals("Tom Bale", speaker(containing(quotes(t), t, "rival had lied")));
    }

    @Test
    void aCueBeforeTheQuoteWinsOverAnAddingIncisePointingToNoOne() {
        String t = "The firm replied.\nIn a statement, Ann Reed said: \"The company was sound when it was sold,\" adding that its value had doubled.";
        assertEquals("Ann Reed", speaker(containing(quotes(t), t, "company was sound")));
    }

    @Test
    void aQuestionEndingTheQuoteIsFollowedByItsInciseEvenWithALongTail() {
        String t = "The rally went on.\n\"Who would have believed we would win so many votes?\" Tom Bale said, looking out on the cheering crowd in the hall.";
        List<Quote> q = quotes(t);
        assertEquals("Tom Bale", speaker(containing(q, t, "Who would have believed")));
        for (Quote x : q) assertFalse(x.span().of(t).contains("looking out"), "a participle after said is no content: " + x);
    }

    @Test
    void asSomeonePutItIntroducesTheirQuote() {
        String t = "The tax returns stayed secret.\nAs Tom Bale, a tax lawyer and fellow at the Harlow Institute, recently put it, \"Did the firm evade its taxes?\"";
        assertEquals("Tom Bale", speaker(containing(quotes(t), t, "evade its taxes")));
    }

    @Test
    void aPossessorInASourcePhraseAfterTheVerbYieldsToThePersonNamedAfterIt() {
        String t = "The debate ended.\n\"This is a first for a candidate,\" said Reed's top policy aide Tom Bale.";
        assertEquals("Tom Bale", speaker(containing(quotes(t), t, "first for a candidate")));
    }

    @Test
    void anAddresseeFollowedByPlaceAndTimeStillClosesTheIncise() {
        String t = "The race tightened.\n\"We need leaders who do not spread fear,\" Ann Reed told a crowd in Dunmore on Tuesday night, after the count.";
        List<Quote> q = quotes(t);
        assertEquals("Ann Reed", speaker(containing(q, t, "spread fear")));
        for (Quote x : q) assertFalse(x.span().of(t).contains("a crowd"), "the addressee is no content: " + x);
    }

    @Test
    void aCommaAfterABracketedLabelDoesNotHideTheSubject() {
        String t = "The rally began.\nOn Tuesday in Dunmore, Gov. Tom Bale (R-OH), said, \"We are going to win this state.\"";
        assertEquals("Tom Bale", speaker(containing(quotes(t), t, "win this state")));
    }

    @Test
    void barkedAndShotBackAreSpeechVerbs() {
        String t = "The room went quiet.\n\"Go back to your seat,\" Tom Bale barked.\nAnn Reed shot back, \"Not before you answer.\"";
        List<Quote> q = quotes(t);
        assertEquals("Tom Bale", speaker(containing(q, t, "your seat")));
        assertEquals("Ann Reed", speaker(containing(q, t, "Not before")));
    }

    @Test
    void aPartialQuoteWhoseSentenceEndsWithAnInciseHasThatSpeaker() {
        String t = "The votes were counted.\n\"Let me thank the volunteers who worked so hard\" for the victory, Tom Bale said.";
        assertEquals("Tom Bale", speaker(containing(quotes(t), t, "volunteers")));
    }

    @Test
    void aPartialQuoteFollowedByACommonNounIncisegetsNoSpeaker() {
        String t = "The votes were counted.\n\"It is a start\" in many ways, the report said.";
        assertNull(speaker(containing(quotes(t), t, "It is a start")));
    }

    @Test
    void overThePhoneClosesAnIncise() {
        String t = "The case goes on.\n\"The state has overreached,\" Ann Reed, legal director of the Harlow Institute, said over the phone.";
        assertEquals("Ann Reed", speaker(containing(quotes(t), t, "overreached")));
    }

    @Test
    void aPartialQuoteBeforeTheNextQuoteOfItsSpeakerStillFindsTheFinalIncise() {
        String t = "Tom Bale was asked.\n''I admire the mechanics'' of the plan, Mr. Bale said. ''They are more detailed.''";
        List<Quote> q = quotes(t);
        assertEquals("Tom Bale", speaker(containing(q, t, "admire the mechanics")));
    }

    @Test
    void thePersonOpeningAChainOfAppositionsAndARelativeClauseIsTheSubject() {
        String t = "The bill was debated.\nAnn Reed, a developer and spokeswoman for the Harlow Institute, which is funded by investors,"
                + " said the program had transformed poor districts.";
        assertEquals("Ann Reed", speaker(containing(quotes(t), t, "transformed poor districts")));
    }

    @Test
    void aBracketedLabelBeforeAnAppositionDoesNotCutTheClause() {
        String t = "The bill was debated.\nRep. Tom Bale (D-Ohio), chairman of the Harlow Institute, said the members would raise money for the next campaign.";
        assertEquals("Tom Bale", speaker(containing(quotes(t), t, "raise money")));
    }

    @Test
    void aPersonsNameAloneBeforeAColonLabelsTheQuote() {
        String t = "Both reject the plan.\nAnn Reed: \"Our goal is to defeat it.\" Tom Bale: \"The mission is to end it.\"";
        List<Quote> q = quotes(t);
        assertEquals("Ann Reed", speaker(containing(q, t, "defeat it")));
        assertEquals("Tom Bale", speaker(containing(q, t, "end it")));
    }

    @Test
    void askedMayOpenAnInvertedInciseAfterAQuestion() {
        String t = "The meeting began.\n\"Is the party running against its own members?\" asked Tom Bale, referring to the rules.";
        assertEquals("Tom Bale", speaker(containing(quotes(t), t, "running against")));
    }

    @Test
    void continuedClosesAnInciseButTakesNoContent() {
        String t = "The talk went on.\n\"Security remains our biggest challenge,\" Ann Reed continued.\nThe fighting in Dunmore continued for years after the talks that failed.";
        List<Quote> q = quotes(t);
        assertEquals("Ann Reed", speaker(containing(q, t, "biggest challenge")));
        for (Quote x : q) assertFalse(x.span().of(t).contains("failed"), "no content after continued: " + x);
    }
}
