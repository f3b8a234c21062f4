package org.vigie.server.browser;

import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.ingest.DocumentSink;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.monitor.Ingested;
import org.vigie.monitor.Monitor;
import org.vigie.monitor.MonitorOptions;
import org.vigie.nlp.DefaultPipeline;
import org.vigie.server.IngestService;
import org.vigie.server.KnowledgeBasePlaces;
import org.vigie.server.ServerOptions;
import org.vigie.server.VigieServer;
import org.vigie.store.StoryStore;
import org.vigie.store.search.IndexedDocumentStore;
import org.vigie.stories.StoryAssigner;
import org.vigie.stories.StoryIndex;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The real server over a store filled by the real ingester, pipeline and story assignment from the repository's demo
 * corpus, with an ingest service doing the same for what is pasted or uploaded.
 */
final class DemoSite implements AutoCloseable {
    static final Path CORPUS = Path.of("..", "demo", "corpus");

    final IndexedDocumentStore store;
    final Monitor monitor;
    final VigieServer server;
    final int port;
    final int documents;

    private DemoSite(IndexedDocumentStore store, Monitor monitor, VigieServer server, int port, int documents) {
        this.store = store;
        this.monitor = monitor;
        this.server = server;
        this.port = port;
        this.documents = documents;
    }

    static DemoSite start(Path dataDir) {
        if (!Files.isDirectory(CORPUS)) throw new IllegalStateException("the demo corpus is missing: " + CORPUS.toAbsolutePath());
        IndexedDocumentStore store = IndexedDocumentStore.open(dataDir);
        Pipeline pipeline = DefaultPipeline.create();
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        StoryStore stories = StoryStore.of(store);
        StoryAssigner assigner = new StoryAssigner(stories.loadIndex(StoryIndex.Options.defaults(), StoryStore.Progress.NONE));
        List<String> failures = new ArrayList<>();
        int[] stored = new int[1];
        ingestor.read(List.of(CORPUS), new DocumentSink() {
            @Override
            public void accept(Document doc) {
                if (stories.assignAndPut(assigner, pipeline.run(doc), doc.text().getBytes(StandardCharsets.UTF_8)).isPresent()) stored[0]++;
            }

            @Override
            public void failed(String source, String reason) {
                failures.add(source + ": " + reason);
            }
        });
        if (!failures.isEmpty()) throw new IllegalStateException("demo corpus documents failed: " + failures);
        // The demo world is fictional, so its places have no coordinates: one article about real places, written for
        // the tests, gives the map something to draw.
        Document real = Document.ofText("Ministers from France and Poland met in Brussels on Monday before flying to Warsaw.\n");
        if (stories.assignAndPut(assigner, pipeline.run(real), real.text().getBytes(StandardCharsets.UTF_8)).isPresent()) stored[0]++;
        IngestService ingest = (bytes, name, mediaType) -> {
            List<String> ids = new ArrayList<>();
            for (Document doc : ingestor.readBytes(bytes, name, mediaType)) {
                if (!store.contains(doc.id())) stories.assignAndPut(assigner, pipeline.run(doc), bytes);
                ids.add(doc.id());
            }
            return ids;
        };
        // The monitor's pages show its (empty) sources, watchlists and alerts; it is never started, so it polls nothing.
        Monitor monitor = Monitor.open(dataDir, MonitorOptions.defaults(), ingestor::readBytes, (raw, bytes) -> {
            Document analysed = pipeline.run(raw);
            return stories.assignAndPut(assigner, analysed, bytes).map(r -> new Ingested(r.document(), r.assignment().storyId(), r.assignment().relation()));
        });
        VigieServer server = VigieServer.create(store, store.index(), ServerOptions.defaults(), monitor, ingest, null,
                KnowledgeBasePlaces.shared(), dataDir);
        int port = server.start("127.0.0.1", 0);
        return new DemoSite(store, monitor, server, port, stored[0]);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            try {
                monitor.close();
            } finally {
                store.close();
            }
        }
    }
}
