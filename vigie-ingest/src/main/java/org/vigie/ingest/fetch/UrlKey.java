package org.vigie.ingest.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The form of a URL under which the monitor remembers it, so that the same article reached through
 * {@code HTTP://Example.com:80/a?utm_source=x#top} and {@code http://example.com/a} is fetched once: scheme and
 * host lower-cased, default port, fragment and tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid})
 * dropped, an empty path written as {@code /}. Other query parameters are kept in order, since they often name
 * the article.
 */
public final class UrlKey {
    private UrlKey() {
    }

    /** The key of an absolute http(s) URL, or empty for anything else. */
    public static Optional<String> of(String url) {
        if (url == null) return Optional.empty();
        try {
            return of(new URI(url.strip()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public static Optional<String> of(URI uri) {
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) return Optional.empty();
        String host = uri.getHost();
        if (host == null || host.isEmpty()) return Optional.empty();
        StringBuilder sb = new StringBuilder(scheme).append("://").append(host.toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        if (port != -1 && !(scheme.equals("http") && port == 80) && !(scheme.equals("https") && port == 443)) sb.append(':').append(port);
        String path = uri.getRawPath();
        sb.append(path == null || path.isEmpty() ? "/" : path);
        String query = uri.getRawQuery();
        if (query != null) {
            List<String> kept = new ArrayList<>();
            for (String param : query.split("&")) {
                String name = param.contains("=") ? param.substring(0, param.indexOf('=')) : param;
                String n = name.toLowerCase(Locale.ROOT);
                if (param.isEmpty() || n.startsWith("utm_") || n.equals("fbclid") || n.equals("gclid")) continue;
                kept.add(param);
            }
            if (!kept.isEmpty()) sb.append('?').append(String.join("&", kept));
        }
        return Optional.of(sb.toString());
    }
}
