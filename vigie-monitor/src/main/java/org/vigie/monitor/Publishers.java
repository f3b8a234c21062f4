package org.vigie.monitor;

import org.vigie.core.Document;

import java.net.URI;
import java.util.Locale;

/**
 * Who published a document, for counting a story's independent sources: the host of its URL without
 * {@code www.} (with the port when it is not the default, so local test servers count apart), else the site
 * name the page declares, else the monitor source it came from. The host comes first because a page's
 * declared site name is the publisher's own claim, and one aggregator naming many sites must not look like many.
 */
final class Publishers {
    private Publishers() {
    }

    static String of(Document doc, String url, String sourceId) {
        String u = url != null ? url : doc.metadata().url() != null ? doc.metadata().url() : doc.input().url();
        if (u != null) {
            try {
                URI uri = new URI(u);
                if (uri.getHost() != null) {
                    String host = uri.getHost().toLowerCase(Locale.ROOT);
                    if (host.startsWith("www.")) host = host.substring(4);
                    int port = uri.getPort();
                    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                    boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
                    return defaultPort ? host : host + ":" + port;
                }
            } catch (java.net.URISyntaxException e) {
                // fall through to the declared site name
            }
        }
        String site = doc.metadata().siteName();
        if (site != null && !site.isBlank()) return "site:" + site.strip().toLowerCase(Locale.ROOT);
        if (sourceId != null) return "source:" + sourceId;
        return "document:" + doc.id();
    }
}
