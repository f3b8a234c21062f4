package org.vigie.stories;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.StoryAssignment;

import java.util.List;

/** Puts analysed documents into stories and records the story id in the document's {@code story} layer. */
public final class StoryAssigner {
    private final StoryIndex index;

    public StoryAssigner(StoryIndex index) {
        this.index = index;
    }

    /** The document with its {@code story} layer, and where it went (with every change it caused). */
    public record Result(Document document, Assignment assignment) {
    }

    public Result assign(Document analysed) {
        Assignment a = index.add(Fingerprint.of(analysed));
        Document withStory = analysed.without(LayerKind.STORY)
                .with(Layers.of(LayerKind.STORY, List.of(new StoryAssignment(a.storyId()))));
        return new Result(withStory, a);
    }

    /**
     * Adds a stored document by analysing its record again: for stores written before story rows were kept.
     * Reopening a store with story rows uses {@link StoryIndex#restore} instead, which does not search.
     */
    public Assignment remember(Document stored) {
        return index.add(Fingerprint.of(stored));
    }

    public StoryIndex index() {
        return index;
    }
}
