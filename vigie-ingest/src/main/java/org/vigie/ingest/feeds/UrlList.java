package org.vigie.ingest.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain list of absolute article URLs: one a line, anything after the URL ignored; blank lines and lines starting with {@code #} too. */
final class UrlList {
    private UrlList() {
    }

    static Feed parse(String text) {
        List<FeedItem> items = new ArrayList<>();
        int skipped = 0;
        for (String line : text.split("\r\n|\r|\n")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            int space = indexOfSpace(s);
            // Only absolute URLs: a relative-looking line in a text file is more likely prose than a link.
            URI url = absolute(space < 0 ? s : s.substring(0, space), null);
            if (url == null) {
                skipped++;
                continue;
            }
            items.add(new FeedItem(url, null, null, null, null));
            if (items.size() >= FeedParser.MAX_ITEMS) break;
        }
        return new Feed(FeedFormat.URL_LIST, null, items, List.of(), skipped);
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
        return -1;
    }

    /** {@code link} resolved against {@code base}, or null unless that gives an absolute http(s) URL with a host. */
    static URI absolute(String link, URI base) {
        if (link == null || link.isBlank()) return null;
        try {
            URI u = new URI(link.strip());
            if (!u.isAbsolute()) {
                if (base == null) return null;
                u = base.resolve(u);
            }
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) return null;
            if (u.getHost() == null || u.getHost().isEmpty()) return null;
            return u;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
