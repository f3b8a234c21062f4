package org.vigie.nlp.artefacts;

import org.junit.jupiter.api.Test;
import org.vigie.core.Annotator;
import org.vigie.core.AnnotatorContract;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Artefact;
import org.vigie.core.model.DocumentLanguage;
import org.vigie.core.model.LanguageSpan;
import org.vigie.core.model.Span;
import org.vigie.nlp.DefaultPipeline;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ArtefactAnnotatorTest extends AnnotatorContract {
    private final ArtefactAnnotator annotator = new ArtefactAnnotator();

    @Override
    protected Annotator annotator() {
        return annotator;
    }

    @Override
    protected Document prepare(Document raw) {
        return DefaultPipeline.create(List.of("blocks", "segment")).run(raw);
    }

    @Override
    protected String sampleText() {
        return "Les responsables ont dÃ©clarÃ© que quelque 150 XNUMX soldats Ã©taient massés..\n"
                + "Les forces comptent environ 60.000 25.000 hommes, selon lâ€™OTBC.";
    }

    private List<Artefact> artefacts(String text) {
        return annotator.annotate(prepare(Document.ofText(text))).get(LayerKind.ARTEFACTS);
    }

    private List<Artefact> of(String text, Artefact.Kind kind) {
        return artefacts(text).stream().filter(a -> a.kind() == kind).toList();
    }

    private static String text(String doc, Artefact a) {
        return a.span().of(doc);
    }

    /** Simulates the damage: UTF-8 bytes read as Windows-1252. */
    private static String damaged(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    }

    @Test
    void htmlCharacterReferencesLeftInAWordAreOneEncodingFinding() {
        String s = "Le gouvernement a d&eacute;clar&eacute; l&#8217;&eacute;tat d&#x27;urgence, selon AT&T.";
        List<Artefact> found = of(s, Artefact.Kind.ENCODING);
        assertEquals(List.of("d&eacute;clar&eacute;", "l&#8217;&eacute;tat", "d&#x27;urgence"), found.stream().map(a -> text(s, a)).toList());
        assertEquals(List.of("déclaré", "l’état", "d'urgence"), found.stream().map(Artefact::repair).toList());
    }

    @Test
    void xnumxAfterDigitsIsRepairedAsAGroupOfZeros() {
        String s = "Des responsables ont déclaré que 150 XNUMX hommes étaient massés.";
        Artefact a = of(s, Artefact.Kind.MT_NUMBER).get(0);
        assertEquals("150 XNUMX", text(s, a));
        assertEquals("150 000", a.repair());
    }

    @Test
    void xnumxAfterADecimalFigureBeforeAScaleWordIsSpurious() {
        String s = "L'Union européenne a gelé environ 1,5 XNUMX milliard d'euros d'avoirs.";
        Artefact a = of(s, Artefact.Kind.MT_NUMBER).get(0);
        assertEquals("1,5 XNUMX milliard", text(s, a));
        assertEquals("1,5 milliard", a.repair());
    }

    @Test
    void xnumxWithoutDigitsCannotBeRepaired() {
        String s = "Des responsables ont compté XNUMX soldats à la frontière.";
        Artefact a = of(s, Artefact.Kind.MT_NUMBER).get(0);
        assertEquals("XNUMX", text(s, a));
        assertNull(a.repair());
    }

    @Test
    void twoGluedFiguresAreRepairedOnlyWhenTheyAgree() {
        String s = "Les forces de la Lessarie comptent environ 60.000 25.000 hommes actifs.";
        Artefact a = of(s, Artefact.Kind.MT_NUMBER).get(0);
        assertEquals("60.000 25.000", text(s, a));
        assertNull(a.repair());
        String same = "Les forces de la Lessarie comptent environ 60.000 60.000 hommes actifs.";
        assertEquals("60.000", of(same, Artefact.Kind.MT_NUMBER).get(0).repair());
    }

    @Test
    void yearsAndOrdinaryFiguresAreNotMtDamage() {
        assertTrue(of("Le 3 mars 2025 12 000 soldats étaient là, et 40 000 hommes en 2024.", Artefact.Kind.MT_NUMBER).isEmpty());
        assertTrue(of("Appelez le 01 23 45 67 89.", Artefact.Kind.MT_NUMBER).isEmpty());
    }

    @Test
    void mojibakeWordsAreRepairedByDecodingTheirBytesAgain() {
        String original = "Le général a déclaré que l’OTAN était « prête » à agir à Korvan.";
        String s = damaged(original);
        List<Artefact> found = of(s, Artefact.Kind.ENCODING);
        assertEquals(List.of("gÃ©nÃ©ral", "dÃ©clarÃ©", "lâ€™OTAN", "Ã©tait", "Â«", "prÃªte", "Â»", "Ã\u00A0", "Ã\u00A0"),
                found.stream().map(a -> text(s, a)).toList());
        assertEquals(List.of("général", "déclaré", "l’OTAN", "était", "«", "prête", "»", "à", "à"),
                found.stream().map(Artefact::repair).toList());
    }

    @Test
    void aLoneATildeBeforeASpaceIsALostA() {
        String s = "Les troupes sont arrivÃ©es Ã Tesmar lundi.";
        List<Artefact> found = of(s, Artefact.Kind.ENCODING);
        assertEquals("Ã", text(s, found.get(1)));
        assertEquals("à", found.get(1).repair());
    }

    @Test
    void ligaturesAndCapitalsAreRepairedToo() {
        String s = damaged("Les manœuvres continuent. À Korvan, rien.");
        List<String> repairs = of(s, Artefact.Kind.ENCODING).stream().map(Artefact::repair).toList();
        assertEquals(List.of("manœuvres", "À"), repairs);
    }

    @Test
    void legitimateAccentsQuotesAndEllipsesAreNotArtefacts() {
        String s = "À Korvan, l’armée « régulière » a dit… rien. Der Fuß„ist“ ÉTÉ. Voir ../docs et 1..5.";
        assertTrue(of(s, Artefact.Kind.ENCODING).isEmpty(), () -> artefacts(s).toString());
        assertTrue(of(s, Artefact.Kind.OTHER).isEmpty(), () -> artefacts(s).toString());
    }

    @Test
    void doubledPunctuationIsMarkedWithItsRepair() {
        String s = "Les troupes sont près de Sarvel.. À Miravel,, la ministre a parlé , , hier.";
        List<Artefact> found = of(s, Artefact.Kind.OTHER);
        assertEquals(List.of("..", ",,", ", ,"), found.stream().map(a -> text(s, a)).toList());
        assertEquals(List.of(".", ",", ","), found.stream().map(Artefact::repair).toList());
    }

    @Test
    void wordsGluedAfterANavigationCueAreMarkedInTheArticleText() {
        String s = "Les troupes se sont retirées de la frontière mardi soir, selon le ministère de la Défense, qui "
                + "parle d'un geste de bonne volonté envers ses voisins. Article précédentLaLiga : le Real gagne encore.";
        Artefact a = of(s, Artefact.Kind.OTHER).get(0);
        assertEquals("précédentLaLiga", text(s, a));
        assertEquals("précédent LaLiga", a.repair());
        assertTrue(of("Le club LaLiga et McDonald sont cités.", Artefact.Kind.OTHER).isEmpty());
    }

    @Test
    void noiseInANavigationLineIsNotTheArticlesAndIsNotReported() {
        String s = "Accueil > Monde > Europe\nArticle précédentLaLiga : le Real gagne encore\n"
                + "Les troupes se sont retirées de la frontière mardi soir, selon le ministère de la Défense, qui "
                + "parle d'un geste de bonne volonté envers ses voisins et annonce 40 XNUMX soldats de moins.";
        assertTrue(of(s, Artefact.Kind.OTHER).isEmpty(), () -> artefacts(s).toString());
        assertEquals(1, of(s, Artefact.Kind.MT_NUMBER).size(), () -> artefacts(s).toString());
    }

    @Test
    void aSentenceLeftInAnotherLanguageIsMixedLanguage() {
        String s = "Les images satellites ont été publiées lundi par une société privée, selon les responsables. "
                + "Las imágenes fueron tomadas el domingo por la mañana, según la empresa.";
        List<Artefact> found = of(s, Artefact.Kind.MIXED_LANGUAGE);
        assertEquals(1, found.size());
        assertEquals("Las imágenes fueron tomadas el domingo por la mañana, según la empresa.", text(s, found.get(0)));
        assertNull(found.get(0).repair());
    }

    @Test
    void quotedSpeechInAnotherLanguageIsLegitimate() {
        String s = "La ministre est arrivée lundi à Korvan pour les pourparlers avec les deux délégations. "
                + "« Wir haben heute keinen Durchbruch erzielt, aber niemand hat den Tisch verlassen », a-t-elle dit.";
        assertTrue(of(s, Artefact.Kind.MIXED_LANGUAGE).isEmpty());
    }

    @Test
    void theLanguagesLayerIsUsedWhenPresent() {
        String s = "Le ministre a parlé lundi devant le parlement réuni à Korvan. The minister then spoke to the press.";
        Document d = prepare(Document.ofText(s));
        int english = s.indexOf("The minister");
        d = d.with(Layers.builder()
                .put(LayerKind.LANGUAGES, List.of(new LanguageSpan(new Span(0, english - 1), "fr", 0.9),
                        new LanguageSpan(new Span(english, s.length()), "en", 0.9)))
                .put(LayerKind.LANGUAGE, List.of(new DocumentLanguage("fr"))).build());
        List<Artefact> found = annotator.annotate(d).get(LayerKind.ARTEFACTS).stream()
                .filter(a -> a.kind() == Artefact.Kind.MIXED_LANGUAGE).toList();
        assertEquals(1, found.size());
        assertEquals("The minister then spoke to the press.", text(s, found.get(0)));
    }
}
