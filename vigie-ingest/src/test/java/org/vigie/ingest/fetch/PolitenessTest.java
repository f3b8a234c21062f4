package org.vigie.ingest.fetch;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PolitenessTest {
    /** A clock that only moves when the pacer sleeps. */
    static final class VirtualTime extends Clock {
        Instant now = Instant.parse("2025-06-03T10:00:00Z");
        final List<Duration> sleeps = new ArrayList<>();

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void sleep(Duration d) {
            sleeps.add(d);
            now = now.plus(d);
        }
    }

    @Test
    void requestsToOneHostAreSpacedAndOtherHostsAreNotHeldUp() throws Exception {
        VirtualTime t = new VirtualTime();
        HostPacer pacer = new HostPacer(Duration.ofSeconds(2), t, t::sleep);
        pacer.await("a.example", null);
        pacer.await("b.example", null);
        assertEquals(List.of(), t.sleeps);
        pacer.await("A.example", null);
        assertEquals(List.of(Duration.ofSeconds(2)), t.sleeps);
        t.now = t.now.plusSeconds(10);
        pacer.await("a.example", null);
        assertEquals(1, t.sleeps.size(), "no wait once the delay has passed");
    }

    @Test
    void aLongerCrawlDelayIsHonouredUpToTheCap() throws Exception {
        VirtualTime t = new VirtualTime();
        HostPacer pacer = new HostPacer(Duration.ofSeconds(1), t, t::sleep);
        pacer.await("a.example", Duration.ofSeconds(5));
        pacer.await("a.example", Duration.ofSeconds(5));
        pacer.await("a.example", Duration.ofHours(3));
        pacer.await("a.example", Duration.ofHours(3));
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5), HostPacer.MAX_CRAWL_DELAY), t.sleeps);
    }

    @Test
    void robotsTxtIsFetchedOncePerOriginAndMissingRobotsAllowsAll() throws Exception {
        VirtualTime t = new VirtualTime();
        try (LocalHttp http = new LocalHttp()) {
            http.on("/robots.txt", ex -> LocalHttp.send(ex, 200, "text/plain", "User-agent: vigie\nDisallow: /private\n"));
            RobotsCache cache = new RobotsCache(new Fetcher(FetchOptions.defaults().withAddresses(AddressPolicy.allowingLoopback())), "Vigie", t);
            assertFalse(cache.allows(http.uri("/private/1")));
            assertTrue(cache.allows(http.uri("/news/1")));
            assertEquals(1, http.requests.size());
            t.now = t.now.plus(RobotsCache.TTL).plusSeconds(1);
            cache.allows(http.uri("/news/2"));
            assertEquals(2, http.requests.size(), "expired rules are fetched again");
        }
        try (LocalHttp http = new LocalHttp()) {
            http.on("/", ex -> LocalHttp.send(ex, 404, "text/plain", "no"));
            RobotsCache cache = new RobotsCache(new Fetcher(FetchOptions.defaults().withAddresses(AddressPolicy.allowingLoopback())), "Vigie", t);
            assertTrue(cache.allows(http.uri("/anything")));
        }
    }

    @Test
    void aFailingRobotsTxtDisallowsForAShortWhile() throws Exception {
        VirtualTime t = new VirtualTime();
        try (LocalHttp http = new LocalHttp()) {
            http.on("/", ex -> LocalHttp.send(ex, 500, "text/plain", "down"));
            RobotsCache cache = new RobotsCache(new Fetcher(FetchOptions.defaults().withAddresses(AddressPolicy.allowingLoopback())), "Vigie", t);
            assertFalse(cache.allows(http.uri("/news/1")));
            t.now = t.now.plus(RobotsCache.UNREACHABLE_TTL).plusSeconds(1);
            cache.allows(http.uri("/news/1"));
            assertEquals(2, http.requests.size());
        }
    }

    @Test
    void urlKeysIgnoreCaseDefaultPortsFragmentsAndTrackers() {
        assertEquals("http://example.com/a?id=3", UrlKey.of("HTTP://Example.COM:80/a?utm_source=x&id=3&fbclid=y#top").orElseThrow());
        assertEquals("https://example.com:8443/", UrlKey.of(URI.create("https://example.com:8443")).orElseThrow());
        assertTrue(UrlKey.of("file:///etc/passwd").isEmpty());
        assertTrue(UrlKey.of("not a url").isEmpty());
    }
}
