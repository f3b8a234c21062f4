package org.vigie.eval.quotes;

import org.vigie.core.model.Span;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.quotes.SpeechLexicon;

import java.io.PrintStream;
import java.util.*;
import java.util.function.Consumer;

/**
 * Scores predicted quotes against gold ones, document by document. Each predicted quote is paired with at most one
 * gold quote (greedily, largest overlap first); overlap counts letters and digits only, so quotation marks, spaces
 * and punctuation at the edges do not matter. When parts are merged, an exact match compares the letters of the gold
 * parts with those of the paired prediction and its merged pieces (a quote split by its cue is exact when both
 * pieces are). Reported: exact span match (after stripping marks, spaces, edge
 * punctuation and a leading complementiser), overlap match, character-level P/R/F1, speaker and source accuracy on
 * matched pairs, cue P/R/F1, and the same by direct vs reported.
 */
public final class QuoteScorer {
    /**
     * A gold or predicted quote. {@code speakerScored} says whether the speaker of a gold quote can be checked
     * (false when the gold names its source only with a pronoun or a common noun and no entity can be told).
     */
    public record Item(Span content, List<Span> parts, boolean direct, Span cue, Span source, String speaker,
                       boolean speakerScored, boolean counted) {
        public Item {
            parts = parts == null || parts.isEmpty() ? List.of(content) : List.copyOf(parts);
        }

        public Item(Span content, boolean direct, Span cue, Span source, String speaker, boolean speakerScored) {
            this(content, null, direct, cue, source, speaker, speakerScored, true);
        }

        /**
         * The same gold quote outside the scored subset: it is still paired, so a prediction that finds it is not
         * counted as spurious, but neither the gold quote nor its prediction enters the scores.
         */
        public Item uncounted() {
            return new Item(content, parts, direct, cue, source, speaker, speakerScored, false);
        }
    }

    private static final List<SpeechLexicon> LEXICONS = SpeechLexicon.all();

    private final Counts all = new Counts(), direct = new Counts(), reported = new Counts();
    private int cueGold, cuePred, cueHit;
    private int sourceTotal, sourceHit;
    private int speakerTotal, speakerHit;
    private int flagTotal, flagHit;
    private int partsMerged;
    private final boolean mergeParts;

    /** A scorer where each gold quote pairs with at most one predicted quote (demo gold: every quote is annotated). */
    public QuoteScorer() {
        this(false);
    }

    /**
     * @param mergeParts when true, a prediction left unpaired that lies mostly (at least half its letters) inside
     *     a paired gold quote is a part of that quote, neither a hit nor spurious: corpora that annotate one
     *     attribution per source and cue (PolNeAR) keep a quote split by its cue ('"X," he said, "Y."') or a
     *     partial quotation inside reported speech as one relation, where Vigie reports the pieces too.
     */
    public QuoteScorer(boolean mergeParts) {
        this.mergeParts = mergeParts;
    }

    private static final class Counts {
        int gold, pred, exact, overlap, goldChars, predChars, hitChars, goldMatched;
    }

