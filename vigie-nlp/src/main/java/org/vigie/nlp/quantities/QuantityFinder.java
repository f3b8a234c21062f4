package org.vigie.nlp.quantities;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the figures of one sentence into quantities: joins ranges ("entre 90 000 et 120 000"), reads
 * approximators ("près de", "more than"), and finds what is counted after the figure, looking past linking
 * words, listed modifiers and capitalised adjectives ("40,000 Valdorian troops"), or a currency before it
 * ("$2.3 billion"). A figure with nothing counted is not a quantity (lone counters, scores, ages).
 */
final class QuantityFinder {
    /** Words that may stand between a figure and its unit. */
    private static final int MAX_SKIPPED = 3;

    /**
     * A quantity by token index: [start, end) covers the figure and its unit, [figureStart, figureEnd) the
     * figure itself; {@code approximatorStart} is where an approximator before it starts (= figureStart if none).
     */
    record Found(int start, int end, int figureStart, int figureEnd, int approximatorStart, Double value, String unit,
                 boolean approximate, boolean artefact) {
    }

    private final QuantityLanguage lang;

    QuantityFinder(QuantityLanguage lang) {
        this.lang = lang;
    }

    List<Found> find(TokenView v, String text) {
        List<Figure> figures = new FigureReader(lang, text).read(v);
        List<Found> out = new ArrayList<>();
        for (int f = 0; f < figures.size(); f++) {
            Figure first = figures.get(f);
            Figure last = first;
            int rangeStart = -1;
            boolean range = false;
            if (f + 1 < figures.size()) {
                Figure second = figures.get(f + 1);
                rangeStart = rangeStart(v, first, second);
                if (rangeStart >= 0) {
                    range = true;
                    last = second;
                    // "entre 1 et 2 milliards": the scale of the second figure applies to the first
                    if (first.scale() == 1 && second.scale() > 1) first = first.scaled(second.scale());
                    f++;
                }
            }
            Found found = complete(v, first, last, range, rangeStart);
            if (found != null && (out.isEmpty() || out.get(out.size() - 1).end() <= found.start())) out.add(found);
        }
        return out;
    }

    private Found complete(TokenView v, Figure first, Figure last, boolean range, int rangeStart) {
        int figureStart = first.start();
        int figureEnd = last.end();
        boolean approximate = first.approximate() || last.approximate() || range;
        Units.Match prefix = lang.units.before(v, figureStart);
        int before = prefix != null ? prefix.start() : figureStart;
        int approxStart = range ? rangeStart : before;
        if (!range) {
            for (Template t : lang.approximators) {
                if (t.before().isEmpty()) continue;
                int n = v.matchBefore(before, t.before());
                if (n > 0 && (t.after().isEmpty() || v.matchAt(figureEnd, t.after()) > 0)) {
                    approxStart = before - n;
                    approximate = true;
                    break;
                }
            }
        }
        int after = figureEnd;
        int n = approximatorAt(v, after);
        if (n > 0) {
            after += n;
            approximate = true;
        }
        Units.Match unit = prefix != null ? prefix : unitAfter(v, after);
        if (unit == null) return null;
        int start = prefix != null ? prefix.start() : figureStart;
        int end = prefix != null ? figureEnd : unit.end();
        if (!approximate) approximate = approximatorAt(v, end) > 0;
        Double value = range ? rangeValue(first.value(unit.kind()), last.value(unit.kind())) : first.value(unit.kind());
        return new Found(start, end, figureStart, figureEnd, Math.min(approxStart, start), value, unit.unit(),
                approximate, first.artefact() || last.artefact());
    }

    /** The length of an approximator written after a figure ("40 000 environ") at token {@code i}, or 0. */
    private int approximatorAt(TokenView v, int i) {
        for (Template t : lang.approximators) {
            if (!t.before().isEmpty() || t.after().isEmpty()) continue;
            int n = v.matchAt(i, t.after());
            if (n > 0) return n;
        }
        return 0;
    }

    private Units.Match unitAfter(TokenView v, int from) {
        int pos = from;
        for (int skipped = 0; pos < v.size() && skipped <= MAX_SKIPPED; skipped++) {
            Units.Match m = lang.units.at(v, pos);
            if (m != null) return m;
            if (!v.isWord(pos)) return null;
            String w = v.norm(pos);
            boolean skippable = lang.words.isLinker(w) || lang.modifiers.contains(w)
                    || (v.startsUpper(pos) && !lang.months.contains(w) && lang.words.parts(w) == null);
            if (!skippable) return null;
            pos++;
        }
        return null;
    }

    /** Where a range of the two figures starts (its first cue word, or the first figure), or -1 if they are no range. */
    private int rangeStart(TokenView v, Figure a, Figure b) {
        for (Template t : lang.ranges) {
            List<String> middle = t.middle();
            if (middle.isEmpty() || b.start() - a.end() != middle.size() || v.matchAt(a.end(), middle) == 0) continue;
            int n = t.before().isEmpty() ? 0 : v.matchBefore(a.start(), t.before());
            if (!t.before().isEmpty() && n == 0) continue;
            if (!t.after().isEmpty() && v.matchAt(b.end(), t.after()) == 0) continue;
            return a.start() - n;
        }
        return -1;
    }

    /** A range is reported by its lower bound; both bounds must be known. */
    private static Double rangeValue(Double low, Double high) {
        if (low == null || high == null || low > high) return null;
        return low;
    }
}
