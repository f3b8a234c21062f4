package org.vigie.nlp.quantities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Annotator;
import org.vigie.core.AnnotatorContract;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;
import org.vigie.nlp.DefaultPipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class QuantityAnnotatorTest extends AnnotatorContract {
    private final QuantityAnnotator annotator = new QuantityAnnotator();

    @Override
    protected Annotator annotator() {
        return annotator;
    }

    @Override
    protected Document prepare(Document raw) {
        Document d = DefaultPipeline.create(List.of("blocks", "segment")).run(raw);
        return d.with(Layers.builder().put(LayerKind.ENTITIES, List.of()).put(LayerKind.MENTIONS, List.of()).build());
    }

    @Override
    protected String sampleText() {
        return "Selon l'OTBC, près de 90 000 soldats valdoriens sont massés près de la frontière.\n"
                + "Miravel says 40,000 troops and 300 tanks took part; the EU froze $2.3 billion.";
    }

    /** Runs blocks and segmentation, then adds the named entities (name -> every occurrence of it) as ENTITIES. */
    private List<Quantity> quantities(String text, Map<String, String> entities) {
        Document d = DefaultPipeline.create(List.of("blocks", "segment")).run(Document.ofText(text));
        List<Entity> list = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        entities.forEach((surface, name) -> {
            List<Span> spans = new ArrayList<>();
            for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) spans.add(new Span(at, at + surface.length()));
            String id = "vigie:" + name.toLowerCase().replace(' ', '-');
            list.add(new Entity(id, name, EntityType.GPE, spans));
            spans.forEach(s -> mentions.add(new Mention(s, EntityType.GPE, id, 1.0)));
        });
        d = d.with(Layers.builder().put(LayerKind.ENTITIES, list).put(LayerKind.MENTIONS, mentions).build());
        return annotator.annotate(d).get(LayerKind.QUANTITIES);
    }

    private List<Quantity> quantities(String text) {
        return quantities(text, Map.of());
    }

    private static String text(String doc, Quantity q) {
        return q.span().of(doc);
    }

    private Quantity only(String text) {
        List<Quantity> q = quantities(text);
        assertEquals(1, q.size(), () -> "quantities of '" + text + "': " + q);
        return q.get(0);
    }

    @Test
    void numbersGroupedByOrdinaryThinOrNonBreakingSpacesAreOneFigure() {
        assertEquals(100000.0, only("Il y a 100 000 soldats.").value());
        assertEquals(100000.0, only("Il y a 100\u00A0000 soldats.").value());
        assertEquals(100000.0, only("Il y a 100\u202F000 soldats.").value());
        assertEquals(1250000.0, only("Il y a 1 250 000 habitants.").value());
    }

    @Test
    void aSingleSeparatorBeforeThreeDigitsGroupsThousandsForCounts() {
        assertEquals(100000.0, only("Il y aurait 100.000 soldats.").value());
        assertEquals(100000.0, only("Il y aurait 100,000 soldats.").value());
        assertEquals(40000.0, only("There are 40,000 troops.").value());
        assertEquals(40000.0, only("There are 40.000 troops.").value());
    }

    @Test
    void decimalsFollowTheLanguageAndScaleWordsMultiply() {
        Quantity eur = only("L'UE a gelé 1,5 milliard d'euros d'avoirs.");
        assertEquals(1.5e9, eur.value());
        assertEquals("EUR", eur.unit());
        assertEquals("1,5 milliard d'euros", text("L'UE a gelé 1,5 milliard d'euros d'avoirs.", eur));
        Quantity usd = only("Washington pledged $2.3 billion in aid to the army.");
        assertEquals(2.3e9, usd.value());
        assertEquals("USD", usd.unit());
        assertEquals("$2.3 billion", text("Washington pledged $2.3 billion in aid to the army.", usd));
        assertEquals(3.0e6, only("Il a reçu 3 millions de dollars.").value());
    }

    @Test
    void numberWordsCount() {
        Quantity q = only("Korvan a retiré deux brigades.");
        assertEquals(2.0, q.value());
        assertEquals("brigade", q.unit());
        assertEquals(3.0, only("Trois bataillons sont arrivés.").value());
        assertEquals("battalion", only("Trois bataillons sont arrivés.").unit());
        assertEquals(90.0, only("Quatre-vingt-dix chars ont franchi la frontière.").value());
        assertEquals(21.0, only("Vingt et un civils ont été évacués.").value());
        assertEquals(120.0, only("One hundred and twenty monitors will deploy.").value());
        assertEquals(25.0, only("Twenty-five tanks crossed the river.").value());
        assertEquals(200000.0, only("Deux cent mille hommes sont mobilisés.").value());
    }

    @Test
    void indefiniteCountsHaveNoValueAndAreApproximate() {
        Quantity q = only("Des centaines de chars ont été vus.");
        assertNull(q.value());
        assertTrue(q.approximate());
        assertEquals("tank", q.unit());
        assertEquals("Des centaines de chars", text("Des centaines de chars ont été vus.", q));
        assertNull(only("Hundreds of tanks were seen.").value());
        assertNull(only("Des dizaines de milliers de soldats sont massés.").value());
        assertNull(only("Several thousand troops arrived.").value());
    }

    @Test
    void collectiveWordsGiveApproximateValues() {
        Quantity dozen = only("A dozen tanks crossed.");
        assertEquals(12.0, dozen.value());
        assertTrue(dozen.approximate());
        Quantity centaine = only("Une centaine de diplomates sont partis.");
        assertEquals(100.0, centaine.value());
        assertTrue(centaine.approximate());
        assertEquals("diplomat", centaine.unit());
    }

    @Test
    void articlesAloneAreNotNumbers() {
        assertTrue(quantities("Un soldat a été blessé et a soldier was hurt.").isEmpty());
    }

    @Test
    void approximatorsMakeAFigureApproximate() {
        for (String s : List.of("Il y a environ 40 000 soldats.", "Il y a près de 40 000 soldats.",
                "Il y a plus de 40 000 soldats.", "There are about 40,000 troops.", "There are some 40,000 troops.",
                "Up to 40,000 troops could come.", "More than 40,000 troops came.", "Il y a 40 000 soldats environ.")) {
            Quantity q = only(s);
            assertTrue(q.approximate(), s);
            assertEquals(40000.0, q.value(), s);
        }
        assertFalse(only("Il y a 40 000 soldats.").approximate());
    }

    @Test
    void theSpanRunsFromTheFigureToWhatItCounts() {
        String s = "Il y a près de 100 000 soldats russes.";
        assertEquals("100 000 soldats", text(s, only(s)));
        QuantityAnnotator wide = new QuantityAnnotator(List.of("fr", "en"), true);
        Document d = prepare(Document.ofText(s));
        Quantity q = wide.annotate(d).get(LayerKind.QUANTITIES).get(0);
        assertEquals("près de 100 000 soldats", q.span().of(s));
    }

    @Test
    void whatIsCountedIsFoundPastAdjectives() {
        Quantity q = only("They say 40,000 Valdorian troops are massed.");
        assertEquals("soldier", q.unit());
        assertEquals("40,000 Valdorian troops", text("They say 40,000 Valdorian troops are massed.", q));
        assertEquals("soldier", only("Il y a 100 000 soldats russes.").unit());
        assertEquals("soldier", only("Korvan envoie 3 000 nouveaux soldats.").unit());
        assertEquals("soldier", only("The army sent 3,000 additional troops.").unit());
    }

    @Test
    void unitsMapToEnglishSingularNouns() {
        assertEquals("soldier", only("On compte 500 hommes.").unit());
        assertEquals("soldier", only("On compte 500 militaires.").unit());
        assertEquals("soldier", only("On compte 500 troupes.").unit());
        assertEquals("dead", only("Le bombardement a fait 12 morts.").unit());
        assertEquals("dead", only("The shelling left 12 dead.").unit());
        assertEquals("wounded", only("On compte 30 blessés.").unit());
        assertEquals("civilian", only("Three civilians died.").unit());
        assertEquals("monitor", only("La mission comptera 200 observateurs.").unit());
        assertEquals("km", only("Ils sont à 30 km de la frontière.").unit());
        assertEquals("aircraft", only("Il y a 12 avions de combat.").unit());
        assertEquals("vehicle", only("Il y a 12 véhicules.").unit());
    }

    @Test
    void percentagesAreQuantities() {
        Quantity q = only("Les prix ont augmenté de 15 %.");
        assertEquals(15.0, q.value());
        assertEquals("percent", q.unit());
        assertEquals("percent", only("Prices rose 2.5 percent.").unit());
        assertEquals(2.5, only("Prices rose 2.5 percent.").value());
    }

    @Test
    void rangesAreOneApproximateQuantity() {
        String s = "Entre 90 000 et 120 000 soldats seraient déployés.";
        Quantity q = only(s);
        assertTrue(q.approximate());
        assertEquals("soldier", q.unit());
        assertEquals(90000.0, q.value());
        assertTrue(text(s, q).contains("120 000 soldats"));
        Quantity dash = only("Some 10-15 tanks were seen.");
        assertEquals(10.0, dash.value());
        assertTrue(dash.approximate());
        assertEquals(1.0e9, only("Il faudrait entre 1 et 2 milliards d'euros.").value());
    }

    @Test
    void datesYearsTimesAgesOrdinalsAndPhoneNumbersAreNotQuantities() {
        assertTrue(quantities("Le 3 mars 2025, le président a parlé.").isEmpty());
        assertTrue(quantities("On March 21, 2025 the talks ended.").isEmpty());
        assertTrue(quantities("In 2014 Russian troops invaded the peninsula.").isEmpty());
        assertTrue(quantities("Il est arrivé à 14h30.").isEmpty());
        assertTrue(quantities("Le général, âgé de 58 ans, a parlé.").isEmpty());
        assertTrue(quantities("La 3e brigade est partie.").isEmpty());
        assertTrue(quantities("The 21st brigade left.").isEmpty());
        assertTrue(quantities("Appelez le 01 23 45 67 89.").isEmpty());
        assertTrue(quantities("Partager 12").isEmpty());
        assertTrue(quantities("Des T-72 tanks ont été vus.").isEmpty());
    }

    @Test
    void aYearLikeNumberFollowedByWhatItCountsIsACount() {
        Quantity q = only("Il y a 2014 soldats dans la caserne.");
        assertEquals(2014.0, q.value());
    }

    @Test
    void xnumxStandsForAGroupOfThreeDigits() {
        Quantity q = only("Il y a 150 XNUMX hommes à la frontière.");
        assertEquals(150000.0, q.value());
        assertTrue(q.artefact());
        assertTrue(q.approximate());
        assertEquals("soldier", q.unit());
        assertEquals("150 XNUMX hommes", text("Il y a 150 XNUMX hommes à la frontière.", q));
    }

    @Test
    void aFigureLostEntirelyToXnumxHasNoValue() {
        Quantity q = only("Il y a XNUMX soldats.");
        assertNull(q.value());
        assertTrue(q.artefact());
    }

    @Test
    void twoGluedFiguresAreAnArtefactWithoutValueUnlessTheyAgree() {
        String s = "Il y aurait 60.000 25.000 soldats.";
        Quantity q = only(s);
        assertTrue(q.artefact());
        assertNull(q.value());
        assertEquals("60.000 25.000 soldats", text(s, q));
        Quantity same = only("Il y aurait 60.000 60.000 soldats.");
        assertTrue(same.artefact());
        assertEquals(60000.0, same.value());
    }

    @Test
    void theClaimantFollowsSelonOrAccordingTo() {
        String s = "Selon des responsables américains, 120 000 soldats sont massés.";
        Quantity q = quantities(s, Map.of("américains", "United States")).get(0);
        assertEquals("United States", q.claimedBy().name());
        String e = "According to Lessaria, 175,000 troops are there.";
        assertEquals("Lessaria", quantities(e, Map.of("Lessaria", "Lessaria")).get(0).claimedBy().name());
        String d = "D'après Miravel, 40 000 soldats participent.";
        assertEquals("Miravel", quantities(d, Map.of("Miravel", "Miravel")).get(0).claimedBy().name());
    }

    @Test
    void theClaimantIsTheSubjectOfAVerbOfSayingOrEstimating() {
        String s = "L'OTBC estime que 90 000 soldats valdoriens sont massés.";
        assertEquals("CBTO", quantities(s, Map.of("OTBC", "CBTO", "valdoriens", "Valdoria")).get(0).claimedBy().name());
        String e = "Miravel said 40,000 Valdorian troops took part.";
        assertEquals("Miravel", quantities(e, Map.of("Miravel", "Miravel", "Valdorian", "Valdoria")).get(0).claimedBy().name());
        String inv = "Quelque 40 000 soldats sont là, a déclaré Vasko.";
        assertEquals("Vasko", quantities(inv, Map.of("Vasko", "Vasko")).get(0).claimedBy().name());
    }

    @Test
    void aFigureNobodyClaimsHasNoClaimant() {
        String s = "Valdoria has 40,000 troops near the border.";
        assertNull(quantities(s, Map.of("Valdoria", "Valdoria")).get(0).claimedBy());
    }

    @Test
    void theSpeakerOfAQuoteClaimsTheFiguresInIt() {
        String s = "« Nous avons vu 300 chars », a dit Holt.";
        Document d = prepare(Document.ofText(s)).without(LayerKind.ENTITIES, LayerKind.MENTIONS);
        Span holt = new Span(s.indexOf("Holt"), s.indexOf("Holt") + 4);
        EntityRef ref = new EntityRef("vigie:mira-holt", "Mira Holt");
        d = d.with(Layers.builder()
                .put(LayerKind.ENTITIES, List.of(new Entity(ref.entity(), ref.name(), EntityType.PER, List.of(holt))))
                .put(LayerKind.MENTIONS, List.of(new Mention(holt, EntityType.PER, ref.entity(), 1.0)))
                .put(LayerKind.QUOTES, List.of(new Quote(new Span(2, s.indexOf(" »")), true, ref, null, "fr"))).build());
        assertEquals(ref, annotator.annotate(d).get(LayerKind.QUANTITIES).get(0).claimedBy());
    }
}
