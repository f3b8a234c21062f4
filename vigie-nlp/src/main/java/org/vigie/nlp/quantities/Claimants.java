package org.vigie.nlp.quantities;

import org.vigie.core.model.EntityRef;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;

import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who a sentence attributes a figure to. The speaker of a quote holding the figure; else, trying the claim cues
 * of the sentence from the nearest to the farthest: the entity after "selon"/"according to"; the subject of a verb
 * of saying or estimating written before the figure ("L'OTBC estime que 90 000..."); after the figure, only an
 * inserted attribution (", a déclaré X", ", X said") or a relative clause ("the 40,000 troops Lessaria reported").
 * Places (LOC) are never claimants. Nobody found means null, never a guess.
 */
final class Claimants {
    /** How far from its cue a claimant may stand, in tokens. */
    private static final int AFTER_WINDOW = 8;
    private static final int SUBJECT_WINDOW = 5;
    private static final int INSERT_WINDOW = 4;

    record Mention(Span span, EntityRef ref, EntityType type) {
    }

    record QuoteSpan(Span span, EntityRef speaker) {
    }

    private record Cue(int start, int end, QuantityLanguage.Side side, int distance) {
    }

    private Claimants() {
    }

    /** The claimant of the figure spanning tokens [first, last) of the sentence. */
    static EntityRef claimant(TokenView v, QuantityLanguage lang, int first, int last, List<Mention> mentions,
                              List<QuoteSpan> quotes, List<Span> figures) {
        Span quantity = new Span(v.start(first), v.end(last - 1));
        for (QuoteSpan q : quotes) {
            if (q.speaker() != null && q.span().contains(quantity)) return q.speaker();
        }
        List<Mention> actors = mentions.stream().filter(m -> m.type() != EntityType.LOC).toList();
        for (Cue cue : cues(v, lang, first, last)) {
            Mention found = resolve(v, lang, cue, first, last, actors, figures);
            if (found != null) return speakingFor(v, lang, found);
        }
        return null;
    }

    /**
     * "Officials in Kyiv said", "selon des responsables à Washington": a capital named after a place preposition in
     * a claimant's slot is where the people who speak are, the government seated there; the claim is the state's. (A
     * capital standing alone as a subject, "Moscow says", is already the state: the entities annotator reads it so.)
     */
    private static EntityRef speakingFor(TokenView v, QuantityLanguage lang, Mention m) {
        int at = tokenAt(v, m.span().start());
        if (at <= 0 || at >= v.size() || !lang.placePrepositions.contains(v.norm(at - 1))) return m.ref();
        KnowledgeBase kb = KnowledgeBase.get();
        Optional<KbEntry> entry = kb.entry(m.ref().entity());
        if (entry.isEmpty() || !"capital".equals(entry.get().kind())) return m.ref();
        Optional<String> state = kb.country(m.ref().entity());
        if (state.isEmpty() || state.get().equals(m.ref().entity())) return m.ref();
        return new EntityRef(state.get(), kb.entry(state.get()).map(KbEntry::name).orElse(state.get()));
    }

