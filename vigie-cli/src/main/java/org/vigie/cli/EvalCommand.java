package org.vigie.cli;

import org.vigie.core.Document;
import org.vigie.eval.AnalysisScorer;
import org.vigie.eval.GoldEvaluation;
import org.vigie.nlp.DefaultPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        subcommands = {EvalTasks.Blocks.class, EvalTasks.Language.class, EvalTasks.Entities.class, EvalTasks.Quotes.class,
                EvalTasks.Events.class, EvalTasks.Times.class, EvalTasks.Quantities.class, EvalTasks.Extraction.class,
                EvalTasks.Stories.class, EvalTasks.DemoStories.class, EvalTasks.Ner.class,
                EvalTasks.Linking.class},
        description = {"Score analysis records against gold records, field by field (default: the demo gold).",
                "With --system, score records written earlier by 'vigie analyze'; otherwise run the pipeline on each gold text.",
                "Subcommands run the evaluation of one annotator on its corpus (../shared/data when present)."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", description = "Folder of gold vigie-analysis/1 records. Default: the demo gold.")
    Path gold;

    @Option(names = "--system", description = "Folder of system records (.json or .jsonl), matched to gold by document id.")
    Path system;

    @Option(names = "--json", description = "Also write the scores as JSON to this file.")
    Path json;

    @Option(names = "--errors", description = "List every miss and false alarm.")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path goldDir = gold != null ? gold : Home.demoGold();
        List<Document> goldDocs = GoldEvaluation.readGold(goldDir);
        AnalysisScorer scorer;
        if (system != null) {
            Map<String, Document> sys = GoldEvaluation.readSystem(system);
            scorer = GoldEvaluation.score(goldDocs, sys);
            int missing = (int) goldDocs.stream().filter(g -> !sys.containsKey(g.id())).count();
            if (missing > 0) spec.commandLine().getErr().println("vigie: " + missing + " gold documents have no system record in " + system);
        } else {
            scorer = GoldEvaluation.score(goldDocs, DefaultPipeline.create());
        }
        out.println("gold: " + goldDir);
        out.print(scorer.table());
        if (errors) {
            out.println();
            scorer.errors().forEach(out::println);
        }
        if (json != null) {
            Path parent = json.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            org.vigie.core.json.AnalysisJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), scorer.json());
            out.println("scores written to " + json);
        }
        return 0;
    }
}
