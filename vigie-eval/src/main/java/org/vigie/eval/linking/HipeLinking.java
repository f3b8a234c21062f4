package org.vigie.eval.linking;

import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.model.Mention;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Span;
import org.vigie.eval.Ratio;
import org.vigie.nlp.DefaultPipeline;
import org.vigie.nlp.kb.KnowledgeBase;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.function.Predicate;

/**
 * Entity linking measured on data the team did not write: the HIPE-2020 French file (historical newspapers,
 * 1790s-1940s, OCR'd, linked to Wikidata by the HIPE annotators). Runs the pipeline up to the entities annotator on
 * each document's text, aligns our mentions to the gold mentions by span overlap and reports (a) linking precision:
 * among our mentions linked to a Wikidata QID, the share that carry the gold mention's QID (literal or metonymic);
 * (b) recall on knowledge-base-covered gold: among gold mentions whose literal QID is an id of our knowledge base,
 * the share we link to it; (c) both per HIPE coarse type. The dev file is held out: rules are never fitted to it;
 * errors to learn from are read on the train file ({@code --split train}).
 */
public final class HipeLinking {
    private static final List<String> STEPS = List.of("blocks", "language", "segment", "published", "entities");
    private static final String NONE = "(none)";
    /**
     * The files by split name: the HIPE-2020 French dev (held out) and train (for error study) files, and as a second
     * held-out check the HIPE-2022 NewsEye French dev file (other newspapers, types PER/LOC/ORG/HumanProd).
     */
    static final Map<String, String> FILES = Map.of("dev", "HIPE-data-v0.9-dev-fr.tsv", "train", "HIPE-data-v0.9-train-fr.tsv",
            "newseye-dev", "HIPE-2022-v2.1-newseye-dev-fr.tsv");

    /** One of our mentions: its span and the id of its entity (a QID or an engine id). */
    record Predicted(Span span, String id) {
    }

    /** Counts of one run, overall and per gold type. */
    static final class Tally {
        final Map<String, Ratio> precision = new TreeMap<>();
        final Map<String, Ratio> alignedPrecision = new TreeMap<>();
        final Map<String, Ratio> kbRecall = new TreeMap<>();
        final Map<String, Ratio> allRecall = new TreeMap<>();
        int gold, goldLinked, goldKb;
        /** Our QID links with no gold mention that are lower case: demonyms, which HIPE does not annotate. */
        int unmatchedLowerCase;
        /** Wrong links that are the country of the gold city: a capital read as its government, as the contract says. */
        int capitalAsCountry;

        Ratio total(Map<String, Ratio> m) {
            Ratio r = Ratio.ZERO;
            for (Ratio x : m.values()) r = r.plus(x);
            return r;
        }
    }

    private HipeLinking() {
    }

    /** The held-out number: the dev file. */
    public static int run(Path dataDir, PrintStream out, boolean showErrors) {
        return run(dataDir, out, showErrors, "dev");
    }

