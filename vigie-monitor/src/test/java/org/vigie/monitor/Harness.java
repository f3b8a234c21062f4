package org.vigie.monitor;

import org.vigie.core.Document;
import org.vigie.core.InputException;
import org.vigie.ingest.fetch.AddressPolicy;
import org.vigie.store.DocumentStore;
import org.vigie.stories.StoryAssigner;
import org.vigie.stories.StoryIndex;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A monitor over a real store in a temporary folder, with the test reader and pipeline and virtual time; counts reads. */
final class Harness implements AutoCloseable {
    final VirtualTime time = new VirtualTime();
    final DocumentStore store;
    final AtomicInteger reads = new AtomicInteger();
    final Monitor monitor;

    Harness(Path dir) {
        this(dir, MonitorOptions.defaults());
    }

    Harness(Path dir, MonitorOptions base) {
        store = DocumentStore.open(dir.resolve("data"));
        MonitorOptions options = base.withAddresses(AddressPolicy.allowingLoopback()).withTime(time, time::sleep)
                .withPoliteness(Duration.ZERO);
        monitor = Monitor.open(dir.resolve("data"), options, this::read,
                new AnalysingIngest(store, TinyAnalysis.pipeline(), new StoryAssigner(new StoryIndex())));
    }

    private List<Document> read(byte[] bytes, String name, String type) throws InputException {
        reads.incrementAndGet();
        return TinyAnalysis.read(bytes, name, type);
    }

    @Override
    public void close() {
        monitor.close();
        store.close();
    }
}
