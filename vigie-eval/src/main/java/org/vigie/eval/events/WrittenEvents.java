package org.vigie.eval.events;

import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityRef;
import org.vigie.core.model.Event;
import org.vigie.core.model.Span;
import org.vigie.eval.Prf;
import org.vigie.nlp.DefaultPipeline;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.lang.LanguagePack;

import java.io.PrintStream;
import java.util.*;

/**
 * Events in news-style sentences the team wrote with their gold events ({@code written/<set>.txt} and
 * {@code written/<set>-test.txt} for each of {@link #SETS}, format in the files' headers): the general recall and precision of the events
 * annotator outside the demo world, which the rules were tuned on. Each sentence is a one-paragraph document run
 * through the whole default pipeline (entities included, so an actor the entity annotator misses is a missed event).
 * A gold event is found when a predicted event of the sentence has its type and both its actors (either order for
 * the symmetric CONSULT, AGREE and COOPERATE; "-" in the gold means no second actor); an actor matches by its
 * entity's name, any of its mention texts in the sentence, or any knowledge-base name of the entity, compared without
 * case and accents. Mode and negation are reported as agreement on the found events. The development files' errors
 * are listed with {@code --errors}; the held-out files ({@code -test}), written with them before any rule change,
 * are scored only. 20 to 40 sentences per file: the numbers show the level and the kinds of error, not a fine score.
 */
public final class WrittenEvents {
    /**
     * The written sets, in the order they are printed: one per language, then later rounds named
     * {@code <lang>-<round>}; each has a development file and a held-out {@code -test} file.
     */
    public static final List<String> SETS = List.of("en", "fr", "en-wire", "fr-wire", "en-wire2", "en-wire3", "en-wire4", "en-wire5", "fr-wire2");
    private static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE");

    private WrittenEvents() {
    }

    /** A gold event: PLOVER type, optional mode, actor names (actor2 null when none), negation. */
    record Gold(String type, String mode, String actor1, String actor2, boolean negated) {
    }

    /** A sentence and its gold events (none for a sentence without event). */
    record Sentence(String text, List<Gold> events) {
    }

    /** A predicted event reduced to what is compared: type, mode, the names each actor answers to, negation. */
    record Predicted(String type, String mode, Set<String> actor1, Set<String> actor2, boolean negated, String label) {
    }

