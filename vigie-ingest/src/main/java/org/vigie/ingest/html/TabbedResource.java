package org.vigie.ingest.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The two-column word lists of this package ({@code key<TAB>value} lines, {@code #} comments, UTF-8), read from the
 * jar once by the class that uses them. A missing file or a line without exactly two columns is a packaging error.
 */
final class TabbedResource {
    private TabbedResource() {
    }

    /** The rows of {@code org/vigie/ingest/html/<name>}, each as its stripped key and value, in file order. */
    static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = TabbedResource.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource org/vigie/ingest/html/" + name + " is missing from the jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) {
                    throw new IllegalStateException(name + ": not two columns separated by one tab: " + line);
                }
                out.add(new String[]{line.substring(0, tab).strip(), line.substring(tab + 1).strip()});
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return out;
    }
}
