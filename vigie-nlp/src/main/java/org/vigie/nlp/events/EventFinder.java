package org.vigie.nlp.events;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.*;
import org.vigie.nlp.events.EventLexicon.Frame;
import org.vigie.nlp.events.EventLexicon.FrameWord;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.quotes.PhraseMatcher;
import org.vigie.nlp.quotes.Referents;
import org.vigie.nlp.quotes.Referents.Referent;
import org.vigie.nlp.quotes.SpeechLexicon;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;
import org.vigie.nlp.quotes.TextIndex;

import java.util.*;

/** The work of {@link EventAnnotator} on one document, sentence by sentence. */
final class EventFinder {
    private static final Set<EventType> SYMMETRIC = EnumSet.of(EventType.CONSULT, EventType.AGREE, EventType.COOPERATE);

    private record Hit(int start, int end, Trigger trigger) {
    }

    private record Frm(int start, int end, FrameWord word) {
    }

    private final Document doc;
    private final TextIndex ix;
    private final SpeechLexicon[] speech;
    private final BitSet quoted = new BitSet();
    private final Referents refs;
    private final List<TimeExpression> times;

    EventFinder(Document doc, List<SpeechLexicon> all) {
        this.doc = doc;
        this.ix = TextIndex.of(doc);
        this.speech = SpeechLexicon.forSentences(ix, all);
        for (Quote q : doc.layerOrEmpty(LayerKind.QUOTES)) {
            if (!q.direct()) continue;
            for (int k = ix.firstTokenAtOrAfter(q.start()); k < ix.size() && ix.token(k).end() <= q.end(); k++) quoted.set(k);
        }
        this.refs = new Referents(ix, speech, quoted);
        this.times = doc.layerOrEmpty(LayerKind.TIMES);
    }

    List<Event> run() {
        List<Event> out = new ArrayList<>();
        for (int s = 0; s < ix.sentenceCount(); s++) {
            SpeechLexicon lex = speech[s];
            if (lex == null) continue;
            Optional<EventLexicon> ev = EventLexicon.of(lex.language());
            if (ev.isPresent()) sentence(s, lex, ev.get(), out);
        }
        return List.copyOf(out);
    }

    private void sentence(int s, SpeechLexicon lex, EventLexicon ev, List<Event> out) {
        int a = ix.sentenceStart(s), b = ix.sentenceEnd(s);
        List<Hit> hits = new ArrayList<>();
        for (PhraseMatcher.Match<Trigger> m : ev.triggers().findAll(ix.forms(), a, b)) {
            if (!quoted.get(m.start()) && !isNounAfterDet(m, lex)) hits.add(new Hit(m.start(), m.end(), m.value()));
        }
        if (hits.isEmpty()) return;
        List<Frm> frames = new ArrayList<>();
        for (PhraseMatcher.Match<FrameWord> m : ev.frames().findAll(ix.forms(), a, b)) frames.add(new Frm(m.start(), m.end(), m.value()));
        BitSet suppressed = scopes(hits, a, b, lex);
        Span evidence = ix.sentenceSpan(s);
        Set<String> seen = new HashSet<>();
        for (int h = 0; h < hits.size(); h++) {
            if (suppressed.get(h)) continue;
            Hit hit = hits.get(h);
            Event e = event(hit, a, b, lex, ev, frames, hits, evidence);
            if (e == null) continue;
            String key = e.type() + "|" + e.actor1().entity() + "|" + (e.actor2() == null ? "" : e.actor2().entity());
            if (seen.add(key)) out.add(e);
        }
    }

    /** A verb-like trigger right after a determiner is a noun of another sense ("le masse" is rare; "la visite" is fine). */
    private boolean isNounAfterDet(PhraseMatcher.Match<Trigger> m, SpeechLexicon lex) {
        return !m.value().noun() && m.start() > 0 && lex.isDeterminer(ix.form(m.start() - 1));
    }

    /**
     * Triggers inside the scope of a denial, demand, threat or intent: from that trigger to the end of its clause,
     * which a semicolon ends, or a coordination followed closely by another trigger ("a démenti ... et accusé ...").
     */
    private BitSet scopes(List<Hit> hits, int a, int b, SpeechLexicon lex) {
        BitSet suppressed = new BitSet();
        for (int h = 0; h < hits.size(); h++) {
            if (!hits.get(h).trigger.scope() || suppressed.get(h)) continue;
            int end = b;
            for (int k = hits.get(h).end; k < b; k++) {
                if (ix.form(k).equals(";")) {
                    end = k;
                    break;
                }
                if (lex.is(ix.form(k), Kind.STOP) && triggerWithin(hits, k + 1, k + 4)) {
                    end = k;
                    break;
                }
            }
            for (int o = h + 1; o < hits.size(); o++) {
                if (hits.get(o).start >= hits.get(h).end && hits.get(o).start < end) suppressed.set(o);
            }
        }
        return suppressed;
    }

    private static boolean triggerWithin(List<Hit> hits, int from, int to) {
        for (Hit h : hits) if (h.start >= from && h.start < to && !h.trigger.noun()) return true;
        return false;
    }

