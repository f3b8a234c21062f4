package org.vigie.nlp.segment;

import org.junit.jupiter.api.Test;
import org.vigie.core.Annotator;
import org.vigie.core.AnnotatorContract;
import org.vigie.core.Document;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Token;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SegmentAnnotatorTest extends AnnotatorContract {
    private final SegmentAnnotator segmenter = new SegmentAnnotator();

    @Override
    protected Annotator annotator() {
        return segmenter;
    }

    @Override
    protected Document prepare(Document raw) {
        return DefaultPipeline.create(List.of("blocks")).run(raw);
    }

    @Override
    protected String sampleText() {
        return "KORVAN, 3 mars (AFP) - M. Verenko a reçu l’envoyé d’Alvénie. Il a parlé de 100 000 soldats.\n"
                + "« C’est fini », a-t-il dit. Mr. Vasko met U.S. officials on Friday.";
    }

    private List<String> tokens(String text) {
        Document d = DefaultPipeline.create().run(Document.ofText(text));
        return d.tokens().stream().map(t -> d.text(t.span())).toList();
    }

    private List<String> sentences(String text) {
        Document d = DefaultPipeline.create().run(Document.ofText(text));
        return d.sentences().stream().map(Sentence::span).map(d::text).toList();
    }

    @Test
    void elisionsAreSplitAfterTheApostrophe() {
        assertEquals(List.of("l’", "OTBC", "et", "d'", "Alvénie"), tokens("l’OTBC et d'Alvénie"));
    }

    @Test
    void numbersGroupedBySpacesNbspOrThinSpacesStayOneToken() {
        assertEquals(List.of("100 000", "hommes", "et", "30\u00A0000", "et", "1\u202F500", "et", "1,5", "milliard"),
                tokens("100 000 hommes et 30\u00A0000 et 1\u202F500 et 1,5 milliard"));
        assertEquals(List.of("En", "2024", ",", "12", "brigades"), tokens("En 2024, 12 brigades"));
    }

    @Test
    void abbreviationsAndAcronymsKeepTheirPeriodAndDoNotEndASentence() {
        assertEquals(List.of("M. Verenko a parlé aux U.S. officials.", "Il est parti."),
                sentences("M. Verenko a parlé aux U.S. officials. Il est parti."));
        assertEquals(List.of("Mr. Vasko met Gen. Orlin.", "Then he left."), sentences("Mr. Vasko met Gen. Orlin. Then he left."));
    }

    @Test
    void closingGuillemetsStayWithTheirSentence() {
        assertEquals(List.of("Il a dit : « C’est fini. »", "Puis il est parti."),
                sentences("Il a dit : « C’est fini. » Puis il est parti."));
    }

    @Test
    void sentencesNeverCrossLines() {
        assertEquals(List.of("Accueil International", "Le texte commence ici."),
                sentences("Accueil International\nLe texte commence ici."));
    }

    @Test
    void englishPossessiveIsSplit() {
        assertEquals(List.of("Valdoria", "'s", "army"), tokens("Valdoria's army"));
    }

    @Test
    void tokenKindsAreSet() {
        Document d = DefaultPipeline.create().run(Document.ofText("Le 3 mars, 40 000 soldats."));
        assertEquals(List.of(Token.Kind.WORD, Token.Kind.NUMBER, Token.Kind.WORD, Token.Kind.PUNCT, Token.Kind.NUMBER,
                Token.Kind.WORD, Token.Kind.PUNCT), d.tokens().stream().map(Token::kind).toList());
    }

    @Test
    void aDatelineWithAnAgencyBetweenSlashesStaysWithTheFirstSentence() {
        assertEquals(List.of("TESVIK, 3 mars. /AGP/. Le port a rouvert lundi.", "Il était fermé."),
                sentences("TESVIK, 3 mars. /AGP/. Le port a rouvert lundi. Il était fermé."));
    }

    @Test
    void aDatelineWithAnAgencyInBracketsMakesNoSentenceOfItsOwn() {
        assertEquals(List.of("TESVIK (Reuters) - Le port a rouvert.", "Il était fermé."),
                sentences("TESVIK (Reuters) - Le port a rouvert. Il était fermé."));
        assertEquals(List.of("TESVIK, le 3 mars (AGP) –"), sentences("TESVIK, le 3 mars (AGP) –"));
    }

    @Test
    void guillemetsPaddedWithNoBreakSpacesStayWithTheirSentence() {
        assertEquals(List.of("Il a dit\u00A0: «\u00A0C’est fini.\u00A0»", "Puis il est parti."),
                sentences("Il a dit\u00A0: «\u00A0C’est fini.\u00A0» Puis il est parti."));
        assertEquals(List.of("«\u202FNon\u202F!\u202F» a-t-il crié.", "Il est parti."),
                sentences("«\u202FNon\u202F!\u202F» a-t-il crié. Il est parti."));
    }

    @Test
    void militaryRanksAndSpanishTitlesAreAbbreviations() {
        assertEquals(List.of("Le gal. Tarin et le col. Desmet sont arrivés.", "Ils sont repartis."),
                sentences("Le gal. Tarin et le col. Desmet sont arrivés. Ils sont repartis."));
        assertEquals(List.of("La Sra. Gómez llegó ayer.", "Se fue hoy."), sentences("La Sra. Gómez llegó ayer. Se fue hoy."));
    }

    @Test
    void anOrdinarySentenceInCapitalsStillEnds() {
        assertEquals(List.of("ALERTE.", "Le port ferme."), sentences("ALERTE. Le port ferme."));
    }
}
