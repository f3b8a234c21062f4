package org.vigie.ingest.html;

import java.net.URI;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Publication times written in UTC, moved to the local time of the site's country ({@code site-zones.tsv}),
 * since a page is dated by its readers' day: "2022-05-04T00:25:56Z" on a site under {@code .ar} was
 * published on 3 May.
 */
final class SiteZones {
    private static final Map<String, ZoneId> ZONES = new HashMap<>();

    static {
        for (String[] row : TabbedResource.rows("site-zones.tsv")) ZONES.put(row[0], ZoneId.of(row[1]));
    }

    private SiteZones() {
    }

    /**
     * The same instant in the site's zone when {@code published} is a UTC datetime and the URL's host is
     * under a listed country domain; otherwise {@code published} unchanged.
     */
    static String local(String published, String url) {
        if (published == null || url == null || !published.endsWith("Z")) return published;
        Optional<ZoneId> zone = zone(url);
        if (zone.isEmpty()) return published;
        try {
            OffsetDateTime utc = OffsetDateTime.parse(published);
            if (!utc.getOffset().equals(ZoneOffset.UTC)) return published;
            return utc.atZoneSameInstant(zone.get()).toOffsetDateTime().toString();
        } catch (DateTimeException e) {
            return published;
        }
    }

    private static Optional<ZoneId> zone(String url) {
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null) return Optional.empty();
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        int dot = h.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(ZONES.get(h.substring(dot + 1)));
    }
}
