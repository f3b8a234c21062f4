package org.vigie.cli;

import org.vigie.monitor.Monitor;
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

    @Option(names = "--data", defaultValue = "vigie-data", description = "Data folder of the store. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port (0 = any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        DocumentStore store = Stores.open(data);
        serveUntilStopped(store, null, host, port, spec.commandLine().getOut());
        return 0;
    }

    /** Serves the store (and the monitor's pages when there is one) until the process is stopped, then closes both. */
    static void serveUntilStopped(DocumentStore store, Monitor monitor, String host, int port, PrintWriter out) throws InterruptedException {
        VigieServer server = VigieServer.create(store, ServerOptions.defaults(), monitor);
        int bound;
        try {
            bound = server.start(host, port);
        } catch (RuntimeException e) {
            if (monitor != null) monitor.close();
            store.close();
            throw new IllegalStateException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); is another program using it? Try --port 0 or another port.", e);
        }
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.println("Vigie is running at http://" + shown + ":" + bound + "/  (Ctrl+C to stop)");
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
}
