package org.vigie.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A watchlist's alerts as an Atom feed (RFC 4287), newest first, for feed readers. Every text and attribute is
 * XML-escaped and characters XML cannot carry are dropped, so a hostile document title cannot break the feed.
 * Each entry links to the evidence document in Vigie and, when it is http(s), to the original article.
 */
public final class AlertFeed {
    private AlertFeed() {
    }

    public static String atom(Watchlist wl, List<Alert> alerts, String baseUrl, Instant now) {
        String self = baseUrl + "/watchlists/" + MonitorJson.encode(wl.id()) + "/alerts.atom";
        Instant updated = alerts.isEmpty() ? now : alerts.get(0).at();
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        element(x, "  ", "id", "urn:vigie:watchlist:" + wl.id());
        element(x, "  ", "title", "Vigie alerts · " + wl.name());
        element(x, "  ", "updated", updated.toString());
        link(x, "  ", "self", self, "application/atom+xml");
        link(x, "  ", "alternate", baseUrl + "/watchlists/" + MonitorJson.encode(wl.id()), "text/html");
        x.append("  <author><name>Vigie</name></author>\n");
        element(x, "  ", "generator", "Vigie");
        for (Alert a : alerts) {
            x.append("  <entry>\n");
            element(x, "    ", "id", "urn:vigie:alert:" + a.id());
            element(x, "    ", "title", a.title());
            element(x, "    ", "updated", a.at().toString());
            x.append("    <category term=\"").append(escape(a.kind())).append("\"/>\n");
            StringBuilder summary = new StringBuilder();
            for (Evidence e : a.evidence()) {
                if (e.documentId() == null) continue;
                link(x, "    ", a.evidence().indexOf(e) == 0 ? "alternate" : "related",
                        baseUrl + "/documents/" + MonitorJson.encode(e.documentId()), "text/html");
                if (httpUrl(e.url())) link(x, "    ", "via", e.url(), null);
                if (e.text() != null) summary.append(summary.length() == 0 ? "" : "\n").append(e.text());
            }
            if (summary.length() > 0) element(x, "    ", "summary", summary.toString());
            x.append("  </entry>\n");
        }
        x.append("</feed>\n");
        return x.toString();
    }

    private static boolean httpUrl(String url) {
        if (url == null) return false;
        String l = url.toLowerCase(Locale.ROOT);
        return (l.startsWith("http://") || l.startsWith("https://")) && url.chars().noneMatch(Character::isWhitespace);
    }

    private static void element(StringBuilder x, String indent, String name, String text) {
        x.append(indent).append('<').append(name).append('>').append(escape(text)).append("</").append(name).append(">\n");
    }

    private static void link(StringBuilder x, String indent, String rel, String href, String type) {
        x.append(indent).append("<link rel=\"").append(rel).append("\" href=\"").append(escape(href)).append('"');
        if (type != null) x.append(" type=\"").append(type).append('"');
        x.append("/>\n");
    }

    /** Escapes markup and drops characters XML 1.0 forbids (C0 controls but tab and newlines, lone surrogates, U+FFFE/F). */
    static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
                continue;
            }
            if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) continue;
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
