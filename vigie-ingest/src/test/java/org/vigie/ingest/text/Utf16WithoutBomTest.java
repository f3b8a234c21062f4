package org.vigie.ingest.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class Utf16WithoutBomTest {
    static final String ENGLISH = "The harbour reopened on Monday after the storm.\nShips queued outside the breakwater.\n";
    static final String FRENCH = "Le port a rouvert lundi après la tempête.\r\nLes navires attendaient « au large » – 12 €.\r\n";

    @Test
    void englishAndFrenchInBothByteOrdersAreDecodedWithoutReplacement() {
        for (String text : new String[]{ENGLISH, FRENCH}) {
            Decoded le = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE));
            assertEquals("UTF-16LE", le.charsetName(), text);
            assertEquals(text, le.text());
            assertEquals(0, le.replaced());
            assertTrue(le.reason().contains("NUL"), le.reason());
            Decoded be = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16BE));
            assertEquals("UTF-16BE", be.charsetName(), text);
            assertEquals(text, be.text());
        }
    }

    @Test
    void aShortWordIsEnough() {
        assertEquals("Oui.", TextDecoder.decode("Oui.".getBytes(StandardCharsets.UTF_16LE)).text());
    }

    @Test
    void anOddByteLengthKeepsTheTextAndReplacesTheLoneLastByte() {
        byte[] full = FRENCH.getBytes(StandardCharsets.UTF_16LE);
        Decoded d = TextDecoder.decode(Arrays.copyOf(full, full.length - 1));
        assertEquals("UTF-16LE", d.charsetName());
        assertEquals(FRENCH.substring(0, FRENCH.length() - 1) + "\uFFFD", d.text());
        assertEquals(1, d.replaced());
        assertEquals(FRENCH.length() - 1, d.replacedAt().get(0));
    }

    @Test
    void theNulPatternOutranksADeclaredSingleByteCharset() {
        Decoded d = TextDecoder.decode(ENGLISH.getBytes(StandardCharsets.UTF_16BE), "iso-8859-1", "the media type");
        assertEquals("UTF-16BE", d.charsetName());
        assertEquals(ENGLISH, d.text());
        assertTrue(d.reason().contains("does not fit"), d.reason());
    }

    @Test
    void singleByteAndUtf8TextAreNotTakenForUtf16() {
        assertEquals("UTF-8", TextDecoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8)).charsetName());
        assertEquals("windows-1252", TextDecoder.decode(FRENCH.getBytes(TextDecoder.WINDOWS_1252)).charsetName());
        assertTrue(Utf16Guess.of(ENGLISH.getBytes(StandardCharsets.US_ASCII)).isEmpty());
    }

    @Test
    void binaryWithNulBytesIsNotUtf16() {
        // small little-endian integers: NUL high bytes like UTF-16LE, but the characters would be control codes
        byte[] counters = new byte[400];
        for (int i = 0; i < counters.length; i += 2) counters[i] = (byte) (i % 31);
        assertTrue(Utf16Guess.of(counters).isEmpty());
        // zeros everywhere, and NULs on both sides (UTF-32), are not UTF-16 either
        assertTrue(Utf16Guess.of(new byte[1000]).isEmpty());
        assertTrue(Utf16Guess.of("Hello there".getBytes(java.nio.charset.Charset.forName("UTF-32LE"))).isEmpty());
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertTrue(Utf16Guess.of(noise).isEmpty());
    }
}
