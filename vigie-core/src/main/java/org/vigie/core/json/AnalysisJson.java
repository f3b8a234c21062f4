package org.vigie.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code vigie-analysis/1} record: writes a document and its layers as the contract's JSON, and
 * reads such a record (engine output or hand-written gold) back into a document. Offsets are code
 * points in JSON and UTF-16 chars inside; this class is the only place that converts them.
 */
public final class AnalysisJson {
    public static final String FORMAT = "vigie-analysis/1";
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private AnalysisJson() {
    }

    public static ObjectNode write(Document doc) {
        CodePointIndex cp = new CodePointIndex(doc.text());
        ObjectNode o = F.objectNode();
        o.put("format", FORMAT);
        o.put("id", doc.id());
        ObjectNode input = o.putObject("input");
        Input in = doc.input();
        if (in.url() != null) input.put("url", in.url()); else input.put("path", in.path());
        input.put("mediaType", in.mediaType());
        input.put("bytes", in.bytes());
        o.put("text", doc.text());
        Title title = doc.title().orElse(null);
        if (title == null) o.putNull("title"); else o.put("title", title.text());
        Published published = doc.published().orElse(null);
        if (published == null) {
            o.putNull("published");
        } else {
            ObjectNode p = o.putObject("published");
            p.put("value", published.value());
            p.set("evidence", span(doc, cp, published.evidence()));
            p.put("method", published.method().jsonName());
        }
        String language = doc.language().orElse(DocumentLanguage.UNDETERMINED);
        o.put("language", language);

        ArrayNode blocks = o.putArray("blocks");
        for (Block b : doc.layerOrEmpty(LayerKind.BLOCKS)) {
            ObjectNode j = range(cp, b.span());
            j.put("role", b.role().jsonName());
            j.put("kind", b.kind().jsonName());
            putNullable(j, "language", blockLanguage(doc, b.span(), language));
            blocks.add(j);
        }
        ArrayNode stories = o.putArray("stories");
        for (StorySegment s : doc.layerOrEmpty(LayerKind.STORIES)) {
            ObjectNode j = range(cp, s.span());
            putNullable(j, "title", s.title());
            stories.add(j);
        }
        ArrayNode sources = o.putArray("sources");
        for (SourceCredit s : doc.layerOrEmpty(LayerKind.SOURCES)) {
            ObjectNode j = F.objectNode();
            j.put("name", s.name());
            putNullable(j, "entity", s.entityId());
            j.put("role", s.role().jsonName());
            j.set("evidence", span(doc, cp, s.evidence()));
            sources.add(j);
        }
        ArrayNode artefacts = o.putArray("artefacts");
        for (Artefact a : doc.layerOrEmpty(LayerKind.ARTEFACTS)) {
            ObjectNode j = spanWithText(doc, cp, a.span());
            j.put("kind", a.kind().jsonName());
            putNullable(j, "repair", a.repair());
            artefacts.add(j);
        }
        ArrayNode entities = o.putArray("entities");
        java.util.Set<String> written = new java.util.HashSet<>();
        List<Entity> all = new ArrayList<>(doc.layerOrEmpty(LayerKind.ENTITIES));
        // entities only the events refer to (a state inferred from its capital, a group the rules name) are entities
        // of the record too, so that every reference points into the list
        all.addAll(doc.layerOrEmpty(LayerKind.EVENT_ACTORS));
        for (Entity e : all) {
            if (!written.add(e.id())) continue;
            ObjectNode j = F.objectNode();
            j.put("id", e.id());
            j.put("name", e.name());
            j.put("type", e.type().name());
            ArrayNode m = j.putArray("mentions");
            for (Span s : e.mentions()) m.add(spanWithText(doc, cp, s));
            entities.add(j);
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : doc.layerOrEmpty(LayerKind.QUOTES)) {
            ObjectNode j = spanWithText(doc, cp, q.span());
            j.put("direct", q.direct());
            j.set("speaker", ref(q.speaker()));
            j.set("cue", span(doc, cp, q.cue()));
            putNullable(j, "language", q.language());
            quotes.add(j);
        }
        ArrayNode quantities = o.putArray("quantities");
        for (Quantity q : doc.layerOrEmpty(LayerKind.QUANTITIES)) {
            ObjectNode j = spanWithText(doc, cp, q.span());
            if (q.value() == null) j.putNull("value");
            else if (q.value() == Math.rint(q.value()) && Math.abs(q.value()) < 1e15) j.put("value", q.value().longValue());
            else j.put("value", q.value());
            putNullable(j, "unit", q.unit());
            j.put("approximate", q.approximate());
            j.put("artefact", q.artefact());
            j.set("claimedBy", ref(q.claimedBy()));
            quantities.add(j);
        }
        ArrayNode times = o.putArray("times");
        for (TimeExpression t : doc.layerOrEmpty(LayerKind.TIMES)) {
            ObjectNode j = spanWithText(doc, cp, t.span());
            putNullable(j, "value", t.value());
            j.put("granularity", t.granularity().jsonName());
            times.add(j);
        }
        ArrayNode events = o.putArray("events");
        for (Event e : doc.layerOrEmpty(LayerKind.EVENTS)) {
            ObjectNode j = F.objectNode();
            j.put("type", e.type().name());
            putNullable(j, "mode", e.mode());
            j.set("actor1", ref(e.actor1()));
            j.set("actor2", ref(e.actor2()));
            j.set("location", ref(e.location()));
            putNullable(j, "date", e.date());
            j.put("negated", e.negated());
            j.set("evidence", span(doc, cp, e.evidence()));
            events.add(j);
        }
        doc.story().ifPresent(s -> o.put("story", s));
        List<Diagnostic> diagnostics = doc.diagnostics();
        if (!diagnostics.isEmpty()) {
            ArrayNode d = o.putArray("diagnostics");
            for (Diagnostic x : diagnostics) {
                ObjectNode j = d.addObject();
                j.put("annotator", x.annotator());
                j.put("code", x.code());
                j.put("message", x.message());
                j.set("span", span(doc, cp, x.span()));
            }
        }
        return o;
    }