    // ------------------------------------------------------------------------------------------- one event

    private Event event(Hit hit, int a, int b, SpeechLexicon lex, EventLexicon ev, List<Frm> frames, List<Hit> hits,
                        Span evidence) {
        int verbStart = hit.start;
        while (verbStart > a && (lex.is(ix.form(verbStart - 1), Kind.AUX) || isNegation(verbStart - 1, lex, ev))) verbStart--;
        boolean passive = hasFrame(frames, Frame.PASSIVE, Math.max(a, hit.start - 2), hit.start);
        Mention agent = mentionAfterFrame(frames, Frame.BY, hit.end, Math.min(b, hit.end + 8));
        Mention[] between = between(frames, hit.end, Math.min(b, hit.end + 12), lex);

        EntityRef actor1 = null, actor2 = null;
        Mention[] pair = coordinatedSubject(a, verbStart, lex);
        if (passive && agent != null) {
            actor1 = ix.ref(agent);
            Referent subject = refs.subjectBefore(verbStart, a);
            actor2 = subject == null ? null : subject.ref();
        } else if (between != null && (hit.trigger.noun() || pair == null)) {
            actor1 = ix.ref(between[0]);
            actor2 = ix.ref(between[1]);
        } else if (pair != null && SYMMETRIC.contains(hit.trigger.type())) {
            actor1 = ix.ref(pair[0]);
            actor2 = ix.ref(pair[1]);
        } else {
            Referent subject = refs.subjectBefore(verbStart, a);
            actor1 = subject == null ? null : reportedSubject(subject, verbStart, a, lex);
            if (actor1 == null && hit.trigger.noun() && agent != null) actor1 = ix.ref(agent);
        }
        if (actor1 == null) return null;
        if (actor2 == null) actor2 = object(hit, b, lex, frames, hits, actor1, a);
        if (actor2 != null && actor2.entity().equals(actor1.entity())) actor2 = null;

        String mode = hit.trigger.mode();
        if (hit.trigger.type() == EventType.CONSULT) {
            for (Frm f : frames) if (f.word.frame() == Frame.MODE && f.word.mode() != null) mode = f.word.mode();
        }
        EntityRef location = location(frames, a, b, actor1, actor2);
        String date = date(evidence, hit);
        boolean negated = negated(hit, verbStart, a, ev);
        return new Event(hit.trigger.type(), mode, actor1, actor2, location, date, negated, evidence);
    }

    /** "X a déclaré qu'il/elle ...": a pronoun opening reported content stands for the speaker. */
    private EntityRef reportedSubject(Referent subject, int verbStart, int a, SpeechLexicon lex) {
        if (subject.form() != Referent.Form.PRONOUN) return subject.ref();
        int p = ix.firstTokenAtOrAfter(subject.span().start());
        if (p <= a || !lex.is(ix.form(p - 1), Kind.THAT)) return subject.ref();
        for (int v = p - 2; v >= a; v--) {
            Kind k = lex.kindOf(ix.form(v));
            if (k != null && k.isVerb()) {
                int vs = v;
                while (vs > a && lex.is(ix.form(vs - 1), Kind.AUX)) vs--;
                Referent speaker = refs.subjectBefore(vs, a);
                if (speaker != null && speaker.ref() != null) return speaker.ref();
                break;
            }
        }
        return subject.ref();
    }

    /** "La Valdorie et la Lessarie sont convenues": two actors joined by "et"/"and" right before the verb. */
    private Mention[] coordinatedSubject(int a, int verbStart, SpeechLexicon lex) {
        int k = verbStart - 1;
        while (k >= a && (ix.isPunct(k) && !ix.form(k).equals(",") || lex.is(ix.form(k), Kind.AUX))) k--;
        Mention second = k >= a ? actorMention(k) : null;
        if (second == null) return null;
        int j = ix.firstTokenAtOrAfter(second.start()) - 1;
        while (j >= a && lex.isDeterminer(ix.form(j))) j--;
        if (j < a || !lex.is(ix.form(j), Kind.STOP)) return null;
        int i = j - 1;
        Mention first = i >= a ? actorMention(i) : null;
        if (first == null || first.entityId().equals(second.entityId())) return null;
        return new Mention[]{first, second};
    }

    /** "entre X et Y", "between X and Y" shortly after the trigger. */
    private Mention[] between(List<Frm> frames, int from, int to, SpeechLexicon lex) {
        for (Frm f : frames) {
            if (f.word.frame() != Frame.BETWEEN || f.start < from || f.start >= to) continue;
            Mention first = null;
            for (int k = f.end; k < to + 8 && k < ix.size(); k++) {
                Mention m = actorMention(k);
                if (m == null) continue;
                if (first == null) first = m;
                else if (!m.entityId().equals(first.entityId())) return new Mention[]{first, m};
            }
        }
        return null;
    }

