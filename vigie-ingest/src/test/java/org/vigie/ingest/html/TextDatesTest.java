package org.vigie.ingest.html;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Dates written for readers, in the languages and shapes bylines use, and what is not a date. */
class TextDatesTest {
    @Test
    void writtenDatesInSeveralLanguagesAreRead() {
        assertEquals(Optional.of("2017-07-23"), TextDates.first("Von Anna | Veröffentlicht: 23. Juli 2017 | 3 Kommentare"));
        assertEquals(Optional.of("2020-01-08"), TextDates.first("By a staff writer 8 January 2020, 3:51 pm"));
        assertEquals(Optional.of("2020-01-08"), TextDates.first("Posted on January 8th, 2020 by the editors"));
        assertEquals(Optional.of("2019-06-13"), TextDates.first("jeudi 13 juin 2019, par la rédaction"));
        assertEquals(Optional.of("2021-03-05"), TextDates.first("Viernes, 5 de marzo de 2021"));
        assertEquals(Optional.of("2020-07-12"), TextDates.first("niedziela, 12 lipca 2020"));
        assertEquals(Optional.of("2022-03-01"), TextDates.first("1. MÄRZ 2022"));
    }

    @Test
    void monthNamesComeFromTheTableVigieNlpReadsToo() {
        // abbreviations the shared table writes with their full stop are read with or without it
        assertEquals(Optional.of("2022-03-10"), TextDates.first("Gepubliceerd op 10 mrt. 2022"));
        assertEquals(Optional.of("2022-03-10"), TextDates.first("Gepubliceerd op 10 mrt 2022"));
        assertEquals(Optional.of("2021-09-04"), TextDates.first("Pubblicato il 4 sett. 2021"));
        assertEquals(Optional.of("2019-10-02"), TextDates.first("2. října 2019"));
        assertEquals(Optional.of("2023-05-17"), TextDates.first("17 Mayıs 2023 Çarşamba"));
    }

    @Test
    void numericDatesAreReadDayFirstUnlessThatCannotBe() {
        assertEquals(Optional.of("2015-08-25"), TextDates.first("Geschrieben am 25.08.2015 22:30"));
        assertEquals(Optional.of("2015-04-03"), TextDates.first("Datum: 03/04/2015"));
        assertEquals(Optional.of("2020-12-25"), TextDates.first("Updated 12/25/2020"));
        assertEquals(Optional.of("2022-01-14"), TextDates.first("Stand 2022-01-14"));
    }

    @Test
    void theFirstDateOfTheLineIsTaken() {
        assertEquals(Optional.of("2021-11-10"), TextDates.first("10 November 2021 – event on 15.11.2021"));
        assertEquals(Optional.of("2021-11-10"), TextDates.first("published 10.11.2021, event on 15 November 2021"));
    }

    @Test
    void incompleteOrImpossibleDatesAndOtherNumbersAreNotDates() {
        assertNull(TextDates.first("Juli 2017").orElse(null));
        assertNull(TextDates.first("Natura 2000 und Sport").orElse(null));
        assertNull(TextDates.first("31. Februar 2020").orElse(null));
        assertNull(TextDates.first("version 1.2.2020.5 released").orElse(null));
        assertNull(TextDates.first("call 12 05 2020 44").orElse(null));
    }
}
