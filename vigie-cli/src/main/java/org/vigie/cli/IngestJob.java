package org.vigie.cli;

import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.ingest.DocumentSink;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.nlp.DefaultPipeline;
import org.vigie.store.DocumentStore;
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

    static Result run(DocumentStore store, List<Path> inputs, PrintWriter err) {
        Pipeline pipeline = DefaultPipeline.create();
        Progress progress = new Progress(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true));
        StoryAssigner stories = loadStories(store, progress);
        int[] n = new int[4];
        long t0 = System.nanoTime();
        new Ingestor(IngestOptions.defaults()).read(inputs, new DocumentSink() {
            @Override
            public void accept(Document doc) {
                n[0]++;
                if (store.contains(doc.id())) {
                    n[2]++;
                } else if (store.put(stories.assign(pipeline.run(doc)).document(), InputBytes.of(doc))) {
                    n[1]++;
                } else {
                    n[2]++;
                }
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

    /** Analysis, story assignment and storage of single documents (monitor, upload page), sharing one story index. */
    static org.vigie.monitor.AnalysingIngest analysing(DocumentStore store) {
        return new org.vigie.monitor.AnalysingIngest(store, DefaultPipeline.create(), loadStories(store, new Progress(System.err)));
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
