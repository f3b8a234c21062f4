package org.vigie.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The evaluators' own data files (team-written sentence sets), read from the classpath. */
public final class Resources {
    private Resources() {
    }

    /**
     * The lines of a UTF-8 resource next to {@code owner}'s class.
     *
     * @throws IllegalStateException when the resource is missing (a broken build, not bad input)
     */
    public static List<String> lines(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
