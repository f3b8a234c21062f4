package org.vigie.nlp.quotes;

import org.junit.jupiter.api.Test;
import org.vigie.core.Annotator;
import org.vigie.core.AnnotatorContract;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.LanguageSpan;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class QuoteAnnotatorTest extends AnnotatorContract {
    private static final String[] WORLD = {
            "Teodor Vasko|PER|Teodor Vasko|Vasko", "Ilena Marescu|PER|Ilena Marescu|Marescu",
            "Radek Orlin|PER|Radek Orlin|Orlin", "Yuri Kastelan|PER|Yuri Kastelan|Kastelan",
            "Piotr Saldanov|PER|Piotr Saldanov|Saldanov", "Valdoria|GPE|Valdorie|valdorienne|valdorien|Valdoria|Valdorian",
            "Lessaria|GPE|Lessarie|lessarienne|lessarien|Lessaria|Lessarian", "CBTO|ORG|OTBC|CBTO"};

    private final QuoteAnnotator annotator = new QuoteAnnotator();

    @Override
    protected Annotator annotator() {
        return annotator;
    }

    @Override
    protected Document prepare(Document raw) {
        return TestDocs.withEntities(org.vigie.nlp.DefaultPipeline.create(List.of("blocks", "segment")).run(raw), WORLD);
    }

    @Override
    protected String sampleText() {
        return "Le ministre des Affaires étrangères, Teodor Vasko, a déclaré : « Nous ne céderons pas. »\n"
                + "« La frontière reste fermée », a-t-il ajouté. Selon l'OTBC, la Valdorie a massé des troupes.";
    }

    private List<Quote> quotes(String text) {
        Document d = TestDocs.doc(text, WORLD);
        return annotator.annotate(d).get(LayerKind.QUOTES);
    }

    private static String text(String doc, Span s) {
        return doc.substring(s.start(), s.end());
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    @Test
    void guillemetsWithNonBreakingSpacesGiveTheContentWithoutMarksOrPadding() {
        String t = "Teodor Vasko a déclaré : «\u00A0Nous ne céderons pas\u00A0».";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size());
        assertEquals("Nous ne céderons pas", text(t, q.get(0).span()));
        assertTrue(q.get(0).direct());
        assertEquals("Teodor Vasko", speaker(q.get(0)));
        assertEquals("a déclaré", text(t, q.get(0).cue()));
    }

    @Test
    void invertedGuillemetsAreADirectQuote() {
        String t = "» Nous resterons ici «, a dit Radek Orlin.";
        List<Quote> q = quotes(t);
        assertEquals(List.of("Nous resterons ici"), q.stream().map(x -> text(t, x.span())).toList());
        assertEquals("Radek Orlin", speaker(q.get(0)));
    }

    @Test
    void englishCurlyAndStraightQuotesWithAPostposedCue() {
        String t = "“We will not yield,” Vasko said. \"The border stays shut,\" he added.";
        List<Quote> q = quotes(t);
        assertEquals(List.of("We will not yield,", "The border stays shut,"), q.stream().map(x -> text(t, x.span())).toList());
        assertEquals("Teodor Vasko", speaker(q.get(0)));
        assertEquals("Teodor Vasko", speaker(q.get(1)));
    }

    @Test
    void aQuoteContinuedInTheNextParagraphKeepsItsSpeaker() {
        String t = "Radek Orlin a déclaré : « Nos troupes sont prêtes.\n« Elles défendront chaque village. »";
        List<Quote> q = quotes(t);
        assertEquals(List.of("Nos troupes sont prêtes.", "Elles défendront chaque village."),
                q.stream().map(x -> text(t, x.span())).toList());
        assertEquals("Radek Orlin", speaker(q.get(1)));
        assertNotNull(q.get(1).cue());
    }

    @Test
    void frenchReportedSpeechIsTheContentAfterQueWithoutTheFinalFullStop() {
        for (String verb : List.of("a déclaré", "a affirmé", "a estimé", "a assuré", "a averti")) {
            String t = "Piotr Saldanov " + verb + " que les troupes resteraient sur place.";
            List<Quote> q = quotes(t);
            assertEquals(1, q.size(), verb);
            assertFalse(q.get(0).direct());
            assertEquals("les troupes resteraient sur place", text(t, q.get(0).span()), verb);
            assertEquals("Piotr Saldanov", speaker(q.get(0)), verb);
            assertEquals(verb, text(t, q.get(0).cue()));
        }
    }

    @Test
    void englishReportedSpeechWithAndWithoutThat() {
        String t = "Vasko said that the talks had failed. Saldanov told reporters the troops would stay.";
        List<Quote> q = quotes(t);
        assertEquals(List.of("the talks had failed", "the troops would stay"), q.stream().map(x -> text(t, x.span())).toList());
        assertEquals(List.of("Teodor Vasko", "Piotr Saldanov"), q.stream().map(QuoteAnnotatorTest::speaker).toList());
        assertTrue(q.stream().noneMatch(Quote::direct));
    }

    @Test
    void selonAndAccordingToNameTheSource() {
        String t = "Selon l'OTBC, la Valdorie a massé des troupes. D'après Vasko, rien n'a bougé.";
        List<Quote> q = quotes(t);
        assertEquals(List.of("la Valdorie a massé des troupes", "rien n'a bougé"), q.stream().map(x -> text(t, x.span())).toList());
        assertEquals(List.of("CBTO", "Teodor Vasko"), q.stream().map(QuoteAnnotatorTest::speaker).toList());
        String e = "The talks failed, according to Teodor Vasko.";
        List<Quote> eq = quotes(e);
        assertEquals("The talks failed", text(e, eq.get(0).span()));
        assertEquals("Teodor Vasko", speaker(eq.get(0)));
        assertEquals("according to", text(e, eq.get(0).cue()));
    }

    @Test
    void anInvertedFemininePronounGoesToTheLastWomanNotTheLastPerson() {
        String t = "Mme Marescu a reçu Radek Orlin lundi.\n« Nous ne céderons pas », a-t-elle souligné.";
        List<Quote> q = quotes(t);
        assertEquals("Ilena Marescu", speaker(q.get(0)));
        assertEquals("a-t-elle souligné", text(t, q.get(0).cue()));
        String m = "Mme Marescu a reçu M. Orlin lundi.\n« Nous sommes prêts », a-t-il souligné.";
        assertEquals("Radek Orlin", speaker(quotes(m).get(0)));
    }

    @Test
    void aRoleSpeakerResolvesToThePersonGivenThatRoleInAnApposition() {
        String t = "Yuri Kastelan, porte-parole de la présidence valdorienne, est formel.\n"
                + "« Aucune invasion n'est prévue », a affirmé le porte-parole de la présidence.";
        List<Quote> q = quotes(t);
        assertEquals("Yuri Kastelan", speaker(q.get(0)));
        String e = "Foreign Minister Teodor Vasko arrived on Monday. The minister said the border would stay closed.";
        assertEquals("Teodor Vasko", speaker(quotes(e).get(0)));
    }

    @Test
    void aRoleNobodyHoldsInTheTextLeavesTheSpeakerNull() {
        String t = "« Rien ne bouge », a déclaré le porte-parole de l'armée.";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size());
        assertNull(q.get(0).speaker());
        assertNotNull(q.get(0).cue());
    }

    @Test
    void aQuoteWithoutAnyCueKeepsANullSpeaker() {
        String t = "Le texte circule depuis lundi : « Nous ne reculerons devant aucune menace ».";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size());
        assertNull(q.get(0).speaker());
        assertNull(q.get(0).cue());
    }

    @Test
    void scareQuotesAreSkippedWithoutACueAndKeptWithOne() {
        assertTrue(quotes("Le mot « provocations » revient dans la presse.").isEmpty());
        String t = "Radek Orlin a mis en garde l'OTBC contre toute « provocation ».";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size());
        assertEquals("provocation", text(t, q.get(0).span()));
        assertEquals("Radek Orlin", speaker(q.get(0)));
    }

    @Test
    void anInterruptedQuoteIsTwoQuotesWithTheSameSpeaker() {
        String t = "« Nous sommes prêts », a déclaré Radek Orlin, « et nous le resterons ».";
        List<Quote> q = quotes(t);
        assertEquals(2, q.size());
        assertEquals(List.of("Radek Orlin", "Radek Orlin"), q.stream().map(QuoteAnnotatorTest::speaker).toList());
    }

    @Test
    void languageComesFromTheLanguagesLayerElseUnd() {
        String t = "Radek Orlin a déclaré : « No vamos a ceder ».";
        Document d = TestDocs.doc(t, WORLD);
        assertEquals("und", annotator.annotate(d).get(LayerKind.QUOTES).get(0).language());
        Document withLanguages = d.with(Layers.builder().put(LayerKind.LANGUAGES, List.of(
                new LanguageSpan(new Span(0, t.indexOf('«')), "fr", 1.0),
                new LanguageSpan(new Span(t.indexOf('«'), t.length()), "es", 1.0))).build());
        Quote q = annotator.annotate(withLanguages).get(LayerKind.QUOTES).get(0);
        assertEquals("es", q.language());
        assertEquals("Radek Orlin", speaker(q));
    }

    @Test
    void aNounAfterADeterminerIsNoSpeechVerb() {
        assertTrue(quotes("La note que le juge a lue est longue.").isEmpty());
    }

    @Test
    void aDoubledApostropheMarkIsClosedBeforeItsPostposedCue() {
        String t = "''We will not yield,'' said Teodor Vasko on Monday.";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size());
        assertEquals("We will not yield,", text(t, q.get(0).span()));
        assertEquals("Teodor Vasko", speaker(q.get(0)));
        assertEquals("said", text(t, q.get(0).cue()));
    }

    @Test
    void aSubjectBeforeAnAppositionSpeaksTheBareClauseAfterTheVerb() {
        String t = "Teodor Vasko, a spokesman for the foreign ministry, said the border would stay closed until May.";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size());
        assertEquals("the border would stay closed until May", text(t, q.get(0).span()));
        assertEquals("Teodor Vasko", speaker(q.get(0)));
        String f = "Teodor Vasko, porte-parole du ministère, a déclaré que la frontière resterait fermée jusqu'en mai.";
        List<Quote> fq = quotes(f);
        assertEquals("la frontière resterait fermée jusqu'en mai", text(f, fq.get(0).span()));
        assertEquals("Teodor Vasko", speaker(fq.get(0)));
    }

    @Test
    void aShortSourceAfterACommaIsStillAnInciseNotASubject() {
        String t = "The border will stay closed for weeks, said Teodor Vasko.";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size());
        assertEquals("The border will stay closed for weeks", text(t, q.get(0).span()));
        assertEquals("Teodor Vasko", speaker(q.get(0)));
    }

    @Test
    void aParticipleCueAfterTheContentSharesTheFirstCuesSpeaker() {
        String t = "Radek Orlin said the troops would stay in Lessaria, adding that the reservists had been called up.";
        List<Quote> q = quotes(t);
        assertEquals(List.of("the troops would stay in Lessaria", "the reservists had been called up"),
                q.stream().map(x -> text(t, x.span())).toList());
        assertEquals(List.of("Radek Orlin", "Radek Orlin"), q.stream().map(QuoteAnnotatorTest::speaker).toList());
        String f = "Radek Orlin a déclaré que les troupes resteraient en Lessarie, ajoutant que les réservistes avaient été rappelés.";
        List<Quote> fq = quotes(f);
        assertEquals(2, fq.size());
        assertEquals("les réservistes avaient été rappelés", text(f, fq.get(1).span()));
        assertEquals("Radek Orlin", speaker(fq.get(1)));
    }

    @Test
    void aPronounOpeningACoordinatedClauseIsTheSubjectOfTheSecondVerb() {
        String t = "Ilena Marescu arrived in Miravel. She also met the press and said the talks would resume next week.";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size());
        assertEquals("the talks would resume next week", text(t, q.get(0).span()));
        assertEquals("Ilena Marescu", speaker(q.get(0)));
    }

    @Test
    void aSubordinateClauseAfterTheAudienceIsNotReportedContent() {
        String t = "Radek Orlin told reporters as he left the meeting in Korvan.";
        assertTrue(quotes(t).isEmpty());
    }

    @Test
    void aNamedAddresseeAfterAnAppositiveIncisedSpeakerKeepsTheSpeaker() {
        String t = "“The border stays closed,” Vasko, the foreign minister, told Lessaria on Tuesday.";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size());
        assertEquals("Teodor Vasko", speaker(q.get(0)));
        assertEquals("told", text(t, q.get(0).cue()));
    }

    @Test
    void aStateNamedAfterAPrepositionIsNotTakenForTheSeatOfAnotherState() {
        String t = "Visite\n\nEn Russie, le ministre français des Affaires étrangères a rencontré des étudiants mardi. "
                + "La Russie a affirmé que cette visite restait strictement privée.";
        Document d = org.vigie.nlp.DefaultPipeline.create(List.of("blocks", "language", "segment", "entities", "quotes"))
                .run(Document.ofText(t));
        List<Quote> q = d.layer(LayerKind.QUOTES);
        assertEquals(1, q.size(), q.toString());
        assertEquals("Russia", speaker(q.get(0)));
    }
}
