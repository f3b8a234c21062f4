package org.vigie.nlp.quantities;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the figures of one sentence into quantities: reads approximators ("près de", "more than"), finds what is
 * counted after the figure, looking past linking words, listed modifiers and capitalised adjectives ("40,000
 * Valdorian troops"), or a currency before it ("$2.3 billion"). Both ends of a range ("entre 90 000 et 120 000
 * soldats") are quantities of the same unit. A large figure standing alone ("estimait leur nombre à 90 000") counts
 * the things the sentence, or else the paragraph so far, counts. Any other figure with nothing counted is not a
 * quantity (lone counters, scores, ages).
 */
final class QuantityFinder {
    /** Words that may stand between a figure and its unit. */
    private static final int MAX_SKIPPED = 3;
    /** A figure standing alone is a quantity only from this size on (smaller ones are days, ranks, scores...). */
    private static final double BARE_MINIMUM = 1000;
    /** How far before its preposition a noun of a death toll may stand, in tokens. */
    private static final int TOLL_WINDOW = 7;
    private static final String DEAD = "dead";
    private static final String PERSON = "person";

    /**
     * A quantity by token index: [start, end) covers the figure and its unit, [figureStart, figureEnd) the
     * figure itself; {@code approximatorStart} is where an approximator before it starts (= start if none).
     */
    record Found(int start, int end, int figureStart, int figureEnd, int approximatorStart, Double value, String unit,
                 Units.Kind kind, boolean approximate, boolean artefact) {
    }

    private final QuantityLanguage lang;

    QuantityFinder(QuantityLanguage lang) {
        this.lang = lang;
    }

    /** @param previousUnit the unit counted last in the paragraph before this sentence, or null */
    List<Found> find(TokenView v, String text, String previousUnit) {
        List<Figure> figures = new FigureReader(lang, text).read(v);
        List<Found> out = new ArrayList<>();
        List<Figure> bare = new ArrayList<>();
        for (int f = 0; f < figures.size(); f++) {
            Figure figure = figures.get(f);
            boolean range = f + 1 < figures.size() && isPair(v, lang.ranges, figure, figures.get(f + 1));
            if (range || (f + 1 < figures.size() && isPair(v, lang.parts, figure, figures.get(f + 1)))) {
                Figure second = figures.get(f + 1);
                Found high = complete(v, second);
                if (high != null) {
                    // "entre 1 et 2 milliards": the scale of the second figure applies to the first
                    Figure low = range && figure.scale() == 1 && second.scale() > 1 ? figure.scaled(second.scale()) : figure;
                    // each end of a range, and a part, is as exact as it is written (demo/GUIDELINES.md)
                    out.add(new Found(low.start(), low.end(), low.start(), low.end(), approximatorStart(v, low.start()),
                            low.value(high.kind()), high.unit(), high.kind(), low.approximate(), low.artefact()));
                    out.add(high);
                    f++;
                    continue;
                }
            }
            Found found = complete(v, figure);
            if (found != null) out.add(found);
            else bare.add(figure);
        }
        for (Figure figure : bare) {
            Found found = wholeAfterPart(v, figure, out);
            if (found == null) found = bareFigure(v, figure, previousUnit);
            if (found != null) out.add(found);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Found> kept = new ArrayList<>();
        for (Found f : out) {
            if (!kept.isEmpty() && kept.get(kept.size() - 1).end() > f.start()) continue;
            kept.add(f);
        }
        return kept;
    }

    private Found complete(TokenView v, Figure figure) {
        boolean approximate = figure.approximate();
        Units.Match prefix = lang.units.before(v, figure.start());
        int before = prefix != null ? prefix.start() : figure.start();
        int approxStart = approximatorStart(v, before);
        if (approxStart < before) approximate = true;
        int after = figure.end();
        int n = approximatorAfter(v, after);
        if (n > 0) {
            after += n;
            approximate = true;
        }
        Units.Match unit = prefix != null ? prefix : unitAfter(v, after);
        if (unit == null) return null;
        int start = prefix != null ? prefix.start() : figure.start();
        int end = prefix != null ? figure.end() : adjectivesAfter(v, unit.end());
        if (!approximate) approximate = approximatorAfter(v, end) > 0;
        return new Found(start, end, figure.start(), figure.end(), Math.min(approxStart, start), figure.value(unit.kind()),
                unit.unit(), unit.kind(), approximate, figure.artefact());
    }

    /**
     * "159 sièges sur 300", "293 seats out of 543": a figure with nothing counted, right after a counted quantity and
     * the middle of a part pattern, counts what that quantity counts.
     */
    private Found wholeAfterPart(TokenView v, Figure figure, List<Found> found) {
        if (!figure.digits()) return null;
        int after = figure.end();
        if (after < v.size() && v.isWord(after) && !lang.functionWords.contains(v.norm(after))) return null;
        for (Template t : lang.parts) {
            int n = v.matchBefore(figure.start(), t.middle());
            if (n == 0) continue;
            for (Found part : found) {
                if (part.end() != figure.start() - n || part.kind() != Units.Kind.COUNT) continue;
                return new Found(figure.start(), figure.end(), figure.start(), figure.end(), figure.start(),
                        figure.count(), part.unit(), part.kind(), figure.approximate(), figure.artefact());
            }
        }
        return null;
    }

    /** A large digit figure with nothing counted after it, reading the unit counted nearby in the sentence or paragraph. */
    private Found bareFigure(TokenView v, Figure figure, String previousUnit) {
        if (!figure.digits() || FigureReader.looksLikeYear(v.raw(figure.start()))) return null;
        Double count = figure.count();
        boolean toll = afterTollNoun(v, figure.start());
        if (!figure.artefact() && !toll && (count == null || count < BARE_MINIMUM)) return null;
        int after = figure.end() + approximatorAfter(v, figure.end());
        if (!toll && after < v.size() && v.isWord(after) && !lang.functionWords.contains(v.norm(after))) return null;
        String unit = toll ? DEAD : nearestCountUnit(v, figure);
        if (unit == null) unit = previousUnit;
        if (unit == null) return null;
        int approxStart = approximatorStart(v, figure.start());
        boolean approximate = figure.approximate() || approxStart < figure.start() || after > figure.end();
        return new Found(figure.start(), figure.end(), figure.start(), figure.end(), approxStart, count, unit,
                Units.Kind.COUNT, approximate, figure.artefact());
    }

    /**
     * "The death toll rose to 42", "Moscow put the toll at 300", "le bilan s'élève à 27": a figure right after a
     * preposition, a few words after a noun of a death toll ({@code toll-nouns.txt}) in the same clause, counts the
     * dead, however small.
     */
    private boolean afterTollNoun(TokenView v, int figureStart) {
        int prep = figureStart - 1;
        if (prep <= 0 || !v.isWord(prep)) return false;
        String p = v.norm(prep);
        if (!lang.placePrepositions.contains(p) && !lang.words.isLinker(p)) return false;
        for (int i = prep - 1; i >= 0 && i >= prep - TOLL_WINDOW; i--) {
            if (!v.isWord(i) && !v.raw(i).equals("'") && !v.raw(i).equals("’")) return false;
            if (lang.tollNouns.contains(v.norm(i))) return true;
        }
        return false;
    }

    private String nearestCountUnit(TokenView v, Figure figure) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < v.size(); i++) {
            if (i >= figure.start() && i < figure.end()) continue;
            Units.Match m = lang.units.at(v, i);
            if (m == null && demonymCountsPeople(v, i)) m = new Units.Match(i, i + 1, PERSON, Units.Kind.COUNT);
            if (m == null || m.kind() != Units.Kind.COUNT || speaks(v, m.start(), m.end())) continue;
            int distance = i < figure.start() ? figure.start() - m.end() : i - figure.end();
            if (distance < bestDistance) {
                best = m.unit();
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * True when the things counted at tokens [start, end) are the subject of a verb of saying right after or right
     * before them ("Western officials said", "ont déclaré mardi des responsables"): they speak, they are not counted.
     */
    private boolean speaks(TokenView v, int start, int end) {
        for (int i = Math.max(0, start - 3); i <= end + 2 && i < v.size(); i++) {
            if (i >= start && i < end) continue;
            for (QuantityLanguage.ClaimCue c : lang.claimCues) {
                int n = c.side() == QuantityLanguage.Side.VERB ? v.matchAt(i, c.tokens()) : 0;
                if (n == 0) continue;
                if (i >= end) return true;
                boolean numberBetween = false;
                for (int k = i + n; k < start; k++) numberBetween |= v.isNumber(k);
                // "estimate of troops": a noun linked to what follows, not a verb with its subject after it
                boolean linked = i + n < v.size() && lang.words.isLinker(v.norm(i + n));
                if (i + n <= start && !numberBetween && !linked) return true;
            }
        }
        return false;
    }

    private int approximatorStart(TokenView v, int before) {
        for (Template t : lang.approximators) {
            if (t.before().isEmpty() || !t.after().isEmpty()) continue;
            int n = v.matchBefore(before, t.before());
            if (n > 0) return before - n;
        }
        return before;
    }

    /** The length of an approximator written after a figure ("40 000 environ") at token {@code i}, or 0. */
    private int approximatorAfter(TokenView v, int i) {
        for (Template t : lang.approximators) {
            if (!t.before().isEmpty() || t.after().isEmpty()) continue;
            int n = v.matchAt(i, t.after());
            if (n > 0) return n;
        }
        return 0;
    }

    /** Where a counted noun ending at {@code end} ends with the adjectives that classify it ("moniteurs non armés"). */
    private int adjectivesAfter(TokenView v, int end) {
        for (int k = 0; k < 2; k++) {
            int n = 0;
            for (List<String> a : lang.adjectivesAfter) {
                n = v.matchAt(end, a);
                if (n > 0) break;
            }
            if (n == 0) break;
            end += n;
        }
        return end;
    }

    /**
     * "tens of thousands of Sudanese", "2 000 Afghans": a demonym naming people in the plural counts people when no
     * counted noun follows it; one that is also the adjective ("Chinese") only when its noun phrase ends with it.
     */
    private boolean demonymCountsPeople(TokenView v, int pos) {
        String form = v.raw(pos);
        if (!lang.peopleDemonyms.contains(form)) return false;
        int next = pos + 1;
        if (next >= v.size() || !v.isWord(next)) return true;
        if (lang.adjectiveDemonyms.contains(form)) return lang.functionWords.contains(v.norm(next));
        return lang.units.at(v, next) == null && !v.startsUpper(next) && !lang.modifiers.contains(v.norm(next));
    }

    private Units.Match unitAfter(TokenView v, int from) {
        int pos = from;
        for (int skipped = 0; pos < v.size() && skipped <= MAX_SKIPPED; skipped++) {
            Units.Match m = lang.units.at(v, pos);
            if (m != null) return m;
            // a model number after a capitalised name ("14 Challenger 2 tanks", "six Leopard 1 tanks") is part of it
            boolean modelNumber = pos > from && v.isNumber(pos) && v.startsUpper(pos - 1) && !v.isNumber(pos - 1);
            if (modelNumber) {
                pos++;
                continue;
            }
            if (demonymCountsPeople(v, pos)) return new Units.Match(pos, pos + 1, PERSON, Units.Kind.COUNT);
            if (!v.isWord(pos)) return null;
            String w = v.norm(pos);
            boolean skippable = lang.words.isLinker(w) || lang.modifiers.contains(w)
                    || (v.startsUpper(pos) && !lang.months.contains(w) && lang.words.parts(w) == null);
            if (!skippable) return null;
            pos++;
        }
        return null;
    }

    /** True when the two figures form a range or a part of a whole by one of {@code patterns}. */
    private static boolean isPair(TokenView v, List<Template> patterns, Figure a, Figure b) {
        for (Template t : patterns) {
            List<String> middle = t.middle();
            if (middle.isEmpty() || b.start() - a.end() != middle.size() || v.matchAt(a.end(), middle) == 0) continue;
            if (!t.before().isEmpty() && v.matchBefore(a.start(), t.before()) == 0) continue;
            if (!t.after().isEmpty() && v.matchAt(b.end(), t.after()) == 0) continue;
            return true;
        }
        return false;
    }
}
