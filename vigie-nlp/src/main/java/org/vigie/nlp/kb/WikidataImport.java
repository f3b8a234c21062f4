package org.vigie.nlp.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.vigie.core.model.EntityType;
import org.vigie.nlp.lang.LanguagePack;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.*;
import java.util.zip.GZIPInputStream;

/**
 * Filters a Wikidata JSON dump (a JSON array with one entity per line, plain, gzip or bzip2) into a knowledge-base
 * extension, one line at a time: items whose P31 (instance of) is a class listed in {@code multi/kb/wikidata-types.tsv}
 * and of a wanted type, with their labels and aliases in en, fr, es, it, de and ru, country (P27 for people, P17
 * otherwise), coordinates (P625) and positions held (P39, with P580 start and P582 end) as roles: the position's QID,
 * and after it the office it stands for ({@code foreign-minister@Q142}, see {@link PositionOffices}) when the position
 * item of the dump says so. The ids are the items' QIDs, recorded as {@code well-known}: they come from Wikidata itself.
 */
public final class WikidataImport {
    /**
     * What an import did: lines read, items seen, entries written, unreadable lines, the first such error, and how
     * many position items of the dump stand for an office of the knowledge base.
     */
    public record Stats(long lines, long items, long written, long badLines, Optional<String> firstError, int offices) {
    }

    private record Kind(EntityType type, String kind) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Kind> CLASSES = classes();
    /** How a kept class appears in a line of the dump; a line holding none of them is skipped without parsing it. */
    private static final List<String> CLASS_NEEDLES = CLASSES.keySet().stream().map(q -> "\"" + q + "\"").sorted().toList();

    private WikidataImport() {
    }

    private static Map<String, Kind> classes() {
        Map<String, Kind> m = new HashMap<>();
        for (Map<String, String> r : LanguagePack.of("multi").table("kb/wikidata-types.tsv")) {
            m.put(r.get("qid").strip(), new Kind(EntityType.valueOf(r.get("type").strip()), r.get("kind").strip()));
        }
        if (m.isEmpty()) throw new org.vigie.core.ConfigException("missing resource org/vigie/nlp/lang/multi/kb/wikidata-types.tsv");
        return Map.copyOf(m);
    }

    /**
     * Imports a dump file in two passes: the position items first ({@link PositionOffices#scan}), whose offices the
     * positions held then get wherever the position item stands in the dump.
     */
    public static Stats run(Path dump, Set<EntityType> types, KbExtension.Writer out) throws IOException {
        PositionOffices positions;
        try (InputStream in = open(dump)) {
            positions = PositionOffices.scan(in);
        }
        try (InputStream in = open(dump)) {
            return run(in, types, positions, out);
        }
    }

    /** Imports a dump read once: positions held are kept as position QIDs, without the offices they stand for. */
    public static Stats run(InputStream dump, Set<EntityType> types, KbExtension.Writer out) throws IOException {
        return run(dump, types, PositionOffices.none(), out);
    }

