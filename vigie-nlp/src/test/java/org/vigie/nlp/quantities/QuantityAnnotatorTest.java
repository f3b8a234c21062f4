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
    void bothEndsOfARangeAreQuantitiesOfTheSameUnit() {
        String s = "Les estimations oscillent entre 90 000 et 120 000 soldats.";
        List<Quantity> q = quantities(s);
        assertEquals(List.of("90 000", "120 000 soldats"), q.stream().map(x -> text(s, x)).toList());
        assertEquals(List.of(90000.0, 120000.0), q.stream().map(Quantity::value).toList());
        assertEquals(List.of("soldier", "soldier"), q.stream().map(Quantity::unit).toList());
        String dash = "Some 10-15 tanks were seen near the border.";
        assertEquals(List.of(10.0, 15.0), quantities(dash).stream().map(Quantity::value).toList());
        assertEquals(List.of(1.0e9, 2.0e9), quantities("Il faudrait entre 1 et 2 milliards d'euros.").stream()
                .map(Quantity::value).toList());
    }

    @Test
    void aLargeFigureStandingAloneCountsWhatTheSentenceCounts() {
        String s = "L'OTBC estimait à 90 000 le nombre de soldats déployés.";
        Quantity q = only(s);
        assertEquals("90 000", text(s, q));
        assertEquals("soldier", q.unit());
        String t = "Lessaria had put the number of troops at 40,000 when the drills opened.";
        assertEquals("soldier", only(t).unit());
        assertEquals("40,000", text(t, only(t)));
    }

    @Test
    void aLargeFigureStandingAloneCountsWhatTheParagraphCountedLast() {
        String s = "Western officials estimate that 120,000 Valdorian troops are near the border. Lessaria puts the figure at 175,000.";
        List<Quantity> q = quantities(s);
        assertEquals(2, q.size());
        assertEquals("175,000", text(s, q.get(1)));
        assertEquals("soldier", q.get(1).unit());
    }

    @Test
    void thoseWhoSpeakAreNotWhatALoneFigureCounts() {
        String s = "The alliance now puts the number of troops at about 120,000, Western officials said.";
        assertEquals("soldier", only(s).unit());
    }

    @Test
    void smallLoneFiguresAndFiguresBeforeUnknownWordsAreNotQuantities() {
        assertTrue(quantities("The announcement came five days after three civilians died.").stream()
                .noneMatch(q -> q.value() == 5.0));
        assertTrue(quantities("Les 12 000 oliviers de la vallée sont disputés par les soldats.").isEmpty());
    }

    @Test
    void oneIsAnArticleUnlessItScales() {
        assertTrue(quantities("One Western diplomat said the talks failed.").isEmpty());
        assertEquals(1.0e6, only("One million people left the valley.").value());
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
    void xnumxAfterADecimalFigureIsDroppedBeforeAScaleWord() {
        Quantity q = only("L'UE a gelé environ 1,5 XNUMX milliard d'euros d'avoirs.");
        assertEquals(1.5e9, q.value());
        assertTrue(q.artefact());
        assertTrue(q.approximate());
        assertEquals("EUR", q.unit());
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
    void tensOrHundredsOfThousandsAreOneVagueCount() {
        String en = "Tens of thousands of protesters marched in Tbilisi.";
        Quantity q = only(en);
        assertEquals("Tens of thousands of protesters", text(en, q));
        assertNull(q.value());
        assertTrue(q.approximate());
        assertEquals("protester", q.unit());
        String fr = "Des centaines de milliers de migrants ont traversé la frontière.";
        assertEquals("Des centaines de milliers de migrants", text(fr, only(fr)));
        String hundreds = "Hundreds of thousands of children have been displaced.";
        assertEquals("child", only(hundreds).unit());
        assertEquals("Hundreds of thousands of children", text(hundreds, only(hundreds)));
    }

    @Test
    void anApproximatorElidedBeforeUnIsStillAnApproximator() {
        for (String s : List.of("Près d'un million de personnes ont fui.", "Plus d'un million de réfugiés sont partis.",
                "Moins d'un millier de soldats restent.")) {
            assertTrue(only(s).approximate(), s);
        }
        assertFalse(only("Un million de personnes ont fui.").approximate());
    }

    @Test
    void aFigureAfterADeathTollCountsTheDead() {
        for (String s : List.of("The death toll rose to 42 on Tuesday.", "Officials put the toll at 42.",
                "The death toll from the earthquake has climbed to 42.", "Le bilan de l'attaque est passé à 42 jeudi.",
                "Le bilan s'élève désormais à 42.")) {
            Quantity q = only(s);
            assertEquals(42.0, q.value(), s);
            assertEquals("dead", q.unit(), s);
        }
        // (a figure far from the toll, or counting something else, is not the dead)
        assertTrue(quantities("The toll road to the port reopened on 12 May after 42 days.").stream().noneMatch(q -> "dead".equals(q.unit())));
        assertEquals("percent", only("The company's toll of 12 percent was criticised.").unit());
    }

    @Test
    void aSubjectWithADeterminerInAnInsertedAttributionClaims() {
        String s = "Russia fired 90 missiles overnight, the Ukrainian air force said.";
        assertEquals("Ukraine", quantities(s, Map.of("Ukrainian", "Ukraine", "Russia", "Russia")).get(0).claimedBy().name());
        String fr = "Quelque 40 000 soldats sont massés, a indiqué l'état-major lessarien.";
        assertEquals("Lessaria", quantities(fr, Map.of("lessarien", "Lessaria")).get(0).claimedBy().name());
        String other = "Western officials speak of 120,000 troops, the Lessarian intelligence counts 175,000.";
        assertNull(quantities(other, Map.of("Lessarian", "Lessaria")).get(0).claimedBy());
        // (an inserted clause with no name claims nothing)
        assertNull(quantities("Russia fired 90 missiles overnight, the air force said.", Map.of("Russia", "Russia")).get(0).claimedBy());
    }

    @Test
    void officialsInACapitalClaimForItsState() {
        assertEquals("Ukraine", claimant("Officials in Kyiv said some 40,000 Russian troops had massed near Kharkiv."));
        assertEquals("United States", claimant("Selon des responsables à Washington, 3 000 soldats nord-coréens sont déployés."));
        assertEquals("Poland", claimant("Military sources in Warsaw estimated that 2,000 Belarusian troops were deployed near the border."));
        // (a city that is no capital, and a capital as the city it is, keep their own name)
        assertEquals("Kharkiv", claimant("Officials in Kharkiv said 40 people had been killed."));
        assertEquals("Kyiv", claimant("The mayor of Kyiv said 40 people had been killed."));
    }

    private static String claimant(String sentence) {
        Document d = DefaultPipeline.create(List.of("blocks", "language", "segment", "entities", "quantities"))
                .run(Document.ofText("Report\n\n" + sentence));
        EntityRef by = d.layerOrEmpty(LayerKind.QUANTITIES).get(0).claimedBy();
        return by == null ? null : by.name();
    }

    @Test
    void aVerbOpeningItsOwnReportedClauseClaimsNothingBeforeIt() {
        String s = "Korvan annonce le retrait de deux brigades, Miravel assure que rien n'a bougé.";
        assertNull(quantities(s, Map.of("Miravel", "Lessaria")).get(0).claimedBy());
    }

    @Test
    void anInsertedOrRelativeAttributionClaimsTheFigureBeforeIt() {
        String s = "Quelque 40 000 soldats sont massés, estime Miravel.";
        assertEquals("Lessaria", quantities(s, Map.of("Miravel", "Lessaria")).get(0).claimedBy().name());
        String r = "The figure is twice the 40,000 troops Lessaria reported last week.";
        assertEquals("Lessaria", quantities(r, Map.of("Lessaria", "Lessaria")).get(0).claimedBy().name());
        String w = "Western officials put the number at some 120,000, while Lessarian intelligence speaks of 175,000 troops.";
        List<Quantity> q = quantities(w, Map.of("Lessarian", "Lessaria"));
        assertNull(q.get(0).claimedBy());
        assertEquals("Lessaria", q.get(1).claimedBy().name());
    }

    @Test
    void theSearchAfterSelonStopsAtWhoQuestionedTheSource() {
        String s = "Selon deux responsables interrogés par l'AFP, 120 000 hommes sont massés.";
        assertNull(quantities(s, Map.of("AFP", "Agence France-Presse")).get(1).claimedBy());
    }

    @Test
    void anAcronymInBracketsBelongsToTheSubject() {
        String s = "L'Organisation du traité (OTBC) estimait à 90 000 le nombre de soldats.";
        assertEquals("CBTO", quantities(s, Map.of("OTBC", "CBTO")).get(0).claimedBy().name());
    }

    @Test
    void placesAreNeverClaimants() {
        String s = "Near the Sarvel valley said nothing of 300 tanks.";
        Document d = DefaultPipeline.create(List.of("blocks", "segment")).run(Document.ofText(s));
        Span sarvel = new Span(s.indexOf("Sarvel"), s.indexOf("Sarvel") + 13);
        d = d.with(Layers.builder()
                .put(LayerKind.ENTITIES, List.of(new Entity("vigie:sarvel-valley", "Sarvel valley", EntityType.LOC, List.of(sarvel))))
                .put(LayerKind.MENTIONS, List.of(new Mention(sarvel, EntityType.LOC, "vigie:sarvel-valley", 1.0))).build());
        assertNull(annotator.annotate(d).get(LayerKind.QUANTITIES).get(0).claimedBy());
    }

    @Test
    void figuresInBoilerplateBlocksAreNotQuantities() {
        String s = "Lire aussi : les prix ont augmenté de 9 %\nKorvan a retiré deux brigades.";
        Document d = Document.ofText(s);
        int cut = s.indexOf('\n');
        d = d.with(Layers.builder().put(LayerKind.BLOCKS, List.of(Block.boilerplate(new Span(0, cut), Block.Kind.RELATED),
                        Block.body(new Span(cut + 1, s.length()), Block.Kind.PARAGRAPH)))
                .put(LayerKind.TITLE, List.of()).put(LayerKind.STORIES, List.of()).build());
        d = d.with(new org.vigie.nlp.segment.SegmentAnnotator().annotate(d));
        d = d.with(Layers.builder().put(LayerKind.ENTITIES, List.of()).put(LayerKind.MENTIONS, List.of()).build());
        List<Quantity> q = annotator.annotate(d).get(LayerKind.QUANTITIES);
        assertEquals(1, q.size());
        assertEquals("brigade", q.get(0).unit());
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
