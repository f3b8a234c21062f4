package org.vigie.monitor;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.EventType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class SourcesFileTest {
    static final String FILE = """
            {"settings": {"allowLoopback": true, "politeness": "PT0.5S", "interval": "PT15M"},
             "sources": [
               {"id": "wire", "type": "rss", "url": "https://news.example/rss.xml", "name": "Example wire"},
               {"id": "maps", "type": "sitemap", "url": "https://news.example/news-sitemap.xml", "interval": "PT1H"},
               {"id": "inbox", "type": "folder", "path": "drop/here", "enabled": false}],
             "watchlists": [
               {"id": "ru-threats", "name": "A THREATEN event with Russia as actor1",
                "rule": {"type": "event", "eventTypes": ["threaten"], "actor1": ["Q159"]},
                "filters": {"languages": ["EN", "fr"], "keywords": ["border"]}, "webhook": "http://127.0.0.1:9/hook"},
               {"id": "troops", "rule": {"type": "figure", "units": ["Troop", "soldier"], "above": 100000, "newOnly": true}},
               {"id": "five", "rule": {"type": "story", "sources": 5, "within": "PT2H"}},
               {"id": "breaking", "rule": {"type": "breaking", "window": "PT30M"}}]}
            """;

    @Test
    void aSourcesFileGivesSettingsSourcesAndWatchlists() {
        SourcesConfig c = SourcesFile.parse(FILE, Path.of("/etc/vigie"));
        assertEquals(Boolean.TRUE, c.settings().allowLoopback());
        MonitorOptions o = c.settings().applyTo(MonitorOptions.defaults());
        assertTrue(o.fetch().addresses().allowLoopback());
        assertFalse(o.fetch().addresses().allowPrivate());
        assertEquals(Duration.ofMillis(500), o.politeness());
        assertEquals(3, c.sources().size());
        Source wire = c.sources().get(0);
        assertEquals(SourceKind.FEED, wire.kind());
        assertEquals(Duration.ofMinutes(15), wire.interval(), "the file's default interval");
        assertEquals(Duration.ofHours(1), c.sources().get(1).interval());
        Source inbox = c.sources().get(2);
        assertEquals(Path.of("/etc/vigie/drop/here").toString(), inbox.location(), "relative folders are resolved against the file");
        assertFalse(inbox.enabled());
        Watchlist ru = c.watchlists().get(0);
        Rule.EventMatch rule = (Rule.EventMatch) ru.rule();
        assertEquals(Set.of(EventType.THREATEN), rule.types());
        assertEquals(Set.of("Q159"), rule.actor1());
        assertEquals(Set.of("en", "fr"), ru.filters().languages());
        assertEquals(Set.of("troop", "soldier"), ((Rule.FigureMatch) c.watchlists().get(1).rule()).units());
        assertEquals(Duration.ofMinutes(30), ((Rule.Breaking) c.watchlists().get(3).rule()).window());
        assertEquals(3, ((Rule.Breaking) c.watchlists().get(3).rule()).minSources(), "unset fields keep their defaults");
    }

    @Test
    void watchlistsSurviveAJsonRoundTrip() {
        for (Watchlist w : SourcesFile.parse(FILE, null).watchlists()) {
            assertEquals(w, MonitorJson.watchlist(MonitorJson.parse(MonitorJson.write(MonitorJson.watchlist(w)))));
        }
        for (Source s : SourcesFile.parse(FILE, null).sources()) {
            assertEquals(s, MonitorJson.source(MonitorJson.source(s), Duration.ofMinutes(1)));
        }
    }

    static String error(String json) {
        return assertThrows(IllegalArgumentException.class, () -> SourcesFile.parse(json, null)).getMessage();
    }

    @Test
    void mistakesAreNamedNotIgnored() {
        assertTrue(error("{\"watchlists\": [{\"id\": \"w\", \"rule\": {\"type\": \"event\", \"eventType\": [\"THREATEN\"]}}]}").contains("'eventType'"));
        assertTrue(error("{\"watchlists\": [{\"id\": \"w\", \"rule\": {\"type\": \"event\", \"eventTypes\": [\"INVADE\"]}}]}").contains("INVADE"));
        assertTrue(error("{\"watchlists\": [{\"id\": \"w\", \"rule\": {\"type\": \"story\", \"sources\": 5, \"within\": \"2 hours\"}}]}").contains("ISO-8601"));
        assertTrue(error("{\"watchlists\": [{\"id\": \"w\", \"rule\": {\"type\": \"document\"}, \"webhook\": \"file:///tmp/x\"}]}").contains("http"));
        assertTrue(error("{\"sources\": [{\"id\": \"a\", \"type\": \"feed\", \"url\": \"ftp://x.example/f\"}]}").contains("only http"));
        assertTrue(error("{\"sources\": [{\"id\": \"a\", \"type\": \"feed\"}]}").contains("'url'"));
        assertTrue(error("{\"sources\": [{\"id\": \"a b\", \"type\": \"feed\", \"url\": \"http://x.example/\"}]}").contains("source id"));
        assertTrue(error("{\"sources\": [{\"id\": \"a\", \"type\": \"feed\", \"url\": \"http://x.example/\"},"
                + "{\"id\": \"a\", \"type\": \"feed\", \"url\": \"http://y.example/\"}]}").contains("two sources"));
        assertTrue(error("{\"settings\": {\"allowLocalhost\": true}}").contains("allowLocalhost"));
        assertTrue(error("{\"sources\": {}}").contains("list"));
        assertTrue(error("not json").contains("invalid JSON"));
    }
}
