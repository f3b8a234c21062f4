package org.vigie.nlp.blocks;

import org.junit.jupiter.api.Test;
import org.vigie.core.Annotator;
import org.vigie.core.AnnotatorContract;
import org.vigie.core.Document;
import org.vigie.core.model.Block;
import org.vigie.core.model.Block.Kind;
import org.vigie.core.model.MarkupHint;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Span;
import org.vigie.core.model.StorySegment;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class BlockAnnotatorTest extends AnnotatorContract {
    private static final BlockAnnotator BLOCKS = new BlockAnnotator();

    private static final String ARTICLE = String.join("\n",
            "Accueil Monde Le port de Tesvik rouvre après la tempête",
            "Le port de Tesvik rouvre après la tempête",
            "Le port de Tesvik rouvre après la tempête",
            "0",
            "27",
            "TESVIK, 4 mai (AFP) - Le port de Tesvik a rouvert jeudi après trois jours de fermeture dus à une tempête.",
            "Les dockers ont repris le travail dès l'aube, selon la capitainerie, qui prévoit un retour à la normale lundi.",
            "Lire aussi : La saison des ferries commence plus tôt cette année",
            "Des dégâts limités",
            "« Nous avons eu de la chance », a déclaré le directeur du port, qui chiffre les dégâts à quelques milliers d'euros.",
            "Un cargo amarré au quai nord après la tempête, le 3 mai.",
            "Photo : AFP",
            "Partager :",
            "Facebook Twitter WhatsApp E-mail",
            "Article précédentLa mairie rénove la place du marché",
            "© Le Journal du Port 2024. Tous droits réservés.");

    @Override
    protected Annotator annotator() {
        return BLOCKS;
    }

    @Override
    protected Document prepare(Document raw) {
        return raw;
    }

    @Override
    protected String sampleText() {
        return ARTICLE;
    }

    private static Document analyse(String text) {
        return DefaultPipeline.create(List.of("blocks")).run(Document.ofText(text));
    }

    private static List<Kind> kinds(Document d) {
        return d.blocks().stream().map(Block::kind).toList();
    }

    @Test
    void everyLineOfANoisyArticleGetsItsKind() {
        Document d = analyse(ARTICLE);
        assertEquals(List.of(Kind.NAV, Kind.HEADING, Kind.DUPLICATE_HEADLINE, Kind.COUNTER, Kind.COUNTER, Kind.PARAGRAPH,
                Kind.PARAGRAPH, Kind.RELATED, Kind.HEADING, Kind.PARAGRAPH, Kind.CAPTION, Kind.CREDIT, Kind.OTHER,
                Kind.OTHER, Kind.RELATED, Kind.CREDIT), kinds(d));
    }

    @Test
    void theHeadlineIsTheFirstHeadlineShapedLineNotTheMenuLineEndingWithIt() {
        Document d = analyse(ARTICLE);
        assertEquals("Le port de Tesvik rouvre après la tempête", d.title().orElseThrow().text());
        assertEquals(new Span(ARTICLE.indexOf("\n") + 1, ARTICLE.indexOf("\n") + 1 + 41), d.title().orElseThrow().evidence());
    }

    @Test
    void oneStoryRunsFromTheHeadlineToTheLastBodyLine() {
        Document d = analyse(ARTICLE);
        assertEquals(1, d.stories().size());
        StorySegment s = d.stories().get(0);
        assertTrue(d.text(s.span()).startsWith("Le port de Tesvik"));
        assertTrue(d.text(s.span()).endsWith("quelques milliers d'euros."));
    }

    @Test
    void englishWireCopyWithBylineRelatedListAndCopyright() {
        String text = String.join("\n",
                "Home | World | Europe",
                "Harbour workers strike for a second day in Tesvik",
                "By Jane Holloway",
                "TESVIK, May 4 (Reuters) - Dock workers in Tesvik stayed away for a second day on Thursday, halting ferry traffic.",
                "The union said it would meet port managers on Friday.",
                "(Reporting by Jane Holloway; Editing by Tom Barr)",
                "Read more:",
                "Ferry operator posts record quarterly profit",
                "New bridge to open next spring",
                "Copyright 2024 Harbour News. All rights reserved.");
        assertEquals(List.of(Kind.NAV, Kind.HEADING, Kind.BYLINE, Kind.PARAGRAPH, Kind.PARAGRAPH, Kind.BYLINE, Kind.RELATED,
                Kind.RELATED, Kind.RELATED, Kind.CREDIT), kinds(analyse(text)));
    }

    @Test
    void urlsAndShareCountersAreBoilerplate() {
        Document d = analyse("Storm closes the harbour for three days\nhttps://example.org/storm-harbour\n12 shares\n"
                + "The harbour of Tesvik closed on Monday as a storm hit the coast, the port authority said.");
        assertEquals(List.of(Kind.HEADING, Kind.URL, Kind.COUNTER, Kind.PARAGRAPH), kinds(d));
    }

    @Test
    void aDatelineAloneOnItsLineIsBody() {
        Document d = analyse("Le port rouvre après la tempête\nTESVIK, le 4 mai (AFP) –\nLe port a rouvert jeudi après trois jours de fermeture.");
        assertEquals(Kind.PARAGRAPH, d.blocks().get(1).kind());
    }

    @Test
    void aMetadataTitleIsUsedWhenNoLineCarriesIt() {
        Document raw = Document.ofText("Le port a rouvert jeudi après trois jours de fermeture dus à une tempête.")
                .withMetadata(new Metadata("Tesvik : le port rouvre", null, null, null, null, null, null, null, List.of()));
        Document d = DefaultPipeline.create(List.of("blocks")).run(raw);
        assertEquals("Tesvik : le port rouvre", d.title().orElseThrow().text());
        assertNull(d.title().orElseThrow().evidence());
    }

    @Test
    void markupHintsOfHtmlInputAreStrongEvidence() {
        String text = "Sports Weather Business\nThe harbour reopens after the storm\nThe harbour of Tesvik reopened on Thursday after a storm.";
        int navEnd = text.indexOf('\n');
        int h1Start = navEnd + 1;
        int h1End = text.indexOf('\n', h1Start);
        Document raw = Document.ofText(text).withMetadata(Metadata.EMPTY.withHints(List.of(
                new MarkupHint(new Span(0, navEnd), "nav"), new MarkupHint(new Span(h1Start, h1End), "h1"))));
        Document d = DefaultPipeline.create(List.of("blocks")).run(raw);
        assertEquals(List.of(Kind.NAV, Kind.HEADING, Kind.PARAGRAPH), kinds(d));
        assertEquals("The harbour reopens after the storm", d.title().orElseThrow().text());
    }

    @Test
    void anAggregationPageGluingTwoDispatchesHasTwoStories() {
        String text = String.join("\n",
                "Le port de Tesvik rouvre après la tempête",
                "TESVIK, 4 mai (AFP) - Le port de Tesvik a rouvert jeudi après trois jours de fermeture.",
                "Les dockers ont repris le travail dès l'aube, selon la capitainerie.",
                "Lire aussi : La saison des ferries commence plus tôt",
                "Grève des contrôleurs aériens à Lurenne",
                "LURENNE, 4 mai (Reuters) - Les contrôleurs aériens de Lurenne ont cessé le travail jeudi matin.",
                "Le mouvement doit durer quarante-huit heures, selon le syndicat.");
        Document d = analyse(text);
        assertEquals(2, d.stories().size());
        assertEquals("Le port de Tesvik rouvre après la tempête", d.stories().get(0).title());
        assertEquals("Grève des contrôleurs aériens à Lurenne", d.stories().get(1).title());
        assertTrue(d.text(d.stories().get(1).span()).endsWith("selon le syndicat."));
    }

    @Test
    void mojibakeOfAccentsIsNotReadAsACopyrightSign() {
        Document d = analyse("Le port rouvre\nLe port a rouvert jeudi aprÃ¨s trois jours, a dÃ©clarÃ© la capitainerie, dÃ©jÃ  prÃªte.");
        assertEquals(Kind.PARAGRAPH, d.blocks().get(1).kind());
    }

    @Test
    void anEmptyTextHasNoBlocksNoTitleAndNoStory() {
        Document d = analyse("");
        assertTrue(d.blocks().isEmpty());
        assertTrue(d.title().isEmpty());
        assertTrue(d.stories().isEmpty());
    }
}
