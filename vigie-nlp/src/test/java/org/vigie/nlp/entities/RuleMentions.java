package org.vigie.nlp.entities;

import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.model.Mention;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;
import java.util.Optional;

/**
 * The mentions the rules alone find (no trained model) in a short text, or the whole annotator finds ({@link #FULL}),
 * looked up by their surface, for tests.
 */
final class RuleMentions {
    private static final Pipeline PIPELINE = DefaultPipeline.create(List.of("blocks", "language", "segment", "entities-rules"));
    /** The entities annotator as the default pipeline runs it: the trained model, then the rules. */
    static final Pipeline FULL = DefaultPipeline.create(List.of("blocks", "language", "segment", "entities"));

    private RuleMentions() {
    }

    static Document run(String text) {
        return PIPELINE.run(Document.ofText(text));
    }

    /** The mention with this surface, or a failure that lists the mentions found. */
    static Mention required(Document d, String surface) {
        return mention(d, surface).orElseThrow(() -> new AssertionError(surface + " not found in " + surfaces(d)));
    }

    static Optional<Mention> mention(Document d, String surface) {
        for (Mention m : d.mentions()) if (d.text(m.span()).equals(surface)) return Optional.of(m);
        return Optional.empty();
    }

    /** Every mention as surface/type/entity, for failure messages. */
    static List<String> surfaces(Document d) {
        return d.mentions().stream().map(m -> d.text(m.span()) + "/" + m.type() + "/" + m.entityId()).toList();
    }
}
