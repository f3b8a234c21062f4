package org.vigie.ingest.feeds;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a feed: RSS, RDF, Atom, sitemap or sitemap index when the bytes are XML (told apart by the root
 * element, whatever the server called them), else a plain list of URLs. Links are resolved against the feed's
 * URL; entries without an http(s) link are counted as skipped, never guessed. At most {@link #MAX_ITEMS} items
 * are read. The XML is parsed by {@link SecureXml}: a DOCTYPE with entities is refused.
 */
public final class FeedParser {
    public static final int MAX_ITEMS = 5_000;
    private static final int MAX_TEXT = 4_000;
    private static final Set<String> LEAVES = Set.of("title", "link", "guid", "id", "pubdate", "date", "published",
            "updated", "description", "summary", "loc", "lastmod", "publication_date", "issued", "modified");

    private FeedParser() {
    }

    /**
     * Parses {@code bytes} fetched from {@code base} (used to resolve relative links; may be null).
     *
     * @throws FeedException if the bytes are XML but not a feed, are malformed, or declare entities
     */
    public static Feed parse(byte[] bytes, URI base) throws FeedException {
        int start = skipBomAndSpace(bytes);
        if (start < bytes.length && bytes[start] == '<') return xml(bytes, base);
        if (start < bytes.length && isUtf16(bytes)) return xml(bytes, base);
        return UrlList.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    private static boolean isUtf16(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
    }

    private static int skipBomAndSpace(byte[] b) {
        int i = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) i++;
        return i;
    }

    private static Feed xml(byte[] bytes, URI base) throws FeedException {
        XMLStreamReader r = null;
        try {
            r = SecureXml.factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                if (r.getEventType() == XMLStreamConstants.DTD) {
                    throw new FeedException("the document has a DOCTYPE; feeds with DTDs are not read (they can define entities)");
                }
            }
            if (r.getEventType() != XMLStreamConstants.START_ELEMENT) throw new FeedException("no XML element found");
            String root = r.getLocalName().toLowerCase(Locale.ROOT);
            FeedFormat format = switch (root) {
                case "rss" -> FeedFormat.RSS;
                case "rdf" -> FeedFormat.RDF;
                case "feed" -> FeedFormat.ATOM;
                case "urlset" -> FeedFormat.SITEMAP;
                case "sitemapindex" -> FeedFormat.SITEMAP_INDEX;
                default -> throw new FeedException("not a feed: the root element is <" + r.getLocalName() + ">");
            };
            return new Walk(format, base).run(r);
        } catch (XMLStreamException e) {
            throw new FeedException("malformed or refused XML: " + message(e), e);
        } catch (RuntimeException e) {
            // StAX implementations report some malformations as unchecked exceptions
            throw new FeedException("malformed XML: " + e, e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing held but the byte array
                }
            }
        }
    }

    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.replace('\n', ' ');
    }

    /** One pass over the elements, collecting the leaves of each item and the feed's title. */
    private static final class Walk {
        private final FeedFormat format;
        private final URI base;
        private final List<FeedItem> items = new ArrayList<>();
        private final List<URI> sitemaps = new ArrayList<>();
        private int skipped;
        private String title;

        Walk(FeedFormat format, URI base) {
            this.format = format;
            this.base = base;
        }

        Feed run(XMLStreamReader r) throws XMLStreamException, FeedException {
            int depth = 1;
            Fields current = null;
            int itemDepth = -1;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) throw new FeedException("a DOCTYPE inside the document is not read");
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new FeedException("the feed uses the undeclared entity &" + r.getLocalName() + ";");
                }
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (current != null && depth == itemDepth) {
                        finish(current);
                        current = null;
                        if (items.size() + sitemaps.size() >= MAX_ITEMS) break;
                    }
                    depth--;
                    continue;
                }
                if (ev != XMLStreamConstants.START_ELEMENT) continue;
                depth++;
                String name = r.getLocalName().toLowerCase(Locale.ROOT);
                if (current == null) {
                    if (isItem(name)) {
                        current = new Fields();
                        itemDepth = depth;
                        current.about = r.getAttributeValue("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "about");
                    } else if (name.equals("title") && title == null && depth <= 3) {
                        title = text(r);
                        depth--;
                    }
                    continue;
                }
                if (name.equals("link") && format == FeedFormat.ATOM) {
                    String rel = r.getAttributeValue(null, "rel");
                    String href = r.getAttributeValue(null, "href");
                    if (href != null && (rel == null || rel.equals("alternate")) && current.link == null) current.link = href;
                }
                if (name.equals("guid")) current.guidIsLink = !"false".equalsIgnoreCase(r.getAttributeValue(null, "isPermaLink"));
                if (LEAVES.contains(name)) {
                    String value = text(r);
                    depth--;
                    current.put(name, value);
                }
            }
            return new Feed(format, title, items, sitemaps, skipped);
        }

        private boolean isItem(String name) {
            return switch (format) {
                case RSS, RDF -> name.equals("item");
                case ATOM -> name.equals("entry");
                case SITEMAP -> name.equals("url");
                case SITEMAP_INDEX -> name.equals("sitemap");
                case URL_LIST -> false;
            };
        }

        private void finish(Fields f) {
            String link = switch (format) {
                case RSS -> f.link != null ? f.link : (f.guidIsLink ? f.guid : null);
                case RDF -> f.link != null ? f.link : f.about;
                case ATOM -> f.link;
                case SITEMAP, SITEMAP_INDEX -> f.loc;
                case URL_LIST -> null;
            };
            URI url = UrlList.absolute(link, base);
            if (url == null) {
                skipped++;
                return;
            }
            if (format == FeedFormat.SITEMAP_INDEX) {
                sitemaps.add(url);
                return;
            }
            Instant published = FeedDates.parse(first(f.newsDate, f.published, f.date, f.pubDate, f.issued, f.updated, f.lastmod, f.modified));
            items.add(new FeedItem(url, f.guid != null ? f.guid : f.id, clean(f.title), published, clean(f.summary)));
        }

        private static String first(String... values) {
            for (String v : values) if (v != null && !v.isBlank()) return v;
            return null;
        }
    }

    /** The leaves of one item, first occurrence of each kept. */
    private static final class Fields {
        String about, link, guid, id, title, pubDate, date, published, updated, summary, loc, lastmod, newsDate, issued, modified;
        boolean guidIsLink = true;

        void put(String name, String value) {
            if (value == null) return;
            switch (name) {
                case "link" -> { if (link == null && !value.isBlank()) link = value.strip(); }
                case "guid" -> { if (guid == null) guid = value.strip(); }
                case "id" -> { if (id == null) id = value.strip(); }
                case "title" -> { if (title == null) title = value; }
                case "pubdate" -> { if (pubDate == null) pubDate = value; }
                case "date" -> { if (date == null) date = value; }
                case "published" -> { if (published == null) published = value; }
                case "updated" -> { if (updated == null) updated = value; }
                case "description", "summary" -> { if (summary == null) summary = value; }
                case "loc" -> { if (loc == null) loc = value.strip(); }
                case "lastmod" -> { if (lastmod == null) lastmod = value; }
                case "publication_date" -> { if (newsDate == null) newsDate = value; }
                case "issued" -> { if (issued == null) issued = value; }
                case "modified" -> { if (modified == null) modified = value; }
                default -> { }
            }
        }
    }

    /** The text of the current element and its descendants, ending on its end tag; capped at {@link #MAX_TEXT}. */
    private static String text(XMLStreamReader r) throws XMLStreamException, FeedException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (sb.length() < MAX_TEXT) sb.append(r.getText(), 0, Math.min(r.getTextLength(), MAX_TEXT - sb.length()));
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new FeedException("the feed uses the undeclared entity &" + r.getLocalName() + ";");
                default -> { }
            }
        }
        return sb.toString();
    }

    /** Titles and summaries may hold escaped HTML: tags dropped, entities of the common kind decoded, space collapsed. */
    static String clean(String s) {
        if (s == null) return null;
        String t = s.replaceAll("<[^>]{0,500}>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

}
