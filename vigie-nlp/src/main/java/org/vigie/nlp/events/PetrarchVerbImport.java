package org.vigie.nlp.events;

import org.vigie.core.ConfigException;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the PETRARCH verb dictionary ({@code CAMEO.2.0.txt}, Open Event Data Alliance, MIT licence) into the
 * table {@link PetrarchVerbs} reads ({@code event-verbs.tsv}). The dictionary's syntax (its
 * {@code docs/source/dictionaries.rst}): word classes {@code &LABEL} with {@code +member} lines; verb blocks
 * {@code --- NAME [code] ---} listing member verbs ({@code HURRY {HURRIES HURRYING HURRIED}}, multi-word verbs with
 * a {@code +} on the verb word, an optional own code {@code [020]}); patterns {@code - before * after [code]} where
 * {@code (PREP X)} is a prepositional phrase, {@code {A B}} a noun phrase with its head last, {@code &CLASS} a class
 * and {@code $ + % ^} actor markers; {@code [042:043]} codes the subject's act first and the object's reply second.
 * <p>
 * What the event finder can check without a parse tree is kept: every inflected form of each verb (regular forms
 * generated as PETRARCH does when the dictionary gives none), the block's default code, and each pattern as the
 * ordered word groups that must follow (or precede) the verb in its clause. Codes become PLOVER types through
 * {@link CameoPlover}; a code PLOVER does not keep (01 statements, 02 appeals, {@code ---}, a reply-only
 * {@code [:173]}) stays as a pattern of no event ({@code type} "-"), since a specific pattern that says "no event"
 * must beat a vaguer one that says otherwise; a block none of whose codes maps to a PLOVER type is dropped whole.
 */
public final class PetrarchVerbImport {
    /** Counts of one conversion. */
    public record Stats(int blocks, int blocksKept, int verbs, int forms, int patterns, int patternsWithType, int classes) {
    }