    public void add(String text, List<Item> gold, List<Item> pred, Consumer<String> errors) {
        int[][] ov = new int[gold.size()][pred.size()];
        List<int[]> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < pred.size(); p++) {
                ov[g][p] = alnumOverlap(text, gold.get(g).parts(), pred.get(p).content());
                if (ov[g][p] > 0) pairs.add(new int[]{g, p});
            }
        }
        pairs.sort((x, y) -> Integer.compare(ov[y[0]][y[1]], ov[x[0]][x[1]]));
        int[] goldTo = new int[gold.size()], predTo = new int[pred.size()];
        Arrays.fill(goldTo, -1);
        Arrays.fill(predTo, -1);
        for (int[] pr : pairs) {
            if (goldTo[pr[0]] >= 0 || predTo[pr[1]] >= 0) continue;
            goldTo[pr[0]] = pr[1];
            predTo[pr[1]] = pr[0];
        }
        boolean[] part = new boolean[pred.size()];
        int[] partOf = new int[pred.size()];
        if (mergeParts) {
            for (int p = 0; p < pred.size(); p++) {
                if (predTo[p] >= 0) continue;
                int own = alnum(text, pred.get(p).content());
                for (int g = 0; g < gold.size() && !part[p]; g++) {
                    part[p] = goldTo[g] >= 0 && own > 0 && 2 * ov[g][p] >= own;
                    partOf[p] = g;
                }
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            Item gi = gold.get(g);
            if (!gi.counted()) continue;
            Counts byClass = gi.direct() ? direct : reported;
            int chars = alnum(text, gi.parts());
            for (Counts c : List.of(all, byClass)) {
                c.gold++;
                c.goldChars += chars;
            }
            int p = goldTo[g];
            if (p < 0) {
                errors.accept("missed " + (gi.direct() ? "direct" : "reported") + cueText(text, gi) + ": " + snippet(text, gi.content()));
                continue;
            }
            Item pi = pred.get(p);
            boolean exact;
            if (mergeParts) {
                List<Span> mine = new ArrayList<>(List.of(pi.content()));
                for (int q = 0; q < pred.size(); q++) if (part[q] && partOf[q] == g) mine.add(pred.get(q).content());
                exact = letters(text, gi.parts()).equals(letters(text, mine));
            } else {
                exact = normalised(text, gi.content()).equals(normalised(text, pi.content()));
            }
            if (!exact) {
                errors.accept("boundary " + (gi.direct() ? "direct" : "reported") + cueText(text, gi) + ": gold «"
                        + edges(text, gi.parts()) + "» predicted «" + edges(text, List.of(pi.content())) + "»");
            }
            for (Counts c : List.of(all, byClass)) {
                c.goldMatched++;
                c.hitChars += ov[g][p];
                if (exact) c.exact++;
            }
            flagTotal++;
            if (gi.direct() == pi.direct()) flagHit++;
            if (gi.source() != null) {
                sourceTotal++;
                if (pi.source() != null && pi.source().overlaps(gi.source())) sourceHit++;
            }
            if (gi.speakerScored()) {
                speakerTotal++;
                if (Objects.equals(gi.speaker(), pi.speaker())) {
                    speakerHit++;
                } else {
                    errors.accept("speaker " + pi.speaker() + " instead of " + gi.speaker() + ": " + snippet(text, gi.content()));
                }
            }
        }
        for (int p = 0; p < pred.size(); p++) {
            Item pi = pred.get(p);
            if (predTo[p] >= 0 && !gold.get(predTo[p]).counted()) continue;
            if (part[p]) {
                // characters are additive: a part's letters count at character level, not as a quote of its own
                Item owner = gold.get(partOf[p]);
                if (owner.counted()) {
                    partsMerged++;
                    for (Counts c : List.of(all, owner.direct() ? direct : reported)) {
                        c.predChars += alnum(text, pi.content());
                        c.hitChars += ov[partOf[p]][p];
                    }
                }
                continue;
            }
            Counts byClass = pi.direct() ? direct : reported;
            int chars = alnum(text, pi.content());
            for (Counts c : List.of(all, byClass)) {
                c.pred++;
                c.predChars += chars;
                if (predTo[p] >= 0) c.overlap++;
            }
            if (predTo[p] < 0) errors.accept("spurious " + (pi.direct() ? "direct" : "reported") + ": " + snippet(text, pi.content()));
        }
        List<Item> countedPred = new ArrayList<>();
        for (int p = 0; p < pred.size(); p++) {
            if (!part[p] && (predTo[p] < 0 || gold.get(predTo[p]).counted())) countedPred.add(pred.get(p));
        }
        scoreCues(gold.stream().filter(Item::counted).toList(), countedPred);
    }

    private void scoreCues(List<Item> gold, List<Item> pred) {
        List<Span> g = gold.stream().map(Item::cue).filter(Objects::nonNull).distinct().toList();
        List<Span> p = pred.stream().map(Item::cue).filter(Objects::nonNull).distinct().toList();
        cueGold += g.size();
        cuePred += p.size();
        boolean[] used = new boolean[p.size()];
        for (Span gs : g) {
            for (int k = 0; k < p.size(); k++) {
                if (!used[k] && p.get(k).overlaps(gs)) {
                    used[k] = true;
                    cueHit++;
                    break;
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------- results

    public double exactF1() { return f1(all.exact, all.pred, all.gold); }
    public double overlapF1() { return f1(all.overlap, all.pred, all.gold, all.goldMatched); }
    public double charF1() { return f1(all.hitChars, all.predChars, all.goldChars); }
    public int partsMerged() { return partsMerged; }
    public double speakerAccuracy() { return ratio(speakerHit, speakerTotal); }
    public double sourceAccuracy() { return ratio(sourceHit, sourceTotal); }
    public double cueF1() { return f1(cueHit, cuePred, cueGold); }
    public int goldCount() { return all.gold; }
    public int predictedCount() { return all.pred; }
    public int speakersScored() { return speakerTotal; }
    public int speakersRight() { return speakerHit; }
    public double exactPrecision() { return ratio(all.exact, all.pred); }
    public double exactRecall() { return ratio(all.exact, all.gold); }
    public double overlapPrecision() { return ratio(all.overlap, all.pred); }
    public double overlapRecall() { return ratio(all.goldMatched, all.gold); }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "%-22s %6s %6s %7s %7s %7s%n", "quotes", "gold", "pred", "P", "R", "F1");
        row(out, "exact span", all.exact, all.pred, all.exact, all.gold);
        row(out, "overlap", all.overlap, all.pred, all.goldMatched, all.gold);
        row(out, "characters", all.hitChars, all.predChars, all.hitChars, all.goldChars);
        row(out, "  direct (overlap)", direct.overlap, direct.pred, direct.goldMatched, direct.gold);
        row(out, "  direct (exact)", direct.exact, direct.pred, direct.exact, direct.gold);
        row(out, "  reported (overlap)", reported.overlap, reported.pred, reported.goldMatched, reported.gold);
        row(out, "  reported (exact)", reported.exact, reported.pred, reported.exact, reported.gold);
        row(out, "cue (overlap)", cueHit, cuePred, cueHit, cueGold);
        out.printf(Locale.ROOT, "speaker accuracy on matched quotes: %.3f (%d/%d)%n", speakerAccuracy(), speakerHit, speakerTotal);
        if (sourceTotal > 0) {
            out.printf(Locale.ROOT, "source phrase accuracy on matched quotes: %.3f (%d/%d)%n", sourceAccuracy(), sourceHit, sourceTotal);
        }
        out.printf(Locale.ROOT, "direct/reported flag agreement on matched quotes: %.3f (%d/%d)%n", ratio(flagHit, flagTotal), flagHit, flagTotal);
        if (mergeParts) {
            out.printf(Locale.ROOT, "predicted parts of a found gold quote (not counted): %d%n", partsMerged);
        }
    }

    private static void row(PrintStream out, String name, int hitP, int pred, int hitR, int gold) {
        double p = ratio(hitP, pred), r = ratio(hitR, gold);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        out.printf(Locale.ROOT, "%-22s %6d %6d %7.3f %7.3f %7.3f%n", name, gold, pred, p, r, f);
    }

    private static double f1(int hit, int pred, int gold) {
        return f1(hit, pred, gold, hit);
    }

    private static double f1(int hitP, int pred, int gold, int hitR) {
        double p = ratio(hitP, pred), r = ratio(hitR, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    // ------------------------------------------------------------------------------------------- spans

    static int alnum(String text, Span s) {
        int n = 0;
        for (int i = s.start(); i < s.end(); i++) if (Character.isLetterOrDigit(text.charAt(i))) n++;
        return n;
    }

    /** The offsets of the letters and digits of normalised spans: what an exact match compares for split quotes. */
    static BitSet letters(String text, List<Span> spans) {
        BitSet out = new BitSet();
        for (Span s : spans) {
            Span n = normalised(text, s);
            for (int i = n.start(); i < n.end(); i++) if (Character.isLetterOrDigit(text.charAt(i))) out.set(i);
        }
        return out;
    }

    static int alnum(String text, List<Span> parts) {
        int n = 0;
        for (Span s : parts) n += alnum(text, s);
        return n;
    }

    static int alnumOverlap(String text, List<Span> parts, Span b) {
        int n = 0;
        for (Span a : parts) n += alnumOverlap(text, a, b);
        return n;
    }

    static int alnumOverlap(String text, Span a, Span b) {
        int s = Math.max(a.start(), b.start()), e = Math.min(a.end(), b.end());
        return s >= e ? 0 : alnum(text, new Span(s, e));
    }

    /** The span without edge spaces, quotation marks and punctuation, nor a leading "that"/"que". */
    static Span normalised(String text, Span s) {
        int a = s.start(), b = s.end();
        boolean changed = true;
        while (changed) {
            changed = false;
            while (a < b && !Character.isLetterOrDigit(text.charAt(a))) { a++; changed = true; }
            while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) { b--; changed = true; }
            int w = a;
            while (w < b && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '\'' || text.charAt(w) == '’')) w++;
            String first = LanguagePack.normalize(text.substring(a, w));
            int elided = first.indexOf('\'') + 1;
            if (w < b && isComplementiser(first)) { a = w; changed = true; }
            else if (elided > 0 && elided < first.length() && isComplementiser(first.substring(0, elided))) { a += elided; changed = true; }
        }
        return new Span(a, b);
    }

    private static boolean isComplementiser(String form) {
        for (SpeechLexicon lex : LEXICONS) if (lex.is(form, SpeechLexicon.Kind.THAT)) return true;
        return false;
    }

    private static String cueText(String text, Item gi) {
        return gi.cue() == null ? "" : " [" + snippet(text, gi.cue()) + "]";
    }

    /** Both ends of each part (a boundary error is at an end), with the next few characters after the last. */
    private static String edges(String text, List<Span> parts) {
        StringBuilder b = new StringBuilder();
        for (Span s : parts) {
            String t = text.substring(s.start(), s.end()).replace('\n', ' ');
            if (t.length() > 90) t = t.substring(0, 40) + " … " + t.substring(t.length() - 40);
            b.append(b.length() == 0 ? "" : " | ").append(t);
        }
        int end = parts.get(parts.size() - 1).end();
        return b + "» ⟶ «" + text.substring(end, Math.min(text.length(), end + 25)).replace('\n', ' ');
    }

    private static String snippet(String text, Span s) {
        String t = text.substring(s.start(), s.end()).replace('\n', ' ');
        return t.length() > 120 ? t.substring(0, 117) + "..." : t;
    }
}
