package org.vigie.nlp.events;

import org.vigie.core.model.*;
import org.vigie.nlp.events.Scan.Frm;
import org.vigie.nlp.events.Scan.Hit;
import org.vigie.nlp.quotes.Referents.Referent;
import org.vigie.nlp.quotes.SpeechLexicon;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;

import java.util.*;

/**
 * Deployments whose owner a sentence does not give as the subject of a verb of deployment. A figure of troops that
 * someone reports, estimates or counts ("X had put the number of troops at 40,000", "the alliance estimated 90,000
 * troops", "X avait estimé le nombre de soldats à 40 000") reports a deployment (PLOVER MOBILIZE, CAMEO 15) by the
 * state whose troops are counted: the state qualifying the troops; else, in a story between two states, the side
 * other than the one who counts; else the state whose deployment the document last reported. The one who counts is
 * no actor of the deployment. The verbs of counting are the {@code estimate} rows of {@code event-patterns.tsv}, the
 * troops its {@code troops} rows.
 * <p>
 * Exercises whose start is reported ("the exercises, which began on March 3", "les manœuvres, lancées le 3 mars,
 * s'achèveront") and exercises troops arrive for ("the troops arrived for the exercises") are a deployment too, by
 * the state qualifying the exercises or the troops, else by the state whose deployment the document last reported:
 * the definite noun refers back to it. An exercise only mentioned (going on, ending, described) is no new act.
 * The verbs of starting are the {@code start} rows, those of arriving the {@code arrive} rows.
 * <p>
 * A call-up of reservists ({@code reserve} rows) that a speaker reports, decided or planned, with no agent of its
 * own ("le rappel de 20 000 réservistes serait décidé", "said 20,000 reservists would be called up": a future or a
 * plan, {@code planned} rows) is the speaker's announcement: a MOBILIZE by the state the speaker speaks for, else by
 * the speaker (as "X a annoncé le rappel de réservistes" is). Other troops a speaker mentions are no call-up of the
 * speaker's side.
 */
final class Mobilizations extends ScanPart {
    /** How far after the verb of counting its troops may be ("estimait à 90 000 le nombre de soldats"). */
    private static final int REACH = 9;

    Mobilizations(Scan scan) {
        super(scan);
    }

    /**
     * Adds to {@code one} the deployment a figure of troops counted in {@code [a, b)} reports, and drops the
     * deployments found there by the one who counts; {@code out} holds the document's events so far.
     */
    void counted(int a, int b, SpeechLexicon lex, EventLexicon ev, List<Frm> frames, Map<String, Event> one, List<Event> out, Span evidence) {
        EventPatterns p = EventPatterns.of(lex.language());
        if (!p.has(EventPatterns.Role.ESTIMATE)) return;
        for (int k = a; k < b; k++) {
            int end = quoted.get(k) ? -1 : p.endAt(EventPatterns.Role.ESTIMATE, ix.forms(), k, b);
            if (end < 0) continue;
            int troops = troopsAfter(p, end, b);
            Mention counter;
            if (troops >= 0) {
                counter = counterBefore(k, a);
            } else {
                // "the 40,000 troops X reported": the figure before, its counter between it and the verb
                counter = k > a ? actorMention(k - 1) : null;
                troops = counter == null ? -1 : troopsBefore(p, ix.firstTokenAtOrAfter(counter.start()), a);
            }
            if (troops < 0) continue;
            // "reported three soldiers killed", "estimated 300 soldiers were wounded": troops that are the subject of
            // another act, or counted as casualties, are no figure of a deployment; "le nombre de militaires
            // déployés" still is, whoever the deployment verb's own search took for its actor
            if (casualties(p, troops, b) || !ev.triggers().findAll(ix.forms(), troops + 1, Math.min(b, troops + 4)).stream()
                    .allMatch(m -> m.value().type() == EventType.MOBILIZE)) continue;
            // (the mention itself: the quotes' guess of who speaks may stand for another side)
            EntityRef by = counter == null ? null : seats.resolve(ix.ref(counter));
            EntityRef owner = owner(troops, a, b);
            if (owner == null && by != null) owner = seats.counterpart(by);
            if (owner == null) owner = lastDeployer(out, by);
            owner = seats.resolve(owner);
            if (by != null && owner != null && seats.sideOf(by).equals(seats.sideOf(owner))) return;
            if (by != null) {
                String side = seats.sideOf(by);
                one.values().removeIf(e -> e.type() == EventType.MOBILIZE && seats.sideOf(e.actor1()).equals(side));
            }
            if (owner == null) return;
            EntityRef location = scan.actors.location(frames, a, b, owner, null);
            String date = scan.actors.dateAt(evidence, ix.token(troops).start());
            one.putIfAbsent(EventType.MOBILIZE + "|" + owner.entity(), new Event(EventType.MOBILIZE, "troops", owner, null, location, date, false, evidence));
            return;
        }
    }