    /**
     * The language of the language span covering most of the block; without a language layer at all, the document
     * language; with one that says nothing about this block (a lone number), null.
     */
    private static String blockLanguage(Document doc, Span block, String fallback) {
        if (!doc.has(LayerKind.LANGUAGES)) return fallback;
        LanguageSpan best = null;
        for (LanguageSpan l : doc.layerOrEmpty(LayerKind.LANGUAGES)) {
            if (l.span().overlaps(block) && (best == null || overlap(l.span(), block) > overlap(best.span(), block))) best = l;
        }
        return best != null ? best.language() : null;
    }

    private static int overlap(Span a, Span b) {
        return Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    }

    private static void putNullable(ObjectNode o, String field, String value) {
        if (value == null) o.putNull(field); else o.put(field, value);
    }

    private static JsonNode ref(EntityRef r) {
        if (r == null) return F.nullNode();
        ObjectNode o = F.objectNode();
        o.put("entity", r.entity());
        o.put("name", r.name());
        return o;
    }

    private static ObjectNode range(CodePointIndex cp, Span s) {
        ObjectNode o = F.objectNode();
        o.put("start", cp.toCodePoint(s.start()));
        o.put("end", cp.toCodePoint(s.end()));
        return o;
    }

    private static ObjectNode spanWithText(Document doc, CodePointIndex cp, Span s) {
        ObjectNode o = range(cp, s);
        o.put("text", doc.text(s));
        return o;
    }

    private static JsonNode span(Document doc, CodePointIndex cp, Span s) {
        return s == null ? F.nullNode() : spanWithText(doc, cp, s);
    }

    // ---------------------------------------------------------------- reading

