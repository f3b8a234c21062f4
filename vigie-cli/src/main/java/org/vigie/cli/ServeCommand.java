package org.vigie.cli;

import org.vigie.core.Document;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.monitor.AnalysingIngest;
import org.vigie.monitor.DocumentIngest;
import org.vigie.monitor.Monitor;
import org.vigie.server.ApiToken;
import org.vigie.server.IngestService;
import org.vigie.server.KnowledgeBasePlaces;
import org.vigie.store.search.IndexedDocumentStore;
import org.vigie.server.ServerOptions;
import org.vigie.server.VigieServer;
import org.vigie.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web UI and the JSON API over the store.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    Stores stores;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port (0 = any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        DocumentStore store = stores.open();
        serveUntilStopped(store, stores.data, IngestJob.analysing(store), null, host, port, spec.commandLine().getOut());
        return 0;
    }

    /**
     * Serves the store (and the monitor's pages when there is one) until the process is stopped, then closes both.
     * The paste/upload page stores through {@code analysing} only when the server listens on this machine alone,
     * since that page has no login.
     */
    static void serveUntilStopped(DocumentStore store, Path data, AnalysingIngest analysing, Monitor monitor, String host, int port,
                                  PrintWriter out) throws InterruptedException {
        serveUntilStopped(store, data, analysing, monitor, host, port, "/", out);
    }

    /** As above, telling the user to open {@code landing} (e.g. the stories page for the demo). */
    static void serveUntilStopped(DocumentStore store, Path data, AnalysingIngest analysing, Monitor monitor, String host, int port,
                                  String landing, PrintWriter out) throws InterruptedException {
        // documents stored through the upload page or the API go through the watchlists too when a monitor runs
        DocumentIngest ingest = monitor == null ? analysing : (raw, bytes) -> {
            java.util.Optional<org.vigie.monitor.Ingested> in = analysing.ingest(raw, bytes);
            in.ifPresent(monitor::observe);
            return in;
        };
        IngestService upload = isLoopback(host) ? uploads(ingest) : null;
        String token = ApiToken.loadOrCreate(data);
        VigieServer server = VigieServer.create(store, store instanceof IndexedDocumentStore i ? i.index() : null,
                ServerOptions.defaults().withApiToken(token), monitor, upload, ingest, KnowledgeBasePlaces.shared(), data);
        int bound;
        try {
            bound = server.start(host, port);
        } catch (RuntimeException e) {
            if (monitor != null) monitor.close();
            store.close();
            throw new IllegalStateException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); is another program using it? Try --port 0 or another port.", e);
        }
        if (upload == null) out.println("The paste/upload page is disabled because the server is reachable from other machines.");
        out.println("API writes (POST /api/ingest, sources, watchlists) need 'Authorization: Bearer <token>' with the token in "
                + ApiToken.file(data));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.println("Vigie is running at http://" + shown + ":" + bound + landing + "  (Ctrl+C to stop)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            if (monitor != null) monitor.close();
            store.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
    }

    private static IngestService uploads(DocumentIngest ingest) {
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        return (bytes, name, mediaType) -> {
            java.util.List<String> ids = new java.util.ArrayList<>();
            for (Document raw : ingestor.readBytes(bytes, name, mediaType)) {
                ingest.ingest(raw, bytes);
                ids.add(raw.id());
            }
            return ids;
        };
    }
}
