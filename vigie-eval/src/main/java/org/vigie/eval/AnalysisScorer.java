package org.vigie.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.core.Document;
import org.vigie.core.model.*;
import org.vigie.nlp.lang.LanguagePack;

import java.util.*;
import java.util.function.Function;

/**
 * Scores system analysis records against gold records of the same texts, field by field: blocks
 * (boilerplate as the positive class), title, publication date, language, entity mentions (typed and
 * untyped), linking (mentions whose gold id is a Wikidata QID), variant grouping (B-cubed over the
 * mentions both found), quotes (span and speaker), quantities (value and unit), times (resolved value),
 * events (type and both actors), sources and artefacts.
 * <p>
 * Span matching: mentions, blocks and sources match on exact offsets; quotes, quantities, times, artefacts
 * and event evidence match when they overlap by at least half of the longer span, because their
 * boundaries (a final period, an article) are a matter of convention more than of understanding.
 * Two entity refs agree when they name the same entity: same id, a shared mention span, or the same
 * normalised name.
 */
public final class AnalysisScorer {
    private final Map<String, Prf> prf = new LinkedHashMap<>();
    private final Map<String, Ratio> ratios = new LinkedHashMap<>();
    private final BCubed grouping = new BCubed();
    private final List<String> errors = new ArrayList<>();
    private int documents;
    private int skipped;

    private static final List<String> PRF_ORDER = List.of("blocks.boilerplate", "mentions.typed", "mentions.untyped",
            "quotes.span", "quantities.span", "times.span", "events.typeActors", "events.type", "sources", "artefacts");
    private static final List<String> RATIO_ORDER = List.of("blocks.kind", "title", "published", "language",
            "linking", "quotes.speaker", "quantities.value", "quantities.unit", "quantities.claimant", "times.value");

    public AnalysisScorer() {
        PRF_ORDER.forEach(k -> prf.put(k, Prf.ZERO));
        RATIO_ORDER.forEach(k -> ratios.put(k, Ratio.ZERO));
    }

    /** Adds one document. Gold and system must have the same text, else the pair is skipped and reported. */
    public void add(Document gold, Document system) {
        if (!gold.text().equals(system.text())) {
            skipped++;
            errors.add(name(gold) + ": system text differs from gold text, not scored");
            return;
        }
        documents++;
        scoreBlocks(gold, system);
        ratio("title", norm(gold.title().map(Title::text).orElse(null)), norm(system.title().map(Title::text).orElse(null)), gold);
        ratio("published", gold.published().map(Published::value).orElse(null),
                system.published().map(Published::value).orElse(null), gold);
        ratio("language", gold.language().orElse(null), system.language().orElse(null), gold);
        EntityMatcher entities = new EntityMatcher(gold, system);
        scoreMentions(gold, system, entities);
        scoreQuotes(gold, system, entities);
        scoreQuantities(gold, system, entities);
        scoreTimes(gold, system);
        scoreEvents(gold, system, entities);
        add("sources", exact(gold.layerOrEmpty(org.vigie.core.LayerKind.SOURCES), system.layerOrEmpty(org.vigie.core.LayerKind.SOURCES),
                s -> LanguagePack.normalize(s.name()), gold, "source"));
        add("artefacts", overlapping(gold.layerOrEmpty(org.vigie.core.LayerKind.ARTEFACTS),
                system.layerOrEmpty(org.vigie.core.LayerKind.ARTEFACTS), Artefact::span, (g, s) -> true, gold, "artefact").prf);
    }

    private static String name(Document d) {
        return d.input().path() != null ? d.input().path() : d.id().substring(0, 12);
    }

    private static String norm(String s) {
        return s == null ? null : s.strip().replaceAll("\\s+", " ");
    }

    private void ratio(String key, String gold, String system, Document doc) {
        if (gold == null && system == null) return;
        boolean ok = Objects.equals(gold, system);
        ratios.merge(key, new Ratio(ok ? 1 : 0, 1), Ratio::plus);
        if (!ok) errors.add(name(doc) + ": " + key + " gold=" + gold + " system=" + system);
    }

    private void add(String key, Prf p) {
        prf.merge(key, p, Prf::plus);
    }

