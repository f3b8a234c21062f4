package org.vigie.eval.extraction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;

class ExtractionEvaluatorTest {
    @TempDir
    Path dir;

    @Test
    void absentDataIsSkippedWithAMessage() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ExtractionEvaluator.Report r = ExtractionEvaluator.run(dir.resolve("missing"), new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertTrue(r.skipped());
        assertTrue(buf.toString(StandardCharsets.UTF_8).startsWith("skipped: "));
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("not found"));
    }

    @Test
    void snippetsAreCountedWithTheCorpusProtocol() throws IOException {
        String page = "<html><head><title>Un titre net</title></head><body><nav><a href='/'>Accueil</a> <a href='/b'>Sport</a></nav>"
                + "<article><h1>Un titre net</h1><p>Le premier paragraphe est assez long pour compter comme du texte suivi, sans lien.</p>"
                + "<p>Le second paragraphe parle d'autre chose, lui aussi longuement, avec des virgules, des mots et un point.</p></article>"
                + "<footer><p>Mentions légales du site</p></footer></body></html>";
        Files.createDirectories(dir.resolve("html"));
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p.html.gz")))) {
            gz.write(page.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("evaldata.json"), """
                {"https://x.example/2020/01/02/p": {"file": "p.html", "title": "Un titre net", "date": "2020-01-02",
                  "with": ["premier  paragraphe est", "Le second paragraphe"], "without": ["Mentions légales", "Accueil"]}}
                """);
        ExtractionEvaluator.Report r = ExtractionEvaluator.run(dir, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        ExtractionEvaluator.Score s = r.score("vigie").orElseThrow();
        assertEquals(2, s.tp());
        assertEquals(0, s.fn());
        assertEquals(0, s.fp());
        assertEquals(2, s.tn());
        assertEquals(1.0, s.f1());
        assertEquals(1.0, s.titleAccuracy());
        assertEquals(1.0, s.dateAccuracy());
        assertTrue(Double.isNaN(r.score("boilerpipe-article").orElseThrow().dateAccuracy()));
    }

    @Test
    void theSplitIsFixedByTheHashOfTheFileName() {
        assertTrue(ExtractionEvaluator.isDevelopment("q.html"));
        assertFalse(ExtractionEvaluator.isDevelopment("p.html"));
    }

    @Test
    void eachHalfIsScoredApartAndErrorsAreListedOnlyForTheDevelopmentHalf() throws IOException {
        String page = "<html><body><article><p>Une phrase assez longue pour passer pour du texte suivi, sans aucun lien dedans.</p>"
                + "</article></body></html>";
        Files.createDirectories(dir.resolve("html"));
        for (String name : new String[]{"p.html", "q.html"}) {
            try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + name + ".gz")))) {
                gz.write(page.getBytes(StandardCharsets.UTF_8));
            }
        }
        Files.writeString(dir.resolve("evaldata.json"), """
                {"https://x.example/p": {"file": "p.html", "with": ["absent du test"], "without": []},
                 "https://x.example/q": {"file": "q.html", "with": ["Une phrase assez longue", "absent du dev"], "without": []}}
                """);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ExtractionEvaluator.Report r = ExtractionEvaluator.run(dir, new PrintStream(buf, true, StandardCharsets.UTF_8), true);
        ExtractionEvaluator.Score dev = r.score("vigie", ExtractionEvaluator.DEV).orElseThrow();
        ExtractionEvaluator.Score test = r.score("vigie", ExtractionEvaluator.TEST).orElseThrow();
        ExtractionEvaluator.Score all = r.score("vigie").orElseThrow();
        assertEquals(1, dev.pages());
        assertEquals(1, dev.tp());
        assertEquals(1, dev.fn());
        assertEquals(0, test.tp());
        assertEquals(1, test.fn());
        assertEquals(2, all.pages());
        assertEquals(2, all.fn());
        String printed = buf.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("absent du dev"));
        assertFalse(printed.contains("absent du test"));
    }

    @Test
    void theAblationSwitchesEachRuleFamilyOffAndAMissNamesTheRuleThatDroppedIt() throws IOException {
        String page = "<html><body><article><p>Une phrase assez longue pour passer pour du texte suivi, sans aucun lien dedans.</p>"
                + "<p>Une autre phrase assez longue, elle aussi, pour faire un article de deux paragraphes au moins.</p>"
                + "<p>Tous droits réservés. All rights reserved.</p></article></body></html>";
        Files.createDirectories(dir.resolve("html"));
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/q.html.gz")))) {
            gz.write(page.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("evaldata.json"), """
                {"https://x.example/q": {"file": "q.html", "with": ["Une phrase assez longue", "All rights reserved"], "without": []}}
                """);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ExtractionEvaluator.run(dir, new PrintStream(buf, true, StandardCharsets.UTF_8), true);
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("All rights reserved\tnotice_phrase"), buf.toString(StandardCharsets.UTF_8));
        ExtractionEvaluator.Report r = ExtractionEvaluator.ablation(dir, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(1, r.score("vigie").orElseThrow().fn());
        assertEquals(0, r.score("vigie-without-notice_phrase").orElseThrow().fn());
        assertEquals(1, r.score("vigie-without-figure").orElseThrow().fn());
    }
}
