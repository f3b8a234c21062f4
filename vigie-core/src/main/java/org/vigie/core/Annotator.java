package org.vigie.core;

import java.util.Set;

/**
 * One analysis step. It reads the layers it {@link #requires()} and returns exactly the layers it
 * {@link #produces()}, never changing its input. Built once (models and word lists loaded in the
 * constructor), it is stateless and safe to share across threads. It does not throw on odd text:
 * what it cannot handle becomes a {@link org.vigie.core.model.Diagnostic}.
 */
public interface Annotator {
    /** Short name used in pipeline specs and timings, e.g. {@code "quotes"}. */
    String name();

    Set<LayerKind<?>> requires();

    Set<LayerKind<?>> produces();

    Layers annotate(Document doc);

    /**
     * Whether this annotator reads the document's own characters rather than its {@link Document#reading() reading}
     * with damaged characters repaired: one that reports the damage, or writes text out as it stands (a title).
     */
    default boolean readsOriginalText() {
        return false;
    }
}
