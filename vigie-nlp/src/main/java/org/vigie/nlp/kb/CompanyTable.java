package org.vigie.nlp.kb;

import org.vigie.nlp.lang.LanguagePack;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the companies table of the default knowledge base ({@code multi/kb/companies.tsv}) from the
 * multinational-company records ({@code [MNC...]} codes) of the Phoenix international actor dictionary: the
 * companies with a revenue figure of at least a threshold, plus those the Phoenix coders converted from their SAE
 * files (news-coded companies without a figure). Each becomes an ORG with the country of its code ({@code MNCUSA} ->
 * the United States), its name without legal form ("BOEING_CO_" -> Boeing) and the full name and {@code +} lines as
 * aliases. A one-word form that a text would also use for something else (a common word, a person's or a place's
 * name, by the {@code ambiguous} test) is not kept: "Target Corp" keeps its full name only.
 */
public final class CompanyTable {
    /** One company row. {@code revenue} in US dollars, 0 when the dictionary gives none. */
    public record Company(String id, String country, String sector, long revenue, String name, List<String> aliases) {
    }

    /** What a derivation did: company records read, rows kept, records under the threshold, one-word forms left out. */
    public record Stats(long records, long kept, long belowThreshold, long ambiguousForms, long generic, long duplicates) {
    }

    public static final List<String> COLUMNS = List.of("id", "qid_status", "country", "revenue_usd", "sector", "name", "aliases");

    private static final Pattern CODE = Pattern.compile("\\[\\s*MNC([A-Z]{3})?[A-Z]*\\s*(<\\s*\\d+)?[^\\]]*\\]");
    private static final Pattern REVENUE = Pattern.compile("\\$([0-9][0-9,]*)");
    private static final String CONVERTED = "SAE files";

    private final Set<String> legal = new HashSet<>();
    private final Set<String> generic = new HashSet<>();
    private final Map<String, String> countryByIso3 = PhoenixImport.countriesByIso3();
    private final Predicate<String> ambiguous;
    private final long minRevenue;

    private CompanyTable(long minRevenue, Predicate<String> ambiguous) {
        this.minRevenue = minRevenue;
        this.ambiguous = ambiguous;
        for (Map<String, String> r : LanguagePack.of("multi").table("kb/company-words.tsv")) {
            String w = r.get("word").strip().toLowerCase(Locale.ROOT);
            if ("generic".equals(r.get("kind").strip())) generic.add(w);
            else legal.add(w);
        }
    }

    /**
     * Adds the companies of a Phoenix dictionary to {@code out}, in file order, each name once.
     *
     * @param minRevenue least revenue figure (US dollars) of a company with one
     * @param ambiguous  whether a one-word name as written in text ("Target") is also a common word or another kind of name
     */
    public static Stats derive(Path dictionary, long minRevenue, Predicate<String> ambiguous, List<Company> out) throws IOException {
        long[] s = new long[5];
        List<Company> found = new CompanyTable(minRevenue, ambiguous).file(dictionary, s);
        for (Company c : found) out.add(new Company(c.id(), c.country(), c.sector(), c.revenue(), c.name(), List.copyOf(c.aliases())));
        return new Stats(s[0], found.size(), s[1], s[2], s[3], s[4]);
    }