    private static List<Cue> cues(TokenView v, QuantityLanguage lang, int first, int last) {
        List<Cue> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (i >= first && i < last) continue;
            for (QuantityLanguage.ClaimCue c : lang.claimCues) {
                if (c.side() == QuantityLanguage.Side.STOP) continue;
                int n = v.matchAt(i, c.tokens());
                if (n == 0 || (i < first && i + n > first)) continue;
                out.add(new Cue(i, i + n, c.side(), i < first ? first - (i + n) : i - last));
                break;
            }
        }
        out.sort(Comparator.comparingInt(Cue::distance));
        return out;
    }

    private static Mention resolve(TokenView v, QuantityLanguage lang, Cue cue, int first, int last,
                                     List<Mention> mentions, List<Span> figures) {
        if (cue.side() == QuantityLanguage.Side.AFTER) return firstAfter(v, lang, cue.end(), mentions, figures);
        boolean inverted = cue.start() > 0 && isInsertion(v.raw(cue.start() - 1));
        if (cue.start() < first) {
            if (inverted) return firstAfter(v, lang, cue.end(), mentions, figures);
            return subjectBefore(v, cue.start(), mentions, figures);
        }
        // the cue follows the figure: only an inserted attribution or a relative clause speaks of it, never a
        // verb opening its own reported clause ("..., Miravel assure que ...")
        if (cue.end() < v.size() && lang.isStop(v.norm(cue.end()))) return null;
        for (int i = last; i < cue.start(); i++) {
            if (v.raw(i).equals(",") && cue.start() - i - 1 <= INSERT_WINDOW) {
                if (inverted) return firstAfter(v, lang, cue.end(), mentions, figures);
                // (", Vasko said", ", the Ukrainian air force said.", ", a US official said.": a name, or a subject
                // holding one, opened by an article, whose verb ends the clause; ", le renseignement lessarien en
                // compte 175 000" opens a clause of its own)
                if (v.startsUpper(i + 1) || mentionAt(v, i + 1, mentions) != null
                        || (lang.articles.contains(v.norm(i + 1)) || lang.indefiniteArticles.contains(v.norm(i + 1)))
                        && mentionBetween(v, i + 2, cue.start(), mentions)
                        && (cue.end() >= v.size() || !v.isWord(cue.end()) && !v.isNumber(cue.end()))) {
                    return subjectBefore(v, cue.start(), mentions, figures);
                }
                return null;
            }
        }
        Mention next = mentionAt(v, last, mentions);
        if (next != null && cue.start() - tokenAt(v, next.span().end() - 1) - 1 <= INSERT_WINDOW) return next;
        return null;
    }

    private static Mention firstAfter(TokenView v, QuantityLanguage lang, int from, List<Mention> mentions, List<Span> figures) {
        for (int i = from; i < v.size() && i < from + AFTER_WINDOW; i++) {
            String raw = v.raw(i);
            if (i > from && raw.equals(",")) return appositivePerson(v, i, mentions);
            if (i > from && isClauseBreak(raw)) return null;
            if (lang.isStop(v.norm(i))) return null;
            Mention m = mentionAt(v, i, mentions);
            if (m != null && !inFigure(m.span(), figures)) {
                if (m.type() == EntityType.PER) return m;
                int next = tokenAt(v, m.span().end() - 1) + 1;
                Mention person = next < v.size() && v.raw(next).equals(",") ? appositivePerson(v, next, mentions) : null;
                return person != null ? person : m;
            }
        }
        return null;
    }

    /**
     * ", a annoncé son PDG, Luca de Meo.", "said the head of the Red Cross, Anna Berg.": a person named after the
     * role that speaks, the comma at token {@code comma}, is the claimant when the name closes the clause (a name
     * opening a clause of its own, "selon l'ONU, Anna Berg a ...", is not).
     */
    private static Mention appositivePerson(TokenView v, int comma, List<Mention> mentions) {
        Mention m = mentionAt(v, comma + 1, mentions);
        if (m == null || m.type() != EntityType.PER) return null;
        int after = tokenAt(v, m.span().end() - 1) + 1;
        return after >= v.size() || isClauseBreak(v.raw(after)) || v.raw(after).equals(",") ? m : null;
    }

    /**
     * The nearest entity ending within a few tokens before the verb, not inside a figure, not across a clause
     * break (an acronym in brackets, "l'Organisation (OTBC) estimait", is part of the subject).
     */
    private static Mention subjectBefore(TokenView v, int verb, List<Mention> mentions, List<Span> figures) {
        for (int i = verb - 1; i >= 0 && i >= verb - SUBJECT_WINDOW; i--) {
            String raw = v.raw(i);
            if (isClauseBreak(raw) && !raw.equals("(") && !raw.equals(")")) return null;
            Span token = new Span(v.start(i), v.end(i));
            if (figures.stream().anyMatch(f -> f.overlaps(token))) return null;
            for (Mention m : mentions) {
                if (m.span().end() > token.start() && m.span().end() <= token.end()) return m;
            }
        }
        return null;
    }

    private static Mention mentionAt(TokenView v, int i, List<Mention> mentions) {
        if (i < 0 || i >= v.size()) return null;
        for (Mention m : mentions) {
            if (m.span().start() >= v.start(i) && m.span().start() < v.end(i)) return m;
        }
        return null;
    }

    private static boolean mentionBetween(TokenView v, int from, int to, List<Mention> mentions) {
        for (int i = from; i < to; i++) if (mentionAt(v, i, mentions) != null) return true;
        return false;
    }

    private static int tokenAt(TokenView v, int offset) {
        for (int i = 0; i < v.size(); i++) if (v.start(i) <= offset && offset < v.end(i)) return i;
        return v.size();
    }

    private static boolean inFigure(Span mention, List<Span> figures) {
        return figures.stream().anyMatch(f -> f.contains(mention));
    }

    private static boolean isInsertion(String s) {
        return s.equals(",") || s.equals("»") || s.equals("”") || s.equals("\"");
    }

    private static boolean isClauseBreak(String s) {
        return s.equals(";") || s.equals(":") || s.equals("(") || s.equals(")") || s.equals("«") || s.equals("»")
                || s.equals("“") || s.equals("”") || s.equals(".") || s.equals("?") || s.equals("!") || s.equals("—")
                || s.equals("–");
    }
}
