package org.vigie.nlp.artefacts;

import org.junit.jupiter.api.Test;
import org.vigie.core.Annotator;
import org.vigie.core.AnnotatorContract;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.Event;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Reading;
import org.vigie.core.model.Token;
import org.vigie.nlp.DefaultPipeline;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ReadingAnnotatorTest extends AnnotatorContract {
    private static final String F = String.valueOf(Reading.FILLER);
    private final ReadingAnnotator annotator = new ReadingAnnotator();

    @Override
    protected Annotator annotator() {
        return annotator;
    }

    @Override
    protected Document prepare(Document raw) {
        return raw;
    }

    @Override
    protected String sampleText() {
        return damaged("Le ministre a déclaré que l’armée « restera » à la frontière.");
    }

    /** UTF-8 bytes read as Windows-1252, the usual way French text is damaged on aggregator pages. */
    private static String damaged(String clean) {
        return new String(clean.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    }

    private static String reading(String text) {
        return DefaultPipeline.create(List.of("reading")).run(Document.ofText(text)).reading();
    }

    @Test
    void repairedLettersStayInsideTheirWordAndSignsTouchTheWordAfterThem() {
        assertEquals("dé" + F + "claré" + F, reading("dÃ©clarÃ©"), "each repair is padded where it is");
        assertEquals("l" + F + F + "’armé" + F + "e", reading(damaged("l’armée")));
        assertEquals(F + "« non " + F + "»", reading(damaged("« non »")));
        assertEquals(F + "«non" + F + "»", reading(damaged("«non»")), "the word between two repairs stays in place");
        assertEquals("dé" + F.repeat(7) + "claré" + F.repeat(7), reading("d&eacute;clar&eacute;"));
        assertEquals(F.repeat(6) + "«" + F.repeat(5) + "\u00A0non", reading("&laquo;&nbsp;non"));
    }

    @Test
    void theReadingKeepsEveryOffsetAndCleanTextHasNone() {
        String text = sampleText();
        assertEquals(text.length(), reading(text).length());
        Document clean = DefaultPipeline.create(List.of("reading")).run(Document.ofText("Le ministre a déclaré non."));
        assertTrue(clean.layer(LayerKind.READING).isEmpty());
        assertEquals(clean.text(), clean.reading());
    }

    @Test
    void aRepairedElisionAndAPossessiveAreTokenizedAsInCleanText() {
        for (String clean : List.of("Selon l’OTAN, c’est fini.", "Trump’s aides met on Monday.")) {
            assertEquals(forms(clean), forms(damaged(clean)), clean);
        }
    }

    private static List<String> forms(String text) {
        Document d = DefaultPipeline.create(List.of("reading", "blocks", "language", "segment")).run(Document.ofText(text));
        return d.tokens().stream().map((Token t) -> Reading.clean(t.span().of(d.reading()))).toList();
    }

    @Test
    void aDamagedCopyIsAnalysedLikeTheCleanOne() {
        String clean = "Rapport\n\nLa Norvège a rappelé jeudi son ambassadeur à Helsinki, a annoncé le ministère.\n\n"
                + "« Nous ne céderons pas à la pression », a déclaré le Premier ministre Jonas Gahr Støre.\n\n"
                + "L’armée suédoise a déployé deux brigades près de la frontière, selon l’état-major.";
        Document a = DefaultPipeline.create().run(Document.ofText(clean));
        Document b = DefaultPipeline.create().run(Document.ofText(damaged(clean)));
        assertFalse(a.layer(LayerKind.EVENTS).isEmpty());
        assertFalse(a.layer(LayerKind.QUOTES).isEmpty());
        assertEquals(events(a), events(b));
        assertEquals(speakers(a), speakers(b));
        assertEquals(a.entities().stream().map(e -> e.name()).toList(), b.entities().stream().map(e -> e.name()).toList());
        assertTrue(b.layer(LayerKind.ARTEFACTS).stream().anyMatch(x -> x.span().of(b.text()).equals("rappelÃ©")),
                "the damage is still reported on the original characters");
    }

    private static List<String> events(Document d) {
        return d.layer(LayerKind.EVENTS).stream()
                .map((Event e) -> e.type() + " " + e.actor1().name() + " " + (e.actor2() == null ? "-" : e.actor2().name())).toList();
    }

    private static List<String> speakers(Document d) {
        return d.layer(LayerKind.QUOTES).stream().map((Quote q) -> q.speaker() == null ? "-" : q.speaker().name()).toList();
    }

    @Test
    void datesWithDamagedMonthsAreResolvedAndPointToTheDamagedCharacters() {
        String clean = "Publié le 3 février 2024\n\nLe ministre est arrivé le 10 décembre à Oslo et repartira en août.";
        Document a = DefaultPipeline.create().run(Document.ofText(clean));
        Document b = DefaultPipeline.create().run(Document.ofText(damaged(clean)));
        assertEquals("2024-02-03", a.published().orElseThrow().value());
        assertEquals(a.published().orElseThrow().value(), b.published().orElseThrow().value());
        assertEquals(damaged("3 février 2024"), b.published().orElseThrow().evidence().of(b.text()));
        List<String> clearTimes = a.layer(LayerKind.TIMES).stream().map(t -> t.value() + " " + t.span().of(a.text())).toList();
        List<String> damagedTimes = b.layer(LayerKind.TIMES).stream().map(t -> t.value() + " " + t.span().of(b.text())).toList();
        assertFalse(clearTimes.isEmpty());
        assertEquals(clearTimes.stream().map(ReadingAnnotatorTest::damaged).toList(), damagedTimes);
    }

    @Test
    void htmlCharacterReferencesLeftInTheTextAreReadAsTheirCharacters() {
        String clean = "Rapport\n\n« Nous ne céderons pas », a déclaré jeudi le Premier ministre Jonas Gahr Støre à Oslo.";
        String escaped = escaped(clean);
        Document a = DefaultPipeline.create().run(Document.ofText(clean));
        Document b = DefaultPipeline.create().run(Document.ofText(escaped));
        assertFalse(speakers(a).isEmpty());
        assertEquals(speakers(a), speakers(b));
        assertEquals(a.layer(LayerKind.QUOTES).stream().map(q -> escaped(q.span().of(a.text()))).toList(),
                b.layer(LayerKind.QUOTES).stream().map(q -> q.span().of(b.text())).toList(),
                "a quote between two repaired marks has its own characters");
        assertEquals(a.entities().stream().map(e -> e.name()).toList(), b.entities().stream().map(e -> e.name()).toList());
    }

    private static String escaped(String clean) {
        return clean.replace("é", "&eacute;").replace("ø", "&oslash;").replace("à", "&#224;")
                .replace("« ", "&laquo;&nbsp;").replace(" »", "&nbsp;&raquo;");
    }

    @Test
    void onlyCompleteReferencesToKnownCharactersAreRepaired() {
        assertEquals(List.of("déjà"), repairs("Il est d&eacute;j&#224; parti."));
        assertEquals(List.of("l’euro", "€"), repairs("l&#x2019;euro &#8364;"));
        assertTrue(repairs("AT&T, R&D; et Procter & Gamble, &bogus; &#0; &#xD800; &#99999999;").isEmpty());
    }

    private static List<String> repairs(String text) {
        return CharacterReferences.find(text, 0, text.length()).stream().map(Mojibake.Finding::repair).toList();
    }
}
