package org.vigie.monitor;

import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.InputException;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.Pipeline;
import org.vigie.core.model.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the real reader and pipeline, small enough to reason about in tests: pages become text with
 * their title, and a few patterns give entities (with name variants sharing an id), THREATEN events, quotes and
 * troop figures, so watchlists have something to match. It knows nothing beyond the sentences the tests write.
 */
final class TinyAnalysis implements Annotator {
    static final Map<String, Entity> NAMES = new LinkedHashMap<>();

    static {
        name("Jens Stoltenberg", "Q57286", "Jens Stoltenberg", EntityType.PER);
        name("Stoltenberg", "Q57286", "Jens Stoltenberg", EntityType.PER);
        name("Russia", "Q159", "Russia", EntityType.GPE);
        name("Russie", "Q159", "Russia", EntityType.GPE);
        name("Norway", "Q20", "Norway", EntityType.GPE);
        name("Finlande", "Q33", "Finland", EntityType.GPE);
        name("Finland", "Q33", "Finland", EntityType.GPE);
    }

    private static void name(String surface, String id, String canonical, EntityType type) {
        NAMES.put(surface, new Entity(id, canonical, type, List.of()));
    }

    private static final Pattern NAME = Pattern.compile("\\b(Jens Stoltenberg|Stoltenberg|Russia|Russie|Norway|Finlande|Finland)\\b");
    private static final Pattern THREAT = Pattern.compile("\\b(Russia|Russie)\\s+(?:threatens|menace)\\s+(?:la\\s+)?(Norway|Finlande|Finland)\\b");
    private static final Pattern QUOTE = Pattern.compile("“([^”]+)”,? said (Jens Stoltenberg|Stoltenberg)");
    private static final Pattern TROOPS = Pattern.compile("\\b(\\d{1,3}(?: \\d{3})*) (troops|soldiers)\\b");

    static Pipeline pipeline() {
        return new Pipeline(List.of(new TinyAnalysis()));
    }

    /** The test reader: HTML pages become their body text (tags dropped) with their title; other bytes stay text. */
    static List<Document> read(byte[] bytes, String name, String mediaType) throws InputException {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.isBlank()) throw new InputException(name, "the page is empty");
        String title = null;
        Matcher t = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(s);
        if (t.find()) title = t.group(1).strip();
        String text = s.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return List.of(Document.of(Document.sha256(bytes), Input.ofPath(name, mediaType, bytes.length), text,
                new Metadata(title, null, null, null, null, null, null, null, List.of())));
    }

    @Override
    public String name() {
        return "tiny";
    }

    @Override
    public Set<LayerKind<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<LayerKind<?>> produces() {
        return Set.of(LayerKind.LANGUAGE, LayerKind.TITLE, LayerKind.ENTITIES, LayerKind.EVENTS, LayerKind.QUOTES, LayerKind.QUANTITIES);
    }

    @Override
    public Layers annotate(Document doc) {
        String text = doc.text();
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) mentions.computeIfAbsent(NAMES.get(m.group(1)).id(), k -> new ArrayList<>()).add(new Span(m.start(), m.end()));
        List<Entity> entities = new ArrayList<>();
        mentions.forEach((id, spans) -> {
            Entity e = NAMES.values().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            entities.add(new Entity(id, e.name(), e.type(), spans));
        });
        List<Event> events = new ArrayList<>();
        Matcher th = THREAT.matcher(text);
        while (th.find()) {
            events.add(new Event(EventType.THREATEN, null, ref(th.group(1)), ref(th.group(2)), null, null, false, new Span(th.start(), th.end())));
        }
        List<Quote> quotes = new ArrayList<>();
        Matcher q = QUOTE.matcher(text);
        while (q.find()) quotes.add(new Quote(new Span(q.start(1), q.end(1)), true, ref(q.group(2)), null, "en"));
        List<Quantity> figures = new ArrayList<>();
        Matcher f = TROOPS.matcher(text);
        while (f.find()) {
            double value = Double.parseDouble(f.group(1).replace(" ", ""));
            figures.add(new Quantity(new Span(f.start(), f.end()), value, f.group(2).equals("troops") ? "troop" : "soldier", false, false, null));
        }
        String language = text.contains(" menace ") || text.contains(" la ") ? "fr" : "en";
        List<Title> title = doc.metadata().title() == null ? List.of() : List.of(new Title(doc.metadata().title(), null));
        return Layers.builder().put(LayerKind.LANGUAGE, List.of(new DocumentLanguage(language))).put(LayerKind.TITLE, title)
                .put(LayerKind.ENTITIES, entities).put(LayerKind.EVENTS, events).put(LayerKind.QUOTES, quotes)
                .put(LayerKind.QUANTITIES, figures).build();
    }

    private static EntityRef ref(String surface) {
        Entity e = NAMES.get(surface);
        return new EntityRef(e.id(), e.name());
    }
}
