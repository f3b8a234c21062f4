package org.vigie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.core.json.AnalysisJson;
import org.vigie.eval.contract.ContractValidator;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class AnalyzeCommandTest {
    private static final String ARTICLE = "Accueil International\n\nLa Valdorie masse des troupes\n\n"
            + "KORVAN, 10 mars (AFP) - « Nous ne menaçons personne », a déclaré lundi M. Kastelan.\n"
            + "Selon l'Alliance, 90 000 soldats sont déployés près de la frontière.\n";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run vigie(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = VigieCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void jsonOutputFollowsTheContract() throws Exception {
        Path file = Files.writeString(dir.resolve("article.txt"), ARTICLE);
        Run r = vigie("analyze", file.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode record = AnalysisJson.MAPPER.readTree(r.out());
        assertEquals(List.of(), ContractValidator.validate(record));
        assertEquals(Document.sha256(ARTICLE.getBytes(StandardCharsets.UTF_8)), record.path("id").asText());
        assertEquals(ARTICLE, record.path("text").asText());
    }

    @Test
    void severalInputsGiveAnArrayOrJsonLines() throws Exception {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Files.writeString(dir.resolve("b.txt"), "Second article. It is short.\n");
        JsonNode array = AnalysisJson.MAPPER.readTree(vigie("analyze", dir.toString()).out());
        assertTrue(array.isArray());
        assertEquals(2, array.size());
        for (JsonNode record : array) assertEquals(List.of(), ContractValidator.validate(record));
        List<String> lines = vigie("analyze", dir.toString(), "--format", "jsonl").out().lines().toList();
        assertEquals(2, lines.size());
        for (String line : lines) assertEquals(List.of(), ContractValidator.validate(AnalysisJson.MAPPER.readTree(line)));
    }

    @Test
    void windows1252TextIsDecoded() throws Exception {
        Path file = dir.resolve("latin.txt");
        Files.write(file, "Le ministère a réagi à l’annonce.\n".getBytes(Charset.forName("windows-1252")));
        JsonNode record = AnalysisJson.MAPPER.readTree(vigie("analyze", file.toString()).out());
        assertEquals("Le ministère a réagi à l’annonce.\n", record.path("text").asText());
    }

    @Test
    void htmlIsReadAsVisibleTextWithoutScripts() throws Exception {
        Path file = Files.writeString(dir.resolve("page.html"), "<!doctype html><html lang=fr><head><title>Titre</title>"
                + "<script>alert('x')</script></head><body><h1>Un titre</h1><p>Un paragraphe de texte.</p></body></html>");
        Run r = vigie("analyze", file.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode record = AnalysisJson.MAPPER.readTree(r.out());
        assertEquals(List.of(), ContractValidator.validate(record));
        assertTrue(record.path("text").asText().contains("Un paragraphe de texte."));
        assertFalse(record.path("text").asText().contains("alert"));
        assertTrue(record.path("input").path("mediaType").asText().startsWith("text/html"));
    }

    @Test
    void aBadFileIsReportedAndTheOthersGoOn() throws Exception {
        Files.writeString(dir.resolve("good.txt"), ARTICLE);
        Files.write(dir.resolve("bad.txt"), new byte[]{0, 1, 2, 3, 0, 0, (byte) 0xff, 0, 7});
        Run r = vigie("analyze", dir.toString(), "--format", "jsonl");
        assertEquals(2, r.exit());
        assertEquals(1, r.out().lines().count());
        assertTrue(r.err().contains("bad.txt"), r.err());
    }

    @Test
    void textFormatIsAReadableSummary() throws Exception {
        Path file = Files.writeString(dir.resolve("article.txt"), ARTICLE);
        Run r = vigie("analyze", file.toString(), "--format", "text");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("language:") && r.out().contains("blocks:"), r.out());
    }

    @Test
    void unknownAnnotatorIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("article.txt"), ARTICLE);
        Run r = vigie("analyze", file.toString(), "--annotators", "blocks,nonsense");
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("unknown annotator 'nonsense'"), r.err());
    }

    /** The acceptance check on the shared samples, when ../shared is present. */
    @Test
    void sharedSamplesValidateAgainstTheSchema() throws Exception {
        Path samples = Path.of("..", "..", "shared", "samples").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(samples), "skipped: " + samples + " not found");
        List<String> files;
        try (Stream<Path> s = Files.list(samples)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).map(Path::toString).sorted().toList();
        }
        String[] args = Stream.concat(Stream.of("analyze", "--format", "jsonl"), files.stream()).toArray(String[]::new);
        Run r = vigie(args);
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(files.size(), lines.size());
        for (String line : lines) assertEquals(List.of(), ContractValidator.validate(AnalysisJson.MAPPER.readTree(line)));
    }
}
