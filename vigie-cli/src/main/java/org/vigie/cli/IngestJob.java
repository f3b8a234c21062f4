package org.vigie.cli;

import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.ingest.DocumentSink;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.nlp.DefaultPipeline;
import org.vigie.monitor.AnalysingIngest;
import org.vigie.store.DocumentStore;
import org.vigie.store.StoryStore;
import org.vigie.store.DocumentSummary;
import org.vigie.stories.StoryAssigner;
import org.vigie.stories.StoryIndex;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Reads inputs, analyses each new document and stores it, showing progress; shared by ingest and demo. */
final class IngestJob {
    record Result(int read, int stored, int duplicates, int failed, double seconds) {
    }

    private IngestJob() {
    }

    static Result run(DocumentStore store, List<Path> inputs, IngestOptions options, PrintWriter err) {
        AnalysingIngest analysing = analysing(store);
        Progress progress = new Progress(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true));
        int[] n = new int[4];
        long t0 = System.nanoTime();
        new Ingestor(options).read(inputs, new DocumentSink() {
            @Override
            public void accept(Document doc) {
                n[0]++;
                if (analysing.ingest(doc, InputBytes.of(doc)).isPresent()) n[1]++; else n[2]++;
                progress.update("ingesting: " + n[0] + " read, " + n[1] + " new, " + n[2] + " already stored, " + n[3] + " failed");
            }

            @Override
            public void failed(String source, String reason) {
                n[3]++;
                progress.done();
                err.println("vigie: skipped " + source + ": " + reason);
                err.flush();
            }
        });
        progress.done();
        return new Result(n[0], n[1], n[2], n[3], (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Analysis, story assignment and storage of single documents (bulk ingest, monitor, upload page, API), sharing one
     * story index. On the database stores (SQLite, PostgreSQL) the assignments are kept in their story tables and the index
     * is restored from them; on other stores stories are rebuilt from the stored records at start and kept in the records
     * only.
     */
    static AnalysingIngest analysing(DocumentStore store) {
        Progress progress = new Progress(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true));
        StoryStore stories = storyStore(store);
        if (stories == null) return new AnalysingIngest(store, DefaultPipeline.create(), loadStories(store, progress));
        StoryIndex index = stories.loadIndex(StoryIndex.Options.defaults(),
                (phase, done, total) -> progress.update("loading stories: " + phase + " " + done + "/" + total));
        progress.done();
        return new AnalysingIngest(store, DefaultPipeline.create(), new StoryAssigner(index), stories::put);
    }

    /** The stories of the store, to assign documents without changing the store (analyze --store). */
    static StoryAssigner readOnlyStories(DocumentStore store) {
        StoryStore stories = storyStore(store);
        if (stories == null) return loadStories(store, new Progress(System.err));
        return new StoryAssigner(stories.loadIndex(StoryIndex.Options.defaults(), StoryStore.Progress.NONE, false));
    }

    /** The story tables of the store, or null when this kind of store keeps none. */
    static StoryStore storyStore(DocumentStore store) {
        try {
            return StoryStore.of(store);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The story index of the documents already stored, oldest first, so new documents join their stories. */
    static StoryAssigner loadStories(DocumentStore store, Progress progress) {
        StoryAssigner stories = new StoryAssigner(new StoryIndex());
        List<String> ids = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            List<DocumentSummary> page = store.list(offset, 500);
            page.forEach(s -> ids.add(s.id()));
            if (page.size() < 500) break;
        }
        java.util.Collections.reverse(ids);
        int done = 0;
        for (String id : ids) {
            store.get(id).ifPresent(stories::remember);
            progress.update("loading stories: " + (++done) + "/" + ids.size() + " stored documents");
        }
        progress.done();
        return stories;
    }
}