    private void scoreBlocks(Document gold, Document system) {
        Map<Span, Block> sys = new HashMap<>();
        for (Block b : system.layerOrEmpty(org.vigie.core.LayerKind.BLOCKS)) sys.put(b.span(), b);
        int tp = 0, fp = 0, fn = 0;
        Ratio kind = Ratio.ZERO;
        for (Block g : gold.layerOrEmpty(org.vigie.core.LayerKind.BLOCKS)) {
            Block s = sys.remove(g.span());
            boolean goldBoiler = !g.isBody();
            boolean sysBoiler = s != null && !s.isBody();
            if (goldBoiler && sysBoiler) tp++;
            else if (goldBoiler) fn++;
            else if (sysBoiler) fp++;
            if (s != null) kind = kind.plus(s.kind() == g.kind());
            if (s == null || s.kind() != g.kind()) {
                errors.add(name(gold) + ": block " + g.kind().jsonName() + " got " + (s == null ? "none" : s.kind().jsonName())
                        + ": " + clip(gold.text(g.span())));
            }
        }
        for (Block s : sys.values()) if (!s.isBody()) fp++;
        add("blocks.boilerplate", new Prf(tp, fp, fn));
        ratios.merge("blocks.kind", kind, Ratio::plus);
    }

    /**
     * Mentions as the record shows them: the spans listed under each entity of the {@code entities} field, typed by
     * their entity. (The internal mentions layer may hold more, such as outlets kept for the sources layer.)
     */
    private static List<Mention> recordMentions(Document d) {
        List<Mention> out = new ArrayList<>();
        for (Entity e : d.layerOrEmpty(org.vigie.core.LayerKind.ENTITIES)) {
            if (!org.vigie.eval.entities.NamedEntities.scored(e)) continue;
            for (Span s : e.mentions()) out.add(new Mention(s, e.type(), e.id(), 1.0));
        }
        return out;
    }

    private void scoreMentions(Document gold, Document system, EntityMatcher m) {
        Map<Span, Mention> sys = new HashMap<>();
        for (Mention x : recordMentions(system)) sys.put(x.span(), x);
        int typed = 0, untyped = 0;
        Map<Span, String> goldClusters = new HashMap<>(), sysClusters = new HashMap<>();
        Ratio linking = Ratio.ZERO;
        List<Mention> goldMentions = recordMentions(gold);
        for (Mention g : goldMentions) {
            Mention s = sys.get(g.span());
            if (s == null) {
                errors.add(name(gold) + ": missed mention " + g.type() + " " + gold.text(g.span()));
                continue;
            }
            untyped++;
            if (s.type() == g.type()) typed++;
            else errors.add(name(gold) + ": mention " + gold.text(g.span()) + " typed " + s.type() + ", gold " + g.type());
            goldClusters.put(g.span(), g.entityId());
            sysClusters.put(g.span(), s.entityId());
            if (g.entityId().matches("Q[0-9]+")) {
                boolean ok = g.entityId().equals(s.entityId());
                linking = linking.plus(ok);
                if (!ok) errors.add(name(gold) + ": " + gold.text(g.span()) + " linked to " + s.entityId() + ", gold " + g.entityId());
            }
        }
        Set<Span> goldSpans = new HashSet<>();
        goldMentions.forEach(g -> goldSpans.add(g.span()));
        for (Mention s : sys.values()) {
            if (!goldSpans.contains(s.span())) errors.add(name(gold) + ": spurious mention " + s.type() + " " + system.text(s.span()));
        }
        int nSys = sys.size(), nGold = goldMentions.size();
        add("mentions.typed", new Prf(typed, nSys - typed, nGold - typed));
        add("mentions.untyped", new Prf(untyped, nSys - untyped, nGold - untyped));
        ratios.merge("linking", linking, Ratio::plus);
        grouping.add(goldClusters, sysClusters);
    }

    private void scoreQuotes(Document gold, Document system, EntityMatcher m) {
        Matched<Quote> r = overlapping(gold.layerOrEmpty(org.vigie.core.LayerKind.QUOTES),
                system.layerOrEmpty(org.vigie.core.LayerKind.QUOTES), Quote::span, (g, s) -> true, gold, "quote");
        add("quotes.span", r.prf);
        Ratio speaker = Ratio.ZERO;
        for (Map.Entry<Quote, Quote> e : r.pairs.entrySet()) {
            boolean ok = m.same(e.getKey().speaker(), e.getValue().speaker());
            speaker = speaker.plus(ok);
            if (!ok) errors.add(name(gold) + ": quote speaker " + ref(e.getValue().speaker()) + ", gold " + ref(e.getKey().speaker())
                    + ": " + clip(gold.text(e.getKey().span())));
        }
        ratios.merge("quotes.speaker", speaker, Ratio::plus);
    }

