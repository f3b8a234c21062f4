package org.vigie.ingest.html;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class DateTextTest {
    @Test
    void isoDatesAndDatetimesAreNormalised() {
        assertEquals(Optional.of("2020-02-19"), DateText.normalize("2020-02-19"));
        assertEquals(Optional.of("2020-02-19T10:05Z"), DateText.normalize("2020-02-19T10:05:00.000Z"));
        assertEquals(Optional.of("2020-02-19T10:05+02:00"), DateText.normalize("2020-02-19T10:05:00+0200"));
        assertEquals(Optional.of("2020-02-19T10:05:00"), DateText.normalize("2020-02-19 10:05"));
    }

    @Test
    void otherMachineFormatsAreNormalised() {
        assertEquals(Optional.of("2020-02-19"), DateText.normalize("19.02.2020"));
        assertEquals(Optional.of("2020-02-19"), DateText.normalize("20200219"));
        assertEquals(Optional.of("2020-02-19"), DateText.normalize("2020/02/19"));
        assertEquals(Optional.of("2020-02-19T10:00Z"), DateText.normalize("Wed, 19 Feb 2020 10:00:00 GMT"));
    }

    @Test
    void impossibleOrFreeTextDatesGiveNothing() {
        assertEquals(Optional.empty(), DateText.normalize("2020-02-30"));
        assertEquals(Optional.empty(), DateText.normalize("hier soir"));
        assertEquals(Optional.empty(), DateText.normalize(""));
        assertEquals(Optional.empty(), DateText.normalize("0001-01-01"));
    }

    @Test
    void datesInUrlsAreFound() {
        assertEquals(Optional.of("2021-11-30"), DateText.fromUrl("https://x.example/2021/11/30/slug"));
        assertEquals(Optional.of("2021-11-30"), DateText.fromUrl("https://x.example/news/20211130-slug"));
        assertEquals(Optional.empty(), DateText.fromUrl("https://x.example/item/123456789"));
    }
}