    /** Reads a written set: sentence lines, each followed by its {@code = TYPE[/mode] | a1 | a2 | negated} lines. */
    static List<Sentence> parse(List<String> lines) {
        List<Sentence> out = new ArrayList<>();
        String text = null;
        List<Gold> events = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("=")) {
                if (text == null) throw new IllegalArgumentException("gold event before any sentence: " + raw);
                events.add(gold(line.substring(1)));
                continue;
            }
            if (text != null) out.add(new Sentence(text, List.copyOf(events)));
            text = line;
            events.clear();
        }
        if (text != null) out.add(new Sentence(text, List.copyOf(events)));
        return out;
    }

    private static Gold gold(String spec) {
        String[] f = spec.split("\\|", -1);
        if (f.length < 3 || f.length > 4) throw new IllegalArgumentException("expected 'TYPE | actor1 | actor2 [| negated]': " + spec);
        String[] typeMode = f[0].strip().split("/", 2);
        String type = typeMode[0];
        try {
            org.vigie.core.model.EventType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown event type '" + type + "' in: " + spec);
        }
        String actor1 = f[1].strip(), actor2 = f[2].strip();
        if (actor1.isEmpty() || actor1.equals("-")) throw new IllegalArgumentException("missing actor1 in: " + spec);
        boolean negated = false;
        if (f.length == 4) {
            if (!f[3].strip().equals("negated")) throw new IllegalArgumentException("last field must be 'negated': " + spec);
            negated = true;
        }
        return new Gold(type, typeMode.length > 1 ? typeMode[1] : null, actor1, actor2.equals("-") ? null : actor2, negated);
    }

    static List<Sentence> read(String set) {
        return parse(org.vigie.eval.Resources.lines(WrittenEvents.class, "written/" + set + ".txt"));
    }

    static String key(String name) {
        return LanguagePack.normalize(name).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Counts of one language or type: found gold events, predicted, gold; with mode and negation agreement. */
    static final class Tally {
        int tp, pred, gold, modeGold, modeHit, negHit;

        Prf prf() {
            return new Prf(tp, pred - tp, gold - tp);
        }

        void add(Tally o) {
            tp += o.tp;
            pred += o.pred;
            gold += o.gold;
            modeGold += o.modeGold;
            modeHit += o.modeHit;
            negHit += o.negHit;
        }
    }

    /**
     * Pairs gold and predicted events of one sentence one to one, greedily in gold order; counts into {@code all}
     * and {@code byType}; reports each miss and false alarm to {@code errors} when not null.
     */
    static void score(List<Gold> gold, List<Predicted> predicted, Tally all, Map<String, Tally> byType, List<String> errors) {
        boolean[] used = new boolean[predicted.size()];
        all.gold += gold.size();
        all.pred += predicted.size();
        for (Gold g : gold) byType.computeIfAbsent(g.type(), k -> new Tally()).gold++;
        for (Predicted p : predicted) byType.computeIfAbsent(p.type(), k -> new Tally()).pred++;
        for (Gold g : gold) {
            int found = -1;
            for (int i = 0; i < predicted.size() && found < 0; i++) {
                if (!used[i] && matches(g, predicted.get(i))) found = i;
            }
            if (found < 0) {
                if (errors != null) errors.add("missed " + describe(g));
                continue;
            }
            used[found] = true;
            Predicted p = predicted.get(found);
            for (Tally t : List.of(all, byType.get(g.type()))) {
                t.tp++;
                if (g.mode() != null) {
                    t.modeGold++;
                    if (g.mode().equals(p.mode())) t.modeHit++;
                }
                if (g.negated() == p.negated()) t.negHit++;
            }
            if (errors != null && g.negated() != p.negated()) errors.add("negation differs on " + describe(g));
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i] && errors != null) errors.add("spurious " + predicted.get(i).label());
        }
    }

    static boolean matches(Gold g, Predicted p) {
        if (!g.type().equals(p.type())) return false;
        if (actor(g.actor1(), p.actor1()) && actor(g.actor2(), p.actor2())) return true;
        return SYMMETRIC.contains(g.type()) && g.actor2() != null && actor(g.actor1(), p.actor2()) && actor(g.actor2(), p.actor1());
    }

    private static boolean actor(String gold, Set<String> names) {
        if (gold == null) return names == null;
        return names != null && names.contains(key(gold));
    }

    private static String describe(Gold g) {
        return g.type() + (g.mode() == null ? "" : "/" + g.mode()) + " " + g.actor1() + " -> "
                + (g.actor2() == null ? "-" : g.actor2()) + (g.negated() ? " (negated)" : "");
    }

    /** The names an event actor answers to: its own, its entity's, its mentions' texts and its knowledge-base names. */
    static Set<String> names(EntityRef ref, Document doc) {
        if (ref == null) return null;
        Set<String> out = new HashSet<>();
        if (ref.name() != null) out.add(key(ref.name()));
        for (Entity e : doc.layerOrEmpty(LayerKind.ENTITIES)) {
            if (!e.id().equals(ref.entity())) continue;
            out.add(key(e.name()));
            for (Span s : e.mentions()) out.add(key(doc.text(s)));
        }
        KnowledgeBase.get().entry(ref.entity()).map(KbEntry::allNames).ifPresent(all -> all.forEach(n -> out.add(key(n))));
        out.remove("");
        return out;
    }

    static Predicted predicted(Event e, Document doc) {
        String label = e.type() + (e.mode() == null ? "" : "/" + e.mode()) + " "
                + (e.actor1() == null ? "-" : e.actor1().name()) + " -> " + (e.actor2() == null ? "-" : e.actor2().name())
                + (e.negated() ? " (negated)" : "");
        return new Predicted(e.type().name(), e.mode(), names(e.actor1(), doc), names(e.actor2(), doc), e.negated(), label);
    }

    /**
     * Runs the default pipeline on one sentence. The line is declared one body paragraph after the block annotator,
     * since a lone line may be taken for a headline and the events annotator reads paragraphs only.
     */
    static Document analyse(List<Annotator> annotators, String text) {
        Document doc = Document.ofText(text);
        for (Annotator a : annotators) {
            Layers out = Pipeline.apply(a, doc);
            doc = doc.with(out);
            if (a.produces().contains(LayerKind.BLOCKS)) doc = EventEvaluator.asBodyParagraph(doc.without(LayerKind.TITLE));
        }
        return doc;
    }

    /** Runs the default pipeline on every written set and prints the tables: development sets, then held-out sets. */
    public static int run(PrintStream out, boolean showErrors) {
        List<Annotator> annotators = DefaultPipeline.create().annotators();
        out.println("events in team-written news sentences (type + both actors; pipeline: "
                + String.join(",", DefaultPipeline.names()) + ")");
        table(out, annotators, "development sets", "", showErrors);
        table(out, annotators, "held-out sets (errors not listed)", "-test", false);
        return 0;
    }

    private static void table(PrintStream out, List<Annotator> annotators, String title, String suffix, boolean showErrors) {
        out.println(title);
        Map<String, Map<String, Tally>> types = new LinkedHashMap<>();
        Tally total = new Tally();
        List<String> errorLines = new ArrayList<>();
        out.println("set       sentences  gold  pred    P     R     F1    mode  negation (on found events)");
        for (String set : SETS) {
            List<Sentence> sentences = read(set + suffix);
            Tally t = new Tally();
            Map<String, Tally> byType = types.computeIfAbsent(set, k -> new TreeMap<>());
            for (Sentence s : sentences) {
                List<String> errors = showErrors ? new ArrayList<>() : null;
                List<Predicted> predicted;
                try {
                    Document doc = analyse(annotators, s.text());
                    predicted = doc.layerOrEmpty(LayerKind.EVENTS).stream().map(e -> predicted(e, doc)).toList();
                } catch (RuntimeException e) {
                    out.println("  " + set + ": pipeline failed (" + e + ") on: " + s.text());
                    predicted = List.of();
                }
                score(s.events(), predicted, t, byType, errors);
                if (errors != null && !errors.isEmpty()) {
                    errorLines.add(set + ": " + s.text());
                    errors.forEach(e -> errorLines.add("  " + e));
                }
            }
            print(out, set, sentences.size(), t);
            total.add(t);
        }
        print(out, "all", -1, total);
        Set<String> allTypes = new TreeSet<>();
        types.values().forEach(m -> allTypes.addAll(m.keySet()));
        out.print("type        ");
        for (String set : SETS) out.printf(Locale.ROOT, " %-7s gold pred found", set);
        out.println();
        for (String type : allTypes) {
            out.printf(Locale.ROOT, "%-12s", type);
            for (String set : SETS) {
                Tally t = types.get(set).getOrDefault(type, new Tally());
                out.printf(Locale.ROOT, "         %4d %4d %5d", t.gold, t.pred, t.tp);
            }
            out.println();
        }
        errorLines.forEach(out::println);
    }

    private static void print(PrintStream out, String label, int sentences, Tally t) {
        Prf p = t.prf();
        out.printf(Locale.ROOT, "%-8s  %9s  %4d  %4d  %5.3f %5.3f %5.3f  %5s  %5s%n", label,
                sentences < 0 ? "" : Integer.toString(sentences), t.gold, t.pred, p.precision(), p.recall(), p.f1(),
                t.modeGold == 0 ? "-" : String.format(Locale.ROOT, "%d/%d", t.modeHit, t.modeGold),
                t.tp == 0 ? "-" : String.format(Locale.ROOT, "%d/%d", t.negHit, t.tp));
    }
}