    /** Writes the table with its provenance header. */
    public static void write(List<Company> companies, Path file, List<String> headerComments) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String c : headerComments) w.write("# " + c.replace('\n', ' ') + "\n");
            w.write(String.join("\t", COLUMNS) + "\n");
            for (Company c : companies) {
                w.write(String.join("\t", c.id(), QidStatus.UNVERIFIED.fileName(), c.country(), c.revenue() > 0 ? Long.toString(c.revenue()) : "",
                        c.sector(), c.name(), String.join("|", c.aliases())) + "\n");
            }
        }
    }

    private List<Company> file(Path f, long[] stats) throws IOException {
        List<Company> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            Company current = null;
            while ((line = r.readLine()) != null) {
                String body = line.strip();
                if (body.isEmpty() || body.startsWith("#") || body.startsWith("<!--") || body.startsWith(";")) continue;
                if (body.startsWith("+")) {
                    // a synonym line belongs to the record above it
                    if (current != null) {
                        String alias = withoutLegalForm(display(phrase(body.substring(1))));
                        if (letters(alias) >= 2 && !(alias.indexOf(' ') < 0 && ambiguous.test(alias)) && !current.aliases().contains(alias) && !alias.equals(current.name()) && names.add(KnowledgeBase.key(alias))) {
                            current.aliases().add(alias);
                        }
                    }
                    continue;
                }
                if (body.startsWith("[")) continue;
                current = null;
                Matcher code = CODE.matcher(body);
                if (!code.find()) continue;
                stats[0]++;
                int hash = body.indexOf('#');
                String comment = hash >= 0 ? body.substring(hash + 1) : "";
                Matcher rev = REVENUE.matcher(comment);
                long revenue = rev.find() ? Long.parseLong(rev.group(1).replace(",", "")) : 0;
                if (revenue > 0 ? revenue < minRevenue : !comment.contains(CONVERTED)) {
                    stats[1]++;
                    continue;
                }
                String full = display(phrase(body));
                String bare = withoutLegalForm(full);
                if (bare.isEmpty() || generic.contains(bare.toLowerCase(Locale.ROOT))) {
                    stats[3]++;
                    continue;
                }
                String name = bare;
                if (!bare.contains(" ") && !bare.equals(full) && ambiguous.test(bare)) {
                    stats[2]++;
                    name = full;
                } else if (!bare.contains(" ") && bare.equals(full) && ambiguous.test(bare)) {
                    // a one-word record ("APACHE_") that text uses for other things too is no reliable name
                    stats[2]++;
                    continue;
                }
                String id = KnowledgeBase.slug(name);
                if (!ids.add(id) || !names.add(KnowledgeBase.key(name))) {
                    stats[4]++;
                    continue;
                }
                List<String> aliases = new ArrayList<>();
                if (!full.equals(name) && names.add(KnowledgeBase.key(full))) aliases.add(full);
                current = new Company(id, country(body), sector(comment), revenue, name, aliases);
                out.add(current);
            }
        }
        return out;
    }

    /** The country of the first company code naming a state (an open-ended one before one restricted to a past date). */
    private String country(String body) {
        String past = "";
        Matcher m = CODE.matcher(body);
        while (m.find()) {
            String iso3 = m.group(1);
            String id = iso3 == null ? null : countryByIso3.get(iso3);
            if (id == null) continue;
            if (m.group(2) == null) return id;
            if (past.isEmpty()) past = id;
        }
        return past;
    }

    private static String sector(String comment) {
        String s = REVENUE.matcher(comment).replaceAll("").strip();
        if (s.contains(CONVERTED) || s.startsWith("MleH") || s.equalsIgnoreCase("n/a") || s.contains("#")) return "";
        return s.replaceAll("[\\t|]+", " ").strip();
    }

    /** "ABB LTD" -> "ABB Ltd", "NEW WORLD DEVELOPMENT" -> "New World Development": short words not common kept in capitals. */
    private String display(String phrase) {
        String[] words = phrase.split(" ");
        StringBuilder sb = new StringBuilder();
        String shown = PhoenixImport.display(phrase);
        String[] shownWords = shown.split(" ");
        if (shownWords.length != words.length) return shown;
        for (int i = 0; i < words.length; i++) {
            if (i > 0) sb.append(' ');
            String w = words[i];
            boolean acronym = words.length > 1 && letters(w) == w.length() && w.length() <= 3 && !legal.contains(w.toLowerCase(Locale.ROOT))
                    && !ambiguous.test(shownWords[i]) && !PhoenixImport.isParticle(w)
                    // "ABU DHABI ...": a short word opening a longer known name is a word of that name
                    && !(i + 1 < words.length && ambiguous.test(shownWords[i] + " " + shownWords[i + 1]));
            sb.append(acronym ? w.toUpperCase(Locale.ROOT) : shownWords[i]);
        }
        return sb.toString();
    }

    /** The name without the legal-form words closing it; empty when nothing else is left. */
    String withoutLegalForm(String name) {
        List<String> words = new ArrayList<>(List.of(name.split(" ")));
        while (!words.isEmpty() && legal.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) words.remove(words.size() - 1);
        String bare = String.join(" ", words);
        // a name of legal words only ("Limited") or one that a generic phrase makes up is no company's name
        return letters(bare) >= 2 ? bare : "";
    }

    private static String phrase(String s) {
        int bracket = s.indexOf('[');
        int hash = s.indexOf('#');
        int end = bracket >= 0 ? bracket : s.length();
        if (hash >= 0) end = Math.min(end, hash);
        return s.substring(0, end).replace('_', ' ').replaceAll("[,;:]+\\s*$", "").strip().replaceAll("[,;:]*\\s+", " ");
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }
}
