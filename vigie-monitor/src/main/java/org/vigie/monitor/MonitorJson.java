package org.vigie.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.core.model.EventType;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON forms of sources, watchlists and alerts, for the sources file, the API and the monitor's own
 * database. Reading is strict: an unknown field is an error naming it, so a typo in a watchlist does not
 * silently widen it.
 */
public final class MonitorJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private MonitorJson() {
    }

    public static JsonNode parse(String json) {
        try {
            JsonNode n = MAPPER.readTree(json);
            if (n == null || n.isMissingNode()) throw new IllegalArgumentException("empty JSON");
            return n;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage());
        }
    }

    public static String write(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    // ---- sources

    public static Source source(JsonNode n, Duration defaultInterval) {
        requireObject(n, "a source");
        allowOnly(n, "a source", "id", "type", "url", "path", "name", "interval", "enabled");
        String id = text(n, "id");
        SourceKind kind = SourceKind.parse(text(n, "type"));
        String location = kind == SourceKind.FOLDER ? text(n, "path") : text(n, "url");
        if (location == null) {
            throw new IllegalArgumentException("source " + id + " needs " + (kind == SourceKind.FOLDER ? "a 'path'" : "a 'url'"));
        }
        Duration interval = n.has("interval") ? duration(n, "interval") : defaultInterval;
        boolean enabled = !n.has("enabled") || bool(n, "enabled");
        return new Source(id, kind, location, text(n, "name"), interval, enabled);
    }

    public static ObjectNode source(Source s) {
        ObjectNode o = F.objectNode();
        o.put("id", s.id());
        o.put("type", s.kind().jsonName());
        o.put(s.kind() == SourceKind.FOLDER ? "path" : "url", s.location());
        o.put("name", s.name());
        o.put("interval", s.interval().toString());
        o.put("enabled", s.enabled());
        return o;
    }

    // ---- watchlists

    public static Watchlist watchlist(JsonNode n) {
        requireObject(n, "a watchlist");
        allowOnly(n, "a watchlist", "id", "name", "rule", "filters", "webhook", "enabled");
        String id = text(n, "id");
        String where = "watchlist " + id;
        JsonNode r = n.get("rule");
        if (r == null) throw new IllegalArgumentException(where + " needs a 'rule'");
        Rule rule = rule(r, where);
        Filters filters = n.has("filters") ? filters(n.get("filters"), where) : Filters.NONE;
        URI webhook = null;
        String hook = text(n, "webhook");
        if (hook != null && !hook.isBlank()) {
            try {
                webhook = new URI(hook.strip());
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(where + ": invalid webhook URL '" + hook + "'");
            }
            String scheme = webhook.getScheme() == null ? "" : webhook.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || webhook.getHost() == null) {
                throw new IllegalArgumentException(where + ": the webhook must be an http or https URL, not '" + hook + "'");
            }
        }
        return new Watchlist(id, text(n, "name"), rule, filters, webhook, !n.has("enabled") || bool(n, "enabled"));
    }

    static Rule rule(JsonNode r, String where) {
        requireObject(r, where + " rule");
        String type = text(r, "type");
        if (type == null) throw new IllegalArgumentException(where + ": the rule needs a 'type' (document, event, quote, figure, story, breaking)");
        String w = where + " rule '" + type + "'";
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "document", "mention" -> {
                allowOnly(r, w, "type");
                yield new Rule.AnyDocument();
            }
            case "event" -> {
                allowOnly(r, w, "type", "eventTypes", "actor1", "actor2", "locations", "includeNegated");
                Set<EventType> types = new LinkedHashSet<>();
                for (String t : strings(r, "eventTypes", w)) {
                    try {
                        types.add(EventType.valueOf(t.strip().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(w + ": unknown event type '" + t + "'; known: " + Arrays.toString(EventType.values()));
                    }
                }
                yield new Rule.EventMatch(types, Set.copyOf(strings(r, "actor1", w)), Set.copyOf(strings(r, "actor2", w)),
                        Set.copyOf(strings(r, "locations", w)), r.has("includeNegated") && bool(r, "includeNegated"));
            }
            case "quote" -> {
                allowOnly(r, w, "type", "speakers", "directOnly");
                yield new Rule.QuoteMatch(Set.copyOf(strings(r, "speakers", w)), r.has("directOnly") && bool(r, "directOnly"));
            }
            case "figure", "quantity" -> {
                allowOnly(r, w, "type", "units", "above", "below", "newOnly");
                Set<String> units = new LinkedHashSet<>();
                for (String u : strings(r, "units", w)) units.add(u.strip().toLowerCase(Locale.ROOT));
                yield new Rule.FigureMatch(units, number(r, "above", w), number(r, "below", w), r.has("newOnly") && bool(r, "newOnly"));
            }
            case "story" -> {
                allowOnly(r, w, "type", "sources", "within");
                if (!r.has("sources") || !r.get("sources").canConvertToInt()) throw new IllegalArgumentException(w + " needs a whole number 'sources'");
                if (!r.has("within")) throw new IllegalArgumentException(w + " needs 'within', e.g. \"PT2H\"");
                yield new Rule.StorySources(r.get("sources").asInt(), duration(r, "within"));
            }
            case "breaking" -> {
                allowOnly(r, w, "type", "window", "minSources", "factor", "cooldown");
                Rule.Breaking d = Rule.Breaking.defaults();
                yield new Rule.Breaking(r.has("window") ? duration(r, "window") : d.window(),
                        r.has("minSources") ? r.get("minSources").asInt() : d.minSources(),
                        r.has("factor") ? number(r, "factor", w) : d.factor(),
                        r.has("cooldown") ? duration(r, "cooldown") : d.cooldown());
            }
            default -> throw new IllegalArgumentException(where + ": unknown rule type '" + type
                    + "'; known: document, event, quote, figure, story, breaking");
        };
    }

    static Filters filters(JsonNode f, String where) {
        requireObject(f, where + " filters");
        String w = where + " filters";
        allowOnly(f, w, "entities", "places", "sources", "languages", "keywords");
        Set<String> languages = new LinkedHashSet<>();
        for (String l : strings(f, "languages", w)) languages.add(l.strip().toLowerCase(Locale.ROOT));
        List<String> keywords = new ArrayList<>();
        for (String k : strings(f, "keywords", w)) if (!k.isBlank()) keywords.add(k.strip());
        return new Filters(Set.copyOf(strings(f, "entities", w)), Set.copyOf(strings(f, "places", w)),
                Set.copyOf(strings(f, "sources", w)), languages, keywords);
    }

    public static ObjectNode watchlist(Watchlist wl) {
        ObjectNode o = F.objectNode();
        o.put("id", wl.id());
        o.put("name", wl.name());
        o.set("rule", rule(wl.rule()));
        Filters f = wl.filters();
        if (!f.isEmpty()) {
            ObjectNode fo = o.putObject("filters");
            putStrings(fo, "entities", f.entities());
            putStrings(fo, "places", f.places());
            putStrings(fo, "sources", f.sources());
            putStrings(fo, "languages", f.languages());
            putStrings(fo, "keywords", f.keywords());
        }
        if (wl.webhook() != null) o.put("webhook", wl.webhook().toString());
        o.put("enabled", wl.enabled());
        return o;
    }

    static ObjectNode rule(Rule rule) {
        ObjectNode o = F.objectNode();
        o.put("type", rule.type());
        if (rule instanceof Rule.EventMatch e) {
            putStrings(o, "eventTypes", e.types().stream().map(Enum::name).sorted().toList());
            putStrings(o, "actor1", e.actor1());
            putStrings(o, "actor2", e.actor2());
            putStrings(o, "locations", e.locations());
            if (e.includeNegated()) o.put("includeNegated", true);
        } else if (rule instanceof Rule.QuoteMatch q) {
            putStrings(o, "speakers", q.speakers());
            if (q.directOnly()) o.put("directOnly", true);
        } else if (rule instanceof Rule.FigureMatch q) {
            putStrings(o, "units", q.units());
            if (q.above() != null) o.put("above", q.above());
            if (q.below() != null) o.put("below", q.below());
            if (q.newOnly()) o.put("newOnly", true);
        } else if (rule instanceof Rule.StorySources s) {
            o.put("sources", s.sources());
            o.put("within", s.within().toString());
        } else if (rule instanceof Rule.Breaking b) {
            o.put("window", b.window().toString());
            o.put("minSources", b.minSources());
            o.put("factor", b.factor());
            o.put("cooldown", b.cooldown().toString());
        }
        return o;
    }

    // ---- alerts

    public static ObjectNode alert(Alert a, String baseUrl) {
        ObjectNode o = F.objectNode();
        o.put("id", a.id());
        o.put("watchlist", a.watchlistId());
        o.put("watchlistName", a.watchlistName());
        o.put("kind", a.kind());
        o.put("title", a.title());
        o.put("at", a.at().toString());
        o.put("story", a.storyId());
        o.put("delivery", a.delivery());
        ArrayNode ev = o.putArray("evidence");
        for (Evidence e : a.evidence()) {
            ObjectNode x = ev.addObject();
            x.put("document", e.documentId());
            x.put("title", e.title());
            x.put("url", e.url());
            x.put("text", e.text());
            x.put("start", e.start());
            x.put("end", e.end());
            if (baseUrl != null) x.put("link", baseUrl + "/documents/" + encode(e.documentId()));
        }
        return o;
    }

    public static Alert alert(JsonNode o) {
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode x : o.path("evidence")) {
            evidence.add(new Evidence(x.path("document").asText(), nullable(x, "title"), nullable(x, "url"),
                    nullable(x, "text"), x.path("start").asInt(-1), x.path("end").asInt(-1)));
        }
        return new Alert(o.path("id").asText(), o.path("watchlist").asText(), o.path("watchlistName").asText(),
                o.path("kind").asText(), o.path("title").asText(), Instant.parse(o.path("at").asText()),
                nullable(o, "story"), evidence, o.path("delivery").asText("none"));
    }

    /** Percent-encodes all but RFC 3986 unreserved characters, so an id stays one path segment. */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~' || c == ':') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    // ---- helpers

    private static void requireObject(JsonNode n, String what) {
        if (n == null || !n.isObject()) throw new IllegalArgumentException(what + " must be a JSON object");
    }

    private static void allowOnly(JsonNode n, String what, String... fields) {
        Set<String> allowed = Set.of(fields);
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new IllegalArgumentException(what + ": unknown field '" + f + "'; known: " + String.join(", ", fields));
            }
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new IllegalArgumentException("'" + field + "' must be a string");
        return v.asText();
    }

    private static String nullable(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static boolean bool(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (!v.isBoolean()) throw new IllegalArgumentException("'" + field + "' must be true or false");
        return v.asBoolean();
    }

    private static Double number(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isNumber()) throw new IllegalArgumentException(where + ": '" + field + "' must be a number");
        return v.asDouble();
    }

    static Duration duration(JsonNode n, String field) {
        String s = text(n, field);
        try {
            Duration d = Duration.parse(s.strip().toUpperCase(Locale.ROOT));
            if (d.isNegative() || d.isZero()) throw new IllegalArgumentException("'" + field + "' must be positive, not " + s);
            return d;
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("'" + field + "' must be an ISO-8601 duration such as \"PT10M\" or \"PT2H\", not '" + s + "'");
        }
    }

    private static List<String> strings(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return List.of();
        if (v.isTextual()) return List.of(v.asText());
        if (!v.isArray()) throw new IllegalArgumentException(where + ": '" + field + "' must be a string or a list of strings");
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (!x.isTextual()) throw new IllegalArgumentException(where + ": '" + field + "' must hold strings only");
            out.add(x.asText());
        }
        return out;
    }

    private static void putStrings(ObjectNode o, String field, java.util.Collection<String> values) {
        if (values.isEmpty()) return;
        ArrayNode a = o.putArray(field);
        values.stream().sorted().forEach(a::add);
    }
}
