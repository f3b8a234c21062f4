package org.vigie.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Event;
import org.vigie.core.model.Input;
import org.vigie.core.model.Metadata;
import org.vigie.eval.Prf;
import org.vigie.nlp.DefaultPipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.function.Consumer;

/**
 * The PLOVER gold-standard records ({@code plover/PLOVER_GSR_CAMEO.txt} under the events data folder): the example
 * sentences of the CAMEO manual re-coded in PLOVER v0.5 by the Open Event Data Alliance, one event per record. They
 * are ideal codings written by the CAMEO authors to illustrate each category, not a sample of news: upstream warns
 * that no automatic coder is expected to get them all, and a sentence often holds other acts than the one it
 * illustrates, which count here as false positives.
 * <p>
 * Protocol. Each record's {@code text} is a one-paragraph English document (language and publication date, the
 * record's {@code date}, given as metadata) run through the whole default pipeline. The v0.5 type maps to the
 * contract's: DEMAND is REQUEST, DISAPPROVE is ACCUSE, FIGHT is ASSAULT, the others keep their name; INVESTIGATE
 * and DOCUMENT have no contract type and are skipped (counted in the header). Produced events are coded as in the
 * PETRARCH comparison ({@link EventEvaluator#coded}: Phoenix dictionaries, agent nouns, location as target when
 * there is no second actor, negated cooperation as REJECT), the dictionaries read at the record's {@code dateCoded}
 * (2016, when the gold codes were assigned: its {@code date}, 2000-01-01 for every record, is a placeholder, and
 * the dictionaries would code Serbia then as Serbia and Montenegro, SCG, where the gold has SRB). A gold actor is the list of {@code code}s of its side;
 * a produced actor is right when its code has the root of one of them ({@link ActorCodes#matches}: three letters,
 * so the gold's bare "IGO" accepts any international organisation). A gold side without a code (missing, empty
 * string or empty list) constrains nothing: any produced actor, or none, is accepted, as {@link PetrarchScore}
 * accepts anything for a gold target "---". CONSULT, AGREE and COOPERATE match in either order. Three gold codes
 * that are not ISO-3166 (JAP, ITL, VTN) are read as JPN, ITA, VNM, and Timor-Leste's TLS as TMP, the CAMEO code
 * the dictionaries give it.
 * <p>
 * A gold event is found when one produced event of its record has its type and both actors; the first such event
 * is the true positive, every other produced event of the record is a false positive (a second coding of the same
 * act is one too: one event per reported action), except the events that spell out a compound gold actor: PLOVER
 * lists the members of a compound side in one event, the contract has one actor per side, so further events of the
 * gold's type whose actors match its lists, each with another pair of actor codes, are neither true nor false. P/R/F1 per type: recall on the gold type, precision on the
 * produced type. Records at even positions of the file (half A) are the development half, the only one whose
 * errors are listed; odd positions (half B) are held out and scored only.
 */
