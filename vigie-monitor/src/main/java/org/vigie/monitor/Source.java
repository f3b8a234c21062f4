package org.vigie.monitor;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A source the monitor follows: a short {@code id} (letters, digits, {@code . _ -}), its kind, where it is (an
 * http(s) URL, or a folder path for {@link SourceKind#FOLDER}), a display name, and how often to poll it.
 */
public record Source(String id, SourceKind kind, String location, String name, Duration interval, boolean enabled) {
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Source {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(interval, "interval");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a source id is 1 to 64 letters, digits, '.', '_' or '-' starting with a letter or digit, not '" + id + "'");
        }
        if (location == null || location.isBlank()) throw new IllegalArgumentException("source " + id + " has no url or path");
        location = location.strip();
        if (kind.remote()) uri(id, location);
        if (interval.compareTo(MIN_INTERVAL) < 0) throw new IllegalArgumentException("source " + id + ": the interval must be at least 1 second");
        name = name == null || name.isBlank() ? id : name.strip();
    }

    public URI uri() {
        return uri(id, location);
    }

    public Path folder() {
        if (kind != SourceKind.FOLDER) throw new IllegalStateException("source " + id + " is not a folder");
        return Path.of(location);
    }

    private static URI uri(String id, String location) {
        try {
            URI u = new URI(location);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("source " + id + ": only http and https URLs are followed, not '" + location + "'");
            }
            if (u.getHost() == null) throw new IllegalArgumentException("source " + id + ": the URL has no host: '" + location + "'");
            return u;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("source " + id + ": invalid URL '" + location + "': " + e.getReason());
        }
    }
}
