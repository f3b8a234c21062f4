package org.vigie.bench;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class BenchRunnerTest {

    @Test
    void countsEveryReplayedDocumentAndReportsEachAnnotator() {
        List<Document> docs = List.of(Document.ofText("Une phrase. Une autre.\nLigne deux."), Document.ofText("Hello there."));
        BenchRunner.Result r = BenchRunner.run("full", DefaultPipeline::create, docs, 1, 3, s -> { });
        assertEquals(6, r.documents());
        assertEquals(DefaultPipeline.names().size(), r.timings().size());
        r.timings().forEach(t -> assertEquals(6, t.calls()));
        String report = BenchRunner.format(r, BenchRunner.run("baseline", () -> DefaultPipeline.create(List.of("blocks")), docs, 0, 1, s -> { }));
        assertTrue(report.contains("docs/s") && report.contains("segment"), report);
    }
}
