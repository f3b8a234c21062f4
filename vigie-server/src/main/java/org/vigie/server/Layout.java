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
                .close("head");
        h.open("body").open("header", "class", "site");
        h.element("a", options.siteName(), "class", "brand", "href", "/");
        h.open("nav");
        navLink(h, "/", "Documents", "documents".equals(current));
        navLink(h, "/entities", "Entities", "entities".equals(current));
        navLink(h, "/stories", "Stories", "stories".equals(current));
        navLink(h, "/api/stats", "API", false);
        h.close("nav").close("header");
        h.open("main").append(content).close("main");
        h.close("body").close("html");
        return h.toString();
    }

    private static void navLink(Html h, String href, String label, boolean current) {
        h.element("a", label, "href", href, "aria-current", current ? "page" : null);
    }
}
