package org.vigie.nlp.published;

import org.junit.jupiter.api.Test;
import org.vigie.core.Annotator;
import org.vigie.core.AnnotatorContract;
import org.vigie.core.Document;
import org.vigie.core.model.Input;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Published;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class PublishedAnnotatorTest extends AnnotatorContract {
    private static final PublishedAnnotator PUBLISHED = new PublishedAnnotator();

    @Override
    protected Annotator annotator() {
        return PUBLISHED;
    }

    @Override
    protected Document prepare(Document raw) {
        return DefaultPipeline.create(List.of("blocks")).run(raw);
    }

    @Override
    protected String sampleText() {
        return "Le port rouvre\nPublié le 12/03/2025 à 14h05\nTESVIK, 12 mars (AFP) - Le port a rouvert jeudi.";
    }

    private static Optional<Published> published(Document raw) {
        return DefaultPipeline.create(List.of("blocks", "published")).run(raw).published();
    }

    private static Optional<Published> published(String text) {
        return published(Document.ofText(text));
    }

    private static String evidence(String text) {
        Published p = published(text).orElseThrow();
        return text.substring(p.evidence().start(), p.evidence().end());
    }

    @Test
    void aDeclaredDateInMetadataComesFirst() {
        Document raw = Document.ofText(sampleText()).withMetadata(
                new Metadata(null, null, "2025-03-11T09:30:00+01:00", null, null, null, null, null, List.of()));
        Published p = published(raw).orElseThrow();
        assertEquals("2025-03-11T09:30+01:00", p.value());
        assertEquals(Published.Method.METADATA, p.method());
        assertNull(p.evidence());
    }

    @Test
    void aPublicationCueLineGivesTheDateAndTime() {
        Published p = published(sampleText()).orElseThrow();
        assertEquals("2025-03-12T14:05", p.value());
        assertEquals(Published.Method.TEXT, p.method());
        assertEquals("12/03/2025 à 14h05", evidence(sampleText()));
    }

    @Test
    void aFrenchDatelineWithItsYearIsRead() {
        String text = "Le port rouvre\nBRUXELLES, le 10 février 2025 (AFP) – Le port a rouvert jeudi après la tempête.";
        assertEquals("2025-02-10", published(text).orElseThrow().value());
        assertEquals("10 février 2025", evidence(text));
    }

    @Test
    void anEnglishUpdateLineWithClockAndZoneIsRead() {
        String text = "Harbour reopens\nUpdated 3:12 PM GMT+1, March 10, 2025\nThe harbour reopened on Monday.";
        assertEquals("2025-03-10T15:12+01:00", published(text).orElseThrow().value());
        String text2 = "Harbour reopens\nUpdated 3 March 2025\nThe harbour reopened on Monday.";
        assertEquals("2025-03-03", published(text2).orElseThrow().value());
    }

    @Test
    void aPublicationCueWinsOverAnUpdateCue() {
        String text = "Le port rouvre\nMis à jour le 14 mars 2025\nPublié le 12 mars 2025\nLe port a rouvert jeudi.";
        assertEquals("2025-03-12", published(text).orElseThrow().value());
    }

    @Test
    void aDatelineWithoutYearTakesTheYearOfAnotherFullDateInTheText() {
        String text = "Harbour reopens\nKORVAN, March 10 (Reuters) - The harbour reopened on Monday.\n"
                + "A ferry leaves the harbour, March 9, 2025.";
        Published p = published(text).orElseThrow();
        assertEquals("2025-03-10", p.value());
        assertEquals("March 10", evidence(text));
    }

    @Test
    void aSentenceOpeningWithACommaIsNoDateline() {
        String text = "Harbour reopens\nA ferry leaves the harbour, March 9, 2025, as workers return.\nThe harbour reopened on Monday.";
        assertTrue(published(text).isEmpty());
    }

    @Test
    void aDatelineWithoutYearTakesTheYearOfTheUrl() {
        String text = "Le port rouvre\nKIEV, 3 mars. /TASS/. Le port a rouvert lundi.";
        Document raw = Document.of("x", Input.ofUrl("https://news.example/2024/03/03/port", "text/html", 10), text, Metadata.EMPTY);
        assertEquals("2024-03-03", published(raw).orElseThrow().value());
    }

    @Test
    void aDatelineWithoutYearTakesTheYearOfTheCopyrightNotice() {
        String text = "Le port rouvre\nTESVIK, 4 mars (Belga) – Le port a rouvert mardi.\n© Le Journal du Port 2025";
        assertEquals("2025-03-04", published(text).orElseThrow().value());
    }

    @Test
    void aWeekdayPicksTheOneMentionedYearThatFits() {
        // 10 March fell on a Monday in 2025, not in 2019
        String text = "Le port rouvre\nKORVAN, lundi 10 mars (AFP) - Le port, fermé depuis 2019, a rouvert. Un plan court jusqu'en 2025.";
        assertEquals("2025-03-10", published(text).orElseThrow().value());
    }

    @Test
    void noYearIsMadeUpWhenTheTextDoesNotJustifyOne() {
        assertTrue(published("Le port rouvre\nBRUXELLES, le 10 février (AFP) – Le port a rouvert jeudi.").isEmpty());
        assertTrue(published("Le port rouvre\nKORVAN, 10 mars (AFP) - Le port a rouvert. Un contrat court jusqu'en 2028.").isEmpty());
        assertTrue(published("Le port a rouvert jeudi après la tempête.").isEmpty());
    }

    @Test
    void datesFurtherDownTheArticleAreNotDatelines() {
        String text = "Le port rouvre\nLe port a rouvert jeudi.\nLes dockers sont revenus.\nLe trafic reprend.\n"
                + "Les ferries repartent.\nLe maire s'est félicité.\nLa météo reste clémente.\nLe port recrute.\n"
                + "Le bilan est léger.\nRelated\n3 mars 2025";
        assertTrue(published(text).isEmpty());
    }

    @Test
    void theDateFinderReadsEuropeanAndAmericanOrders() {
        DateFinder f = DateFinder.shared();
        assertEquals("2025-12-03", f.find("le 03/12/2025", 0, 13).get(0).iso());
        assertEquals("2025-12-31", f.find("12/31/2025", 0, 10).get(0).iso());
        assertEquals("2025-03-10", f.find("10. März 2025", 0, 13).get(0).iso());
        assertEquals("2025-02-10", f.find("10 de febrero de 2025", 0, 21).get(0).iso());
        assertTrue(f.find("le 31 février", 0, 13).isEmpty());
    }
}
