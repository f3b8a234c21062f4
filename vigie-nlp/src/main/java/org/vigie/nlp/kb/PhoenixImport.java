package org.vigie.nlp.kb;

import org.vigie.core.model.EntityType;
import org.vigie.nlp.lang.LanguagePack;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports the Phoenix (TABARI/PETRARCH) actor dictionaries into a knowledge-base extension: each record (a root
 * phrase, {@code +} synonym lines, {@code [CODE date-date]} restrictions) becomes one entry with the root as name,
 * the synonyms as aliases, the CAMEO codes with their date ranges as roles, a type guessed from the codes (dated
 * roles, an elite code or a title before the name: a person; a bare state code: a state or place; otherwise an
 * organisation) and the country of the first code naming a state the knowledge base knows. Titles are taken off
 * the names ("President Odile Marchetti" is "Odile Marchetti"). Reads line by line.
 */
public final class PhoenixImport {
    /** What an import did: records read, entries written, records without any code, repeated names, unreadable dates. */
    public record Stats(long records, long written, long withoutCode, long duplicates, long badDates) {
    }

    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern RESTRICTION = Pattern.compile("([A-Z0-9]{3,})\\s*(?:([<>])\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?");
    private static final Set<String> PARTICLES = LanguagePack.of("multi").words("kb/name-particles.txt");
    /** English titles, longest first: the dictionaries are written in English ("PRESIDENT_GEORGE_W._BUSH_"). */
    private static final List<String> TITLES = titles();

    private final KbExtension.Writer out;
    private final Map<String, String> countryByIso3;
    private final Set<String> ids = new HashSet<>();
    private long records;
    private long withoutCode;
    private long duplicates;
    private long badDates;

    private PhoenixImport(KbExtension.Writer out) {
        this.out = out;
        this.countryByIso3 = countriesByIso3();
    }

    /** Imports the dictionaries in order (a name given by an earlier file wins) into {@code out}. */
    public static Stats run(List<Path> dictionaries, KbExtension.Writer out) throws IOException {
        PhoenixImport p = new PhoenixImport(out);
        for (Path f : dictionaries) p.file(f, f.getFileName().toString().contains("Countries"));
        return new Stats(p.records, out.rows(), p.withoutCode, p.duplicates, p.badDates);
    }

