package org.vigie.nlp.kb;

import org.vigie.core.ConfigException;
import org.vigie.core.model.EntityType;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.Stream;

/**
 * Knowledge-base extension files: entries added to the built-in knowledge base from outside the build (an import
 * of the Phoenix actor dictionaries or of a Wikidata dump, or the entities a user confirmed). One UTF-8 TSV file in
 * the knowledge base's own conventions ({@code #} header with source and licence, {@code |} between names, ids
 * {@code Q...} or {@code vigie:<slug>}, qid_status), with the columns {@link #COLUMNS}: names per language in
 * {@code en}...{@code ru}, names of any language in {@code aliases}, and {@code roles} as {@code CODE start..end}.
 * Extension files are found in {@code <data folder>/kb/*.tsv} and given with {@code --kb-extra}.
 */
public final class KbExtension {
    public static final List<String> COLUMNS = List.of("id", "qid_status", "type", "kind", "country", "lat", "lon", "name",
            "en", "fr", "es", "it", "de", "ru", "aliases", "roles");
    /** The folder of a data folder holding its extension files. */
    public static final String FOLDER = "kb";
    /** The extension file of the entities confirmed by the user, in {@link #FOLDER}. */
    public static final String USER_FILE = "user.tsv";

    private static final java.util.regex.Pattern QID = java.util.regex.Pattern.compile("Q[0-9]+");
    private static final java.util.regex.Pattern ENGINE_ID = java.util.regex.Pattern.compile("vigie:[^\\s|]+");

    private KbExtension() {
    }

    /** The extension files of a data folder: {@code kb/*.tsv}, by name; none when the folder does not exist. */
    public static List<Path> filesIn(Path dataDir) {
        Path dir = dataDir.resolve(FOLDER);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tsv") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /**
     * Reads an extension file, streaming its lines.
     *
     * @throws ConfigException naming the file and line for a missing header, a bad row, id, type or date
     */
    public static List<ExtensionEntry> read(Path file) {
        List<ExtensionEntry> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            String[] header = null;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    if (!Arrays.asList(header).containsAll(List.of("id", "qid_status", "type", "name"))) {
                        throw new ConfigException(file + " line " + n + ": not a knowledge-base extension header (expected " + String.join(" ", COLUMNS) + ")");
                    }
                    continue;
                }
                if (cells.length > header.length) throw new ConfigException(file + " line " + n + ": " + cells.length + " columns but the header has " + header.length);
                Map<String, String> row = new HashMap<>();
                for (int c = 0; c < header.length; c++) row.put(header[c], c < cells.length ? cells[c].strip() : "");
                out.add(entry(row, file + " line " + n));
            }
            if (header == null) throw new ConfigException(file + ": empty knowledge-base extension file");
        } catch (IOException e) {
            throw new ConfigException("cannot read knowledge-base extension " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static ExtensionEntry entry(Map<String, String> r, String where) {
        String id = r.get("id");
        QidStatus status;
        EntityType type;
        try {
            status = QidStatus.parse(r.getOrDefault("qid_status", ""));
            type = EntityType.valueOf(r.get("type"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where + ": bad qid_status or type", e);
        }
        boolean qid = QID.matcher(id).matches();
        if (!(qid || ENGINE_ID.matcher(id).matches())) throw new ConfigException(where + ": bad id '" + id + "'");
        if ((status == QidStatus.UNVERIFIED) == qid) throw new ConfigException(where + ": id " + id + " does not fit qid_status " + status.fileName());
        String name = r.get("name");
        if (name.isEmpty()) throw new ConfigException(where + ": empty name");
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String lang : KnowledgeBase.LANGUAGES) {
            List<String> l = KbLoader.split(r.get(lang));
            if (!l.isEmpty()) names.put(lang, l);
        }
        List<String> aliases = KbLoader.split(r.get("aliases"));
        if (!aliases.isEmpty()) names.put("*", aliases);
        Optional<Coordinates> coords = Optional.empty();
        String lat = r.getOrDefault("lat", "");
        if (!lat.isEmpty()) {
            try {
                coords = Optional.of(new Coordinates(Double.parseDouble(lat), Double.parseDouble(r.getOrDefault("lon", ""))));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(where + ": bad coordinates " + lat + ", " + r.get("lon"), e);
            }
        }
        String country = r.getOrDefault("country", "");
        String kind = r.getOrDefault("kind", "");
        List<RoleTerm> roles = new ArrayList<>();
        for (String s : KbLoader.split(r.get("roles"))) roles.add(RoleTerm.parse(s, where));
        return new ExtensionEntry(new KbEntry(id, status, type, kind.isEmpty() ? type.name().toLowerCase(Locale.ROOT) : kind, name,
                names, country.isEmpty() ? Optional.empty() : Optional.of(country), coords), roles);
    }

    /** Writes an extension file row by row, so that an import never holds its output in memory. */
    public static final class Writer implements Closeable {
        private final BufferedWriter out;
        private long rows;

        /**
         * @param headerComments the provenance lines (source, licence), written as {@code #} comments
         */
        public Writer(Path file, List<String> headerComments) throws IOException {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write("# Vigie knowledge-base extension (columns: see org.vigie.nlp.kb.KbExtension).\n");
            for (String c : headerComments) out.write("# " + c.replace('\n', ' ') + "\n");
            out.write(String.join("\t", COLUMNS));
            out.write('\n');
        }

        public void write(ExtensionEntry x) throws IOException {
            KbEntry e = x.entry();
            List<String> cells = new ArrayList<>();
            cells.add(e.id());
            cells.add(e.qidStatus().fileName());
            cells.add(e.type().name());
            cells.add(e.kind());
            cells.add(e.country().orElse(""));
            cells.add(e.coordinates().map(c -> Double.toString(c.lat())).orElse(""));
            cells.add(e.coordinates().map(c -> Double.toString(c.lon())).orElse(""));
            cells.add(clean(e.name()));
            for (String lang : KnowledgeBase.LANGUAGES) cells.add(join(e.names().getOrDefault(lang, List.of())));
            cells.add(join(e.names().getOrDefault("*", List.of())));
            cells.add(join(x.roles().stream().map(RoleTerm::format).toList()));
            out.write(String.join("\t", cells));
            out.write('\n');
            rows++;
        }

        public long rows() {
            return rows;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        private static String join(List<String> names) {
            StringJoiner j = new StringJoiner("|");
            for (String n : names) {
                String c = clean(n);
                if (!c.isEmpty()) j.add(c);
            }
            return j.toString();
        }

        /** Tabs, newlines and bars separate cells and names: a name never holds them. */
        private static String clean(String s) {
            return s.replaceAll("[\\t\\r\\n|]+", " ").strip();
        }
    }
}
