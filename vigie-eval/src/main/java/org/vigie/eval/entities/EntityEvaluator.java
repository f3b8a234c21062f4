package org.vigie.eval.entities;

import com.fasterxml.jackson.databind.JsonNode;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.Pipeline;
import org.vigie.core.json.AnalysisJson;
import org.vigie.core.model.Metadata;
import org.vigie.nlp.DefaultPipeline;
import org.vigie.nlp.entities.EntityAnnotator;
import org.vigie.nlp.artefacts.ReadingAnnotator;
import org.vigie.nlp.segment.SegmentAnnotator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code vigie eval entities}: runs the pipeline up to the entities annotator on the text of each gold analysis
 * record ({@code *.json}, contract {@code vigie-analysis/1}) and scores the entities against the gold ones
 * (see {@link EntityScores}).
 */
public final class EntityEvaluator {
    private static final List<String> STEPS = List.of("reading", "blocks", "language", "segment", "published", "entities", "sources");

    private EntityEvaluator() {
    }

    /** @param goldDir a folder of gold records, or a folder holding a {@code gold/} folder */
    public static int run(Path goldDir, PrintStream out, boolean showErrors) {
        Path dir = Files.isDirectory(goldDir.resolve("gold")) ? goldDir.resolve("gold") : goldDir;
        if (!Files.isDirectory(dir)) {
            out.println("skipped: " + goldDir + " not found");
            return 0;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            out.println("cannot list " + dir + ": " + e.getMessage());
            return 1;
        }
        List<String> steps = new ArrayList<>();
        for (String step : STEPS) if (DefaultPipeline.names().contains(step)) steps.add(step);
        Pipeline pipeline = DefaultPipeline.create(steps);
        ReadingAnnotator reading = new ReadingAnnotator();
        SegmentAnnotator segment = new SegmentAnnotator();
        EntityAnnotator entities = new EntityAnnotator();
        EntityScores scores = new EntityScores();
        EntityScores oracle = new EntityScores();
        SourceScores sources = new SourceScores();
        long nanos = 0;
        int chars = 0;
        for (Path f : files) {
            Document gold;
            try {
                JsonNode node = AnalysisJson.MAPPER.readTree(f.toFile());
                gold = AnalysisJson.read(node);
            } catch (IOException | RuntimeException e) {
                out.println("skipping " + f.getFileName() + ": " + e.getMessage());
                continue;
            }
            String published = gold.published().map(p -> p.value()).orElse(null);
            Document input = Document.of(gold.id(), gold.input(), gold.text(),
                    new Metadata(null, null, published, null, null, null, null, null, List.of()));
            long t0 = System.nanoTime();
            Document predicted = pipeline.run(input);
            nanos += System.nanoTime() - t0;
            chars += gold.text().length();
            scores.add(f.getFileName().toString(), gold, predicted, showErrors ? out : null);
            if (predicted.has(org.vigie.core.LayerKind.SOURCES)) sources.add(f.getFileName().toString(), gold, predicted, showErrors ? out : null);
            Document upstream = Document.of(gold.id(), gold.input(), gold.text(), Metadata.EMPTY).with(Layers.builder()
                    .put(LayerKind.BLOCKS, gold.blocks()).put(LayerKind.LANGUAGES, gold.languages())
                    .put(LayerKind.LANGUAGE, gold.layerOrEmpty(LayerKind.LANGUAGE))
                    .put(LayerKind.PUBLISHED, gold.layerOrEmpty(LayerKind.PUBLISHED)).build());
            upstream = upstream.with(reading.annotate(upstream));
            upstream = upstream.with(Pipeline.apply(segment, upstream));
            oracle.add(f.getFileName().toString(), gold, upstream.with(Pipeline.apply(entities, upstream)), null);
        }
        out.println("entities on " + dir + " (pipeline: " + String.join(",", steps) + ")");
        scores.print(out);
        sources.print(out);
        out.println();
        out.println("with the gold blocks, languages and publication dates (the entities annotator alone):");
        oracle.print(out);
        if (scores.documents() > 0) {
            out.printf(java.util.Locale.ROOT, "speed: %.1f ms per document, %.0f chars/s%n", nanos / 1e6 / scores.documents(),
                    chars / (nanos / 1e9));
        }
        return 0;
    }

    public static void main(String[] args) {
        boolean errors = List.of(args).contains("--errors");
        String dir = args.length > 0 && !args[0].startsWith("--") ? args[0] : "demo/gold";
        System.exit(run(Path.of(dir), System.out, errors));
    }
}
