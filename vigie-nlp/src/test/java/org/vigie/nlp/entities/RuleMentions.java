package org.vigie.nlp.entities;

import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.model.Mention;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;
import java.util.Optional;

/** The mentions the rules alone find (no trained model) in a short text, looked up by their surface, for tests. */
final class RuleMentions {
    private static final Pipeline PIPELINE = DefaultPipeline.create(List.of("blocks", "language", "segment", "entities-rules"));

    private RuleMentions() {
    }

    static Document run(String text) {
        return PIPELINE.run(Document.ofText(text));
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
