package org.vigie.cli;

import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.monitor.AnalysingIngest;
import org.vigie.monitor.ImportReport;
import org.vigie.monitor.Monitor;
import org.vigie.monitor.MonitorOptions;
import org.vigie.monitor.ProgressBar;
import org.vigie.nlp.DefaultPipeline;
import org.vigie.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Bulk-import WARC crawls and JSON Lines archives (plain or gzipped) with a progress bar; an interrupted import resumes where it stopped.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "WARC, WARC.gz, JSONL or JSONL.gz files.")
    List<Path> files;

    @picocli.CommandLine.Mixin
    Stores stores;

    @Option(names = "--alerts", description = "Evaluate the watchlists on the imported documents (off by default: old news is not news).")
    boolean alerts;

    @Override
    public Integer call() {
        AtomicBoolean stop = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop.set(true)));
        int failed = 0;
        try (DocumentStore store = stores.open();
             Monitor monitor = Monitor.open(stores.data, MonitorOptions.defaults(), new Ingestor(IngestOptions.defaults())::readBytes,
                     new AnalysingIngest(store, DefaultPipeline.create(), IngestJob.loadStories(store, new Progress(System.err))))) {
            for (Path f : files) {
                ImportReport r = monitor.importArchive(f, alerts, new ProgressBar(System.err), stop::get);
                spec.commandLine().getOut().println(f + ": " + r);
                if (stop.get()) break;
            }
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("vigie: import failed: " + e.getMessage());
            failed++;
        }
        return failed == 0 ? 0 : 2;
    }
}
