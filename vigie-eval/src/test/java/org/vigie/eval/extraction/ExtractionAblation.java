package org.vigie.eval.extraction;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Prints what each rule family of the main-content decision is worth on the trafilatura set (about twenty
 * minutes): {@code mvn -pl vigie-eval -am test -Peval -Dtest=ExtractionAblation -Dvigie.ablation=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. Skipped without that property or without ../shared.
 */
@Tag("slow")
class ExtractionAblation {
    private static final Path DATA = Path.of(System.getProperty("vigie.data",
            "../../shared/data/extraction/trafilatura-eval"));

    @Test
    void eachRuleFamilyIsSwitchedOffInTurn() {
        Assumptions.assumeTrue(Boolean.getBoolean("vigie.ablation"), "skipped: -Dvigie.ablation=true not given");
        Assumptions.assumeTrue(Files.isRegularFile(DATA.resolve("evaldata.json")), "skipped: " + DATA + " not found");
        ExtractionEvaluator.Report r = ExtractionEvaluator.ablation(DATA, System.out);
        assertFalse(r.skipped());
    }
}
