package org.vigie.monitor;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/** A saved query over the analysis: a rule, filters, and optionally a webhook its alerts are posted to. */
public record Watchlist(String id, String name, Rule rule, Filters filters, URI webhook, boolean enabled) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Watchlist {
        Objects.requireNonNull(rule, "rule");
        filters = filters == null ? Filters.NONE : filters;
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a watchlist id is 1 to 64 letters, digits, '.', '_' or '-' starting with a letter or digit, not '" + id + "'");
        }
        name = name == null || name.isBlank() ? id : name.strip();
    }
}
