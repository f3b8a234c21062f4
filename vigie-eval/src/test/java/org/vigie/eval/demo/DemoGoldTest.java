package org.vigie.eval.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vigie.core.Document;
import org.vigie.core.json.AnalysisJson;
import org.vigie.eval.contract.ContractValidator;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The demo corpus and its hand-written gold: every article has a valid gold record that describes exactly its bytes. */
class DemoGoldTest {
    static final Path DEMO = Path.of("..", "demo").toAbsolutePath().normalize();

    static List<Path> articles() throws IOException {
        try (Stream<Path> s = Files.list(DEMO.resolve("corpus"))) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    @Test
    void theCorpusHasAtLeastFortyArticlesInFrenchAndEnglish() throws IOException {
        List<Path> all = articles();
        long fr = all.stream().filter(p -> p.getFileName().toString().startsWith("fr-")).count();
        long en = all.stream().filter(p -> p.getFileName().toString().startsWith("en-")).count();
        assertTrue(fr >= 20, fr + " French articles");
        assertTrue(en >= 15, en + " English articles");
        assertTrue(all.size() >= 40, all.size() + " articles");
    }

    @TestFactory
    Stream<DynamicTest> everyArticleHasAValidGoldRecordOfItsExactBytes() throws IOException {
        return articles().stream().map(article -> DynamicTest.dynamicTest(article.getFileName().toString(), () -> {
            String name = article.getFileName().toString();
            Path gold = DEMO.resolve("gold").resolve(name.replaceFirst("\\.[^.]+$", ".json"));
            assertTrue(Files.exists(gold), "no gold record " + gold);
            JsonNode record = AnalysisJson.MAPPER.readTree(gold.toFile());
            assertEquals(List.of(), ContractValidator.validate(record));
            byte[] bytes = Files.readAllBytes(article);
            assertEquals(Document.sha256(bytes), record.path("id").asText(), "id is the SHA-256 of the bytes");
            assertEquals(bytes.length, record.path("input").path("bytes").asLong());
            assertEquals("demo/corpus/" + name, record.path("input").path("path").asText());
            Charset charset = name.endsWith("-cp1252.txt") ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
            assertEquals(new String(bytes, charset), record.path("text").asText(), "text is the decoded file");
        }));
    }

    @Test
    void everyArticleIsInTheStoriesTable() throws IOException {
        Set<String> listed = new HashSet<>();
        try (Stream<Path> tables = Files.list(DEMO).filter(p -> p.getFileName().toString().matches("stories.*\\.tsv"))) {
            for (Path t : tables.toList()) {
                List<String> lines = Files.readAllLines(t);
                assertEquals("file\tevent\trelation\tof", lines.get(0), t + " header");
                for (String line : lines.subList(1, lines.size())) {
                    if (line.isBlank()) continue;
                    String[] cells = line.split("\t", -1);
                    assertTrue(Set.of("original", "copy", "edit", "translation", "report").contains(cells[2]), line);
                    listed.add(cells[0].replaceFirst("\\.[^.]+$", ""));
                }
            }
        }
        for (Path a : articles()) assertTrue(listed.contains(a.getFileName().toString().replaceFirst("\\.[^.]+$", "")), a + " not in stories tables");
    }
}