    private void scoreQuantities(Document gold, Document system, EntityMatcher m) {
        Matched<Quantity> r = overlapping(gold.layerOrEmpty(org.vigie.core.LayerKind.QUANTITIES),
                system.layerOrEmpty(org.vigie.core.LayerKind.QUANTITIES), Quantity::span, (g, s) -> true, gold, "quantity");
        add("quantities.span", r.prf);
        Ratio value = Ratio.ZERO, unit = Ratio.ZERO, claimant = Ratio.ZERO;
        for (Map.Entry<Quantity, Quantity> e : r.pairs.entrySet()) {
            Quantity g = e.getKey(), s = e.getValue();
            boolean v = Objects.equals(g.value(), s.value());
            boolean u = Objects.equals(g.unit(), s.unit());
            boolean c = m.same(g.claimedBy(), s.claimedBy());
            value = value.plus(v);
            unit = unit.plus(u);
            claimant = claimant.plus(c);
            if (!v || !u) errors.add(name(gold) + ": quantity " + gold.text(g.span()) + " gold " + g.value() + " " + g.unit()
                    + ", system " + s.value() + " " + s.unit());
            if (!c) errors.add(name(gold) + ": quantity " + gold.text(g.span()) + " claimed by " + ref(s.claimedBy()) + ", gold "
                    + ref(g.claimedBy()));
        }
        ratios.merge("quantities.value", value, Ratio::plus);
        ratios.merge("quantities.unit", unit, Ratio::plus);
        ratios.merge("quantities.claimant", claimant, Ratio::plus);
    }

    private void scoreTimes(Document gold, Document system) {
        List<TimeExpression> g = gold.layerOrEmpty(org.vigie.core.LayerKind.TIMES);
        Matched<TimeExpression> r = overlapping(g, system.layerOrEmpty(org.vigie.core.LayerKind.TIMES), TimeExpression::span,
                (a, b) -> true, gold, "time");
        add("times.span", r.prf);
        Ratio value = Ratio.ZERO;
        for (TimeExpression t : g) {
            if (t.value() == null) continue;
            TimeExpression s = r.pairs.get(t);
            boolean ok = s != null && t.value().equals(s.value());
            value = value.plus(ok);
            if (!ok && s != null) errors.add(name(gold) + ": time " + gold.text(t.span()) + " gold " + t.value() + ", system " + s.value());
        }
        ratios.merge("times.value", value, Ratio::plus);
    }

    private void scoreEvents(Document gold, Document system, EntityMatcher m) {
        List<Event> g = gold.layerOrEmpty(org.vigie.core.LayerKind.EVENTS);
        List<Event> s = system.layerOrEmpty(org.vigie.core.LayerKind.EVENTS);
        add("events.type", overlapping(g, s, Event::evidence, (a, b) -> a.type() == b.type(), gold, null).prf);
        add("events.typeActors", overlapping(g, s, Event::evidence,
                (a, b) -> a.type() == b.type() && m.same(a.actor1(), b.actor1()) && m.same(a.actor2(), b.actor2()), gold, "event").prf);
    }

    private static String ref(EntityRef r) {
        return r == null ? "null" : r.name();
    }