    /** Opens a dump, decompressing {@code .gz} and {@code .bz2} files. */
    public static InputStream open(Path dump) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(dump), 1 << 16);
        String name = dump.getFileName().toString();
        if (name.endsWith(".gz")) return new GZIPInputStream(in, 1 << 16);
        if (name.endsWith(".bz2")) return new BZip2CompressorInputStream(in, true);
        return in;
    }

    /**
     * Imports the items of the wanted types (all types when empty) from a dump read line by line.
     *
     * @throws IOException when the dump cannot be read or the output written; a line that is not a JSON entity is
     *                     counted and skipped (a line naming none of the kept classes is skipped unparsed, so a
     *                     broken one goes unnoticed)
     */
    public static Stats run(InputStream dump, Set<EntityType> types, PositionOffices positions, KbExtension.Writer out) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(dump, StandardCharsets.UTF_8), 1 << 16);
        long lines = 0;
        long items = 0;
        long bad = 0;
        String firstError = null;
        String line;
        while ((line = r.readLine()) != null) {
            lines++;
            String t = line.strip();
            if (t.endsWith(",")) t = t.substring(0, t.length() - 1);
            if (t.isEmpty() || t.equals("[") || t.equals("]")) continue;
            // most of a dump is of classes Vigie has no use for (scholarly articles, taxa...): parsing is most of the cost
            if (t.startsWith("{") && t.endsWith("}") && !mentionsAKeptClass(t)) {
                items++;
                continue;
            }
            JsonNode item;
            try {
                item = JSON.readTree(t);
            } catch (JsonProcessingException e) {
                bad++;
                if (firstError == null) firstError = "line " + lines + ": not a JSON entity (" + e.getOriginalMessage() + ")";
                continue;
            }
            if (item == null || !item.isObject()) {
                bad++;
                if (firstError == null) firstError = "line " + lines + ": not a JSON object";
                continue;
            }
            items++;
            ExtensionEntry e = entry(item, types, positions);
            if (e != null) out.write(e);
        }
        return new Stats(lines, items, out.rows(), bad, Optional.ofNullable(firstError), positions.size());
    }

    private static boolean mentionsAKeptClass(String line) {
        for (String n : CLASS_NEEDLES) if (line.contains(n)) return true;
        return false;
    }

    static ExtensionEntry entry(JsonNode item, Set<EntityType> types, PositionOffices positions) {
        String id = item.path("id").asText("");
        if (!id.matches("Q[0-9]+")) return null;
        JsonNode claims = item.path("claims");
        Kind kind = null;
        for (JsonNode c : claims.path("P31")) {
            kind = CLASSES.get(c.path("mainsnak").path("datavalue").path("value").path("id").asText(""));
            if (kind != null) break;
        }
        if (kind == null || (!types.isEmpty() && !types.contains(kind.type()))) return null;
        Map<String, List<String>> names = new LinkedHashMap<>();
        String name = null;
        for (String lang : KnowledgeBase.LANGUAGES) {
            LinkedHashSet<String> forms = new LinkedHashSet<>();
            String label = item.path("labels").path(lang).path("value").asText("").strip();
            if (!label.isEmpty()) forms.add(label);
            for (JsonNode a : item.path("aliases").path(lang)) {
                String v = a.path("value").asText("").strip();
                if (!v.isEmpty()) forms.add(v);
            }
            if (forms.isEmpty()) continue;
            if (name == null) name = forms.iterator().next();
            names.put(lang, List.copyOf(forms));
        }
        if (name == null) return null;
        Optional<String> country = firstItem(claims.path(kind.type() == EntityType.PER ? "P27" : "P17"));
        Optional<Coordinates> coords = Optional.empty();
        for (JsonNode c : claims.path("P625")) {
            JsonNode v = c.path("mainsnak").path("datavalue").path("value");
            if (v.has("latitude") && v.has("longitude") && !deprecated(c)) {
                try {
                    coords = Optional.of(new Coordinates(v.path("latitude").asDouble(), v.path("longitude").asDouble()));
                    break;
                } catch (IllegalArgumentException ignored) {
                    // coordinates out of range (another globe): none kept
                }
            }
        }
        List<RoleTerm> roles = new ArrayList<>();
        for (JsonNode c : claims.path("P39")) {
            if (deprecated(c)) continue;
            String position = c.path("mainsnak").path("datavalue").path("value").path("id").asText("");
            if (!position.matches("Q[0-9]+")) continue;
            Optional<LocalDate> start = time(c.path("qualifiers").path("P580"));
            Optional<LocalDate> end = time(c.path("qualifiers").path("P582"));
            RoleTerm term = new RoleTerm(position, start, end);
            if (!roles.contains(term)) roles.add(term);
            Optional<String> office = positions.office(position);
            if (office.isPresent()) {
                RoleTerm held = new RoleTerm(office.get(), start, end);
                if (!roles.contains(held)) roles.add(held);
            }
        }
        return new ExtensionEntry(new KbEntry(id, QidStatus.WELL_KNOWN, kind.type(), kind.kind(), name, names, country, coords), roles);
    }

    private static boolean deprecated(JsonNode claim) {
        return "deprecated".equals(claim.path("rank").asText(""));
    }

    private static Optional<String> firstItem(JsonNode claims) {
        for (JsonNode c : claims) {
            if (deprecated(c)) continue;
            String v = c.path("mainsnak").path("datavalue").path("value").path("id").asText("");
            if (v.matches("Q[0-9]+")) return Optional.of(v);
        }
        return Optional.empty();
    }

    /** A Wikidata time ({@code +2017-05-14T00:00:00Z}; month and day 00 when only the year is known). */
    private static Optional<LocalDate> time(JsonNode qualifiers) {
        for (JsonNode q : qualifiers) {
            String t = q.path("datavalue").path("value").path("time").asText("");
            if (t.length() < 11 || t.charAt(0) != '+') continue;
            try {
                String[] p = t.substring(1, t.indexOf('T')).split("-");
                int y = Integer.parseInt(p[0]);
                int m = Math.max(1, Integer.parseInt(p[1]));
                int d = Math.max(1, Integer.parseInt(p[2]));
                return Optional.of(LocalDate.of(y, m, d));
            } catch (RuntimeException e) {
                if (!(e instanceof DateTimeException || e instanceof NumberFormatException || e instanceof IndexOutOfBoundsException)) throw e;
            }
        }
        return Optional.empty();
    }
}
