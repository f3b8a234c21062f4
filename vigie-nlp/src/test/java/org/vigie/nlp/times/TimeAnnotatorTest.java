package org.vigie.nlp.times;

import org.junit.jupiter.api.Test;
import org.vigie.core.Annotator;
import org.vigie.core.AnnotatorContract;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Block;
import org.vigie.core.model.Published;
import org.vigie.core.model.Span;
import org.vigie.core.model.TimeExpression;
import org.vigie.core.model.TimeExpression.Granularity;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class TimeAnnotatorTest extends AnnotatorContract {
    /** A Tuesday. */
    private static final String TUESDAY = "2025-03-11";
    private final TimeAnnotator annotator = new TimeAnnotator();

    @Override
    protected Annotator annotator() {
        return annotator;
    }

    @Override
    protected Document prepare(Document raw) {
        return published(DefaultPipeline.create(List.of("blocks", "segment")).run(raw), TUESDAY);
    }

    @Override
    protected String sampleText() {
        return "KORVAN, 11 mars 2025 (AFP) - Le ministre a rencontré mardi son homologue. Il se rendra vendredi à Miravel.\n"
                + "The talks on March 21 ended last week; officials said on Friday they would meet next week.";
    }

    private static Document published(Document d, String date) {
        List<Published> p = date == null ? List.of() : List.of(new Published(date, null, Published.Method.METADATA));
        return d.with(Layers.of(LayerKind.PUBLISHED, p));
    }

    private List<TimeExpression> times(String text, String published) {
        Document d = published(DefaultPipeline.create(List.of("blocks", "segment")).run(Document.ofText(text)), published);
        return annotator.annotate(d).get(LayerKind.TIMES);
    }

    /** Text of each expression -> its value, for a text published on Tuesday 11 March 2025. */
    private Map<String, String> values(String text) {
        return times(text, TUESDAY).stream().collect(Collectors.toMap(t -> t.span().of(text), t -> String.valueOf(t.value()),
                (a, b) -> a + "|" + b, java.util.LinkedHashMap::new));
    }

    private TimeExpression only(String text) {
        List<TimeExpression> t = times(text, TUESDAY);
        assertEquals(1, t.size(), () -> "times of '" + text + "': " + t);
        return t.get(0);
    }

    @Test
    void frenchAndEnglishCalendarDatesResolveToDays() {
        assertEquals(Map.of("10 février", "2025-02-10"), values("Le sommet s'est tenu 10 février à Korvan."));
        assertEquals(Map.of("le 3 mars 2025", "2025-03-03"), values("Les manœuvres ont commencé le 3 mars 2025."));
        assertEquals(Map.of("21 February 2022", "2022-02-21"), values("The treaty was signed on 21 February 2022."));
        assertEquals(Map.of("March 21", "2025-03-21"), values("The ministers will meet on March 21."));
        assertEquals(Map.of("March 28, 2025", "2025-03-28"), values("MIRAVEL, March 28, 2025 (AFP) - Talks ended."));
        assertEquals(Granularity.DAY, only("Il est arrivé le 1er mars.").granularity());
        assertEquals("2025-03-01", only("Il est arrivé le 1er mars.").value());
    }

    @Test
    void aDayAndMonthWithoutYearTakeTheYearNearestPublication() {
        assertEquals("2024-12-28", only("Les combats ont repris le 28 décembre.").value());
        assertEquals("2025-04-02", only("La réunion aura lieu le 2 avril.").value());
    }

    @Test
    void numericDatesAreDayFirstUnlessTheDocumentShowsMonthFirst() {
        assertEquals("2022-02-10", only("Le traité signé le 10/02/2022 par les deux ministres reste en vigueur.").value());
        assertEquals("2022-02-10", only("The treaty signed on 10/02/2022 by both ministers is still in force.").value());
        Map<String, String> us = values("The treaty signed on 03/21/2022 was amended on 04/02/2022 by both ministers.");
        assertEquals("2022-03-21", us.get("03/21/2022"));
        assertEquals("2022-04-02", us.get("04/02/2022"));
        assertEquals("2025-03-10", only("The ministry said the drills began on 2025-03-10 near the border.").value());
    }

    @Test
    void aTimeOfDayAfterADayMakesADatetime() {
        TimeExpression fr = only("Le sommet s'ouvrira le 3 mars à 14h30 à Korvan.");
        assertEquals("le 3 mars à 14h30", "Le sommet s'ouvrira le 3 mars à 14h30 à Korvan.".substring(fr.start(), fr.end()));
        assertEquals("2025-03-03T14:30", fr.value());
        assertEquals(Granularity.DATETIME, fr.granularity());
        assertEquals("2025-03-03T14:30", only("The summit opened on March 3 at 2:30 p.m. in Korvan.").value());
        assertEquals("2025-03-03T18:42", only("Les tirs ont commencé le 03/03/2025 18:42 près de la frontière.").value());
        assertEquals(Granularity.DAY, only("Le sommet s'ouvrira le 3 mars à Korvan.").granularity());
    }

    @Test
    void monthsAndYearsHaveTheirGranularity() {
        TimeExpression may = only("Les élections auront lieu en mai.");
        assertEquals("2025-05", may.value());
        assertEquals(Granularity.MONTH, may.granularity());
        assertEquals("mai", "Les élections auront lieu en mai.".substring(may.start(), may.end()));
        assertEquals("2024-05", only("Les élections ont eu lieu en mai.").value());
        TimeExpression year = only("Russia annexed the peninsula in 2014.");
        assertEquals("2014", year.value());
        assertEquals(Granularity.YEAR, year.granularity());
        assertEquals("2014", only("La région est disputée depuis 2014, selon Korvan.").value());
        assertEquals("2024-11", only("Le traité de novembre 2024 est caduc.").value());
    }

    @Test
    void countsThatLookLikeYearsAreNotDates() {
        assertTrue(times("Il y a 2014 soldats dans la caserne.", TUESDAY).isEmpty());
        assertTrue(times("The army sent 2025 troops.", TUESDAY).isEmpty());
        assertTrue(times("Il a payé 2000 euros.", TUESDAY).isEmpty());
    }

    @Test
    void durationsAreNotDates() {
        assertTrue(times("Les exercices dureront pendant trois jours.", TUESDAY).isEmpty());
        assertTrue(times("The drills will last for two weeks.", TUESDAY).isEmpty());
        assertTrue(times("Le conflit dure depuis dix ans.", TUESDAY).isEmpty());
    }

    @Test
    void bareWeekdaysFollowTheTenseOfTheSentence() {
        assertEquals("2025-03-07", only("Le ministre a rencontré vendredi son homologue.").value());
        assertEquals("2025-03-14", only("Le ministre rencontrera vendredi son homologue.").value());
        assertEquals("2025-03-14", only("Le ministre doit rencontrer vendredi son homologue.").value());
        assertEquals("2025-03-07", only("Le ministre rencontrait vendredi son homologue.").value());
        assertEquals("2025-03-07", only("The minister met his counterpart on Friday.").value());
        assertEquals("2025-03-14", only("The minister will meet his counterpart on Friday.").value());
        assertEquals("2025-03-14", only("The minister is going to meet him on Friday.").value());
        assertEquals("2025-03-11", only("Le ministre a parlé mardi.").value());
    }

    @Test
    void aWeekdayWithNoTenseCueIsTheNearestPast() {
        assertEquals("2025-03-09", only("Dimanche, la foule devant le palais.").value());
    }

    @Test
    void lastAndNextWeekdaysAreStrictlyBeforeOrAfter() {
        assertEquals("2025-03-04", only("Il l'a dit mardi dernier.").value());
        assertEquals("2025-03-17", only("Il viendra lundi prochain.").value());
        assertEquals("2025-03-07", only("They met last Friday.").value());
        assertEquals("2025-03-17", only("They meet next Monday.").value());
        TimeExpression ce = only("Il a parlé ce dimanche à la télévision.");
        assertEquals("ce dimanche", "Il a parlé ce dimanche à la télévision.".substring(ce.start(), ce.end()));
        assertEquals("2025-03-09", ce.value());
    }

    @Test
    void aWeekdayEveningIsOneDayExpression() {
        TimeExpression t = only("Des tirs ont visé jeudi soir la ville.");
        assertEquals("jeudi soir", "Des tirs ont visé jeudi soir la ville.".substring(t.start(), t.end()));
        assertEquals("2025-03-06", t.value());
        assertEquals(Granularity.DAY, t.granularity());
    }

    @Test
    void weeksResolveToIsoWeeks() {
        TimeExpression last = only("Le ministre a parlé la semaine dernière.");
        assertEquals("2025-W10", last.value());
        assertEquals(Granularity.WEEK, last.granularity());
        assertEquals("2025-W12", only("The council will meet next week.").value());
        assertEquals("2025-W09", only("Il y a deux semaines, l'armée a bougé.").value());
    }

    @Test
    void relativeDaysMonthsAndYearsCountFromPublication() {
        assertEquals(Map.of("hier", "2025-03-10", "aujourd'hui", "2025-03-11", "demain", "2025-03-12"),
                values("Il est arrivé hier, il parle aujourd'hui et repart demain."));
        assertEquals(Map.of("yesterday", "2025-03-10"), values("The minister arrived yesterday."));
        assertEquals(Map.of("il y a deux jours", "2025-03-09"), values("Il est arrivé il y a deux jours."));
        assertEquals(Map.of("le mois prochain", "2025-04"), values("Le sommet aura lieu le mois prochain."));
        assertEquals(Map.of("earlier this month", "2025-03"), values("The army moved earlier this month."));
        assertEquals(Map.of("l'année dernière", "2024"), values("Les relations se sont dégradées l'année dernière."));
        assertEquals(Map.of("last week", "2025-W10"), values("The army moved last week."));
    }

    @Test
    void anaphoricDaysCountFromTheLastDateMentioned() {
        Map<String, String> v = values("The talks ended on March 3. Two days before, the army had moved.");
        assertEquals("2025-03-01", v.get("Two days before"));
        assertEquals("2025-03-07", values("L'UE a gelé les avoirs vendredi. La Lessarie a agi le même jour.").get("le même jour"));
    }

    @Test
    void withoutPublicationDateRelativeExpressionsHaveNoValue() {
        List<TimeExpression> t = times("Il est arrivé hier, le 3 mars 2025, et repart mardi.", null);
        Map<String, String> v = t.stream().collect(Collectors.toMap(x -> x.span().of("Il est arrivé hier, le 3 mars 2025, et repart mardi."),
                x -> String.valueOf(x.value())));
        assertEquals("null", v.get("hier"));
        assertEquals("2025-03-03", v.get("le 3 mars 2025"));
        assertEquals("null", v.get("mardi"));
    }

    @Test
    void otherLanguagesComeFromResourceFilesOnly() {
        assertEquals(Map.of("el domingo", "2025-03-09"), values("Las imágenes fueron tomadas el domingo, según la empresa."));
        assertEquals(Map.of("heute", "2025-03-11"), values("« Wir haben heute keinen Durchbruch erzielt », a-t-elle dit."));
    }

    @Test
    void boilerplateBlocksAreSkipped() {
        String text = "Publié le 10/03/2025 à 18h42\nLe ministre a parlé mardi.";
        Document d = Document.ofText(text);
        d = d.with(Layers.builder().put(LayerKind.BLOCKS, List.of(
                        Block.boilerplate(new Span(0, 28), Block.Kind.BYLINE), Block.body(new Span(29, text.length()), Block.Kind.PARAGRAPH)))
                .put(LayerKind.TITLE, List.of()).put(LayerKind.STORIES, List.of()).build());
        d = published(d.with(new org.vigie.nlp.segment.SegmentAnnotator().annotate(d)), TUESDAY);
        List<TimeExpression> t = annotator.annotate(d).get(LayerKind.TIMES);
        assertEquals(1, t.size());
        assertEquals("mardi", t.get(0).span().of(text));
    }
}
