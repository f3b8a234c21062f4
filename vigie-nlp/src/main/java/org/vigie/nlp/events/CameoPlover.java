package org.vigie.nlp.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO-to-PLOVER table ({@code CAMEO2PLOVER-2021.txt}, PLOVER manual draft 0.8): lines
 * {@code "0841: RETREAT, release,   legal # comment"}. A code missing from the table falls back to its longest listed
 * prefix; the CAMEO statement and appeal categories (01, 02) have no PLOVER type and map to nothing. Used by the
 * event evaluation (gold codes) and by {@link PetrarchVerbImport} (the codes of the PETRARCH verb dictionary).
 */
public final class CameoPlover {
    public record Mapping(String type, String mode) {
    }

    private final Map<String, Mapping> table = new HashMap<>();

    private CameoPlover() {
    }

    public static CameoPlover read(Path file) throws IOException {
        return of(Files.readAllLines(file, StandardCharsets.UTF_8).toArray(String[]::new));
    }

    public static CameoPlover of(String... lines) {
        CameoPlover t = new CameoPlover();
        for (String line : lines) t.addLine(line);
        return t;
    }

    private void addLine(String line) {
        String l = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
        int colon = l.indexOf(':');
        if (colon <= 0) return;
        String code = l.substring(0, colon).strip();
        if (!code.matches("\\d{2,4}")) return;
        String[] fields = l.substring(colon + 1).split(",");
        String type = fields[0].strip();
        if (type.isEmpty()) return;
        String mode = fields.length > 1 && !fields[1].isBlank() ? fields[1].strip() : null;
        table.putIfAbsent(code, new Mapping(type, mode));
    }

    public Optional<Mapping> map(String cameo) {
        for (int n = cameo.length(); n >= 2; n--) {
            Mapping m = table.get(cameo.substring(0, n));
            if (m != null) return Optional.of(m);
        }
        return Optional.empty();
    }
}
