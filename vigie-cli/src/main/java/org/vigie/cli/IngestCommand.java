package org.vigie.cli;

import org.vigie.store.DocumentStore;
import org.vigie.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyse files or folders and keep documents and analyses in the store (the same bytes are stored once).")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (text, HTML, JSON Lines, WARC, .gz).")
    List<Path> inputs;

    @picocli.CommandLine.Mixin
    Stores stores;

    @picocli.CommandLine.Mixin
    Collected collected;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (DocumentStore store = stores.open()) {
            IngestJob.Result r = IngestJob.run(store, inputs, collected.options(), err);
            out.printf(Locale.ROOT, "%d documents read in %.1f s: %d stored, %d already in the store, %d failed%n",
                    r.read(), r.seconds(), r.stored(), r.duplicates(), r.failed());
            StoreStats s = store.stats();
            out.println("store " + stores.describe(store) + ": " + StoreSummary.of(s));
            return r.failed() == 0 ? 0 : 2;
        }
    }
}
