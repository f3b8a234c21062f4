package org.vigie.nlp.events;

import org.vigie.core.LayerKind;
import org.vigie.core.model.*;
import org.vigie.nlp.events.Scan.Frm;
import org.vigie.nlp.events.Scan.Hit;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;
import org.vigie.nlp.quotes.SpeechLexicon;

import java.util.*;

/**
 * The family of demands and obligations: an obligation put on another actor in reported speech, acts done at
 * someone's request, acts that only an obligation names, and the party a demand or a rejection is aimed at when its
 * object names it.
 */
final class DemandRules extends ScanPart {
    DemandRules(Scan scan) {
        super(scan);
    }

    /**
     * "The administration declared that China must drop barriers": an obligation put on another named actor in
     * reported speech (an indirect quote, or the clause after "that" of a verb of saying) is a demand of the speaker
     * to that actor, as CAMEO codes it (10) and as "demanded that China drop" would be. The obliged actor is named
     * right before the modal; a pronoun, a quoted word or the speaker itself is no one else.
     */
    Event obligationDemand(int a, int b, SpeechLexicon lex, EventLexicon ev, Span evidence) {
        for (int k = a + 1; k < b; k++) {
            if (!ev.isObligation(ix.form(k)) || quoted.get(k)) continue;
            Mention obliged = actorMention(k - 1);
            if (obliged == null) obliged = addresseeOfPronoun(k - 1, a, lex);
            if (obliged == null) continue;
            EntityRef speaker = null;
            for (Quote q : doc.layerOrEmpty(LayerKind.QUOTES)) {
                if (!q.direct() && q.speaker() != null && q.span().contains(ix.token(k).span())) speaker = q.speaker();
            }
            if (speaker == null) {
                boolean that = false;
                for (int t = a; t < k - 1 && !that; t++) that = lex.is(ix.form(t), Kind.THAT);
                if (that) speaker = reportingSpeakerOrState(new Hit(k, k + 1, null), k - 1, a, lex);
            }
            if (speaker == null) continue;
            EntityRef target = seats.resolve(refs.actor(obliged));
            speaker = seats.resolve(speaker);
            if (target == null || speaker == null || target.entity().equals(speaker.entity())) continue;
            return new Event(EventType.REQUEST, null, speaker, target, null, scan.actors.dateAt(evidence, ix.token(k).start()), false, evidence);
        }
        return null;
    }

    /**
     * "le Conseil de sécurité pourrait examiner la situation à la demande de la France": what is done at
     * someone's request is their request to the one doing it, the first actor of the clause (after its "que").
     */
    Optional<Event> onRequestOf(int a, int b, SpeechLexicon lex, Span evidence) {
        EventPatterns p = EventPatterns.of(lex.language());
        for (int k = a; k < b; k++) {
            int end = quoted.get(k) ? -1 : p.endAt(EventPatterns.Role.BEHALF, ix.forms(), k, b);
            if (end < 0) continue;
            int j = end;
            while (j < b && lex.isDeterminer(ix.form(j))) j++;
            Mention asker = j < b ? actorMention(j) : null;
            if (asker == null) return Optional.empty();
            int from = a;
            for (int x = a; x < k; x++) if (lex.is(ix.form(x), Kind.THAT)) from = x + 1;
            Mention asked = null;
            for (int x = from; x < k && asked == null; x++) {
                Mention m = actorMention(x);
                if (m != null && !quoted.get(x) && !m.entityId().equals(asker.entityId())) asked = m;
            }
            // "organisé à la demande des habitants": with no actor doing what was asked, no request between actors
            if (asked == null) return Optional.empty();
            EntityRef actor1 = seats.resolve(refs.actor(asker));
            EntityRef actor2 = seats.resolve(refs.actor(asked));
            if (actor1 == null || actor2 == null || actor2.entity().equals(actor1.entity())) return Optional.empty();
            return Optional.of(new Event(EventType.REQUEST, null, actor1, actor2, null, scan.actors.dateAt(evidence, ix.token(k).start()), false, evidence));
        }
        return Optional.empty();
    }

    /** Cooperative acts an obligation may govern: what one "must" give, allow or do with others is not done yet. */
    private static final Set<EventType> OBLIGED = EnumSet.of(EventType.AGREE, EventType.SUPPORT, EventType.AID,
            EventType.COOPERATE, EventType.CONCEDE, EventType.RETREAT);

