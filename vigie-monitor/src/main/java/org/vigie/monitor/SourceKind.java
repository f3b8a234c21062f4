package org.vigie.monitor;

import java.util.Locale;

/**
 * What a source is. The three remote kinds are fetched and parsed alike (the parser tells RSS, Atom, sitemaps
 * and URL lists apart by their content); the kind records what the user meant and names the source in the UI.
 */
public enum SourceKind {
    FEED, SITEMAP, URLS, FOLDER;

    public boolean remote() {
        return this != FOLDER;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceKind parse(String s) {
        if (s == null) throw new IllegalArgumentException("a source needs a type: feed, sitemap, urls or folder");
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "feed", "rss", "atom" -> FEED;
            case "sitemap", "news-sitemap" -> SITEMAP;
            case "urls", "url-list", "list" -> URLS;
            case "folder", "directory", "watch" -> FOLDER;
            default -> throw new IllegalArgumentException("unknown source type '" + s + "': use feed, sitemap, urls or folder");
        };
    }
}