    /** The first troops noun within reach after {@code from} with a figure near it, before a clause ends; else -1. */
    private int troopsAfter(EventPatterns p, int from, int b) {
        boolean figure = false;
        for (int j = from; j < b && j < from + REACH; j++) {
            if (clauseStop(j) || ix.form(j).equals(",")) return -1;
            figure |= isFigure(j);
            if (p.startsAt(EventPatterns.Role.TROOPS, ix.forms(), j, b)) {
                // "the number of troops at 40,000", "le nombre de soldats à 40 000": the figure follows
                for (int f = j + 1; f < b && f <= j + 4 && !figure; f++) {
                    if (clauseStop(f) || ix.form(f).equals(",")) break;
                    figure = isFigure(f);
                }
                return figure ? j : -1;
            }
        }
        return -1;
    }

    /** A troops noun right before {@code k} (a state adjective between) with a figure before it; else -1. */
    private int troopsBefore(EventPatterns p, int k, int a) {
        for (int j = k - 1; j >= a && j >= k - 2; j--) {
            if (p.startsAt(EventPatterns.Role.TROOPS, ix.forms(), j, k)) {
                for (int f = j - 1; f >= a && f >= j - 3; f--) if (isFigure(f)) return j;
                return -1;
            }
            if (!scan.groups.isStateAdjective(j)) return -1;
        }
        return -1;
    }

    /** Whether a casualty word ({@code casualty} rows) follows the troops noun within three words. */
    private boolean casualties(EventPatterns p, int troops, int b) {
        for (int j = troops + 1; j < b && j <= troops + 3; j++) if (p.startsAt(EventPatterns.Role.CASUALTY, ix.forms(), j, b)) return true;
        return false;
    }

    private boolean isFigure(int k) {
        return Character.isDigit(ix.form(k).charAt(0));
    }

    /** The actor named last before the verb of counting, in its clause. */
    private Mention counterBefore(int k, int a) {
        for (int j = k - 1; j >= a; j--) {
            if (clauseStop(j)) return null;
            Mention m = actorMention(j);
            if (m != null) return m;
        }
        return null;
    }

    /** The state qualifying the troops noun at {@code troops}: "Chilean troops", "soldats chiliens", "Chile's troops". */
    private EntityRef owner(int troops, int a, int b) {
        if (troops + 1 < b && scan.groups.isStateAdjective(troops + 1)) return refs.actor(ix.mention(troops + 1));
        if (troops - 1 >= a && scan.groups.isStateAdjective(troops - 1)) return refs.actor(ix.mention(troops - 1));
        if (troops - 2 >= a && ix.form(troops - 1).matches("['’]s")) {
            Mention m = actorMention(troops - 2);
            if (m != null && ix.type(m) == EntityType.GPE) return refs.actor(m);
        }
        return null;
    }