    /**
     * "Iraq must cooperate fully with the inspectors", "the US must be ready to mediate": a cooperative act after an
     * obligation modal ({@code obligation-cues.txt}) in its clause, a few words before it, is only demanded (the
     * demand is the speaker's REQUEST), not done nor offered by the clause's subject.
     */
    boolean obliged(Hit hit, int a, SpeechLexicon lex, EventLexicon ev, List<Frm> frames) {
        boolean offered = Clauses.INTENT.get(hit.trigger().type()) == EventType.AGREE && scan.clauses.intended(frames, hit);
        if (!OBLIGED.contains(hit.trigger().type()) && !offered) return false;
        for (int k = hit.start() - 1; k >= a && k >= hit.start() - 5; k--) {
            String f = ix.form(k);
            if (ix.isPunct(k) || lex.is(f, Kind.THAT) || lex.is(f, Kind.REL)) return false;
            if (ev.isObligation(f)) return true;
        }
        return false;
    }

    /** Demands and rejections whose object phrase names its own party before any place or partner. */
    private static final Set<EventType> OBJECT_NAMES_PARTY = EnumSet.of(EventType.REQUEST, EventType.REJECT);

    /**
     * The party a demand or a rejection is aimed at when its object names it first: a state adjective opening the
     * object ("rejected a Spanish plan", "is opposed to Russian mediation in talks with X": Spain, Russia), or the
     * actor of an act the object names ("demanded the withdrawal of Russian troops from X", "called for the release
     * of ... by X"), whom CAMEO codes as the target (1056, 1053), not the place or the partner named after it.
     */
    EntityRef qualifiedObject(Hit hit, int b, SpeechLexicon lex, EventLexicon ev, List<Hit> hits, EntityRef actor1) {
        if (!OBJECT_NAMES_PARTY.contains(hit.trigger().type())) return null;
        int k = hit.end();
        if (k < b && listed(k, "infinitive-marks.txt") && hit.trigger().type() == EventType.REJECT) k++;
        while (k < b && lex.isDeterminer(ix.form(k))) k++;
        if (k < b && scan.groups.isStateAdjective(k)) return other(refs.actor(ix.mention(k)), actor1);
        EntityRef unmarked = k < b ? scan.groups.unmarkedDemonym(k, lex) : null;
        if (unmarked != null) return other(unmarked, actor1);
        for (Hit o : hits) {
            if (!o.trigger().noun() || o.start() < k || o.start() > k + 1 || o.end() >= b) continue;
            int j = o.end();
            if (!listed(j, "genitive-prepositions.txt") && !listed(j, "agent-prepositions.txt")) return null;
            j++;
            while (j < b && lex.isDeterminer(ix.form(j))) j++;
            if (j >= b) return null;
            // "the withdrawal of Russian troops from X": the state qualifying the group, not the place after it
            Mention m = actorMention(j);
            if (m != null) return other(refs.actor(m), actor1);
            EntityRef demonym = scan.groups.unmarkedDemonym(j, lex);
            if (demonym != null) return other(demonym, actor1);
            return scan.groups.groupActor(j, Math.min(b, j + 5), lex, ev, actor1);
        }
        return null;
    }

    /**
     * "the Chilean interior minister stated that the cabinet had requested ...": a bare state institution ("the
     * government", "the cabinet": {@code state-institutions.txt}) opening content reported by a speaker, right before
     * the verb (auxiliaries and negation aside), names no state of its own; it is the speaker's state, as a state's
     * officials speak for their own government. Null unless the speaker is a state or a person or office the text ties
     * to one.
     */
    EntityRef speakersGovernment(int verbStart, int a, SpeechLexicon lex, EventLexicon ev) {
        int k = verbStart - 1;
        while (k > a && (lex.is(ix.form(k), Kind.AUX) || isNegation(k, lex, ev))) k--;
        if (k <= a || ix.mention(k) != null || !words(lex.language(), "state-institutions.txt").contains(ix.form(k))) return null;
        int d = k - 1;
        if (d <= a || !lex.isDeterminer(ix.form(d))) return null;
        int v = d - 1;
        if (lex.is(ix.form(v), Kind.THAT)) v--;
        Kind kind = v >= a ? lex.kindOf(ix.form(v)) : null;
        if (kind == null || !kind.isVerb()) return null;
        while (v > a && lex.is(ix.form(v - 1), Kind.AUX)) v--;
        org.vigie.nlp.quotes.Referents.Referent speaker = refs.subjectBefore(v, a);
        if (speaker == null) return null;
        if (speaker.ref() != null) {
            Entity state = ix.entity(seats.sideOf(speaker.ref()));
            return state == null || state.type() != EntityType.GPE ? null : EntityRef.of(state);
        }
        // an office with no name ("X's interior minister", "the Chilean finance minister"): the state it is of
        int from = ix.firstTokenAtOrAfter(speaker.span().start());
        for (int j = from; j < v && ix.token(j).end() <= speaker.span().end(); j++) {
            Mention m = actorMention(j);
            if (m != null && ix.type(m) == EntityType.GPE) return seats.resolve(refs.actor(m));
        }
        return null;
    }

