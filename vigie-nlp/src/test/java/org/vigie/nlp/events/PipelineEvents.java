package org.vigie.nlp.events;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.Pipeline;
import org.vigie.core.model.DocumentLanguage;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;
import org.vigie.nlp.DefaultPipeline;
import org.vigie.nlp.quotes.QuoteAnnotator;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Events of a sentence with the real entities annotator before them (no time expressions), for tests. */
final class PipelineEvents {
    private static final Pipeline PIPELINE = DefaultPipeline.create(List.of("blocks", "segment", "entities"));

    private PipelineEvents() {
    }

    static List<Event> events(String language, String text) {
        Document d = Document.ofText(text).with(Layers.of(LayerKind.LANGUAGE, List.of(new DocumentLanguage(language))));
        d = PIPELINE.run(d);
        d = d.with(Layers.of(LayerKind.TIMES, List.of()));
        d = d.with(new QuoteAnnotator().annotate(d));
        return new EventAnnotator().annotate(d).get(LayerKind.EVENTS);
    }

    /** "actor1|actor2" entity ids ("-" for none) of the events of one type. */
    static Set<String> pairs(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type)
                .map(e -> e.actor1().entity() + "|" + (e.actor2() == null ? "-" : e.actor2().entity())).collect(Collectors.toSet());
    }

    /** "TYPE actor1|actor2" of every event ("-" for no second actor), sorted. */
    static Set<String> all(List<Event> events) {
        Set<String> out = new java.util.TreeSet<>();
        for (Event e : events) out.add(e.type() + " " + e.actor1().entity() + "|" + (e.actor2() == null ? "-" : e.actor2().entity()));
        return out;
    }
}
