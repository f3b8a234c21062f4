package org.vigie.nlp.sources;

import org.junit.jupiter.api.Test;
import org.vigie.core.Annotator;
import org.vigie.core.AnnotatorContract;
import org.vigie.core.Document;
import org.vigie.core.model.Input;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.SourceCredit;
import org.vigie.nlp.DefaultPipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SourceAnnotatorTest extends AnnotatorContract {
    private final SourceAnnotator annotator = new SourceAnnotator();

    @Override
    protected Annotator annotator() {
        return annotator;
    }

    private final org.vigie.core.Pipeline upstream = DefaultPipeline.create(List.of("blocks", "segment", "entities"));

    @Override
    protected Document prepare(Document raw) {
        return upstream.run(raw);
    }

    @Override
    protected String sampleText() {
        return "MOSCOU, 2 mai /TASS/. Le ministère a publié un communiqué, selon Reuters.\n© fourni par Le Figaro";
    }

    private List<SourceCredit> credits(String text) {
        Document d = prepare(Document.ofText(text));
        return d.with(annotator.annotate(d)).sources();
    }

    private static SourceCredit credit(List<SourceCredit> credits, String name) {
        return credits.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no credit for " + name + " in " + credits));
    }

    @Test
    void aBracketedDatelineAgencyIsCredited() {
        List<SourceCredit> c = credits("PARIS, 3 mars (AFP) - Les négociations reprennent.");
        assertEquals(SourceCredit.Role.CREDITED, credit(c, "AFP").role());
        assertEquals("Q40464", credit(c, "AFP").entityId());
    }

    @Test
    void slashedAndCapitalisedDatelinesAreCredited() {
        assertEquals(SourceCredit.Role.CREDITED, credit(credits("MOSCOU, 2 mai /TASS/. Le ministère a réagi."), "TASS").role());
        assertEquals(SourceCredit.Role.CREDITED, credit(credits("MADRID, 4 (EUROPA PRESS) El Gobierno ha respondido."), "Europa Press").role());
    }

    @Test
    void selonAndAccordingToCiteTheOutlet() {
        assertEquals(SourceCredit.Role.CITED, credit(credits("L'armée a reculé, selon Reuters."), "Reuters").role());
        assertEquals(SourceCredit.Role.CITED, credit(credits("Troops moved, according to the Associated Press."), "Associated Press").role());
        assertEquals(SourceCredit.Role.CITED, credit(credits("Trois soldats ont été blessés, rapporte l'agence Belga."), "Belga").role());
    }

    @Test
    void aProvidedByLineCreditsThePublisher() {
        SourceCredit c = credit(credits("Les combats ont repris.\n© fourni par Le Figaro"), "Le Figaro");
        assertEquals(SourceCredit.Role.CREDITED, c.role());
        assertEquals("vigie:le-figaro", c.entityId());
    }

    @Test
    void theInputUrlNamesThePublisher() {
        String text = "Les combats ont repris.";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Document raw = Document.of(Document.sha256(bytes), Input.ofUrl("https://www.lemonde.fr/international/article.html", "text/html", bytes.length),
                text, Metadata.EMPTY);
        Document d = prepare(raw);
        SourceCredit c = credit(d.with(annotator.annotate(d)).sources(), "Le Monde");
        assertEquals(SourceCredit.Role.PUBLISHER, c.role());
        assertNull(c.evidence());
    }

    @Test
    void aDomainInTheTextNamesThePublisher() {
        SourceCredit c = credit(credits("Article original sur lefigaro.fr le 3 mars."), "Le Figaro");
        assertEquals(SourceCredit.Role.PUBLISHER, c.role());
    }

    @Test
    void anUnknownAgencyInADatelineIsCreditedUnderAnEngineId() {
        SourceCredit c = credit(credits("BRENMOOR, 3 mars (BNA) - Le gouvernement a démenti."), "BNA");
        assertEquals("vigie:bna", c.entityId());
        assertEquals(SourceCredit.Role.CREDITED, c.role());
    }

    @Test
    void theSiteNamedFirstInABreadcrumbIsThePublisher() {
        SourceCredit c = credit(credits("Le Veilleur du Nord > Monde > Europe\nLa Brastovie dément.\n"), "Le Veilleur du Nord");
        assertEquals(SourceCredit.Role.PUBLISHER, c.role());
        assertEquals("vigie:le-veilleur-du-nord", c.entityId());
        assertTrue(credits("Accueil > Monde > Europe\nLa Brastovie dément.\n").isEmpty());
    }

    @Test
    void aCopyrightLineNamesThePublisherAndAnAcronymTakesItsLongName() {
        List<SourceCredit> c = credits("BRENMOOR, 2 mai /BNA/. Le gouvernement a démenti.\n© Brenmoor News Agency, 2025. Tous droits réservés.");
        assertEquals(SourceCredit.Role.PUBLISHER, c.stream().filter(x -> x.role() == SourceCredit.Role.PUBLISHER).findFirst().orElseThrow().role());
        SourceCredit dateline = c.stream().filter(x -> x.role() == SourceCredit.Role.CREDITED).findFirst().orElseThrow();
        assertEquals("Brenmoor News Agency", dateline.name());
        assertEquals("vigie:brenmoor-news-agency", dateline.entityId());
    }

    @Test
    void aCopyrightNoticeInAnyListedLanguageNamesThePublisher() {
        for (String notice : List.of("© Harbour Gazette, all rights reserved", "© Harbour Gazette - todos los derechos reservados",
                "Copyright Harbour Gazette 2024")) {
            List<SourceCredit> c = credits("The port reopened on Monday.\n" + notice);
            assertTrue(c.stream().anyMatch(x -> x.name().equals("Harbour Gazette") && x.role() == SourceCredit.Role.PUBLISHER),
                    notice + " -> " + c);
        }
    }

    @Test
    void aPictureOrSupplierNoticeNamesNoPublisher() {
        for (String notice : List.of("© Photo Harbour Gazette 2024", "© Coastline Agency Photo, 2024", "© Provided by Harbour Gazette 2024",
                "© Image Harbour Gazette, all rights reserved")) {
            List<SourceCredit> c = credits("The port reopened on Monday.\n" + notice);
            assertTrue(c.stream().noneMatch(x -> x.role() == SourceCredit.Role.PUBLISHER), notice + " -> " + c);
        }
    }

    @Test
    void anAgencyNamedAfterAnAgencyWordIsCited() {
        SourceCredit c = credit(credits("Selon l'agence officielle brastovienne BNA, trois soldats ont été blessés."), "BNA");
        assertEquals(SourceCredit.Role.CITED, c.role());
    }

    @Test
    void aDatelineAgencyMisspeltByOneLetterIsStillRecognised() {
        SourceCredit c = credit(credits("MADRID, 4 mar (EUROPAPRESS) - El Gobierno ha respondido."), "Europa Press");
        assertEquals("vigie:europa-press", c.entityId());
        assertEquals(SourceCredit.Role.CREDITED, c.role());
    }

    @Test
    void anOutletMerelyNamedIsNotASource() {
        assertTrue(credits("Le correspondant a longtemps travaillé pour Le Monde avant de partir.").isEmpty());
    }
}