public final class PloverGoldRecords {
    static final Map<String, String> TYPES = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "FIGHT", "ASSAULT");
    static final Set<String> CONTRACT_TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
    private static final Map<String, String> CODE_FIXES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM", "TLS", "TMP");
    private static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE");

    /** One gold record: position in the file, id, contract type, the codes of each side (empty: unconstrained). */
    record Gold(int index, String id, String type, List<String> sources, List<String> targets, String text, String date,
                String dateCoded) {
    }

    /** The readable records and the count of those skipped, by their v0.5 type. */
    record Records(List<Gold> gold, Map<String, Integer> skipped) {
    }

    private PloverGoldRecords() {
    }

    static Records parse(String json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        if (root == null || !root.isArray()) throw new IOException("not a JSON array of PLOVER records");
        List<Gold> gold = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode r = root.get(i);
            String event = r.path("event").asText("");
            String type = TYPES.getOrDefault(event, event);
            String text = r.path("text").asText("").strip();
            if (!CONTRACT_TYPES.contains(type) || text.isEmpty()) {
                skipped.merge(event.isEmpty() ? "(no event)" : event, 1, Integer::sum);
                continue;
            }
            gold.add(new Gold(i, r.path("id").asText("record " + i), type, codes(r.get("source")), codes(r.get("target")),
                    text, r.path("date").asText(null), r.path("dateCoded").asText(null)));
        }
        return new Records(gold, skipped);
    }

    private static List<String> codes(JsonNode side) {
        List<String> out = new ArrayList<>();
        if (side == null || !side.isArray()) return out;
        for (JsonNode a : side) {
            String c = a.path("code").asText("").strip().toUpperCase(Locale.ROOT);
            if (!c.isEmpty()) out.add(CODE_FIXES.getOrDefault(c, c));
        }
        return out;
    }

    static boolean matches(Gold g, PetrarchScore.Predicted p) {
        if (!g.type().equals(p.type())) return false;
        if (sides(g.sources(), g.targets(), p.source(), p.target())) return true;
        return SYMMETRIC.contains(g.type()) && sides(g.sources(), g.targets(), p.target(), p.source());
    }

    private static boolean sides(List<String> gs, List<String> gt, String ps, String pt) {
        return side(gs, ps) && side(gt, pt);
    }

    private static boolean side(List<String> gold, String predicted) {
        return gold.isEmpty() || gold.stream().anyMatch(c -> ActorCodes.matches(c, predicted));
    }

    /** Counts of one half: per type (true positives, false positives, false negatives), type-only, records. */
    static final class Score {
        private final Map<String, int[]> byType = new TreeMap<>(); // tp, fp, fn
        private final int[] typeOnly = new int[3];
        int records, recordsWithFalse, recordsWithout;

        void add(Gold g, List<PetrarchScore.Predicted> pred, Consumer<String> errors) {
            records++;
            if (pred.isEmpty()) recordsWithout++;
            PetrarchScore.Predicted hit = pred.stream().filter(p -> matches(g, p)).findFirst().orElse(null);
            if (hit != null) count(g.type())[0]++;
            else {
                count(g.type())[2]++;
                errors.accept("missed " + g.type() + " " + g.sources() + " -> " + g.targets());
            }
            boolean typeHit = false, anyFalse = false;
            Set<String> members = new HashSet<>();
            if (hit != null) members.add(hit.source() + ">" + hit.target());
            boolean compound = g.sources().size() > 1 || g.targets().size() > 1;
            for (PetrarchScore.Predicted p : pred) {
                // one event per member of a compound gold actor is the same coding, PLOVER's list spelt out
                boolean member = compound && p != hit && matches(g, p) && members.add(p.source() + ">" + p.target());
                if (!typeHit && p.type().equals(g.type())) {
                    typeHit = true;
                    typeOnly[0]++;
                } else if (!member) typeOnly[1]++;
                if (p == hit || member) continue;
                count(p.type())[1]++;
                anyFalse = true;
                errors.accept("false " + p.type() + " " + p.label() + " (" + p.source() + " -> " + p.target() + ")");
            }
            if (!typeHit) typeOnly[2]++;
            if (anyFalse) recordsWithFalse++;
        }

        private int[] count(String type) {
            return byType.computeIfAbsent(type, k -> new int[3]);
        }

        Prf type(String type) {
            int[] c = byType.getOrDefault(type, new int[3]);
            return new Prf(c[0], c[1], c[2]);
        }

        Prf all() {
            Prf p = Prf.ZERO;
            for (String t : byType.keySet()) p = p.plus(type(t));
            return p;
        }

        Prf typeOnly() {
            return new Prf(typeOnly[0], typeOnly[1], typeOnly[2]);
        }

        Set<String> types() {
            return byType.keySet();
        }
    }

    public static int run(Path dataDir, PrintStream out, boolean showErrors) {
        Path root = EventEvaluator.eventsRoot(dataDir);
        Path file = root.resolve("plover/PLOVER_GSR_CAMEO.txt");
        Path dictionaries = root.resolve("petrarch2/dictionaries");
        if (!EventEvaluator.allPresent(out, file, dictionaries)) return 0;
        Records records;
        ActorCodes codes;
        try {
            records = parse(Files.readString(file, StandardCharsets.UTF_8));
            codes = EventEvaluator.phoenixCodes(dictionaries);
        } catch (IOException e) {
            out.println("skipped: cannot read " + file + ": " + e.getMessage());
            return 0;
        }
        List<Annotator> annotators = DefaultPipeline.create().annotators();
        Score[] halves = {new Score(), new Score()};
        List<String> errorLines = new ArrayList<>();
        for (Gold g : records.gold()) {
            List<PetrarchScore.Predicted> pred;
            try {
                Document doc = analyse(annotators, g);
                pred = EventEvaluator.coded(doc, doc.layerOrEmpty(LayerKind.EVENTS), codes, dateOf(g.dateCoded()));
            } catch (RuntimeException e) {
                out.println("  pipeline failed (" + e + ") on record " + g.id());
                pred = List.of();
            }
            boolean development = g.index() % 2 == 0;
            List<String> errors = new ArrayList<>();
            halves[development ? 0 : 1].add(g, pred, errors::add);
            if (showErrors && development && !errors.isEmpty()) {
                errorLines.add("  [A] " + g.id() + ": " + g.text());
                errors.forEach(e -> errorLines.add("      " + e));
            }
        }
        out.println("PLOVER gold records (plover/PLOVER_GSR_CAMEO.txt): CAMEO-manual example sentences re-coded in PLOVER"
                + " v0.5, ideal codings by the CAMEO authors (upstream warns no coder gets them all); "
                + records.gold().size() + " records scored, skipped " + records.skipped()
                + "; type + both actors (country root), half A = even positions (development), B = odd (held out)");
        print(out, halves);
        errorLines.forEach(out::println);
        return 0;
    }

    static void print(PrintStream out, Score[] halves) {
        out.printf(Locale.ROOT, "%-10s | %-32s | %-32s%n", "type", "A: gold pred  tp    P     R     F1",
                "B: gold pred  tp    P     R     F1");
        Set<String> types = new TreeSet<>();
        for (Score s : halves) types.addAll(s.types());
        for (String t : types) row(out, t, halves[0].type(t), halves[1].type(t));
        row(out, "ALL", halves[0].all(), halves[1].all());
        row(out, "ALL (type)", halves[0].typeOnly(), halves[1].typeOnly());
        for (int h = 0; h < 2; h++) {
            Score s = halves[h];
            Prf a = s.all();
            out.printf(Locale.ROOT, "half %s: %d records, %d with a false positive (%.2f), %d without any event;"
                            + " false positives %d of %d produced (%.2f)%n", h == 0 ? "A" : "B", s.records,
                    s.recordsWithFalse, ratio(s.recordsWithFalse, s.records), s.recordsWithout, a.fp(), a.system(),
                    ratio(a.fp(), a.system()));
        }
    }

    private static void row(PrintStream out, String name, Prf a, Prf b) {
        out.printf(Locale.ROOT, "%-10s | %s | %s%n", name, cells(a), cells(b));
    }

    private static String cells(Prf p) {
        return String.format(Locale.ROOT, "   %4d %4d %3d %5.2f %5.2f %5.2f", p.gold(), p.system(), p.tp(),
                p.precision(), p.recall(), p.f1());
    }

    /** The record's text as one body paragraph of an English document published on the record's date. */
    static Document analyse(List<Annotator> annotators, Gold g) {
        Metadata meta = new Metadata(null, null, g.date(), null, null, null, "en", null, List.of());
        byte[] bytes = g.text().getBytes(StandardCharsets.UTF_8);
        Document doc = Document.of(Document.sha256(bytes), Input.ofPath(null, "text/plain", bytes.length), g.text(), meta);
        for (Annotator a : annotators) {
            Layers out = Pipeline.apply(a, doc);
            doc = doc.with(out);
            if (a.produces().contains(LayerKind.BLOCKS)) doc = EventEvaluator.asBodyParagraph(doc.without(LayerKind.TITLE));
        }
        return doc;
    }

    private static int dateOf(String iso) {
        if (iso == null || !iso.matches("\\d{4}-\\d{2}-\\d{2}.*")) return 20161231;
        return Integer.parseInt(iso.substring(0, 10).replace("-", ""));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
