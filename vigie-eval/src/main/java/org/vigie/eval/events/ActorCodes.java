package org.vigie.eval.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names to CAMEO actor codes from TABARI/PETRARCH actor dictionaries (Phoenix.Countries, .International,
 * .MilNonState): a root name line, {@code +SYNONYM} lines, and codes in brackets, possibly restricted by date
 * ({@code [USAGOV >090120]}, {@code [RUSELI 700101-990809]}). Used to map the annotator's entities, known by
 * name, onto the gold's codes.
 */
public final class ActorCodes {
    private record Code(String code, int from, int to) {
    }

    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]+)]");

    private final Map<String, List<Code>> byName = new HashMap<>();
    private boolean restrictionsFirst;

    public static ActorCodes read(List<Path> files) throws IOException {
        ActorCodes a = new ActorCodes();
        for (Path f : files) {
            if (!Files.exists(f)) continue;
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                a.load(r.lines().toList());
            }
        }
        return a;
    }

    /**
     * These codes with every date restriction preferred to the default code, as upstream reads them: a
     * {@code [HOBCIV <20080120]} restriction then wins before its date. By default only a restriction with a start
     * date does, since the gold sets coded with the Phoenix dictionaries use today's code for a state before a
     * {@code <date} restriction ({@code MONTENEGRO [MNE]}, {@code [YUGMNE <920427]}: gold MNE).
     */
    public ActorCodes restrictionsFirst() {
        restrictionsFirst = true;
        return this;
    }

    static ActorCodes of(String... lines) {
        ActorCodes a = new ActorCodes();
        a.load(List.of(lines));
        return a;
    }

    private void load(List<String> lines) {
        List<String> names = new ArrayList<>();
        List<Code> codes = new ArrayList<>();
        Map<String, List<String>> markers = new HashMap<>();
        for (String raw : lines) {
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            if (line.isBlank() || line.startsWith("<!--")) continue;
            Matcher marker = MARKER_DEFINITION.matcher(line.strip());
            if (marker.matches()) {
                // an agents-file substitution set ("!PERSON! = MAN, MEN, WOMAN"): each item replaces the marker
                List<String> items = new ArrayList<>();
                for (String item : marker.group(2).split(",")) if (!item.isBlank()) items.add(item.strip());
                markers.put(marker.group(1).toUpperCase(Locale.ROOT), items);
                continue;
            }
            boolean codeOnly = Character.isWhitespace(line.charAt(0)) && line.strip().startsWith("[");
            if (!codeOnly && !line.startsWith("+")) {
                flush(names, codes);
                names.clear();
                codes.clear();
            }
            Matcher m = BRACKET.matcher(line);
            while (m.find()) codes.add(code(m.group(1).strip()));
            if (codeOnly) continue;
            String name = line.replaceAll("\\[[^\\]]*]", "").strip();
            if (name.startsWith("+")) name = name.substring(1);
            // an agents-file plural in braces ("ATTORNEY_GENERAL {ATTORNEYS_GENERAL}", "{}" for none) is one more name
            Matcher plural = PLURAL.matcher(name);
            List<String> forms = new ArrayList<>();
            if (plural.find()) {
                if (!plural.group(1).isBlank()) forms.add(plural.group(1).strip());
                name = plural.replaceAll("").strip();
            }
            forms.add(0, name);
            for (String form : forms) for (String f : substituted(form, markers)) if (!f.isEmpty()) names.add(key(f.replace('_', ' ')));
        }
        flush(names, codes);
    }

    private static final Pattern MARKER_DEFINITION = Pattern.compile("(![A-Za-z]+!)\\s*=\\s*(.*)");
    private static final Pattern MARKER = Pattern.compile("![A-Za-z]+!");
    private static final Pattern PLURAL = Pattern.compile("\\{([^}]*)}");

    /** A phrase with its substitution marker ("CONGRESS!PERSON!") replaced by each item of the marker's set. */
    private static List<String> substituted(String phrase, Map<String, List<String>> markers) {
        Matcher m = MARKER.matcher(phrase);
        if (!m.find()) return List.of(phrase);
        List<String> items = markers.get(m.group().toUpperCase(Locale.ROOT));
        if (items == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String item : items) out.addAll(substituted(phrase.substring(0, m.start()) + item + phrase.substring(m.end()), markers));
        return out;
    }

    private void flush(List<String> names, List<Code> codes) {
        if (codes.isEmpty()) return;
        for (String n : names) if (!n.isEmpty()) byName.computeIfAbsent(n, k -> new ArrayList<>()).addAll(codes);
    }

    private static Code code(String s) {
        String[] p = s.split("\\s+", 2);
        String code = p[0].replace("~", "---").toUpperCase(Locale.ROOT);
        int from = Integer.MIN_VALUE, to = Integer.MAX_VALUE;
        if (p.length > 1) {
            // a restriction may be spaced ("< 950601", "19950601 - 19990815")
            String r = p[1].replaceAll("\\s+", "");
            if (r.startsWith(">")) from = date(r.substring(1));
            else if (r.startsWith("<")) to = date(r.substring(1));
            else if (r.contains("-")) {
                from = date(r.substring(0, r.indexOf('-')));
                to = date(r.substring(r.indexOf('-') + 1));
            }
        }
        return new Code(code, from, to);
    }

    /** YYMMDD with a 1930 pivot, as in the dictionaries, to YYYYMMDD; a YYYYMMDD date is kept. */
    private static int date(String yymmdd) {
        try {
            if (yymmdd.strip().length() == 8) return Integer.parseInt(yymmdd.strip());
            int v = Integer.parseInt(yymmdd.strip());
            int yy = v / 10000;
            return (yy >= 30 ? 19000000 : 20000000) + v;
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }

    static String key(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
    }

    /**
     * The code of a name at a date (YYYYMMDD): the whole name, else its last word (a surname), else nothing.
     * "The United States" and "US" find "UNITED STATES" and "US".
     */
    public Optional<String> code(String name, int date) {
        Optional<String> found = wholeCode(name, date);
        String k = bare(name);
        if (found.isPresent() || !k.contains(" ")) return found;
        return code(k.substring(k.lastIndexOf(' ') + 1), date);
    }

    /** The code of the whole name at a date (a plural by its singular), never of its last word alone. */
    public Optional<String> wholeCode(String name, int date) {
        String k = bare(name);
        Optional<String> found = lookup(k, date);
        if (found.isEmpty() && k.endsWith("S")) found = lookup(k.substring(0, k.length() - 1), date);
        return found;
    }

    private static String bare(String name) {
        String k = key(name);
        return k.startsWith("THE ") ? k.substring(4) : k;
    }

    /**
     * The agent code of a noun phrase after an actor's name, from the agents dictionary ("police" is {@code ---COP},
     * "army" {@code ---MIL}, "government" {@code ---GOV}), a plural found by its singular; empty for other words.
     */
    public Optional<String> agent(String phrase, int date) {
        String k = key(phrase);
        Optional<String> found = lookup(k, date);
        if (found.isEmpty() && k.endsWith("IES")) found = lookup(k.substring(0, k.length() - 3) + "Y", date);
        if (found.isEmpty() && k.endsWith("S")) found = lookup(k.substring(0, k.length() - 1), date);
        return found.filter(c -> c.startsWith("---") && c.length() > 3);
    }

    /**
     * A state's code with an agent's ({@code GEO} and {@code ---OPP}: {@code GEOOPP}), as PETRARCH codes "Georgian
     * demonstrators"; a code that already has a sector (a person, {@code USAGOV}) keeps its own.
     */
    public static String withAgent(String actor, String agent) {
        if (actor == null || agent == null || actor.length() != 3 || actor.startsWith("IGO")) return actor;
        return actor + agent.substring(3);
    }

    private Optional<String> lookup(String k, int date) {
        List<Code> codes = byName.get(k);
        if (codes == null) return Optional.empty();
        for (Code c : codes) {
            boolean restricted = c.from != Integer.MIN_VALUE || restrictionsFirst && c.to != Integer.MAX_VALUE;
            if (date >= c.from && date <= c.to && restricted) return Optional.of(c.code);
        }
        for (Code c : codes) if (date >= c.from && date <= c.to) return Optional.of(c.code);
        return Optional.of(codes.get(codes.size() - 1).code);
    }

    /**
     * Whether a predicted code stands for the gold actor: same country or organisation root (first three letters;
     * six for international organisations "IGO..."), or, for a gold actor of unknown country ("---REB"), the same
     * sector code.
     */
    public static boolean matches(String gold, String predicted) {
        if (gold == null || predicted == null) return false;
        gold = gold.toUpperCase(Locale.ROOT);
        predicted = predicted.toUpperCase(Locale.ROOT);
        if (gold.startsWith("---")) {
            String sector = gold.substring(3);
            return !sector.isEmpty() && predicted.length() > 3 && predicted.substring(3).startsWith(sector);
        }
        int n = gold.startsWith("IGO") ? Math.min(6, gold.length()) : Math.min(3, gold.length());
        return predicted.length() >= n && predicted.substring(0, n).equals(gold.substring(0, n));
    }
}