    /**
     * The second actor: for a meeting, the partner after "avec"/"with" or the other person named before the trigger;
     * otherwise the first actor named after the trigger in its clause, places after a locative preposition excepted.
     */
    private EntityRef object(Hit hit, int b, SpeechLexicon lex, List<Frm> frames, List<Hit> hits, EntityRef actor1, int a) {
        int end = b;
        for (Hit other : hits) if (other.start >= hit.end && other.start < end && !other.trigger.noun()) end = other.start;
        if (hit.trigger.type() == EventType.CONSULT) {
            Mention partner = mentionAfterFrame(frames, Frame.WITH, hit.end, Math.min(end, hit.end + 10));
            if (partner != null && !partner.entityId().equals(actor1.entity())) return ix.ref(partner);
        }
        int limit = Math.min(end, hit.end + 10);
        for (int k = hit.end; k < limit; k++) {
            if (quoted.get(k)) continue;
            String f = ix.form(k);
            if (f.equals(";") || f.equals(":") || f.equals(".") || lex.is(f, Kind.THAT) || lex.is(f, Kind.REL)) break;
            if (f.equals(",") && k > hit.end + 1) break;
            Mention m = actorMention(k);
            if (m == null || m.entityId().equals(actor1.entity())) continue;
            if (afterFrame(frames, Frame.LOC, k) && ix.type(m) != EntityType.PER && !isAdjective(k)) continue;
            if (afterFrame(frames, Frame.BY, k)) continue;
            return ix.ref(m);
        }
        if (hit.trigger.type() == EventType.CONSULT || hit.trigger.type() == EventType.SUPPORT) {
            for (int k = hit.start - 1; k >= a; k--) {
                Mention m = ix.mention(k);
                if (m != null && !quoted.get(k) && ix.type(m) == EntityType.PER && !m.entityId().equals(actor1.entity())) {
                    return ix.ref(m);
                }
            }
        }
        return null;
    }

    /** Where it happened: the first place named after a locative preposition in the sentence, actors excepted. */
    private EntityRef location(List<Frm> frames, int a, int b, EntityRef actor1, EntityRef actor2) {
        for (Frm f : frames) {
            if (f.word.frame() != Frame.LOC) continue;
            for (int k = f.end; k < b && k <= f.end + 3; k++) {
                Mention m = ix.mention(k);
                if (m == null) {
                    if (ix.isPunct(k)) break;
                    continue;
                }
                EntityType t = ix.type(m);
                if ((t == EntityType.GPE || t == EntityType.LOC) && !isAdjective(k) && !quoted.get(k)
                        && !m.entityId().equals(actor1.entity()) && (actor2 == null || !m.entityId().equals(actor2.entity()))) {
                    return ix.ref(m);
                }
                break;
            }
        }
        return null;
    }

    /** The value of the time expression of the sentence nearest to the trigger. */
    private String date(Span sentence, Hit hit) {
        int at = ix.token(hit.start).start();
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : times) {
            if (!sentence.contains(t.span()) || t.value() == null) continue;
            int d = Math.abs(t.start() - at);
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best == null ? null : best.value();
    }

    private boolean negated(Hit hit, int verbStart, int a, EventLexicon ev) {
        if (ev.negations().longestAt(ix.forms(), hit.start, hit.end).isPresent()) return true;
        for (int k = Math.max(a, Math.min(verbStart, hit.start - 4)); k < hit.start; k++) {
            if (ix.mention(k) != null) continue;
            if (ev.negations().longestAt(ix.forms(), k, hit.start).isPresent()) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------- helpers

    private boolean isNegation(int k, SpeechLexicon lex, EventLexicon ev) {
        return ev.negations().longestAt(ix.forms(), k, k + 1).isPresent();
    }

    private Mention actorMention(int k) {
        Mention m = ix.mention(k);
        if (m == null || quoted.get(k)) return null;
        EntityType t = ix.type(m);
        return t == EntityType.PER || t == EntityType.ORG || t == EntityType.GPE ? m : null;
    }

    /** A lower-case place mention is a demonym ("valdoriennes"): an actor, never a location. */
    private boolean isAdjective(int k) {
        return !ix.isCapitalised(k);
    }

    private boolean hasFrame(List<Frm> frames, Frame frame, int from, int to) {
        for (Frm f : frames) if (f.word.frame() == frame && f.start >= from && f.start < to) return true;
        return false;
    }

    /** Whether a frame word of this kind sits right before token {@code k} (determiners allowed between). */
    private boolean afterFrame(List<Frm> frames, Frame frame, int k) {
        for (Frm f : frames) {
            if (f.word.frame() != frame || f.end > k) continue;
            boolean adjacent = true;
            for (int j = f.end; j < k; j++) {
                SpeechLexicon lex = refs.lexiconAt(j);
                if (lex == null || !(lex.isDeterminer(ix.form(j)) || lex.is(ix.form(j), Kind.LINK))) adjacent = false;
            }
            if (adjacent) return true;
        }
        return false;
    }

    private Mention mentionAfterFrame(List<Frm> frames, Frame frame, int from, int to) {
        for (Frm f : frames) {
            if (f.word.frame() != frame || f.start < from || f.start >= to) continue;
            for (int k = f.end; k < Math.min(ix.size(), f.end + 4); k++) {
                Mention m = actorMention(k);
                if (m != null) return m;
                if (ix.isPunct(k)) break;
            }
        }
        return null;
    }
}
