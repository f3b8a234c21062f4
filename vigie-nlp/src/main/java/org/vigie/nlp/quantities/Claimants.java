package org.vigie.nlp.quantities;

import org.vigie.core.model.EntityRef;
import org.vigie.core.model.Span;

import java.util.List;

/**
 * Who a sentence attributes its figures to: the speaker of the quote holding the figure, else the entity
 * after "selon"/"according to", else the subject of a verb of saying or estimating ("X estime", "X said"), or
 * the entity right after such a verb when it follows a comma (", a déclaré X", ", said X").
 */
final class Claimants {
    /** How far from its cue a claimant may stand, in tokens. */
    private static final int AFTER_WINDOW = 8;
    private static final int BEFORE_WINDOW = 12;

    record Mention(Span span, EntityRef ref) {
    }

    record QuoteSpan(Span span, EntityRef speaker) {
    }

    private record Cue(int start, int end, boolean claimantAfter) {
    }

    private Claimants() {
    }

    static EntityRef claimant(TokenView v, QuantityLanguage lang, Span quantity, List<Mention> mentions,
                              List<QuoteSpan> quotes, List<Span> figures) {
        for (QuoteSpan q : quotes) {
            if (q.speaker() != null && q.span().contains(quantity)) return q.speaker();
        }
        Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < v.size(); i++) {
            for (QuantityLanguage.ClaimCue c : lang.claimCues) {
                int n = v.matchAt(i, c.tokens());
                if (n == 0) continue;
                Span cue = new Span(v.start(i), v.end(i + n - 1));
                if (cue.overlaps(quantity)) break;
                int distance = cue.end() <= quantity.start() ? quantity.start() - cue.end() : cue.start() - quantity.end();
                if (distance < bestDistance) {
                    best = new Cue(i, i + n, c.claimantAfter());
                    bestDistance = distance;
                }
                break;
            }
        }
        if (best == null) return null;
        boolean inverted = !best.claimantAfter() && best.start() > 0 && isComma(v.raw(best.start() - 1));
        if (best.claimantAfter() || inverted) return firstAfter(v, best.end(), mentions, figures);
        EntityRef subject = nearestBefore(v, best.start(), mentions, figures);
        return subject != null ? subject : firstAfter(v, best.end(), mentions, figures);
    }

    private static EntityRef firstAfter(TokenView v, int from, List<Mention> mentions, List<Span> figures) {
        for (int i = from; i < v.size() && i < from + AFTER_WINDOW; i++) {
            if (i > from && (isClauseBreak(v.raw(i)) || v.raw(i).equals(","))) return null;
            for (Mention m : mentions) {
                if (m.span().start() >= v.start(i) && m.span().start() < v.end(i) && !inFigure(m.span(), figures)) return m.ref();
            }
        }
        return null;
    }

    private static EntityRef nearestBefore(TokenView v, int before, List<Mention> mentions, List<Span> figures) {
        for (int i = before - 1; i >= 0 && i >= before - BEFORE_WINDOW; i--) {
            if (isClauseBreak(v.raw(i))) return null;
            for (Mention m : mentions) {
                if (m.span().end() > v.start(i) && m.span().end() <= v.end(i) && !inFigure(m.span(), figures)) return m.ref();
            }
        }
        return null;
    }

    private static boolean inFigure(Span mention, List<Span> figures) {
        return figures.stream().anyMatch(f -> f.contains(mention));
    }

    private static boolean isComma(String s) {
        return s.equals(",") || s.equals("»") || s.equals("”") || s.equals("\"");
    }

    private static boolean isClauseBreak(String s) {
        return s.equals(";") || s.equals(":") || s.equals("(") || s.equals(")") || s.equals("«") || s.equals("»")
                || s.equals("“") || s.equals("”");
    }
}
