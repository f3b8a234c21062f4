package org.vigie.monitor;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class AlertFeedTest {
    static org.w3c.dom.Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void hostileTextStaysTextInTheFeed() throws Exception {
        Watchlist wl = new Watchlist("w1", "Threats <b> &amp;", new Rule.AnyDocument(), Filters.NONE, null, true);
        String hostile = "</title><script>alert(1)</script> & \u0001bell \uD800lone ]]> \"q\" 'a'";
        Alert a = new Alert("a1", wl.id(), wl.name(), "document", hostile, Instant.parse("2025-06-03T10:00:00Z"), "story-1",
                List.of(new Evidence("doc/1?x", hostile, "javascript:alert(1)", hostile, 3, 9),
                        new Evidence("doc2", null, "https://news.example/a", null, -1, -1)), "none");
        String xml = AlertFeed.atom(wl, List.of(a), "http://127.0.0.1:7310", Instant.parse("2025-06-03T11:00:00Z"));
        org.w3c.dom.Document d = parse(xml);
        Element feed = d.getDocumentElement();
        assertEquals("feed", feed.getLocalName());
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(1, entries.getLength());
        Element entry = (Element) entries.item(0);
        String title = entry.getElementsByTagNameNS("*", "title").item(0).getTextContent();
        assertEquals("</title><script>alert(1)</script> & bell lone ]]> \"q\" 'a'", title);
        assertEquals(0, d.getElementsByTagName("script").getLength());
        NodeList links = entry.getElementsByTagNameNS("*", "link");
        List<String> hrefs = new java.util.ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) hrefs.add(((Element) links.item(i)).getAttribute("href"));
        assertEquals(List.of("http://127.0.0.1:7310/documents/doc%2F1%3Fx", "http://127.0.0.1:7310/documents/doc2", "https://news.example/a"), hrefs,
                "a javascript: URL is never linked");
        assertEquals("2025-06-03T10:00:00Z", feed.getElementsByTagNameNS("*", "updated").item(0).getTextContent());
    }

    @Test
    void anEmptyFeedIsStillValidAtom() throws Exception {
        Watchlist wl = new Watchlist("quiet", null, new Rule.AnyDocument(), Filters.NONE, null, true);
        org.w3c.dom.Document d = parse(AlertFeed.atom(wl, List.of(), "http://h", Instant.parse("2025-06-03T11:00:00Z")));
        assertEquals(0, d.getElementsByTagNameNS("*", "entry").getLength());
        assertEquals("urn:vigie:watchlist:quiet", d.getElementsByTagNameNS("*", "id").item(0).getTextContent());
    }
}
