package org.vigie.monitor;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a sources file (JSON):
 * <pre>{@code
 * {"settings": {"allowLoopback": false, "politeness": "PT2S", "interval": "PT5M", "userAgent": "..."},
 *  "sources": [{"id": "wire", "type": "feed", "url": "https://example.org/rss.xml", "interval": "PT10M"},
 *              {"id": "inbox", "type": "folder", "path": "/data/inbox"}],
 *  "watchlists": [{"id": "ru-threats", "name": "Russian threats",
 *                  "rule": {"type": "event", "eventTypes": ["THREATEN"], "actor1": ["Q159"]}}]}
 * }</pre>
 * A relative folder path is resolved against the file's folder. Every error names the entry and the field.
 */
public final class SourcesFile {
    private SourcesFile() {
    }

    public static SourcesConfig read(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return parse(json, file.toAbsolutePath().getParent());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    public static SourcesConfig parse(String json, Path baseDir) {
        JsonNode root = MonitorJson.parse(json);
        if (!root.isObject()) throw new IllegalArgumentException("a sources file is a JSON object with 'sources' and 'watchlists'");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("settings", "sources", "watchlists").contains(f)) {
                throw new IllegalArgumentException("unknown field '" + f + "'; known: settings, sources, watchlists");
            }
        }
        SourcesConfig.Settings settings = settings(root.get("settings"));
        Duration interval = settings.interval() != null ? settings.interval() : MonitorOptions.defaults().defaultInterval();
        List<Source> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode n : array(root, "sources")) {
            Source s = MonitorJson.source(n, interval);
            if (s.kind() == SourceKind.FOLDER && baseDir != null && !Path.of(s.location()).isAbsolute()) {
                s = new Source(s.id(), s.kind(), baseDir.resolve(s.location()).normalize().toString(), s.name(), s.interval(), s.enabled());
            }
            if (!ids.add(s.id())) throw new IllegalArgumentException("two sources have the id " + s.id());
            sources.add(s);
        }
        List<Watchlist> watchlists = new ArrayList<>();
        Set<String> wids = new HashSet<>();
        for (JsonNode n : array(root, "watchlists")) {
            Watchlist w = MonitorJson.watchlist(n);
            if (!wids.add(w.id())) throw new IllegalArgumentException("two watchlists have the id " + w.id());
            watchlists.add(w);
        }
        return new SourcesConfig(settings, sources, watchlists);
    }

    private static Iterable<JsonNode> array(JsonNode root, String field) {
        JsonNode a = root.get(field);
        if (a == null || a.isNull()) return List.of();
        if (!a.isArray()) throw new IllegalArgumentException("'" + field + "' must be a list");
        return a;
    }

    private static SourcesConfig.Settings settings(JsonNode s) {
        if (s == null || s.isNull()) return SourcesConfig.Settings.NONE;
        if (!s.isObject()) throw new IllegalArgumentException("'settings' must be an object");
        Set<String> known = Set.of("allowLoopback", "allowPrivate", "userAgent", "politeness", "interval");
        for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) throw new IllegalArgumentException("settings: unknown field '" + f + "'; known: " + String.join(", ", known));
        }
        return new SourcesConfig.Settings(bool(s, "allowLoopback"), bool(s, "allowPrivate"),
                s.hasNonNull("userAgent") ? s.get("userAgent").asText() : null,
                s.hasNonNull("politeness") ? politeness(s) : null,
                s.hasNonNull("interval") ? MonitorJson.duration(s, "interval") : null);
    }

    private static Duration politeness(JsonNode s) {
        String v = s.get("politeness").asText();
        try {
            Duration d = Duration.parse(v.strip().toUpperCase(java.util.Locale.ROOT));
            if (d.isNegative()) throw new IllegalArgumentException("settings: 'politeness' cannot be negative");
            return d;
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("settings: 'politeness' must be an ISO-8601 duration such as \"PT2S\", not '" + v + "'");
        }
    }

    private static Boolean bool(JsonNode s, String field) {
        JsonNode v = s.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isBoolean()) throw new IllegalArgumentException("settings: '" + field + "' must be true or false");
        return v.asBoolean();
    }
}
