package org.vigie.nlp.language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.Annotator;
import org.vigie.core.AnnotatorContract;
import org.vigie.core.Document;
import org.vigie.core.model.LanguageSpan;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class LanguageAnnotatorTest extends AnnotatorContract {
    private static final LanguageAnnotator LANGUAGE = new LanguageAnnotator();

    @Override
    protected Annotator annotator() {
        return LANGUAGE;
    }

    @Override
    protected Document prepare(Document raw) {
        return DefaultPipeline.create(List.of("blocks")).run(raw);
    }

    @Override
    protected String sampleText() {
        return "Le port de Tesvik rouvre après la tempête\n41\n"
                + "Le port a rouvert jeudi après trois jours de fermeture, selon la capitainerie de la ville.\n"
                + "« Seguiremos trabajando para que los barcos vuelvan a salir cuanto antes », ha dicho el director.\n";
    }

    private static Document analyse(String text) {
        return DefaultPipeline.create(List.of("blocks", "language")).run(Document.ofText(text));
    }

    private static List<String> languages(Document d) {
        return d.languages().stream().map(LanguageSpan::language).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|The harbour reopened on Thursday after the storm had closed it for three days.",
            "fr|Le port a rouvert jeudi après trois jours de fermeture à cause de la tempête.",
            "de|Der Hafen wurde am Donnerstag nach dem Sturm wieder geöffnet.",
            "es|El puerto volvió a abrir el jueves después de tres días cerrado por la tormenta.",
            "it|Il porto ha riaperto giovedì dopo tre giorni di chiusura a causa della tempesta.",
            "pt|O porto reabriu na quinta-feira depois de três dias fechado por causa da tempestade.",
            "nl|De haven ging donderdag weer open na drie dagen sluiting door de storm.",
            "pl|Port został ponownie otwarty w czwartek po trzech dniach zamknięcia z powodu burzy.",
            "ru|Порт вновь открылся в четверг после трёх дней закрытия из-за шторма.",
            "uk|Порт знову відкрився в четвер після трьох днів закриття через шторм.",
            "ar|أعيد فتح الميناء يوم الخميس بعد إغلاقه ثلاثة أيام بسبب العاصفة.",
            "zh|港口在暴风雨关闭三天后于周四重新开放。",
            "ja|港は嵐のために三日間閉まっていましたが、木曜日にまた開きました。",
            "ko|항구는 폭풍으로 사흘 동안 폐쇄된 뒤 목요일에 다시 문을 열었다.",
            "tr|Liman, fırtına nedeniyle üç gün kapalı kaldıktan sonra perşembe günü yeniden açıldı.",
            "sv|Hamnen öppnade igen på torsdagen efter att ha varit stängd i tre dagar på grund av stormen.",
            "da|Havnen åbnede igen torsdag efter at have været lukket i tre dage på grund af stormen.",
            "fi|Satama avattiin uudelleen torstaina oltuaan kolme päivää suljettuna myrskyn vuoksi.",
            "cs|Přístav byl ve čtvrtek znovu otevřen po třech dnech uzavření kvůli bouři.",
            "ro|Portul a fost redeschis joi, după trei zile de închidere din cauza furtunii.",
            "hu|A kikötő csütörtökön újra megnyílt, miután a vihar miatt három napig zárva volt.",
            "el|Το λιμάνι άνοιξε ξανά την Πέμπτη μετά από τρεις ημέρες κλειστό λόγω της καταιγίδας.",
            "bg|Пристанището отново отвори в четвъртък след три дни затваряне заради бурята.",
            "he|הנמל נפתח מחדש ביום חמישי לאחר שנסגר לשלושה ימים בגלל הסערה.",
            "fa|بندر پس از سه روز تعطیلی به دلیل طوفان روز پنجشنبه دوباره باز شد."})
    void aSentenceOfTwentyOrMoreCharactersIsRecognisedInEachLanguage(String expected, String sentence) {
        assertEquals(expected, languages(analyse(sentence)).get(0));
        assertEquals(expected, analyse(sentence).language().orElseThrow());
    }

    @Test
    void aSpanishQuoteParagraphInsideAFrenchArticleIsSpanish() {
        Document d = analyse(sampleText());
        assertEquals(List.of("fr", "fr", "fr", "es"), languages(d));
        assertEquals("fr", d.language().orElseThrow());
    }

    @Test
    void numbersAndShortNameLinesInheritTheDocumentLanguageWithNoConfidence() {
        Document d = analyse("Le port a rouvert jeudi après trois jours de fermeture, selon la capitainerie.\n12\nJan Kowalski\n"
                + "Les dockers ont repris le travail dès l'aube, a indiqué le syndicat des ouvriers du port.");
        assertEquals(List.of("fr", "fr", "fr", "fr"), languages(d));
        assertEquals(0.0, d.languages().get(1).confidence());
        assertTrue(d.languages().get(0).confidence() > 0.9);
    }

    @Test
    void theMainLanguageIsWeightedByTheLengthOfBodyText() {
        Document d = analyse("Der Hafen ist wieder offen.\n"
                + "The harbour of Tesvik reopened on Thursday after a storm had kept it closed for three days, the port authority said.\n"
                + "Dock workers returned at dawn and the first ferries are expected to leave on Friday morning.");
        assertEquals("en", d.language().orElseThrow());
    }

    @Test
    void aTextWithoutLettersHasAnUndeterminedLanguage() {
        Document d = analyse("123\n456");
        assertEquals("und", d.language().orElseThrow());
        assertTrue(d.languages().isEmpty());
    }

    @Test
    void theDetectorWeighsHanCharactersMoreThanLatinLetters() {
        assertEquals(3, LanguageDetector.weight("港"));
        assertEquals(4, LanguageDetector.weight("port 2024 https://example.org/x"));
    }
}
