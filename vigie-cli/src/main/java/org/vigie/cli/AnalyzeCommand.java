package org.vigie.cli;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.json.AnalysisJson;
import org.vigie.ingest.DocumentSink;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.nlp.DefaultPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse files or folders (text, HTML, JSON Lines, WARC) and print analysis records.")
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { json, jsonl, text }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Inputs; folders are read recursively.")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "json", description = "json (one object, or an array for several documents), jsonl or text. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--annotators", split = ",", description = "Annotators to run, in order (default: ${sys:vigie.annotators}; alternatives: entities-rules (knowledge base and rules only), entities-ner (the NER model before the rules)).")
    List<String> annotators;

    @Option(names = "--store", description = "Analyse against the store in this data folder: each document gets the story it would join (the store is not changed).")
    Path store;

    @picocli.CommandLine.Mixin
    Collected collected;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "As --store, against the store in this PostgreSQL database, e.g. jdbc:postgresql://127.0.0.1:5432/vigie (user and password from the URL or PGUSER/PGPASSWORD).")
    String db;

    @Option(names = "--kb-extra", paramLabel = "FILE", split = ",", description = "Knowledge-base extension files (from vigie kb import-...) to link names with, "
            + "besides the kb/*.tsv files of the --store data folder.")
    List<Path> kbExtra;

    @Option(names = "--timing", description = "Print the time spent in each annotator to standard error.")
    boolean timing;

    @Override
    public Integer call() {
        System.setProperty("vigie.annotators", String.join(",", DefaultPipeline.names()));
        KbExtensions.use(store, kbExtra);
        Pipeline pipeline = annotators == null ? DefaultPipeline.create() : DefaultPipeline.create(annotators);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectWriter pretty = AnalysisJson.MAPPER.writer(new DefaultPrettyPrinter());
        ObjectWriter compact = AnalysisJson.MAPPER.writer();
        int[] counts = new int[2];
        if (store != null && db != null) {
            err.println("vigie: give --store (a data folder) or --db (a PostgreSQL URL), not both");
            return 1;
        }
        org.vigie.store.DocumentStore opened = db != null ? org.vigie.store.postgres.DocumentStores.open(db)
                : store == null ? null : org.vigie.store.DocumentStore.open(store);
        org.vigie.stories.StoryAssigner stories = opened == null ? null : IngestJob.readOnlyStories(opened);
        boolean[] first = {true};
        boolean array = format == Format.json && (inputs.size() > 1 || inputs.stream().anyMatch(p -> p.toFile().isDirectory()));
        if (array) out.println("[");
        new Ingestor(collected.options()).read(inputs, new DocumentSink() {
            @Override
            public void accept(Document doc) {
                Document analysed = pipeline.run(doc);
                if (stories != null) analysed = stories.assign(analysed).document();
                counts[0]++;
                try {
                    switch (format) {
                        case json -> {
                            if (!first[0]) out.println(",");
                            out.print(pretty.writeValueAsString(AnalysisJson.write(analysed)));
                            if (!array) out.println();
                        }
                        case jsonl -> out.println(compact.writeValueAsString(AnalysisJson.write(analysed)));
                        case text -> out.println(TextSummary.of(analysed));
                    }
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException("cannot write the record of " + doc.id(), e);
                }
                first[0] = false;
                out.flush();
            }

            @Override
            public void failed(String source, String reason) {
                counts[1]++;
                err.println("vigie: skipped " + source + ": " + reason);
                err.flush();
            }
        });
        if (opened != null) opened.close();
        if (array) out.println("\n]");
        out.flush();
        if (timing) {
            for (Pipeline.Timing t : pipeline.timings()) {
                err.printf(Locale.ROOT, "%-12s %10.2f ms  %8.1f µs/doc%n", t.annotator(), t.nanos() / 1e6,
                        t.calls() == 0 ? 0 : t.nanos() / 1e3 / t.calls());
            }
        }
        if (counts[0] == 0 && counts[1] == 0) {
            err.println("vigie: no document found in " + inputs);
            return 1;
        }
        return counts[1] == 0 ? 0 : 2;
    }
}
