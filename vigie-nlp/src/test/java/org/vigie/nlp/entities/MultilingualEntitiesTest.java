package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Mention;
import org.vigie.core.model.Span;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** German, Spanish and Italian resources of the entity annotator, on sentences written for these tests. */
class MultilingualEntitiesTest {
    private static final org.vigie.core.Pipeline PIPELINE = DefaultPipeline.create(List.of("blocks", "language", "segment", "entities"));

    private static Document run(String text) {
        return PIPELINE.run(Document.ofText(text));
    }

    private static Optional<Mention> mention(Document d, String surface) {
        for (Mention m : d.mentions()) if (d.text(m.span()).equals(surface)) return Optional.of(m);
        return Optional.empty();
    }

    private static Mention mentionOf(Document d, String surface) {
        return mention(d, surface).orElseThrow(() -> new AssertionError("no mention '" + surface + "' in "
                + d.mentions().stream().map(m -> d.text(m.span()) + "/" + m.type()).toList()));
    }

    private static Optional<Entity> entityWithMention(Document d, String surface) {
        for (Entity e : d.entities()) for (Span s : e.mentions()) if (d.text(s).equals(surface)) return Optional.of(e);
        return Optional.empty();
    }

    @Test
    void demonymsOfLessReportedCountriesAreMentionsOfTheirStateInEveryInflection() {
        Document es = run("El canciller venezolano y la ministra chilena viajaron con dos diplomáticos austriacos a Lima.");
        assertEquals("Q717", entityWithMention(es, "venezolano").orElseThrow().id());
        assertEquals("Q298", entityWithMention(es, "chilena").orElseThrow().id());
        assertEquals("Q40", entityWithMention(es, "austriacos").orElseThrow().id());
        Document it = run("Il ministro austriaco ha incontrato i colleghi norvegesi e una delegazione messicana a Vienna.");
        assertEquals("Q40", entityWithMention(it, "austriaco").orElseThrow().id());
        assertEquals("Q20", entityWithMention(it, "norvegesi").orElseThrow().id());
        assertEquals("Q96", entityWithMention(it, "messicana").orElseThrow().id());
        Document de = run("Die österreichische Ministerin sprach mit norwegischen Diplomaten und zwei Kanadiern über die Lage.");
        assertEquals("Q40", entityWithMention(de, "österreichische").orElseThrow().id());
        assertEquals("Q20", entityWithMention(de, "norwegischen").orElseThrow().id());
    }
}
