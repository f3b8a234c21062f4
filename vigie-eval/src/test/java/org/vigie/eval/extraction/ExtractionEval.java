package org.vigie.eval.extraction;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trafilatura evaluation set (990 pages), run with {@code -Peval}; skipped without ../shared. The
 * floors are the development-half scores reached when they were last raised, so a change that loses quality
 * fails here.
 */
@Tag("slow")
class ExtractionEval {
    private static final Path DATA = Path.of(System.getProperty("vigie.data",
            "../../shared/data/extraction/trafilatura-eval"));

    @Test
    void mainTextTitleAndDateStayAboveTheirFloors() {
        Path data = DATA;
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve("evaldata.json")), "skipped: " + data + " not found");
        ExtractionEvaluator.Score s = ExtractionEvaluator.run(data, System.out).score("vigie", ExtractionEvaluator.DEV).orElseThrow();
        assertTrue(s.f1() >= 0.945, "F1 " + s.f1());
        assertTrue(s.titleAccuracy() >= 0.82, "title accuracy " + s.titleAccuracy());
        assertTrue(s.dateAccuracy() >= 0.80, "date accuracy " + s.dateAccuracy());
    }
}