    static EntityRef other(EntityRef r, EntityRef actor1) {
        return r == null || actor1 != null && r.entity().equals(actor1.entity()) ? null : r;
    }

    /**
     * "issued a reminder to Iraq that it must cooperate", "told Peru that it must withdraw": a pronoun obliged by a
     * modal right after "that" stands for the one addressed just before ("to X", or the object of the verb), the
     * demand's target; null when the pronoun has no such antecedent.
     */
    private Mention addresseeOfPronoun(int k, int a, SpeechLexicon lex) {
        if (k - 1 <= a || lex.pronoun(ix.form(k)) == null || ix.mention(k) != null || !lex.is(ix.form(k - 1), Kind.THAT)) return null;
        for (int j = k - 2; j >= a && j >= k - 5; j--) {
            if (ix.isPunct(j)) return null;
            Mention m = actorMention(j);
            if (m == null) continue;
            int before = ix.firstTokenAtOrAfter(m.start()) - 1;
            while (before > a && lex.isDeterminer(ix.form(before))) before--;
            return before > a && listed(before, "infinitive-marks.txt") ? m : null;
        }
        return null;
    }

    /**
     * The speaker of the clause an obligation sits in: the subject of its verb of saying, else the state named in
     * the subject phrase when it names no person ("a senior British minister said that ..."), or, after an
     * addressee ("issued a reminder to X that it must"), the first actor named before that addressee.
     */
    private EntityRef reportingSpeakerOrState(Hit obligation, int obliged, int a, SpeechLexicon lex) {
        EntityRef speaker = scan.actors.reportingSpeaker(obligation, a, lex);
        if (speaker != null && seats.resolve(speaker) != null) return speaker;
        int that = -1;
        for (int k = a; k < obligation.start() && that < 0; k++) if (lex.is(ix.form(k), Kind.THAT)) that = k;
        if (that < 0) return null;
        Mention addressee = addresseeOfPronoun(obliged, a, lex);
        int to = addressee == null ? that : ix.firstTokenAtOrAfter(addressee.start());
        for (int k = a; k < to; k++) {
            if (ix.mention(k) != null && ix.type(ix.mention(k)) == EntityType.PER) return addressee == null ? null : refs.actor(ix.mention(k));
            Mention m = actorMention(k);
            if (m != null && (addressee != null || ix.type(m) == EntityType.GPE)) return refs.actor(m);
            Kind kind = lex.kindOf(ix.form(k));
            if (addressee == null && kind != null && kind.isVerb()) return null;
        }
        return null;
    }

    /**
     * "X said that Y must withdraw": the act an obligation puts on someone (right after the modal) is demanded, not
     * done; when the sentence holds such a demand, that act is no event of its own.
     */
    void withoutObligedActs(List<Hit> hits, int a, int b, SpeechLexicon lex, EventLexicon ev, BitSet suppressed) {
        Span sentence = ix.sentenceSpan(ix.sentenceOf(a));
        if (obligationDemand(a, b, lex, ev, sentence) == null && scan.statements.outsiderDemand(a, b, lex, ev, sentence) == null) return;
        for (int k = a + 1; k < b; k++) {
            if (!ev.isObligation(ix.form(k)) || quoted.get(k)) continue;
            for (int h = 0; h < hits.size(); h++) {
                Hit o = hits.get(h);
                if (o.start() <= k || o.start() > k + 3) continue;
                boolean clause = true;
                for (int j = k + 1; j < o.start(); j++) if (ix.isPunct(j)) clause = false;
                if (clause) suppressed.set(h);
            }
        }
    }
}
