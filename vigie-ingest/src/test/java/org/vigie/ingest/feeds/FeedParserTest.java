package org.vigie.ingest.feeds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class FeedParserTest {
    static final URI BASE = URI.create("http://news.example/feeds/world.xml");

    static Feed parse(String xml) throws FeedException {
        return FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), BASE);
    }

    static List<String> urls(Feed f) {
        return f.items().stream().map(i -> i.url().toString()).toList();
    }

    @Test
    void rss2ItemsKeepTheirLinkTitleAndDate() throws Exception {
        Feed f = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>World news</title><link>http://news.example/</link>
                <item><title>Talks resume &amp; stall</title><link>http://news.example/a/1</link>
                  <guid isPermaLink="false">id-1</guid><pubDate>Tue, 03 Jun 2025 11:05:30 GMT</pubDate>
                  <description><![CDATA[<p>The <b>talks</b> resumed.</p>]]></description></item>
                <item><title>Relative link</title><link>/a/2</link><pubDate>3 Jun 2025 12:00 +0200</pubDate></item>
                </channel></rss>""");
        assertEquals(FeedFormat.RSS, f.format());
        assertEquals("World news", f.title());
        assertEquals(List.of("http://news.example/a/1", "http://news.example/a/2"), urls(f));
        FeedItem first = f.items().get(0);
        assertEquals("Talks resume & stall", first.title());
        assertEquals("id-1", first.guid());
        assertEquals(Instant.parse("2025-06-03T11:05:30Z"), first.published());
        assertEquals("The talks resumed.", first.summary());
        assertEquals(Instant.parse("2025-06-03T10:00:00Z"), f.items().get(1).published());
    }

    @Test
    void rss091WithoutLinkUsesAPermalinkGuidAndSkipsTheRest() throws Exception {
        Feed f = parse("""
                <rss version="0.91"><channel><title>Old</title>
                <item><title>Only a guid</title><guid>http://news.example/g/1</guid></item>
                <item><title>Opaque guid</title><guid isPermaLink="false">abc</guid></item>
                <item><title>Script link</title><link>javascript:alert(1)</link></item>
                </channel></rss>""");
        assertEquals(List.of("http://news.example/g/1"), urls(f));
        assertEquals(2, f.skipped());
    }

    @Test
    void rdfItemsAreReadWithDublinCoreDates() throws Exception {
        Feed f = parse("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="http://news.example/"><title>RDF site</title></channel>
                  <item rdf:about="http://news.example/r/1"><title>One</title><dc:date>2025-06-03T08:00:00+01:00</dc:date></item>
                  <item rdf:about="http://news.example/r/2"><title>Two</title><link>http://news.example/r/2b</link></item>
                </rdf:RDF>""");
        assertEquals(FeedFormat.RDF, f.format());
        assertEquals("RDF site", f.title());
        assertEquals(List.of("http://news.example/r/1", "http://news.example/r/2b"), urls(f));
        assertEquals(Instant.parse("2025-06-03T07:00:00Z"), f.items().get(0).published());
    }

    @Test
    void atomEntriesUseTheAlternateLink() throws Exception {
        Feed f = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom wire</title>
                  <entry><title type="html">Ceasefire &lt;em&gt;holds&lt;/em&gt;</title>
                    <link rel="self" href="http://news.example/self/1"/>
                    <link rel="alternate" type="text/html" href="http://news.example/e/1"/>
                    <id>urn:uuid:1</id><updated>2025-06-03T09:30Z</updated><published>2025-06-03T09:00:00Z</published>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body</p></div></content></entry>
                  <entry><title>No link</title><id>urn:uuid:2</id></entry>
                </feed>""");
        assertEquals(FeedFormat.ATOM, f.format());
        assertEquals(List.of("http://news.example/e/1"), urls(f));
        assertEquals("Ceasefire holds", f.items().get(0).title());
        assertEquals("urn:uuid:1", f.items().get(0).guid());
        assertEquals(Instant.parse("2025-06-03T09:00:00Z"), f.items().get(0).published());
        assertEquals(1, f.skipped());
    }

    @Test
    void newsSitemapsAndSitemapIndexesAreRead() throws Exception {
        Feed f = parse("""
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>http://news.example/s/1</loc>
                    <news:news><news:publication><news:name>Example</news:name><news:language>en</news:language></news:publication>
                      <news:publication_date>2025-06-03</news:publication_date><news:title>Sitemap story</news:title></news:news></url>
                  <url><loc>http://news.example/s/2</loc><lastmod>2025-06-02T10:00:00Z</lastmod></url>
                </urlset>""");
        assertEquals(FeedFormat.SITEMAP, f.format());
        assertEquals(List.of("http://news.example/s/1", "http://news.example/s/2"), urls(f));
        assertEquals("Sitemap story", f.items().get(0).title());
        assertEquals(Instant.parse("2025-06-03T00:00:00Z"), f.items().get(0).published());
        assertEquals(Instant.parse("2025-06-02T10:00:00Z"), f.items().get(1).published());

        Feed index = parse("""
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>/sitemaps/news.xml</loc></sitemap><sitemap><loc>file:///etc/passwd</loc></sitemap>
                </sitemapindex>""");
        assertEquals(FeedFormat.SITEMAP_INDEX, index.format());
        assertEquals(List.of(URI.create("http://news.example/sitemaps/news.xml")), index.sitemaps());
        assertEquals(1, index.skipped());
    }

    @Test
    void plainListsKeepOnlyHttpUrls() throws Exception {
        Feed f = parse("# today\nhttp://news.example/l/1\n\n  https://other.example/l/2  first seen today\nftp://x.example/f\nnot a url\n");
        assertEquals(FeedFormat.URL_LIST, f.format());
        assertEquals(List.of("http://news.example/l/1", "https://other.example/l/2"), urls(f));
        assertEquals(2, f.skipped());
    }

    @Test
    void anHtmlPageIsNotAFeed() {
        FeedException e = assertThrows(FeedException.class, () -> parse("<html><body>Moved</body></html>"));
        assertTrue(e.getMessage().contains("<html>"), e.getMessage());
    }

    @Test
    void externalEntitiesAreNeitherReadNorExpanded(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss version="2.0"><channel><title>&xxe;</title>
                <item><title>&xxe;</title><link>http://news.example/x</link></item></channel></rss>""".formatted(secret.toUri());
        try {
            Feed f = parse(hostile);
            assertFalse(f.toString().contains("TOP-SECRET"), "the entity was expanded: " + f);
            fail("a feed with a DOCTYPE declaring entities must be refused, got " + f);
        } catch (FeedException e) {
            assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
        }
    }

    @Test
    void entityExpansionBombsAreRefused() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <rss><channel><item><title>&lol3;</title><link>http://news.example/b</link></item></channel></rss>""";
        assertThrows(FeedException.class, () -> parse(bomb));
    }

    @Test
    void aDoctypeWithoutEntitiesIsStillRefused() {
        String rss091 = """
                <?xml version="1.0"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://127.0.0.1:1/rss-0.91.dtd">
                <rss version="0.91"><channel><item><link>http://news.example/d</link></item></channel></rss>""";
        FeedException e = assertThrows(FeedException.class, () -> parse(rss091));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void malformedXmlIsAClearError() {
        FeedException e = assertThrows(FeedException.class, () -> parse("<rss><channel><item><link>http://a.example/</item>"));
        assertTrue(e.getMessage().startsWith("malformed"), e.getMessage());
    }

    @Test
    void datesInOddButCommonFormsAreRead() {
        assertEquals(Instant.parse("2025-06-03T16:00:00Z"), FeedDates.parse("Tue, 3 Jun 2025 12:00:00 EDT"));
        assertEquals(Instant.parse("2025-06-03T12:00:00Z"), FeedDates.parse("03 June 2025 12:00 UT"));
        assertEquals(Instant.parse("2025-06-03T12:00:00Z"), FeedDates.parse("2025-06-03T14:00:00+02:00"));
        assertNull(FeedDates.parse("yesterday"));
        assertNull(FeedDates.parse("Tue, 31 Feb 2025 12:00:00 GMT"));
    }
}
