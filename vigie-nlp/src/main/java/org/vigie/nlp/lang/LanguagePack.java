package org.vigie.nlp.lang;

import org.vigie.core.ConfigException;
import org.vigie.core.text.MonthNames;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language-specific knowledge of one language: word lists and tables read from
 * {@code org/vigie/nlp/lang/<code>/<file>} (UTF-8, {@code #} comments, TSV with a header row), loaded
 * lazily and once. Every language uses the same file names, so annotators stay language-neutral.
 * A file a language does not have reads as empty: an unknown language gets neutral behaviour.
 * {@code months.tsv} is the exception: the month names are shared with vigie-ingest, so they live in vigie-core
 * ({@link MonthNames}) and a language's {@code months.tsv} is read from there, with the columns {@code month} and
 * {@code name}, unless the language's own folder has one (a test's invented language).
 */
public final class LanguagePack {
    private static final Map<String, LanguagePack> PACKS = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> UNIONS = new ConcurrentHashMap<>();

    /**
     * The languages whose resources are tried, in this order, when a text's language is unknown, and whose lists are
     * read together where names cross languages (an article opening a name, an outlet's name).
     */
    public static final List<String> DEFAULT_LANGUAGES = List.of("fr", "en", "es", "it", "de");

    private final String code;
    private final Map<String, Set<String>> wordLists = new ConcurrentHashMap<>();
    private final Map<String, List<Map<String, String>>> tables = new ConcurrentHashMap<>();

    private LanguagePack(String code) {
        this.code = code;
    }

    /** The pack for an ISO 639-1 code ({@code "multi"} for language-independent data). */
    public static LanguagePack of(String code) {
        String key = code == null || code.isBlank() ? "und" : code.toLowerCase(Locale.ROOT);
        return PACKS.computeIfAbsent(key, LanguagePack::new);
    }

    public String code() {
        return code;
    }

    /** A word list (one entry per line), or an empty set when this language has no such file. */
    public Set<String> words(String file) {
        return wordLists.computeIfAbsent(file, f -> {
            List<String> lines = lines(f);
            return lines == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(lines));
        });
    }

    /**
     * The {@linkplain #normalize normalised} union of one word list over several languages, for knowledge that follows
     * names rather than the text's language ("Der Spiegel" and "El País" keep their articles in a French article).
     */
    public static Set<String> wordsOfAll(List<String> languages, String file) {
        return UNIONS.computeIfAbsent(String.join(",", languages) + "/" + file, key -> {
            Set<String> union = new LinkedHashSet<>();
            for (String language : languages) {
                for (String w : of(language).words(file)) union.add(normalize(w));
            }
            return Collections.unmodifiableSet(union);
        });
    }

    /** A word list in its file order, for lists where order matters (e.g. longest patterns first). */
    public List<String> orderedWords(String file) {
        return List.copyOf(words(file));
    }

    /** A TSV table as rows keyed by the header's column names; empty when this language has no such file. */
    public List<Map<String, String>> table(String file) {
        return tables.computeIfAbsent(file, f -> {
            List<String> lines = lines(f);
            if (lines == null && MONTHS.equals(f)) return monthRows();
            if (lines == null || lines.isEmpty()) return List.of();
            String[] header = lines.get(0).split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String[] cells = lines.get(i).split("\t", -1);
                if (cells.length > header.length) {
                    throw new ConfigException(path(f) + " line " + (i + 1) + ": " + cells.length
                            + " columns but the header has " + header.length);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < header.length; c++) row.put(header[c], c < cells.length ? cells[c] : "");
                rows.add(Collections.unmodifiableMap(row));
            }
            return List.copyOf(rows);
        });
    }

    private static final String MONTHS = "months.tsv";

    private List<Map<String, String>> monthRows() {
        List<Map<String, String>> rows = new ArrayList<>();
        for (MonthNames.Name n : MonthNames.of(code)) rows.add(Map.of("month", String.valueOf(n.month()), "name", n.name()));
        return List.copyOf(rows);
    }

    /** The key form used by gazetteers, name matching and the search index: lower case, accents removed, apostrophes unified. */
    public static String normalize(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == '’' || c == 'ʼ' || c == '‘' || c == '`') c = '\'';
            else if (c == '\u00A0' || c == '\u202F' || c == '\u2009') c = ' ';
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private String path(String file) {
        return "org/vigie/nlp/lang/" + code + "/" + file;
    }

    private List<String> lines(String file) {
        String path = path(file);
        InputStream in = LanguagePack.class.getClassLoader().getResourceAsStream(path);
        if (in == null) return null;
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                out.add(line.strip());
            }
        } catch (IOException e) {
            throw new ConfigException("cannot read resource " + path + ": " + e.getMessage(), e);
        }
        return out;
    }
}
