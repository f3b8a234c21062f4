package org.vigie.cli;

import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.ingest.fetch.AddressPolicy;
import org.vigie.monitor.AnalysingIngest;
import org.vigie.monitor.Monitor;
import org.vigie.monitor.MonitorOptions;
import org.vigie.monitor.SourcesConfig;
import org.vigie.monitor.SourcesFile;
import org.vigie.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = {"Follow the feeds, sitemaps, URL lists and folders of a sources file, analyse every new article,",
                "raise the watchlists' alerts, and serve the UI. Private and loopback addresses are refused unless allowed."})
final class MonitorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SOURCES", description = "The sources file (JSON; see vigie-monitor/README.md).")
    Path sources;

    @picocli.CommandLine.Mixin
    Stores stores;

    @Option(names = "--port", defaultValue = "8080", description = "Port of the web UI. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--allow-loopback", description = "Allow fetching from this machine (127.0.0.1), e.g. a local test feed.")
    boolean allowLoopback;

    @Override
    public Integer call() throws Exception {
        DocumentStore store = stores.open();
        AnalysingIngest analysing = IngestJob.analysing(store);
        Monitor monitor = start(store, analysing, stores.data, SourcesFile.read(sources), allowLoopback, port);
        ServeCommand.serveUntilStopped(store, stores.data, analysing, monitor, "127.0.0.1", port, spec.commandLine().getOut());
        return 0;
    }

    static Monitor start(DocumentStore store, AnalysingIngest analysing, Path data, SourcesConfig config, boolean allowLoopback, int port) {
        MonitorOptions options = config.settings().applyTo(MonitorOptions.defaults()).withPublicBaseUrl("http://127.0.0.1:" + port);
        if (allowLoopback) options = options.withAddresses(AddressPolicy.allowingLoopback());
        Monitor monitor = Monitor.open(data, options, new Ingestor(IngestOptions.defaults())::readBytes, analysing);
        monitor.apply(config);
        monitor.start(Duration.ofSeconds(1));
        return monitor;
    }
}
