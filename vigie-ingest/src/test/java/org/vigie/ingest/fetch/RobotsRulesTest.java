package org.vigie.ingest.fetch;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

class RobotsRulesTest {
    static final String ROBOTS = """
            # a comment
            User-agent: *
            Disallow: /private/
            Allow: /private/press/
            Crawl-delay: 2

            User-agent: OtherBot
            User-agent: Vigie
            Disallow: /drafts
            Disallow: /*.pdf$
            Allow: /drafts/public
            Crawl-delay: 5

            User-agent: Vigiebot-extended
            Disallow: /
            """;

    @Test
    void theGroupNamingVigieWinsOverTheStarGroup() {
        RobotsRules r = RobotsRules.parse(ROBOTS, "Vigie");
        assertTrue(r.allows("/private/x"), "the * group does not apply when a group names the crawler");
        assertFalse(r.allows("/drafts/1"));
        assertTrue(r.allows("/drafts/public/1"), "the longest match wins");
        assertFalse(r.allows("/files/report.pdf"));
        assertTrue(r.allows("/files/report.pdf?download=1"), "$ anchors the end");
        assertEquals(Duration.ofSeconds(5), r.crawlDelay());
        assertTrue(r.allows("/robots.txt"));
    }

    @Test
    void otherCrawlersFallBackToTheStarGroup() {
        RobotsRules r = RobotsRules.parse(ROBOTS, "SomeBot");
        assertFalse(r.allows("/private/x"));
        assertTrue(r.allows("/private/press/release"));
        assertTrue(r.allows("/drafts/1"));
        assertEquals(Duration.ofSeconds(2), r.crawlDelay());
    }

    @Test
    void anEmptyDisallowAllowsAllAndGarbageIsIgnored() {
        RobotsRules r = RobotsRules.parse("User-agent: *\nDisallow:\nthis is not a rule\n<html>", "Vigie");
        assertTrue(r.allows("/anything"));
        assertNull(r.crawlDelay());
    }

    @Test
    void aTieBetweenAllowAndDisallowAllows() {
        RobotsRules r = RobotsRules.parse("User-agent: *\nDisallow: /a\nAllow: /a\n", "Vigie");
        assertTrue(r.allows("/a/b"));
    }

    @Test
    void wildcardsMatchAnywhere() {
        assertTrue(RobotsRules.matches("/*/print", "/news/print/1"));
        assertFalse(RobotsRules.matches("/*/print$", "/news/print/1"));
        assertTrue(RobotsRules.matches("/*?sessionid=", "/a?sessionid=3"));
        assertFalse(RobotsRules.matches("/a*b$", "/a"));
    }
}
