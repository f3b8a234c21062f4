package org.vigie.cli;

import org.vigie.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the demo corpus (or the given folder), print a summary and serve the web UI.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Folders or files to ingest instead of the demo corpus.")
    List<Path> inputs;

    @picocli.CommandLine.Mixin
    Stores stores;

    @Option(names = "--port", defaultValue = "8080", description = "Port of the web UI (0 = any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--no-serve", description = "Ingest and summarise, then exit without serving the UI.")
    boolean noServe;

    @Option(names = "--sources", description = "Also monitor the sources of this file (feeds, sitemaps, URL lists, folders).")
    Path sources;

    @Option(names = "--demo-feed", description = "Also serve the demo corpus as a local feed that grows every 20 s, and monitor it with demo watchlists.")
    boolean demoFeed;

    private boolean failed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> paths = inputs == null || inputs.isEmpty() ? List.of(Home.demoCorpus()) : inputs;
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("vigie: " + p + " does not exist. Run ./vigie demo from the Vigie folder, or give a folder to ingest.");
                return 1;
            }
        }
        DocumentStore store = stores.open();
        if (demoFeed && (inputs == null || inputs.isEmpty())) {
            // the demo feed delivers the demo corpus itself, a few articles at a time, so stories grow and alerts fire
            out.println("The demo corpus will arrive through the local demo feed.");
        } else {
            out.println("Ingesting " + paths + " into " + stores.data.toAbsolutePath() + " ...");
            out.flush();
            IngestJob.Result r = IngestJob.run(store, paths, org.vigie.ingest.IngestOptions.defaults(), err);
            out.printf(Locale.ROOT, "%d documents read in %.1f s (%d new, %d already stored, %d failed)%n",
                    r.read(), r.seconds(), r.stored(), r.duplicates(), r.failed());
            if (r.failed() > 0) failed = true;
        }
        out.println("Store: " + StoreSummary.of(store.stats()));
        out.flush();
        if (noServe) {
            store.close();
            return failed ? 2 : 0;
        }
        org.vigie.monitor.AnalysingIngest analysing = IngestJob.analysing(store);
        org.vigie.monitor.Monitor monitor = null;
        if (sources != null) {
            monitor = MonitorCommand.start(store, analysing, stores.data, org.vigie.monitor.SourcesFile.read(sources), false, port);
            out.println("Monitoring the sources of " + sources);
        } else if (demoFeed) {
            org.vigie.monitor.DemoFeed feed = org.vigie.monitor.DemoFeed.start(paths.get(0), 0, 5,
                    java.time.Duration.ofSeconds(20), java.time.Clock.systemUTC());
            org.vigie.monitor.SourcesConfig config = org.vigie.monitor.SourcesFile.parse(feed.sourcesJson(java.time.Duration.ofSeconds(10)), null);
            monitor = MonitorCommand.start(store, analysing, stores.data, config, true, port);
            out.println("Monitoring the local demo feed " + feed.feedUrl() + " (a new article every 20 s)");
        }
        out.flush();
        ServeCommand.serveUntilStopped(store, stores.data, analysing, monitor, "127.0.0.1", port, "/", out);
        return 0;
    }
}
