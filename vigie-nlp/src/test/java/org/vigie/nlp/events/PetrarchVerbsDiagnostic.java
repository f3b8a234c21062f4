package org.vigie.nlp.events;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;
import org.vigie.nlp.DefaultPipeline;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.quotes.PhraseMatcher;
import org.vigie.nlp.quotes.TextIndex;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Developer diagnostic, not a test (run with {@code vigie-nlp/target/test-classes:vigie-nlp/target/classes:
 * vigie-cli/target/vigie.jar} on the class path after {@code test-compile}). Three modes:
 * <ul>
 * <li>{@code ERRORS_FILE}: for each missed gold event of a development-half error listing ({@code vigie eval events
 * --errors | grep -v '[B]'} saved to a file), whether the sentence holds a form of an {@code event-verbs.tsv} verb
 * whose block can code the gold type, and what became of it (form not read, no pattern, a "-" pattern won, another
 * type, covered by another trigger, trigger found but no event, event made with wrong actors); counts by cause.</li>
 * <li>{@code x.txt PLOVER_GSR_CAMEO.txt}: the table alone and the team cues alone on the development half (even
 * positions) of the PLOVER records: how often each gives the gold type and how many other types
 * ({@code -Dshow=true} lists the table's readings, {@code -Dmisses=true} its decisions on the records it misses,
 * {@code -Ddefaults=true} reads the table with {@link PetrarchVerbs.Defaults#ALL}).</li>
 * <li>{@code --sentence TEXT}: the table's decision on each listed past form of one sentence.</li>
 * </ul>
 * It never reads held-out records.
 */
final class PetrarchVerbsDiagnostic {
    private PetrarchVerbsDiagnostic() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--sentence")) {
            List<String> forms = TextIndex.of(DefaultPipeline.create(List.of("blocks", "segment")).run(Document.ofText(args[1]))).forms();
            PetrarchVerbs table = PetrarchVerbs.forLanguage("en").orElseThrow();
            for (int k = 0; k < forms.size(); k++) {
                String dec = table.decision(forms, k, forms.size());
                if (dec != null) System.out.println(forms.get(k) + "\t" + dec);
            }
            return;
        }
        if (args[0].endsWith(".txt") && args.length > 1) {
            tableAlone(Path.of(args[1]));
            return;
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String[]> missed = new ArrayList<>(); // {type, sentence}
        String sentence = null;
        for (String l : lines) {
            if (l.contains("[B]")) continue;
            String t = l.strip();
            if (t.startsWith("[A] ")) {
                int colon = t.indexOf(": ");
                String rest = t.substring(colon + 2);
                if (rest.startsWith("missed ") && rest.contains(" | ")) {
                    missed.add(new String[]{rest.split(" ")[1], rest.substring(rest.indexOf(" | ") + 3)});
                    sentence = null;
                } else if (!rest.startsWith("false ")) {
                    sentence = rest;
                }
            } else if (t.startsWith("missed ") && sentence != null) {
                missed.add(new String[]{t.split(" ")[1], sentence});
            } else if (!t.startsWith("false ") && !t.startsWith("missed ")) {
                sentence = null;
            }
        }
        List<Map<String, String>> rows = LanguagePack.of("en").table("event-verbs.tsv");
        // block -> types its default, members' own codes and patterns can give
        Map<String, Set<String>> blockTypes = new HashMap<>();
        Map<String, String> blockDefault = new HashMap<>();
        Map<String, List<String[]>> formBlocks = new HashMap<>(); // form -> {block, base}
        for (Map<String, String> r : rows) {
            String kind = r.get("kind"), name = r.get("name"), type = r.getOrDefault("type", "");
            if (!kind.equals("class") && !type.isBlank() && !type.equals("-")) blockTypes.computeIfAbsent(name, k -> new TreeSet<>()).add(type);
            if (kind.equals("default")) blockDefault.put(name, type + "/" + r.getOrDefault("agree", "") + "/" + r.get("cameo"));
            if (kind.equals("verb")) {
                String[] all = r.get("text").split("\\|");
                for (String f : all) formBlocks.computeIfAbsent(LanguagePack.normalize(f.strip()), k -> new ArrayList<>())
                        .add(new String[]{name, LanguagePack.normalize(all[0].strip())});
            }
        }
        PetrarchVerbs table = PetrarchVerbs.forLanguage("en").orElseThrow();
        PetrarchVerbs withDefaults = PetrarchVerbs.of(rows, true);
        EventLexicon ev = EventLexicon.of("en").orElseThrow();
        var pipeline = DefaultPipeline.create();
        Map<String, Integer> counts = new TreeMap<>();
        for (String[] m : missed) {
            String type = m[0];
            Document d = pipeline.run(Document.ofText(m[1]));
            TextIndex ix = TextIndex.of(d);
            List<String> forms = ix.forms();
            List<Event> events = d.layerOrEmpty(LayerKind.EVENTS);
            boolean producedType = events.stream().anyMatch(e -> e.type().name().equals(type));
            List<PhraseMatcher.Match<Trigger>> trig = ev.triggersIn(forms, 0, forms.size());
            String cause = null, detail = "";
            int rank = -1;
            for (int i = 0; i < forms.size(); i++) {
                for (int len = 3; len >= 1; len--) {
                    if (i + len > forms.size()) continue;
                    String f = String.join(" ", forms.subList(i, i + len));
                    List<String[]> bl = formBlocks.get(f);
                    if (bl == null) continue;
                    for (String[] b : bl) {
                        if (!blockTypes.getOrDefault(b[0], Set.of()).contains(type)) continue;
                        String c;
                        int r;
                        String dec = table.decision(forms, i, forms.size());
                        Optional<PetrarchVerbs.Match> dm = table.at(forms, i, forms.size());
                        PhraseMatcher.Match<Trigger> at = null;
                        for (PhraseMatcher.Match<Trigger> t : trig) if (t.start() <= i && i < t.end()) at = t;
                        String def = blockDefault.getOrDefault(b[0], "?");
                        if (at != null && at.value().type().name().equals(type)) {
                            c = producedType ? "8 event of type made, actors wrong" : "7 trigger of type found, no event (dropped or no actor)";
                            r = producedType ? 8 : 7;
                        } else if (at != null) {
                            c = "6 covered by another trigger (" + at.value().type() + ")";
                            r = 6;
                        } else if (!PetrarchVerbs.isPast(b[1], f) && !f.equals(b[1]) || f.equals(b[1]) && dec == null) {
                            c = "1 form not read (base/-s/-ing, or saying block)";
                            r = 1;
                        } else if (dec == null) {
                            c = "1 form not read (base/-s/-ing, or saying block)";
                            r = 1;
                        } else if (dec.endsWith("=> -")) {
                            c = "4 '-' pattern won";
                            r = 4;
                        } else if (dec.startsWith("pattern")) {
                            c = dm.isPresent() ? "5 pattern of other type" : "5 pattern matched but hit not kept";
                            r = 5;
                        } else {
                            Optional<PetrarchVerbs.Match> w = withDefaults.at(forms, i, forms.size());
                            c = w.isPresent() && w.get().type().name().equals(type) ? "3 no pattern, default would code it" : "2 no pattern, no usable default";
                            r = w.isPresent() && w.get().type().name().equals(type) ? 3 : 2;
                        }
                        if (r > rank) {
                            rank = r;
                            cause = c;
                            detail = f + " [" + b[0] + " default " + def + "] " + (dec == null ? "" : dec);
                        }
                    }
                }
            }
            if (cause == null) {
                cause = "0 no table form of the type";
                if (producedType) cause = "0b no table form, type made by cues, actors wrong";
            }
            counts.merge(cause.replaceAll(" \\(\\w+\\)$", ""), 1, Integer::sum);
            System.out.println(type + "\t" + cause + "\t" + detail + "\t| " + m[1]);
        }
        System.out.println();
        System.out.println("missed gold events: " + missed.size());
        counts.forEach((k, v) -> System.out.println(v + "\t" + k));
    }

    private static final Map<String, String> TYPES = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "FIGHT", "ASSAULT");

    /**
     * The table alone and the team cues alone on the development half (even positions) of the PLOVER records: how
     * often each gives the gold type somewhere in the record's text, and how many other types it gives.
     */
    static void tableAlone(Path plover) throws Exception {
        JsonNode root = new ObjectMapper().readTree(Files.readString(plover, StandardCharsets.UTF_8));
        var pipeline = DefaultPipeline.create(List.of("blocks", "segment"));
        PetrarchVerbs table = Boolean.getBoolean("defaults") ? PetrarchVerbs.of(LanguagePack.of("en").table("event-verbs.tsv"), true)
                : PetrarchVerbs.forLanguage("en").orElseThrow();
        EventLexicon ev = EventLexicon.of("en").orElseThrow();
        int n = 0, tableRight = 0, tableOther = 0, cueRight = 0, cueOther = 0, tableOnly = 0, union = 0;
        Map<String, int[]> byType = new TreeMap<>();
        for (int i = 0; i < root.size(); i += 2) {
            JsonNode r = root.get(i);
            String event = r.path("event").asText("");
            String type = TYPES.getOrDefault(event, event);
            String text = r.path("text").asText("").strip();
            if (text.isEmpty()) continue;
            try {
                EventType.valueOf(type);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (type.equals("DOCUMENT") || type.equals("INVESTIGATE")) continue;
            n++;
            List<String> forms = TextIndex.of(pipeline.run(Document.ofText(text))).forms();
            Set<String> t = new HashSet<>(), c = new HashSet<>();
            for (int k = 0; k < forms.size(); k++) {
                Optional<PetrarchVerbs.Match> m = table.at(forms, k, forms.size());
                if (m.isPresent()) {
                    t.add(m.get().type().name());
                    if (Boolean.getBoolean("show")) System.out.println((m.get().type().name().equals(type) ? "RIGHT " : "OTHER ") + type + "\t"
                            + String.join(" ", forms.subList(k, Math.min(forms.size(), m.get().patternEnd()))) + "\t" + m.get().rule() + " => " + m.get().type());
                }
            }
            for (PhraseMatcher.Match<Trigger> m : ev.triggers().findAll(forms, 0, forms.size())) c.add(m.value().type().name());
            if (Boolean.getBoolean("misses") && !t.contains(type)) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < forms.size(); k++) {
                    String dec = table.decision(forms, k, forms.size());
                    if (dec != null) sb.append(" [").append(forms.get(k)).append(": ").append(dec).append("]");
                }
                System.out.println("MISS " + type + "\t" + sb + "\t| " + text);
            }
            int[] bt = byType.computeIfAbsent(type, k -> new int[3]);
            bt[0]++;
            if (t.contains(type)) { tableRight++; bt[1]++; }
            if (c.contains(type)) { cueRight++; bt[2]++; }
            if (t.contains(type) && !c.contains(type)) tableOnly++;
            if (t.contains(type) || c.contains(type)) union++;
            tableOther += (int) t.stream().filter(x -> !x.equals(type)).count();
            cueOther += (int) c.stream().filter(x -> !x.equals(type)).count();
        }
        System.out.printf(Locale.ROOT, "PLOVER half A, %d records: table gives the gold type in %d (%.2f), other types %d;"
                + " cues alone %d (%.2f), other types %d; table not cues %d; either %d%n", n, tableRight,
                tableRight / (double) n, tableOther, cueRight, cueRight / (double) n, cueOther, tableOnly, union);
        byType.forEach((k, v) -> System.out.println("  " + k + "\t" + v[0] + "\ttable " + v[1] + "\tcues " + v[2]));
    }
}