    private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S.*?)\\s*\\[([^]]*)]\\s*---.*");
    private static final Pattern CODE = Pattern.compile("\\[([^]]*)]");
    private static final Set<String> MARKERS = Set.of("$", "+", "%", "^");

    private record Verb(List<String> forms, String code) {
    }

    private record Pat(List<List<String>> before, List<List<String>> after, String code) {
    }

    private static final class Block {
        final String name;
        final String code;
        final List<Verb> verbs = new ArrayList<>();
        final List<Pat> patterns = new ArrayList<>();

        Block(String name, String code) {
            this.name = name;
            this.code = code;
        }
    }

    private final CameoPlover plover;
    private final Map<String, List<String>> classes = new LinkedHashMap<>();
    private final List<Block> blocks = new ArrayList<>();

    private PetrarchVerbImport(CameoPlover plover) {
        this.plover = plover;
    }

    /** Reads the dictionary and the CAMEO-to-PLOVER table, writes the derived table with the given header lines. */
    public static Stats run(Path dictionary, Path ploverTable, Path out, List<String> header) throws IOException {
        CameoPlover plover = CameoPlover.read(ploverTable);
        List<String> lines = Files.readAllLines(dictionary, StandardCharsets.UTF_8);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            return convert(lines, plover, w, header);
        }
    }

    /** Converts dictionary lines; {@code header} lines are written first as {@code #} comments. */
    public static Stats convert(List<String> lines, CameoPlover plover, Appendable out, List<String> header) throws IOException {
        PetrarchVerbImport imp = new PetrarchVerbImport(plover);
        imp.parse(lines);
        return imp.write(out, header);
    }

    /**
     * The licence notice of the dictionary's header (from "The MIT License" to the end of that comment block), to
     * be repeated in the derived table as the licence requires; empty when the header has none.
     */
    public static List<String> licence(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (!line.startsWith("#")) {
                if (in) break;
                continue;
            }
            String text = line.substring(1).strip();
            if (text.startsWith("The MIT License")) in = true;
            if (in && text.startsWith("LAST UPDATE")) break;
            if (in) out.add(text);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }

    // ------------------------------------------------------------------------------------------- reading

    private void parse(List<String> lines) {
        String openClass = null;
        Block block = null;
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            line = line.strip();
            if (raw.isBlank()) {
                openClass = null;
                continue;
            }
            if (line.isEmpty()) continue; // a comment line inside a class does not close it
            Matcher bm = BLOCK.matcher(line);
            if (bm.matches()) {
                openClass = null;
                block = new Block(bm.group(1).strip(), bm.group(2).strip());
                blocks.add(block);
                continue;
            }
            if (line.startsWith("&")) {
                openClass = line.substring(1).strip().toLowerCase(Locale.ROOT);
                classes.put(openClass, new ArrayList<>());
                continue;
            }
            if (openClass != null && line.startsWith("+")) {
                String member = words(line.substring(1));
                if (!member.isEmpty()) classes.get(openClass).add(member);
                continue;
            }
            if (line.startsWith("~")) continue; // verb-verb transformations need a parse tree
            if (block == null) continue;
            if (line.startsWith("-")) {
                Pat p = pattern(line.substring(1), n);
                if (p != null) block.patterns.add(p);
                continue;
            }
            block.verbs.add(verb(line, n));
        }
    }

    /** Dictionary words: underscores are spaces, a trailing underscore (no plural) and {@code +} marks go. */
    private static String words(String s) {
        return s.replace("+", "").replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private Verb verb(String line, int n) {
        String code = null;
        Matcher cm = CODE.matcher(line);
        if (cm.find()) {
            code = cm.group(1).strip();
            line = line.substring(0, cm.start()) + line.substring(cm.end());
        }
        String phrase = line;
        List<String> irregular = null;
        int brace = line.indexOf('{');
        if (brace >= 0) {
            int close = line.indexOf('}', brace);
            if (close < 0) throw new ConfigException("line " + n + ": unclosed '{' in verb " + line);
            phrase = line.substring(0, brace);
            irregular = new ArrayList<>();
            for (String f : line.substring(brace + 1, close).strip().split("[\\s,]+")) if (!f.isBlank()) irregular.add(words(f));
        }
        phrase = phrase.strip();
        List<String> forms = new ArrayList<>();
        forms.add(words(phrase));
        if (irregular != null) {
            forms.addAll(irregular);
        } else {
            String[] parts = phrase.split("_");
            int v = 0;
            for (int i = 0; i < parts.length; i++) if (parts[i].startsWith("+")) v = i;
            for (String inflected : regularForms(parts[v].replace("+", "").toLowerCase(Locale.ROOT))) {
                String[] copy = parts.clone();
                copy[v] = inflected;
                forms.add(words(String.join("_", copy)));
            }
        }
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(forms));
        distinct.removeIf(String::isEmpty);
        return new Verb(distinct, code);
    }

    /** The -s, -ed and -ing forms of a regular English verb, by PETRARCH's rules (no consonant doubling). */
    static List<String> regularForms(String v) {
        if (v.isEmpty()) return List.of();
        char last = v.charAt(v.length() - 1);
        boolean consonantY = last == 'y' && v.length() > 1 && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0;
        String s = v.endsWith("s") || v.endsWith("x") || v.endsWith("z") || v.endsWith("ch") || v.endsWith("sh") ? v + "es"
                : consonantY ? v.substring(0, v.length() - 1) + "ies" : v + "s";
        String ed = last == 'e' ? v + "d" : consonantY ? v.substring(0, v.length() - 1) + "ied" : v + "ed";
        String ing = last == 'e' && !v.endsWith("ee") ? v.substring(0, v.length() - 1) + "ing" : v + "ing";
        return List.of(s, ed, ing);
    }

    /**
     * A pattern as word groups before and after the verb: each parenthesised phrase, braced phrase or bare word is
     * one group. Null when the pattern has no code or uses an undefined class (PETRARCH ignores it too).
     */
    private Pat pattern(String body, int n) {
        Matcher cm = CODE.matcher(body);
        String code = null;
        int cut = body.length();
        while (cm.find()) {
            code = cm.group(1).strip();
            cut = cm.start();
        }
        if (code == null) return null;
        String text = body.substring(0, cut).replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ");
        List<List<String>> before = new ArrayList<>(), after = new ArrayList<>();
        List<List<String>> side = before;
        List<String> group = null;
        int depth = 0, prepositionsOnly = 0;
        for (String t : text.strip().split("\\s+")) {
            if (t.isEmpty() || MARKERS.contains(t)) continue;
            switch (t) {
                case "*" -> side = after;
                case "(", "{" -> {
                    if (depth++ == 0) group = new ArrayList<>();
                }
                case ")", "}" -> {
                    if (depth > 0 && --depth == 0 && group != null) {
                        if (t.equals(")") && group.size() == 1 && !group.get(0).startsWith("&") && side == after) prepositionsOnly++;
                        if (!group.isEmpty()) side.add(group);
                        group = null;
                    }
                }
                default -> {
                    String w = t.startsWith("&") ? "&" + t.substring(1).toLowerCase(Locale.ROOT) : words(t);
                    if (w.isEmpty() || w.equals("&")) continue;
                    if (w.startsWith("&") && !classes.containsKey(w.substring(1))) return null;
                    if (depth > 0) group.add(w);
                    else side.add(new ArrayList<>(List.of(w)));
                }
            }
        }
        if (before.isEmpty() && after.isEmpty()) return null;
        // "(TO)", "(WITH)" alone: a preposition says nothing of what follows it without a parse tree
        if (before.isEmpty() && prepositionsOnly == after.size()) return null;
        return new Pat(before, after, code);
    }

    // ------------------------------------------------------------------------------------------- writing

    /** The PLOVER type of a code, or "-" for no event ("---", 01, 02, a reply-only "[:173]"). */
    private String type(String code) {
        Optional<CameoPlover.Mapping> m = mapping(code);
        return m.isPresent() ? m.get().type() : "-";
    }

    private Optional<CameoPlover.Mapping> mapping(String code) {
        if (code == null) return Optional.empty();
        String primary = code.contains(":") ? code.substring(0, code.indexOf(':')) : code;
        primary = primary.strip();
        if (!primary.matches("\\d{2,4}")) return Optional.empty();
        return plover.map(primary);
    }

    private String mode(String code) {
        return mapping(code).map(CameoPlover.Mapping::mode).orElse("");
    }

    private static String primary(String code) {
        if (code == null) return "";
        return (code.contains(":") ? code.substring(0, code.indexOf(':')) : code).strip();
    }

    private Stats write(Appendable out, List<String> header) throws IOException {
        for (String h : header) out.append("# ").append(h).append('\n');
        out.append("kind\tname\ttext\tbefore\tcameo\ttype\tmode\tagree\n");
        List<Block> kept = new ArrayList<>();
        Set<String> usedClasses = new TreeSet<>();
        for (Block b : blocks) {
            boolean any = !type(b.code).equals("-");
            for (Verb v : b.verbs) any |= !type(v.code).equals("-");
            for (Pat p : b.patterns) any |= !type(p.code).equals("-");
            if (!any || b.verbs.isEmpty()) continue;
            kept.add(b);
            for (Pat p : b.patterns) {
                for (List<String> g : p.before) for (String w : g) if (w.startsWith("&")) usedClasses.add(w.substring(1));
                for (List<String> g : p.after) for (String w : g) if (w.startsWith("&")) usedClasses.add(w.substring(1));
            }
        }
        for (String c : usedClasses) {
            out.append("class\t&").append(c).append('\t').append(String.join("|", classes.get(c))).append('\n');
        }
        int verbs = 0, forms = 0, patterns = 0, typed = 0;
        Set<String> seen = new HashSet<>();
        for (Block b : kept) {
            String defaultType = type(b.code);
            if (!b.code.equals("---") && !b.code.isEmpty()) {
                int same = 0;
                for (Pat p : b.patterns) if (type(p.code).equals(defaultType)) same++;
                double agree = b.patterns.isEmpty() ? 1.0 : same / (double) b.patterns.size();
                row(out, "default", b.name, "", "", primary(b.code), defaultType, mode(b.code), String.format(Locale.ROOT, "%.2f", agree));
            }
            for (Verb v : b.verbs) {
                verbs++;
                forms += v.forms.size();
                String own = v.code == null ? "" : primary(v.code);
                row(out, "verb", b.name, String.join("|", v.forms), "", own, v.code == null ? "" : type(v.code), v.code == null ? "" : mode(v.code), "");
            }
            for (Pat p : b.patterns) {
                String after = groups(p.after), before = groups(p.before);
                if (!seen.add(b.name + "\t" + before + "\t" + after)) continue;
                patterns++;
                String t = type(p.code);
                if (!t.equals("-")) typed++;
                row(out, "pattern", b.name, after, before, p.code.isEmpty() ? "-" : p.code, t, mode(p.code), "");
            }
        }
        return new Stats(blocks.size(), kept.size(), verbs, forms, patterns, typed, usedClasses.size());
    }

    private static String groups(List<List<String>> groups) {
        List<String> out = new ArrayList<>();
        for (List<String> g : groups) out.add(String.join(" ", g));
        return String.join(" ; ", out);
    }

    private static void row(Appendable out, String... cells) throws IOException {
        out.append(String.join("\t", cells)).append('\n');
    }
}
