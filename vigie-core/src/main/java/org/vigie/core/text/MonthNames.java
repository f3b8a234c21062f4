package org.vigie.core.text;

import org.vigie.core.ConfigException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.*;

/**
 * The month names of the languages Vigie reads, from the one table {@code org/vigie/core/text/month-names.tsv}
 * that every module shares: the page-date reader of vigie-ingest and the date, time and quantity finders of
 * vigie-nlp read the same names, so a language or a spelling added there reaches both. Loaded once; immutable.
 */
public final class MonthNames {
    private static final String RESOURCE = "org/vigie/core/text/month-names.tsv";

    /** One row: a language code, a month (1-12) and a lower-case name; an abbreviation keeps its full stop ("janv."). */
    public record Name(String language, int month, String name) {
        /** The name without the full stop that ends an abbreviation. */
        public String bare() {
            return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        }
    }

    private static final class Holder {
        static final List<Name> ALL = load();
    }

    private MonthNames() {
    }

    /** Every row, in the file's order. */
    public static List<Name> all() {
        return Holder.ALL;
    }

    /** The rows of one language (an ISO 639-1 code), in the file's order; empty for a language the table lacks. */
    public static List<Name> of(String language) {
        String code = language == null ? "" : language.toLowerCase(Locale.ROOT);
        return Holder.ALL.stream().filter(n -> n.language().equals(code)).toList();
    }

    /** The languages the table has, in the file's order. */
    public static Set<String> languages() {
        Set<String> out = new LinkedHashSet<>();
        for (Name n : Holder.ALL) out.add(n.language());
        return Collections.unmodifiableSet(out);
    }

    private static List<Name> load() {
        InputStream in = MonthNames.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) throw new ConfigException("resource " + RESOURCE + " is missing from the jar");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(r.lines().toList(), RESOURCE);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The rows of a month table's lines ({@code #} comments, a header row, then language, month, name). */
    static List<Name> parse(List<String> lines, String where) {
        List<Name> out = new ArrayList<>();
        boolean header = true;
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 3) throw new ConfigException(where + " line " + lineNo + ": expected 3 columns, got " + cells.length);
            int month;
            try {
                month = Integer.parseInt(cells[1].strip());
            } catch (NumberFormatException e) {
                throw new ConfigException(where + " line " + lineNo + ": bad month '" + cells[1] + "'", e);
            }
            String language = cells[0].strip();
            String name = cells[2].strip();
            if (month < 1 || month > 12) throw new ConfigException(where + " line " + lineNo + ": month out of range: " + month);
            if (language.isEmpty() || name.isEmpty() || !name.equals(name.toLowerCase(Locale.ROOT))) {
                throw new ConfigException(where + " line " + lineNo + ": a language code and a lower-case name are needed: " + line);
            }
            out.add(new Name(language, month, name));
        }
        return List.copyOf(out);
    }
}
