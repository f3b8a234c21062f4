package org.vigie.stories;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;

import java.util.*;

/** An analysed article written for the tests: text lines plus hand-made layers found by their surface text. */
final class Article {
    private final String text;
    private String language = "en";
    private String published;
    private String title;
    private final Set<String> boilerplate = new HashSet<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<SourceCredit> sources = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Artefact> artefacts = new ArrayList<>();

    private Article(String text) {
        this.text = text;
    }

    static Article of(String... lines) {
        return new Article(String.join("\n", lines));
    }

    Article lang(String code) {
        language = code;
        return this;
    }

    Article date(String iso) {
        published = iso;
        return this;
    }

    Article title(String t) {
        title = t;
        return this;
    }

    /** Lines that are navigation, share buttons and the like. */
    Article boilerplate(String... lines) {
        boilerplate.addAll(List.of(lines));
        return this;
    }

    Article entity(String id, String name, EntityType type, String... surfaces) {
        List<Span> mentions = new ArrayList<>();
        for (String s : surfaces) {
            int from = 0;
            for (int at; (at = text.indexOf(s, from)) >= 0; from = at + s.length()) mentions.add(new Span(at, at + s.length()));
        }
        mentions.sort(null);
        entities.put(id, new Entity(id, name, type, mentions));
        return this;
    }

    Article figure(String surface, Double value, String unit, String claimantId, String claimantName, boolean artefact) {
        quantities.add(new Quantity(find(surface), value, unit, false, artefact,
                claimantId == null ? null : new EntityRef(claimantId, claimantName)));
        return this;
    }

    Article day(String surface, String iso) {
        times.add(new TimeExpression(find(surface), iso, TimeExpression.Granularity.DAY));
        return this;
    }

    Article credited(String agency) {
        sources.add(new SourceCredit(agency, null, SourceCredit.Role.CREDITED, find(agency)));
        return this;
    }

    Article publisher(String name) {
        sources.add(new SourceCredit(name, null, SourceCredit.Role.PUBLISHER, find(name)));
        return this;
    }

    Article quote(String content, String speakerId, String speakerName) {
        quotes.add(new Quote(find(content), true, speakerId == null ? null : new EntityRef(speakerId, speakerName), null, language));
        return this;
    }

    Article event(EventType type, EntityRef actor1, EntityRef actor2, String date, String evidence) {
        events.add(new Event(type, null, actor1, actor2, null, date, false, find(evidence)));
        return this;
    }

    Article artefact(String surface, Artefact.Kind kind, String repair) {
        artefacts.add(new Artefact(find(surface), kind, repair));
        return this;
    }

    Span find(String part) {
        int at = text.indexOf(part);
        if (at < 0) throw new IllegalArgumentException("'" + part + "' is not in the article");
        return new Span(at, at + part.length());
    }

    Document build() {
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            Span span = new Span(start, start + line.length());
            if (!line.isBlank()) {
                blocks.add(boilerplate.contains(line) ? Block.boilerplate(span, Block.Kind.NAV) : Block.body(span, Block.Kind.PARAGRAPH));
            }
            start += line.length() + 1;
        }
        Layers.Builder b = Layers.builder()
                .put(LayerKind.BLOCKS, blocks)
                .put(LayerKind.LANGUAGE, List.of(new DocumentLanguage(language)))
                .put(LayerKind.ENTITIES, List.copyOf(entities.values()))
                .put(LayerKind.QUANTITIES, quantities)
                .put(LayerKind.TIMES, times)
                .put(LayerKind.SOURCES, sources)
                .put(LayerKind.QUOTES, quotes)
                .put(LayerKind.EVENTS, events)
                .put(LayerKind.ARTEFACTS, artefacts);
        if (published != null) b.put(LayerKind.PUBLISHED, List.of(new Published(published, null, Published.Method.METADATA)));
        if (title != null) b.put(LayerKind.TITLE, List.of(new Title(title, null)));
        return Document.ofText(text).with(b.build());
    }
}
