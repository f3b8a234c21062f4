package org.vigie.server;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The site's URLs, with ids percent-encoded so any id stays inside its path segment or query value. */
final class Links {
    private Links() {
    }

    static String document(String id) {
        return "/documents/" + encode(id);
    }

    static String documentJson(String id) {
        return "/api/documents/" + encode(id);
    }

    static String entity(String id) {
        return "/entities/" + encode(id);
    }

    static String entities(String typeOrNull, int page) {
        StringBuilder sb = new StringBuilder("/entities");
        char sep = '?';
        if (typeOrNull != null) {
            sb.append(sep).append("type=").append(encode(typeOrNull));
            sep = '&';
        }
        if (page > 1) sb.append(sep).append("page=").append(page);
        return sb.toString();
    }

    static String documents(int page) {
        return page > 1 ? "/documents?page=" + page : "/documents";
    }

    /** A Wikidata page for a QID, or null for engine ids. */
    static String wikidata(String id) {
        return id.matches("Q[0-9]+") ? "https://www.wikidata.org/wiki/" + id : null;
    }

    /** The document's own URL when it is http(s), so that nothing else (javascript:, data:) becomes a link. */
    static String external(String url) {
        if (url == null) return null;
        String lower = url.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && url.chars().noneMatch(Character::isWhitespace)
                ? url : null;
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters and ':' (common in entity ids). */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == ':') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }
}
