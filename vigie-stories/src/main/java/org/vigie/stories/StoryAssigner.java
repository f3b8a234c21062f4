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

    public record Result(Document document, Assignment assignment) {
    }

    public Result assign(Document analysed) {
        Assignment a = index.add(Fingerprint.of(analysed));
        Document withStory = analysed.without(LayerKind.STORY)
                .with(Layers.of(LayerKind.STORY, List.of(new StoryAssignment(a.storyId()))));
        return new Result(withStory, a);
    }

    /** Adds a document that already belongs to the store (e.g. when reopening it), without changing it. */
    public void remember(Document stored) {
        index.add(Fingerprint.of(stored));
    }

    public StoryIndex index() {
        return index;
    }
}
