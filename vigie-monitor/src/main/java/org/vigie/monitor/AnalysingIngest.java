package org.vigie.monitor;

import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.store.DocumentStore;
import org.vigie.stories.Assignment;
import org.vigie.stories.StoryAssigner;

import java.util.Objects;
import java.util.Optional;

/**
 * The usual {@link DocumentIngest}: the analysis pipeline, then story assignment, then the store. Analysis runs
 * in the caller's thread; assigning and storing are serialised, so a story index and the store never disagree
 * about which documents exist.
 */
public final class AnalysingIngest implements DocumentIngest {
    private final DocumentStore store;
    private final Pipeline pipeline;
    private final StoryAssigner stories;
    private final Keeper keeper;

    /** Stores a document with its story assignment; false when the document was already stored. */
    @FunctionalInterface
    public interface Keeper {
        boolean put(Document withStory, byte[] inputBytes, Assignment assignment);
    }

    /** {@code stories} should already know the stored documents (see the CLI's story loading). */
    public AnalysingIngest(DocumentStore store, Pipeline pipeline, StoryAssigner stories) {
        this(store, pipeline, stories, (doc, bytes, assignment) -> store.put(doc, bytes));
    }

    /** As above, with {@code keeper} storing each document together with what its assignment changed (the story tables). */
    public AnalysingIngest(DocumentStore store, Pipeline pipeline, StoryAssigner stories, Keeper keeper) {
        this.store = Objects.requireNonNull(store, "store");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.stories = Objects.requireNonNull(stories, "stories");
        this.keeper = Objects.requireNonNull(keeper, "keeper");
    }

    @Override
    public Optional<Ingested> ingest(Document raw, byte[] inputBytes) {
        if (store.contains(raw.id())) return Optional.empty();
        Document analysed = pipeline.run(raw);
        synchronized (this) {
            if (store.contains(raw.id())) return Optional.empty();
            StoryAssigner.Result r = stories.assign(analysed);
            if (!keeper.put(r.document(), inputBytes, r.assignment())) return Optional.empty();
            return Optional.of(new Ingested(r.document(), r.assignment().storyId(), r.assignment().relation()));
        }
    }
}
