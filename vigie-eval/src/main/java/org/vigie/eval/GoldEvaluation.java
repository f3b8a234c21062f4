package org.vigie.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Pipeline;
import org.vigie.core.json.AnalysisJson;
import org.vigie.core.model.Metadata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.Stream;

/**
 * Scores a folder of gold analysis records against system records: either records already written by
 * {@code vigie analyze} (a folder of {@code .json}/{@code .jsonl} files, matched to gold by document id),
 * or records produced on the fly by running a pipeline on each gold text.
 */
public final class GoldEvaluation {
    private GoldEvaluation() {
    }

    /** Gold records in a folder (every {@code *.json} record below it, sorted by path). */
    public static List<Document> readGold(Path goldDir) throws IOException {
        if (!Files.isDirectory(goldDir)) throw new IOException(goldDir + " is not a folder of gold records");
        List<Document> out = new ArrayList<>();
        for (GoldCorpus.Gold g : GoldCorpus.read(goldDir, System.err)) out.add(g.gold());
        return out;
    }

    /** System records of a folder, by document id. */
    public static Map<String, Document> readSystem(Path systemDir) throws IOException {
        Map<String, Document> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(systemDir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".jsonl")) {
                    for (String line : Files.readAllLines(p)) {
                        if (!line.isBlank()) put(out, AnalysisJson.MAPPER.readTree(line));
                    }
                } else if (name.endsWith(".json")) {
                    JsonNode n = AnalysisJson.MAPPER.readTree(p.toFile());
                    if (n.isArray()) n.forEach(r -> put(out, r)); else put(out, n);
                }
            }
        }
        return out;
    }

    private static void put(Map<String, Document> out, JsonNode record) {
        Document d = AnalysisJson.read(record);
        out.put(d.id(), d);
    }

    /** The pipeline's analysis of a gold record's text, as if it had been read from the same input. */
    public static Document analyse(Pipeline pipeline, Document gold) {
        return pipeline.run(Document.of(gold.id(), gold.input(), gold.text(), inputMetadata(gold)));
    }

    /** What the input said about itself that a gold record keeps: only when it was collected (see GoldCorpus). */
    public static Metadata inputMetadata(Document gold) {
        return Metadata.EMPTY.withRetrieved(gold.metadata().retrieved());
    }

    /** Strips a gold record down to what an analysis starts from, for annotator-level evaluations. */
    public static Document raw(Document gold) {
        Document d = Document.of(gold.id(), gold.input(), gold.text(), inputMetadata(gold));
        return d.without(LayerKind.ALL.toArray(new LayerKind<?>[0]));
    }

    public static AnalysisScorer score(List<Document> gold, Map<String, Document> system) {
        AnalysisScorer scorer = new AnalysisScorer();
        for (Document g : gold) {
            Document s = system.get(g.id());
            if (s != null) scorer.add(g, s);
        }
        return scorer;
    }

    public static AnalysisScorer score(List<Document> gold, Pipeline pipeline) {
        AnalysisScorer scorer = new AnalysisScorer();
        for (Document g : gold) scorer.add(g, analyse(pipeline, g));
        return scorer;
    }
}
