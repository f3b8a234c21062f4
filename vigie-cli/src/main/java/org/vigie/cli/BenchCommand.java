package org.vigie.cli;

import org.vigie.bench.BenchRunner;
import org.vigie.bench.LoadMeasure;
import org.vigie.core.Document;
import org.vigie.ingest.DocumentSink;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.nlp.DefaultPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"End-to-end throughput (documents/s, MB/s), time per annotator and peak heap,",
                "on a folder or on the demo corpus replayed N times, against a baseline pipeline (blocks + segment) run in the same process.",
                "Micro-benchmarks of single annotators: ./vigie jmh"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "DIR", description = "Inputs (default: the demo corpus).")
    List<Path> inputs;

    @Option(names = "--repeat", defaultValue = "20", description = "Timed passes over the documents. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed warm-up passes. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--kb-extra", paramLabel = "FILE", split = ",", description = "Knowledge-base extension files (from vigie kb "
            + "import-...) to analyse with; the time and heap their loading takes are printed first.")
    List<Path> kbExtra;

    @Option(names = "--stories", description = "Instead: story assignment time per document as the index grows to 1M documents (the demo gold records replayed; needs -Xmx4g, e.g. VIGIE_JAVA_OPTS=-Xmx4g).")
    boolean stories;

    @Override
    public Integer call() throws Exception {
        if (stories) {
            org.vigie.bench.stories.StoryBench.run(org.vigie.eval.GoldEvaluation.readGold(Home.demoGold()),
                    new int[]{1_000, 10_000, 100_000, 1_000_000}, System.out);
            return 0;
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> paths = inputs == null || inputs.isEmpty() ? List.of(Home.demoCorpus()) : inputs;
        List<Document> docs = new ArrayList<>();
        new Ingestor(IngestOptions.defaults()).read(paths, new DocumentSink() {
            public void accept(Document doc) { docs.add(doc); }
            public void failed(String source, String reason) { err.println("vigie: skipped " + source + ": " + reason); }
        });
        if (docs.isEmpty()) {
            err.println("vigie: no document to benchmark in " + paths);
            return 1;
        }
        out.println("benchmark: " + docs.size() + " documents x " + repeat + " passes (+" + warmup + " warm-up)");
        Document first = docs.get(0);
        // the knowledge base and the entity annotator's indexes of it are built on first use: measured apart
        LoadMeasure.Result load = LoadMeasure.run(() -> {
            KbExtensions.use(null, kbExtra);
            DefaultPipeline.create().run(first);
        });
        out.println(load.format("knowledge base (" + org.vigie.nlp.kb.KnowledgeBase.get().entries().size()
                + " entries) and pipeline, loaded and run once"));
        out.flush();
        Progress progress = new Progress(System.err);
        BenchRunner.Result baseline = BenchRunner.run("baseline", () -> DefaultPipeline.create(List.of("blocks", "segment")),
                docs, warmup, repeat, progress::update);
        BenchRunner.Result full = BenchRunner.run("full", DefaultPipeline::create, docs, warmup, repeat, progress::update);
        progress.done();
        out.print(BenchRunner.format(full, baseline));
        return 0;
    }
}
