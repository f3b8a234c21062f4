package org.vigie.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.vigie.core.ConfigException;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.Pipeline;
import org.vigie.core.json.AnalysisJson;
import org.vigie.ingest.Collection;
import org.vigie.nlp.DefaultPipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Gold analysis records ({@code vigie-analysis/1} JSON files under a directory) and the pipeline that prepares each
 * gold text for one annotator: every registered annotator before it whose requirements can be met, in default order.
 */
public final class GoldCorpus {
    /** One gold file: its name, the gold record read as a document, and the raw JSON. */
    public record Gold(String name, Document gold) {
    }

    private GoldCorpus() {
    }

    /** An evaluation over a folder of gold records, some of whose layers may be taken from the gold. */
    @FunctionalInterface
    public interface Evaluation {
        int run(Path goldDir, java.io.PrintStream out, boolean showErrors, Set<LayerKind<?>> goldLayers);
    }

    /** The command-line entry of an evaluation: {@code GOLD_DIR [--errors] [--gold-layers blocks,entities,...]}. */
    public static void main(String name, String[] args, Evaluation evaluation) {
        if (args.length == 0) {
            System.err.println("usage: " + name + " GOLD_DIR [--errors] [--gold-layers blocks,entities,...]");
            System.exit(2);
        }
        System.exit(evaluation.run(Path.of(args[0]), System.out, List.of(args).contains("--errors"), goldLayers(args)));
    }

    /**
     * The gold records of a folder, or null after printing why the evaluation is skipped (no such folder, no record):
     * an evaluation without its data says so and succeeds.
     */
    public static List<Gold> readOrSkip(Path dir, java.io.PrintStream out) {
        if (!Files.isDirectory(dir)) {
            out.println("skipped: " + dir + " not found");
            return null;
        }
        List<Gold> golds = read(dir, out);
        if (golds.isEmpty()) {
            out.println("skipped: no gold records in " + dir);
            return null;
        }
        return golds;
    }

    /** Every gold record in the directory and its subdirectories, sorted by path; unreadable files are reported and skipped. */
    public static List<Gold> read(Path dir, java.io.PrintStream out) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            files = s.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        List<Gold> golds = new ArrayList<>();
        for (Path p : files) {
            try {
                JsonNode node = AnalysisJson.MAPPER.readTree(p.toFile());
                if (!AnalysisJson.FORMAT.equals(node.path("format").asText())) continue;
                golds.add(new Gold(dir.relativize(p).toString(), withCollection(AnalysisJson.read(node), dir, out)));
            } catch (IOException | RuntimeException e) {
                out.println("warning: skipped " + p + ": " + e.getMessage());
            }
        }
        return golds;
    }

    /**
     * A gold record whose input file can be found (its path taken relative to the gold folder or one above it)
     * carries the collection date its folder declares ({@link Collection}), as ingesting that file would give it.
     */
    private static Document withCollection(Document gold, Path dir, java.io.PrintStream out) {
        String path = gold.input() == null ? null : gold.input().path();
        if (path == null) return gold;
        for (Path base = dir.toAbsolutePath(); base != null; base = base.getParent()) {
            Path input = base.resolve(path);
            if (!Files.isRegularFile(input)) continue;
            try {
                String collected = Collection.declaredAbove(input.getParent());
                return collected == null ? gold : gold.withMetadata(gold.metadata().withRetrieved(collected));
            } catch (IllegalArgumentException e) {
                out.println("warning: " + e.getMessage());
                return gold;
            }
        }
        return gold;
    }

    /** The registered annotators before {@code target} that can run in order without it (others are left out). */
    public static Pipeline before(String target) {
        List<String> chosen = new ArrayList<>();
        for (String name : DefaultPipeline.names()) {
            if (name.equals(target)) break;
            List<String> attempt = new ArrayList<>(chosen);
            attempt.add(name);
            try {
                DefaultPipeline.create(attempt);
                chosen = attempt;
            } catch (ConfigException e) {
                // this annotator needs a layer no earlier annotator here produces: leave it out
            }
        }
        return DefaultPipeline.create(chosen);
    }

    /**
     * The gold text run through the pipeline, with the gold's layers of kinds {@code replaced} used instead of the
     * pipeline's, and the gold's layers of kinds {@code missing} added where the pipeline made none.
     */
    public static Document prepare(Pipeline pipeline, Document gold, Set<LayerKind<?>> replaced, LayerKind<?>... missing) {
        Document doc = pipeline.run(Document.ofText(gold.text()));
        Layers.Builder b = Layers.builder();
        boolean any = false;
        for (LayerKind<?> k : replaced) {
            doc = doc.without(k);
            copy(b, k, gold);
            any = true;
        }
        for (LayerKind<?> k : missing) {
            if (!doc.has(k) && !replaced.contains(k)) {
                copy(b, k, gold);
                any = true;
            }
        }
        return any ? doc.with(b.build()) : doc;
    }

    /**
     * The document with the gold's publication date as PUBLISHED when the pipeline found none (no layer, or an
     * empty one).
     */
    public static Document withGoldPublished(Document doc, Document gold) {
        if (!doc.layerOrEmpty(LayerKind.PUBLISHED).isEmpty()) return doc;
        return doc.without(LayerKind.PUBLISHED).with(Layers.of(LayerKind.PUBLISHED, gold.layerOrEmpty(LayerKind.PUBLISHED)));
    }

    /** The layers named after {@code --gold-layers} on a command line (comma-separated layer names). */
    public static Set<LayerKind<?>> goldLayers(String[] args) {
        Set<LayerKind<?>> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i + 1 < args.length; i++) {
            if (!args[i].equals("--gold-layers")) continue;
            for (String name : args[i + 1].split(",")) if (!name.isBlank()) out.add(LayerKind.byName(name.trim()));
        }
        return out;
    }

    private static <T> void copy(Layers.Builder b, LayerKind<T> kind, Document gold) {
        b.put(kind, gold.layerOrEmpty(kind));
    }

    /** True when the pipeline produces this layer itself. */
    public static boolean produces(Pipeline pipeline, LayerKind<?> kind) {
        return pipeline.annotators().stream().anyMatch(a -> a.produces().contains(kind));
    }

    public static String percent(double x) {
        return String.format(java.util.Locale.ROOT, "%.3f", x);
    }
}