    /** Reads a record (engine output or gold) into a document carrying every layer the record has. */
    public static Document read(JsonNode o) {
        if (!FORMAT.equals(o.path("format").asText())) {
            throw new IllegalArgumentException("not a " + FORMAT + " record (format is '" + o.path("format").asText() + "')");
        }
        String text = o.path("text").asText();
        CodePointIndex cp = new CodePointIndex(text);
        JsonNode in = o.path("input");
        Input input = new Input(textOrNull(in, "path"), textOrNull(in, "url"), in.path("mediaType").asText("text/plain"),
                in.path("bytes").asLong());
        Document doc = Document.of(o.path("id").asText(), input, text, Metadata.EMPTY);
        Layers.Builder b = Layers.builder();

        String title = textOrNull(o, "title");
        b.put(LayerKind.TITLE, title == null ? List.of() : List.of(new Title(title, null)));
        JsonNode pub = o.path("published");
        b.put(LayerKind.PUBLISHED, pub.isObject()
                ? List.of(new Published(pub.path("value").asText(), readSpan(cp, pub.path("evidence")),
                Published.Method.valueOf(pub.path("method").asText("metadata").toUpperCase(Locale.ROOT))))
                : List.of());
        String language = textOrNull(o, "language");
        b.put(LayerKind.LANGUAGE, language == null ? List.of() : List.of(new DocumentLanguage(language)));

        List<Block> blocks = new ArrayList<>();
        List<LanguageSpan> languages = new ArrayList<>();
        for (JsonNode j : o.path("blocks")) {
            Span s = readRange(cp, j);
            Block.Kind kind = Block.Kind.fromJson(j.path("kind").asText());
            blocks.add(new Block(s, "body".equals(j.path("role").asText()) ? Block.Role.BODY : Block.Role.BOILERPLATE, kind));
            String l = textOrNull(j, "language");
            if (l != null) languages.add(new LanguageSpan(s, l, 1.0));
        }
        b.put(LayerKind.BLOCKS, blocks).put(LayerKind.LANGUAGES, languages);

        List<StorySegment> stories = new ArrayList<>();
        for (JsonNode j : o.path("stories")) stories.add(new StorySegment(readRange(cp, j), textOrNull(j, "title")));
        b.put(LayerKind.STORIES, stories);

        List<SourceCredit> sources = new ArrayList<>();
        for (JsonNode j : o.path("sources")) {
            sources.add(new SourceCredit(j.path("name").asText(), textOrNull(j, "entity"),
                    SourceCredit.Role.valueOf(j.path("role").asText("credited").toUpperCase(Locale.ROOT)),
                    readSpan(cp, j.path("evidence"))));
        }
        b.put(LayerKind.SOURCES, sources);

        List<Artefact> artefacts = new ArrayList<>();
        for (JsonNode j : o.path("artefacts")) {
            artefacts.add(new Artefact(readRange(cp, j), Artefact.Kind.fromJson(j.path("kind").asText("other")), textOrNull(j, "repair")));
        }
        b.put(LayerKind.ARTEFACTS, artefacts);

        List<Entity> entities = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode j : o.path("entities")) {
            EntityType type = EntityType.valueOf(j.path("type").asText("MISC"));
            List<Span> spans = new ArrayList<>();
            for (JsonNode m : j.path("mentions")) {
                Span s = readRange(cp, m);
                spans.add(s);
                mentions.add(new Mention(s, type, j.path("id").asText(), 1.0));
            }
            entities.add(new Entity(j.path("id").asText(), j.path("name").asText(), type, spans));
        }
        mentions.sort((x, y) -> x.span().compareTo(y.span()));
        b.put(LayerKind.ENTITIES, entities).put(LayerKind.MENTIONS, mentions);

        List<Quote> quotes = new ArrayList<>();
        for (JsonNode j : o.path("quotes")) {
            quotes.add(new Quote(readRange(cp, j), j.path("direct").asBoolean(true), readRef(j.path("speaker")),
                    readSpan(cp, j.path("cue")), textOrNull(j, "language")));
        }
        b.put(LayerKind.QUOTES, quotes);

        List<Quantity> quantities = new ArrayList<>();
        for (JsonNode j : o.path("quantities")) {
            JsonNode v = j.path("value");
            quantities.add(new Quantity(readRange(cp, j), v.isNumber() ? v.asDouble() : null, textOrNull(j, "unit"),
                    j.path("approximate").asBoolean(false), j.path("artefact").asBoolean(false), readRef(j.path("claimedBy"))));
        }
        b.put(LayerKind.QUANTITIES, quantities);

        List<TimeExpression> times = new ArrayList<>();
        for (JsonNode j : o.path("times")) {
            times.add(new TimeExpression(readRange(cp, j), textOrNull(j, "value"),
                    TimeExpression.Granularity.valueOf(j.path("granularity").asText("day").toUpperCase(Locale.ROOT))));
        }
        b.put(LayerKind.TIMES, times);

        List<Event> events = new ArrayList<>();
        for (JsonNode j : o.path("events")) {
            events.add(new Event(EventType.valueOf(j.path("type").asText()), textOrNull(j, "mode"), readRef(j.path("actor1")),
                    readRef(j.path("actor2")), readRef(j.path("location")), textOrNull(j, "date"),
                    j.path("negated").asBoolean(false), readSpan(cp, j.path("evidence"))));
        }
        b.put(LayerKind.EVENTS, events);
        String story = textOrNull(o, "story");
        if (story != null) b.put(LayerKind.STORY, List.of(new StoryAssignment(story)));
        return doc.with(b.build());
    }

    private static String textOrNull(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Span readRange(CodePointIndex cp, JsonNode j) {
        return new Span(cp.toChar(j.path("start").asInt()), cp.toChar(j.path("end").asInt()));
    }

    private static Span readSpan(CodePointIndex cp, JsonNode j) {
        return j == null || !j.isObject() ? null : readRange(cp, j);
    }

    private static EntityRef readRef(JsonNode j) {
        return j == null || !j.isObject() ? null : new EntityRef(j.path("entity").asText(), j.path("name").asText());
    }
}