    /** The state of the latest deployment of the document by someone other than {@code by}; else null. */
    EntityRef lastDeployer(List<Event> out, EntityRef by) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Event e = out.get(i);
            if (e.type() != EventType.MOBILIZE || e.negated()) continue;
            EntityRef state = seats.resolve(e.actor1());
            Entity known = ix.entity(state.entity());
            if (known == null || known.type() != EntityType.GPE) continue;
            if (by != null && seats.sideOf(by).equals(seats.sideOf(state))) continue;
            return state;
        }
        return null;
    }

    /** How far after an exercise noun the verb of its start may be (its name, a comma, "which", an auxiliary). */
    private static final int START_REACH = 7;

    /**
     * Adds to {@code one} the deployment an exercise noun that started or that troops arrived for reports, when the
     * sentence's hits gave no deployment; {@code out} holds the document's events so far.
     */
    void started(int a, int b, SpeechLexicon lex, List<Frm> frames, List<Hit> hits, BitSet suppressed, Map<String, Event> one, List<Event> out, Span evidence) {
        EventPatterns p = EventPatterns.of(lex.language());
        if (!p.has(EventPatterns.Role.START)) return;
        for (Event e : one.values()) if (e.type() == EventType.MOBILIZE) return;
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            if (!hit.trigger().noun() || hit.trigger().type() != EventType.MOBILIZE || !"troops".equals(hit.trigger().mode())) continue;
            int troops = arrivingTroops(p, hit, a, lex);
            int start = troops >= 0 ? -1 : startAfter(p, hit.end(), b);
            // "les manœuvres lancées lundi par X": the agent of the start is the one who deploys, even inside the
            // scope of another act ("s'est dit préoccupé par les manœuvres lancées par X")
            Mention agent = start < 0 ? null : mentionAfterFrame(frames, EventLexicon.Frame.BY, start + 1, Math.min(b, start + 4));
            // "de nouveaux tirs près de X, dans le cadre des manœuvres": drills within exercises are the subject's
            Mention framed = troops < 0 && start < 0 ? framedBy(p, hit, a, lex) : null;
            if (troops < 0 && start < 0 && framed == null) continue;
            if (suppressed.get(h) && agent == null) continue;
            EntityRef owner = agent != null ? ix.ref(agent) : framed != null ? ix.ref(framed) : null;
            if (owner == null && troops >= 0) owner = owner(troops, a, b);
            if (owner == null) owner = owner(hit.start(), a, b);
            if (owner == null) owner = lastDeployer(out, null);
            if (owner == null) return;
            owner = seats.resolve(owner);
            EntityRef across = scan.forceTargets.acrossBorder(hit, a, b, lex, owner);
            String date = scan.actors.date(evidence, hit);
            one.put(EventType.MOBILIZE + "|" + owner.entity(), new Event(EventType.MOBILIZE, "troops", owner, seats.resolve(across), null, date, false, evidence));
            return;
        }
    }

    /** The verb of starting that follows the exercise noun closely, before the clause ends ("exercises, which began"); else -1. */
    private int startAfter(EventPatterns p, int from, int b) {
        for (int j = from; j < b && j < from + START_REACH; j++) {
            if (clauseStop(j) || quoted.get(j)) return -1;
            if (p.startsAt(EventPatterns.Role.START, ix.forms(), j, b)) return j;
        }
        return -1;
    }

    /**
     * The subject of a clause whose act is framed by the exercise noun ("as part of the exercises", "dans le cadre
     * des manœuvres", determiners between; {@code within} rows): the first actor named in the sentence before the
     * frame; else null.
     */
    private Mention framedBy(EventPatterns p, Hit hit, int a, SpeechLexicon lex) {
        for (int f = hit.start() - 1; f >= a && f >= hit.start() - 5; f--) {
            int end = p.endAt(EventPatterns.Role.WITHIN, ix.forms(), f, hit.start());
            if (end < 0) continue;
            for (int j = end; j < hit.start(); j++) if (!lex.isDeterminer(ix.form(j))) return null;
            for (int k = a; k < f; k++) {
                Mention m = actorMention(k);
                if (m != null) return m;
            }
            return null;
        }
        return null;
    }

    /**
     * The troops noun of "the troops arrived for the exercises", "les troupes sont arrivées pour les manœuvres": a verb
     * of arriving a few words before the exercise noun, troops right before it (an auxiliary or a state adjective
     * between); else -1.
     */
    private int arrivingTroops(EventPatterns p, Hit hit, int a, SpeechLexicon lex) {
        for (int v = hit.start() - 1; v >= a && v >= hit.start() - 4; v--) {
            if (ix.isPunct(v)) return -1;
            if (p.endAt(EventPatterns.Role.ARRIVE, ix.forms(), v, hit.start()) < 0) continue;
            for (int j = v - 1; j >= a && j >= v - 3; j--) {
                if (p.startsAt(EventPatterns.Role.TROOPS, ix.forms(), j, v)) return j;
                if (ix.isPunct(j) || !(lex.is(ix.form(j), Kind.AUX) || scan.groups.isStateAdjective(j))) return -1;
            }
            return -1;
        }
        return -1;
    }

    /**
     * Adds to {@code one} the deployment of a call-up of reservists reported by a speaker with no agent of its own, when
     * the sentence's hits gave no deployment.
     */
    void reportedCallUp(int a, int b, SpeechLexicon lex, EventLexicon ev, List<Hit> hits, BitSet suppressed, Map<String, Event> one, Span evidence) {
        EventPatterns p = EventPatterns.of(lex.language());
        for (Event e : one.values()) if (e.type() == EventType.MOBILIZE) return;
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            if (suppressed.get(h) || quoted.get(hit.start()) || hit.trigger().type() != EventType.MOBILIZE || !"troops".equals(hit.trigger().mode())) continue;
            int troops = -1;
            for (int j = Math.max(a, hit.start() - 3); j < Math.min(b, hit.end() + 4) && troops < 0; j++) {
                if (p.startsAt(EventPatterns.Role.RESERVE, ix.forms(), j, b)) troops = j;
            }
            if (troops < 0) continue;
            int verb = speechVerbBefore(Math.min(hit.start(), troops), a, lex);
            if (verb < 0) continue;
            // "would not be called up": a call-up the speaker rules out is no announcement of one; "freshly called-up
            // reservists were deployed" reports troops, a call-up announced or planned has a future or a plan
            boolean negated = false, planned = false;
            for (int j = verb + 1; j < Math.min(b, hit.end() + 3); j++) {
                negated |= isNegation(j, lex, ev);
                planned |= p.startsAt(EventPatterns.Role.PLANNED, ix.forms(), j, j + 1) || p.endsWith(EventPatterns.Role.PLANNED, ix.form(j));
            }
            if (negated || !planned) continue;
            int vs = verb;
            while (vs > a && lex.is(ix.form(vs - 1), Kind.AUX)) vs--;
            Referent speaker = refs.subjectBefore(vs, a);
            EntityRef said = speaker == null ? null : speaker.ref();
            EntityRef by = owner(troops, a, b);
            if (by == null && said != null) by = scan.statements.stateOf(seats.resolve(said));
            if (by == null && said != null) by = seats.resolve(said);
            // "Bolivia's defence minister said", "le ministre bolivien de la Défense a annoncé": a speaker named by
            // a title only speaks for the state the subject phrase names
            for (int k = a; k < vs && by == null; k++) {
                Mention m = actorMention(k);
                if (m != null && ix.type(m) == EntityType.GPE) by = seats.resolve(ix.ref(m));
            }
            if (by == null) continue;
            String date = scan.actors.date(evidence, hit);
            one.put(EventType.MOBILIZE + "|" + by.entity(), new Event(EventType.MOBILIZE, "troops", by, null, null, date, false, evidence));
            return;
        }
    }

    /** The reporting verb of the clause before {@code k}: a speech verb with only its clause's words after it; else -1. */
    private int speechVerbBefore(int k, int a, SpeechLexicon lex) {
        for (int v = k - 1; v >= a; v--) {
            if (clauseStop(v)) return -1;
            Kind kind = lex.kindOf(ix.form(v));
            if (kind != null && kind.isVerb()) return v;
        }
        return -1;
    }
}