    /**
     * @param dataDir the {@code hipe-fr} folder, or a folder holding it (such as {@code ../shared/data/ner})
     * @param split   {@code dev} (held out), {@code train} (where linking errors may be studied) or {@code newseye-dev}
     *                (a second held-out file)
     */
    public static int run(Path dataDir, PrintStream out, boolean showErrors, String split) {
        Path dir = Files.isDirectory(dataDir.resolve("hipe-fr")) ? dataDir.resolve("hipe-fr") : dataDir;
        String name = FILES.get(split);
        if (name == null) {
            out.println("unknown split " + split + ": one of " + FILES.keySet());
            return 2;
        }
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            out.println("skipped: " + file + " not found");
            return 0;
        }
        List<HipeDocuments.Doc> docs;
        try {
            docs = HipeDocuments.read(file);
        } catch (IOException e) {
            out.println("cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        List<String> steps = new ArrayList<>();
        for (String step : STEPS) if (DefaultPipeline.names().contains(step)) steps.add(step);
        Pipeline pipeline = DefaultPipeline.create(steps);
        KnowledgeBase kb = KnowledgeBase.get();
        Tally tally = new Tally();
        long nanos = 0;
        long chars = 0;
        for (HipeDocuments.Doc d : docs) {
            String published = d.date() != null && d.date().matches("\\d{4}-\\d{2}-\\d{2}") ? d.date() : null;
            Document input = Document.of(d.id(), org.vigie.core.model.Input.ofPath(file.toString(), "text/plain", d.text().length()), d.text(),
                    new Metadata(null, null, published, null, null, null, null, null, List.of(), null));
            long t0 = System.nanoTime();
            Document result;
            try {
                result = pipeline.run(input);
            } catch (RuntimeException e) {
                out.println("skipping " + d.id() + ": " + e);
                continue;
            }
            nanos += System.nanoTime() - t0;
            chars += d.text().length();
            List<Predicted> predicted = new ArrayList<>();
            for (Mention m : result.mentions()) predicted.add(new Predicted(m.span(), m.entityId()));
            score(d.gold(), predicted, id -> kb.entry(id).isPresent(), id -> kb.country(id).orElse(null), tally,
                    showErrors ? out : null, d.text(), d.id());
        }
        print(out, split, docs.size(), tally, steps);
        out.printf(Locale.ROOT, "speed: %.1f ms per document, %.0f chars/s%n", nanos / 1e6 / Math.max(1, docs.size()),
                chars / Math.max(1e-9, nanos / 1e9));
        return 0;
    }

    /**
     * Scores one document. A predicted mention is aligned to the gold mention it overlaps most; a gold mention is
     * found when a predicted mention overlapping it carries its literal or metonymic QID.
     *
     * @param inKb whether a QID is an id of our knowledge base
     * @param countryOf the country of a place of our knowledge base, or null
     * @param errors where to list wrong links and misses, or null
     */
    static void score(List<HipeDocuments.Gold> gold, List<Predicted> predicted, Predicate<String> inKb,
                      java.util.function.Function<String, String> countryOf, Tally tally, PrintStream errors, String text, String docId) {
        for (Predicted p : predicted) {
            if (!HipeDocuments.isQid(p.id())) continue;
            HipeDocuments.Gold g = best(p.span(), gold);
            String type = g == null ? NONE : g.type();
            boolean ok = g != null && g.linkedTo(p.id());
            tally.precision.merge(type, new Ratio(ok ? 1 : 0, 1), Ratio::plus);
            if (g != null && g.linked()) tally.alignedPrecision.merge(type, new Ratio(ok ? 1 : 0, 1), Ratio::plus);
            String surface = p.span().of(text);
            if (g == null && !surface.isEmpty() && Character.isLowerCase(surface.charAt(0))) tally.unmatchedLowerCase++;
            if (!ok && g != null && g.linked() && inKb.test(g.literal()) && p.id().equals(countryOf.apply(g.literal()))) tally.capitalAsCountry++;
            if (!ok && errors != null) {
                errors.println("wrong\t" + docId + "\t" + p.span().of(text) + "\tours " + p.id() + "\tgold "
                        + (g == null ? "no mention" : g.type() + " " + g.literal() + " '" + g.span().of(text) + "'"));
            }
        }
        for (HipeDocuments.Gold g : gold) {
            tally.gold++;
            if (!g.linked()) continue;
            tally.goldLinked++;
            boolean found = false;
            List<String> ours = new ArrayList<>();
            for (Predicted p : predicted) {
                if (!p.span().overlaps(g.span())) continue;
                ours.add(p.id());
                found |= g.linkedTo(p.id());
            }
            tally.allRecall.merge(g.type(), new Ratio(found ? 1 : 0, 1), Ratio::plus);
            if (!inKb.test(g.literal())) continue;
            tally.goldKb++;
            tally.kbRecall.merge(g.type(), new Ratio(found ? 1 : 0, 1), Ratio::plus);
            if (!found && errors != null) {
                errors.println("missed\t" + docId + "\t" + g.span().of(text) + "\tgold " + g.type() + " " + g.literal() + "\tours "
                        + (ours.isEmpty() ? "no mention" : String.join(",", ours)));
            }
        }
    }

    private static HipeDocuments.Gold best(Span s, List<HipeDocuments.Gold> gold) {
        HipeDocuments.Gold best = null;
        int most = 0;
        for (HipeDocuments.Gold g : gold) {
            int overlap = Math.min(s.end(), g.span().end()) - Math.max(s.start(), g.span().start());
            if (overlap > most) {
                most = overlap;
                best = g;
            }
        }
        return best;
    }

    private static void print(PrintStream out, String split, int docs, Tally t, List<String> steps) {
        out.println("entity linking on " + FILES.get(split) + ": historical newspapers (1790s-1940s, OCR), not modern news"
                + (split.equals("train") ? "; the file linking errors may be studied on" : "; held out, no rule fitted to it"));
        out.println("pipeline: " + String.join(",", steps) + "; a link counts when it is the gold literal or metonymic QID");
        out.printf(Locale.ROOT, "documents: %d, gold mentions: %d, linked to Wikidata: %d, of which the QID is in our knowledge base: %d%n",
                docs, t.gold, t.goldLinked, t.goldKb);
        Set<String> types = new TreeSet<>();
        types.addAll(t.precision.keySet());
        types.addAll(t.kbRecall.keySet());
        types.addAll(t.allRecall.keySet());
        out.println("type         precision (our QID links)   precision (on linked gold)   recall (KB-covered gold)   recall (all linked gold)");
        for (String type : types) row(out, type, t.precision.get(type), t.alignedPrecision.get(type), t.kbRecall.get(type), t.allRecall.get(type));
        row(out, "all", t.total(t.precision), t.total(t.alignedPrecision), t.total(t.kbRecall), t.total(t.allRecall));
        out.printf(Locale.ROOT, "our QID links on no gold mention: %d, of which lower case (demonyms, counted by our guidelines, not annotated by HIPE): %d%n",
                t.precision.getOrDefault(NONE, Ratio.ZERO).total(), t.unmatchedLowerCase);
        out.printf(Locale.ROOT, "wrong links that are the country of the gold place (a city read as its government, as our guidelines do): %d%n",
                t.capitalAsCountry);
    }

    private static void row(PrintStream out, String type, Ratio a, Ratio b, Ratio c, Ratio d) {
        out.printf(Locale.ROOT, "%-12s %-27s %-28s %-26s %s%n", type, cell(a), cell(b), cell(c), cell(d));
    }

    private static String cell(Ratio r) {
        if (r == null || r.total() == 0) return "-";
        return String.format(Locale.ROOT, "%.3f (%d/%d)", r.value(), r.correct(), r.total());
    }

    /** {@code HipeLinking [DATA_DIR] [--split dev|train|newseye-dev] [--errors]}. */
    public static void main(String[] args) {
        Path dir = Path.of("../shared/data/ner/hipe-fr");
        String split = "dev";
        boolean errors = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--split") && i + 1 < args.length) split = args[++i];
            else if (args[i].equals("--errors")) errors = true;
            else dir = Path.of(args[i]);
        }
        System.exit(run(dir, new PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8), errors, split));
    }
}
