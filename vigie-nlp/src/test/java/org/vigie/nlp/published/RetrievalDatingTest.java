package org.vigie.nlp.published;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Published;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** Dates completed by when the document was retrieved: yearless datelines and leads that only name a weekday. */
class RetrievalDatingTest {
    private static Optional<Published> published(String text, String retrieved) {
        Document raw = Document.ofText(text).withMetadata(Metadata.EMPTY.withRetrieved(retrieved));
        return DefaultPipeline.create(List.of("blocks", "language", "published")).run(raw).published();
    }

    private static final String YEARLESS = "Port reopens\n\nTESVIK, March 3 (Reuters) - The port of Tesvik reopened to "
            + "cargo ships after a week of strikes, the harbour authority said.";

    @Test
    void aYearlessDatelineTakesTheYearOfTheRetrievalWhenTheDateFallsBeforeIt() {
        Published p = published(YEARLESS, "2031-04-07").orElseThrow();
        assertEquals("2031-03-03", p.value());
        assertEquals(Published.Method.TEXT, p.method());
        assertEquals("March 3", YEARLESS.substring(p.evidence().start(), p.evidence().end()));
    }

    @Test
    void aDayAndMonthStillAheadOfTheRetrievalBelongToTheYearBefore() {
        assertEquals("2030-03-03", published(YEARLESS, "2031-02-10").orElseThrow().value());
    }

    @Test
    void aDatelineOneDayAheadOfAnInstantOfRetrievalIsTheSameYear() {
        // a dateline's local date may already be the next day where the collector's clock is
        assertEquals("2031-03-03", published(YEARLESS, "2031-03-02T23:30:00Z").orElseThrow().value());
    }

    @Test
    void aWeekdayInTheDatelineThatTheCandidateYearContradictsGivesNoDate() {
        // 3 March 2031 is a Monday
        String text = "Port reopens\n\nTESVIK, Friday, March 3 (Reuters) - The port reopened to cargo ships.";
        assertTrue(published(text, "2031-04-07").isEmpty());
        String monday = "Port reopens\n\nTESVIK, Monday, March 3 (Reuters) - The port reopened to cargo ships.";
        assertEquals("2031-03-03", published(monday, "2031-04-07").orElseThrow().value());
    }

    @Test
    void theTwentyNinthOfFebruaryGoesBackToTheLastLeapYearWithinAYear() {
        String text = "Port reopens\n\nTESVIK, 29 février (AFP) - Le port a rouvert aux cargos après une semaine de grève.";
        assertEquals("2032-02-29", published(text, "2032-05-01").orElseThrow().value());
        assertTrue(published(text, "2031-05-01").isEmpty(), "no 29 February within the year before");
    }

    @Test
    void aYearWrittenInTheTextWinsOverTheRetrievalDate() {
        String text = "Port reopens\n\nTESVIK, 3 mars (AFP) - Le port, fermé depuis le 1er mars 2029, a rouvert aux cargos.";
        assertEquals("2029-03-03", published(text, "2031-04-07").orElseThrow().value());
    }

    @Test
    void withoutARetrievalDateAYearlessDatelineGivesNoDate() {
        assertTrue(published(YEARLESS, null).isEmpty());
    }

    @Test
    void aSlashBetweenTwoDatelinePlacesIsStillADateline() {
        String text = "Port reopens\n\nTESVIK/ORLAN, 3 mars (AFP) - Le port a rouvert aux cargos après une semaine de grève.";
        Published p = published(text, "2031-04-07").orElseThrow();
        assertEquals("2031-03-03", p.value());
        assertEquals(Published.Method.TEXT, p.method());
    }

    @Test
    void aLeadThatOnlyNamesAWeekdayIsDatedToThatDayInTheWeekBeforeRetrieval() {
        // 7 April 2031 is a Monday; the Saturday before is 5 April
        String text = "Accord sur le port\n\nTESVIK (AP) — Les deux armateurs ont signé samedi un accord sur l'usage du port, "
                + "après trois jours de négociations.";
        Published p = published(text, "2031-04-07").orElseThrow();
        assertEquals("2031-04-05", p.value());
        assertEquals(Published.Method.INFERRED, p.method());
        assertEquals("samedi", text.substring(p.evidence().start(), p.evidence().end()));
        String english = "Port deal\n\nTESVIK (AP) — The two shipping companies signed a deal on Monday on the use of the port, "
                + "after three days of talks.";
        assertEquals("2031-04-07", published(english, "2031-04-07T16:00:00Z").orElseThrow().value(), "the retrieval day itself");
    }

    @Test
    void aWeekdayMovedToAnotherWeekDoesNotDateTheArticle() {
        String fr = "Accord sur le port\n\nTESVIK (AP) — Les deux armateurs signeront lundi prochain un accord sur l'usage du port.";
        assertTrue(published(fr, "2031-04-07").isEmpty());
        String en = "Port deal\n\nTESVIK (AP) — The two shipping companies will sign a deal next Monday on the use of the port.";
        assertTrue(published(en, "2031-04-07").isEmpty());
    }

    @Test
    void aLeadWithoutAWeekdayOrWithoutRetrievalGivesNoDate() {
        String none = "Accord sur le port\n\nTESVIK (AP) — Les deux armateurs ont signé un accord sur l'usage du port.";
        assertTrue(published(none, "2031-04-07").isEmpty());
        String weekday = "Accord sur le port\n\nTESVIK (AP) — Les deux armateurs ont signé samedi un accord sur l'usage du port.";
        assertTrue(published(weekday, null).isEmpty());
    }

    @Test
    void aRetrievalDateThatIsNotADateIsIgnored() {
        assertTrue(published(YEARLESS, "last week").isEmpty());
    }
}