    private static String clip(String s) {
        s = s.replace('\n', ' ');
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    private record Matched<T>(Prf prf, Map<T, T> pairs) {
    }

    /** Greedy one-to-one matching: each gold item takes the first unused system item that overlaps enough and agrees. */
    private <T> Matched<T> overlapping(List<T> gold, List<T> system, Function<T, Span> span,
                                       java.util.function.BiPredicate<T, T> agree, Document doc, String what) {
        Map<T, T> pairs = new IdentityHashMap<>();
        boolean[] used = new boolean[system.size()];
        for (T g : gold) {
            Span gs = span.apply(g);
            for (int i = 0; i < system.size(); i++) {
                if (used[i]) continue;
                T s = system.get(i);
                if (overlapEnough(gs, span.apply(s)) && agree.test(g, s)) {
                    used[i] = true;
                    pairs.put(g, s);
                    break;
                }
            }
            if (!pairs.containsKey(g) && what != null) errors.add(name(doc) + ": missed " + what + ": " + clip(doc.text(gs)));
        }
        if (what != null) {
            for (int i = 0; i < system.size(); i++) {
                if (!used[i]) errors.add(name(doc) + ": spurious " + what + ": " + clip(doc.text(span.apply(system.get(i)))));
            }
        }
        int tp = pairs.size();
        return new Matched<>(new Prf(tp, system.size() - tp, gold.size() - tp), pairs);
    }

    static boolean overlapEnough(Span a, Span b) {
        int overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        int longer = Math.max(a.length(), b.length());
        return overlap > 0 && overlap * 2 >= longer;
    }

    private <T> Prf exact(List<T> gold, List<T> system, Function<T, String> key, Document doc, String what) {
        List<String> s = new ArrayList<>(system.stream().map(key).toList());
        int tp = 0;
        for (T g : gold) {
            if (s.remove(key.apply(g))) tp++;
            else errors.add(name(doc) + ": missed " + what + " " + key.apply(g));
        }
        for (String x : s) errors.add(name(doc) + ": spurious " + what + " " + x);
        return new Prf(tp, system.size() - tp, gold.size() - tp);
    }

    // ------------------------------------------------------------------ report

    public int documents() {
        return documents;
    }

    public List<String> errors() {
        return Collections.unmodifiableList(errors);
    }

    public Map<String, Prf> prf() {
        return Collections.unmodifiableMap(prf);
    }

    public Map<String, Ratio> ratios() {
        return Collections.unmodifiableMap(ratios);
    }

    public BCubed grouping() {
        return grouping;
    }

    /** Every score by name, for floors and JSON: {@code <field>.f1}, {@code <ratio>} and {@code entities.grouping.f1}. */
    public Map<String, Double> scores() {
        Map<String, Double> out = new LinkedHashMap<>();
        prf.forEach((k, v) -> {
            if (v.gold() + v.system() > 0) out.put(k + ".f1", v.f1());
        });
        ratios.forEach((k, v) -> {
            if (v.total() > 0) out.put(k, v.value());
        });
        if (grouping.items() > 0) out.put("entities.grouping.f1", grouping.f1());
        return out;
    }

    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "documents scored: %d%s%n%n", documents, skipped > 0 ? " (skipped " + skipped + ")" : ""));
        sb.append(String.format(Locale.ROOT, "%-22s %7s %7s %7s %6s %6s%n", "field", "P", "R", "F1", "gold", "system"));
        prf.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%-22s %7.3f %7.3f %7.3f %6d %6d%n", k, v.precision(), v.recall(), v.f1(), v.gold(), v.system())));
        if (grouping.items() > 0) {
            sb.append(String.format(Locale.ROOT, "%-22s %7.3f %7.3f %7.3f %6d %6s%n", "entities.grouping(B3)", grouping.precision(), grouping.recall(), grouping.f1(), grouping.items(), "-"));
        }
        sb.append(String.format(Locale.ROOT, "%n%-22s %7s %9s%n", "accuracy", "value", "correct"));
        ratios.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%-22s %7s %9s%n", k,
                v.total() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", v.value()), v.correct() + "/" + v.total())));
        return sb.toString();
    }

    public ObjectNode json() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("documents", documents);
        o.put("skipped", skipped);
        ObjectNode p = o.putObject("prf");
        prf.forEach((k, v) -> {
            ObjectNode j = p.putObject(k);
            j.put("precision", v.precision());
            j.put("recall", v.recall());
            j.put("f1", v.f1());
            j.put("tp", v.tp());
            j.put("fp", v.fp());
            j.put("fn", v.fn());
        });
        ObjectNode a = o.putObject("accuracy");
        ratios.forEach((k, v) -> {
            ObjectNode j = a.putObject(k);
            if (v.total() > 0) j.put("value", v.value()); else j.putNull("value");
            j.put("correct", v.correct());
            j.put("total", v.total());
        });
        ObjectNode g = o.putObject("grouping");
        g.put("items", grouping.items());
        if (grouping.items() > 0) {
            g.put("precision", grouping.precision());
            g.put("recall", grouping.recall());
            g.put("f1", grouping.f1());
        }
        return o;
    }
}
