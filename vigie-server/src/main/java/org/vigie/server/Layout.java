package org.vigie.server;

/** The shell every HTML page shares: head, navigation and the page's own content. */
final class Layout {
    private final ServerOptions options;

    Layout(ServerOptions options) {
        this.options = options;
    }

    String page(String title, String current, Html content) {
        Html h = new Html();
        h.doctype().open("html", "lang", "en").open("head")
                .empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", title + " · " + options.siteName())
                .empty("link", "rel", "stylesheet", "href", VigieServer.CSS_PATH)
                .empty("link", "rel", "stylesheet", "href", StaticAssets.UI_CSS)
                .empty("link", "rel", "icon", "href", StaticAssets.FAVICON, "type", "image/svg+xml")
                .close("head");
        h.open("body").open("header", "class", "site");
        h.element("a", options.siteName(), "class", "brand", "href", "/");
        h.open("nav");
        navLink(h, "/", "Today", "today".equals(current));
        navLink(h, "/stories", "Stories", "stories".equals(current));
        navLink(h, "/documents", "Documents", "documents".equals(current));
        navLink(h, "/entities", "Entities", "entities".equals(current));
        navLink(h, "/discovered", "Discovered", "discovered".equals(current));
        navLink(h, "/sources", "Sources", "sources".equals(current));
        navLink(h, "/watchlists", "Watchlists", "watchlists".equals(current));
        navLink(h, "/alerts", "Alerts", "alerts".equals(current));
        navLink(h, "/search", "Search", "search".equals(current));
        navLink(h, "/map", "Map", "map".equals(current));
        navLink(h, "/ingest", "Ingest", "ingest".equals(current));
        navLink(h, "/api/stats", "API", false);
        h.close("nav");
        if (!"search".equals(current)) {
            h.open("form", "class", "site-search", "action", "/search", "method", "get", "role", "search")
                    .empty("input", "type", "search", "name", "q", "aria-label", "Search the documents", "placeholder", "Search")
                    .close("form");
        }
        h.close("header");
        h.open("main").append(content).close("main");
        h.close("body").close("html");
        return h.toString();
    }

    private static void navLink(Html h, String href, String label, boolean current) {
        h.element("a", label, "href", href, "aria-current", current ? "page" : null);
    }
}