    /** The actor dictionaries of a folder: {@code *.actors.txt}, by name. */
    public static List<Path> dictionariesIn(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".actors.txt")).sorted().toList();
        }
    }

    private static List<String> titles() {
        List<String> out = new ArrayList<>();
        for (Map<String, String> r : LanguagePack.of("en").table("titles.tsv")) out.add(r.get("title").strip().toLowerCase(Locale.ROOT) + " ");
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

    /** The name without a leading title ("President George W. Bush" -> "George W. Bush"), or null without one. */
    static String withoutTitle(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String t : TITLES) {
            if (lower.startsWith(t) && name.length() > t.length()) {
                String rest = name.substring(t.length()).strip();
                return letters(rest) >= 2 ? rest : null;
            }
        }
        return null;
    }

    static Map<String, String> countriesByIso3() {
        Map<String, String> iso2ToId = new HashMap<>();
        for (Map<String, String> r : LanguagePack.of("multi").table("kb/countries.tsv")) iso2ToId.put(r.get("iso2").strip(), r.get("id").strip());
        Map<String, String> out = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            String id = iso2ToId.get(iso2);
            if (id != null) out.put(new Locale("", iso2).getISO3Country(), id);
        }
        return out;
    }

    private final class Record {
        final String root;
        final boolean personComment;
        final List<String> synonyms = new ArrayList<>();
        final List<String> codes = new ArrayList<>();

        Record(String root, boolean personComment) {
            this.root = root;
            this.personComment = personComment;
        }
    }

    private void file(Path f, boolean countries) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            Record current = null;
            String line;
            while ((line = r.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("<!--") || trimmed.startsWith(";")) continue;
                int hash = line.indexOf('#');
                String comment = hash >= 0 ? line.substring(hash) : "";
                String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (body.isEmpty()) continue;
                if (body.startsWith("[")) {
                    if (current != null) codes(body, current.codes);
                } else if (body.startsWith("+")) {
                    if (current != null) {
                        String phrase = phrase(body.substring(1));
                        if (!phrase.isEmpty()) current.synonyms.add(phrase);
                        codes(body, current.codes);
                    }
                } else {
                    if (current != null) emit(current, countries);
                    current = new Record(phrase(body), comment.contains("CountryInfo"));
                    codes(body, current.codes);
                }
            }
            if (current != null) emit(current, countries);
        }
    }

    private static String phrase(String s) {
        int bracket = s.indexOf('[');
        return (bracket >= 0 ? s.substring(0, bracket) : s).replace('_', ' ').strip().replaceAll("\\s+", " ");
    }

    private static void codes(String s, List<String> into) {
        Matcher m = CODE.matcher(s);
        while (m.find()) {
            String c = m.group(1).strip();
            if (!c.isEmpty()) into.add(c);
        }
    }

    private void emit(Record r, boolean countries) throws IOException {
        records++;
        List<RoleTerm> roles = new ArrayList<>();
        for (String c : r.codes) {
            RoleTerm t = role(c);
            if (t != null && !roles.contains(t)) roles.add(t);
        }
        String name = display(r.root);
        String untitled = withoutTitle(name);
        if (untitled != null) name = untitled;
        if (roles.isEmpty() || letters(name) < 2) {
            withoutCode++;
            return;
        }
        String id = KnowledgeBase.slug(name);
        if (id.length() <= "vigie:".length() || !ids.add(id)) {
            duplicates++;
            return;
        }
        boolean dated = roles.stream().anyMatch(t -> t.start().isPresent() || t.end().isPresent());
        boolean elite = roles.stream().anyMatch(t -> t.role().endsWith("ELI"));
        String first = roles.get(0).role();
        EntityType type;
        String kind;
        if (dated || elite || r.personComment || untitled != null) {
            type = EntityType.PER;
            kind = "person";
        } else if (roles.size() == 1 && first.length() == 3 && countryByIso3.containsKey(first)) {
            // a bare state code: the state itself in the country dictionary, elsewhere a place or people of it
            type = EntityType.GPE;
            kind = countries ? "country" : "place";
        } else {
            type = EntityType.ORG;
            kind = orgKind(first);
        }
        Optional<String> country = Optional.empty();
        for (RoleTerm t : roles) {
            if (t.role().length() >= 3 && countryByIso3.containsKey(t.role().substring(0, 3))) {
                country = Optional.of(countryByIso3.get(t.role().substring(0, 3)));
                break;
            }
        }
        LinkedHashSet<String> aliases = new LinkedHashSet<>();
        for (String s : r.synonyms) {
            String d = display(s);
            String u = withoutTitle(d);
            if (u != null) d = u;
            if (letters(d) >= 2 && !d.equals(name)) aliases.add(d);
        }
        Map<String, List<String>> names = aliases.isEmpty() ? Map.of() : Map.of("*", List.copyOf(aliases));
        out.write(new ExtensionEntry(new KbEntry(id, QidStatus.UNVERIFIED, type, kind, name, names, country, Optional.empty()), roles));
    }

    private static String orgKind(String code) {
        if (code.startsWith("IGO")) return "igo";
        if (code.startsWith("NGO")) return "ngo";
        if (code.startsWith("IMG") || code.contains("REB") || code.contains("INS")) return "armed-group";
        if (code.contains("MIL")) return "armed-forces";
        if (code.contains("GOV")) return "government";
        if (code.startsWith("MNC") || code.contains("BUS")) return "company";
        return "organisation";
    }

    /** {@code CODE}, {@code CODE >date}, {@code CODE <date}, {@code CODE date-date}; null for a null code ({@code ---}). */
    private RoleTerm role(String s) {
        Matcher m = RESTRICTION.matcher(s.strip());
        if (!m.matches()) return null;
        String code = m.group(1);
        Optional<LocalDate> start = Optional.empty();
        Optional<LocalDate> end = Optional.empty();
        if (m.group(2) != null) {
            Optional<LocalDate> d = date(m.group(3));
            if (m.group(2).equals(">")) start = d;
            else end = d;
        } else if (m.group(4) != null) {
            start = date(m.group(4));
            end = date(m.group(5));
            // half a range would read as "since" or "until": a range with a bad end is no range at all
            if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
                if (start.isPresent() && end.isPresent()) badDates++;
                start = Optional.empty();
                end = Optional.empty();
            }
        }
        return new RoleTerm(code, start, end);
    }

    /** YYYYMMDD, or YYMMDD with years up to 30 read as 20YY (the dictionaries stop in 2014). */
    private Optional<LocalDate> date(String d) {
        try {
            if (d.length() == 8) return Optional.of(LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)), Integer.parseInt(d.substring(6))));
            if (d.length() == 6) {
                int yy = Integer.parseInt(d.substring(0, 2));
                return Optional.of(LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(d.substring(2, 4)), Integer.parseInt(d.substring(4))));
            }
        } catch (DateTimeException | NumberFormatException e) {
            // falls through: a date the calendar does not have
        }
        badDates++;
        return Optional.empty();
    }

    /**
     * A name written in capitals as it would be written in text: each word capitalised ("Ban Ki-Moon"), particles in
     * lower case inside the name, and a single word of up to three letters, without vowels or with dots kept as an
     * acronym ("UN", "NKVD", "U.N."); longer ones cannot be told from names ("Peru", "Nato": the lookup ignores case).
     */
    static String display(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        if (words.length == 1 && (words[0].length() <= 3 || words[0].contains(".") || !words[0].matches(".*[AEIOUYaeiouy].*"))) return words[0];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.contains(".") && !w.equals(lower)) {
                sb.append(w);
            } else if (i > 0 && i < words.length - 1 && PARTICLES.contains(lower)) {
                sb.append(lower);
            } else {
                boolean start = true;
                for (int k = 0; k < lower.length(); k++) {
                    char c = lower.charAt(k);
                    sb.append(start ? Character.toUpperCase(c) : c);
                    start = !Character.isLetterOrDigit(c) && c != '\'';
                }
            }
        }
        return sb.toString();
    }

    static boolean isParticle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }
}
