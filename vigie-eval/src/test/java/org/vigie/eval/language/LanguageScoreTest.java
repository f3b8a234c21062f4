package org.vigie.eval.language;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class LanguageScoreTest {

    @Test
    void accuracyIsCountedPerLanguageAndPerLength() {
        LanguageScore s = new LanguageScore();
        s.add("fr", "fr", 10);
        s.add("fr", "it", 30);
        s.add("en", "en", 60);
        s.add("es", "es", 250);
        assertEquals(0.75, s.accuracy());
        assertArrayEquals(new int[]{1, 2}, s.perLanguage().get("fr"));
        assertArrayEquals(new int[]{0, 1}, s.perBucket().get("020-049"));
        assertArrayEquals(new int[]{1, 1}, s.perBucket().get("200+"));
        assertEquals(2 / 3.0, s.accuracyFrom(20), 1e-9);
    }

    @Test
    void lengthsFallInTheirBuckets() {
        assertEquals("000-019", LanguageScore.bucket(0));
        assertEquals("020-049", LanguageScore.bucket(20));
        assertEquals("100-199", LanguageScore.bucket(199));
        assertEquals("200+", LanguageScore.bucket(5000));
    }

    @Test
    void absentDataIsSkipped() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = LanguageEvaluator.run(Path.of("no/such/data"), List.of(Path.of("no/such/gold")),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        assertEquals(0, code);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("skipped: no/such/data not found"));
    }
}
