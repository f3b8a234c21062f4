package org.vigie.nlp.events;

import org.vigie.core.model.*;
import org.vigie.nlp.entities.GroupActors;
import org.vigie.nlp.events.EventLexicon.Frame;
import org.vigie.nlp.events.EventLexicon.FrameWord;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.events.Scan.Frm;
import org.vigie.nlp.events.Scan.Hit;
import org.vigie.nlp.quotes.PhraseMatcher;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;
import org.vigie.nlp.quotes.SpeechLexicon;

import java.util.*;

/**
 * The family of material conflict and force (force-words.tsv, after the CAMEO2PLOVER table): the hits of assaults,
 * coercion, sanctions, mobilisation and withdrawals as their verb and object settle them ({@link #forceHits}, and the
 * pattern hits of troops kept, staying or ordered out), whether such a hit is an act at all, a threat or a refusal,
 * and the stance a speaker's quote takes on the speaker's own acts. Who acts is {@link ForceActors}'s, on whom the
 * act is aimed {@link ForceTargets}'s.
 */
final class ForceRules extends ScanPart {
    ForceRules(Scan scan) {
        super(scan);
    }

    /** Types whose act, announced by its speaker for the future, is a threat (CAMEO 13: 131 to 138). */
    static final Set<EventType> THREATENING = EnumSet.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION, EventType.THREATEN);

    /**
     * The stance a speaker takes in a direct quote about the speaker's own future acts: a first-person subject
     * ({@code @speaker}), a modal ({@code @aux}), and within the next tokens an act. Negated, any act is refused
     * ("we will not negotiate", "I would never sign", "we won't be withdrawing"): a REJECT (CAMEO 12). Not negated,
     * an act of force, coercion or sanction, or a word of hostility ("we will strike back", "we shall respond with
     * force") is a THREATEN (CAMEO 13). Null when the quote has neither, or when the modal's clause is a condition.
     */
    EventType quotedStance(EventLexicon ev, int from, int to) {
        List<String> forms = ix.forms();
        QuoteFrames q = quoteFrames(ev, from, to);
        BitSet hostile = q.hostile(), aux = q.aux(), self = q.self(), condition = q.condition();
        Map<Integer, Trigger> acts = q.acts();
        EventType stance = null;
        for (int k = self.nextSetBit(from); k >= 0 && k < to; k = self.nextSetBit(k + 1)) {
            // "if we are attacked, we will respond": the act of a condition is no announcement
            if (k > from && condition.get(k - 1)) continue;
            boolean modal = false, negated = false;
            for (int j = k + 1, free = 0; j < Math.min(to, k + 7) && !ix.isPunct(j); j++) {
                boolean isAux = aux.get(j), isNeg = ev.negations().longestAt(forms, j, j + 1).isPresent();
                modal |= isAux;
                negated |= isNeg;
                Trigger t = acts.get(j);
                if (modal && (t != null || hostile.get(j))) {
                    if (negated && (t == null || t.type() != EventType.REJECT)) return EventType.REJECT;
                    if (!negated && (hostile.get(j) || THREATENING.contains(t.type()))) stance = EventType.THREATEN;
                    break;
                }
                if (!isAux && !isNeg && ++free > 2) break;
            }
        }
        return stance;
    }

    /**
     * "a déclaré que la Russie ne retirerait pas ses troupes": a deployment or withdrawal negated in the future or
     * conditional is a refusal, which the text reports as such (a denial, a rejection), not a move that did not
     * happen; the verb's form tells the tense ({@code future} suffixes in {@link EventPatterns}).
     */
    boolean refusedMove(Event e, Hit hit, SpeechLexicon lex) {
        if (!e.negated() || hit.trigger().noun() || !Clauses.movesItself(hit.trigger())) return false;
        EventPatterns p = EventPatterns.of(lex.language());
        for (int k = hit.start(); k < hit.end(); k++) if (p.endsWith(EventPatterns.Role.FUTURE, ix.form(k))) return true;
        return false;
    }

    /**
     * "maintient quelque 90 000 hommes", "a ordonné deux bataillons": troops as the verb's own object, with only
     * determiners, numbers and approximations between ("a ordonné le départ des troupes" orders another act).
     */
    Hit troopsKept(EventPatterns p, int k, int end, int b, BitSet covered, boolean noun) {
        List<String> forms = ix.forms();
        for (int j = end; j < b && j < end + 8; j++) {
            if (p.startsAt(EventPatterns.Role.TROOPS, forms, j, b)) {
                return new Hit(k, end, new Trigger(EventType.MOBILIZE, "troops", false, noun, false, false));
            }
            int arms = p.endAt(EventPatterns.Role.ARMS, forms, j, b);
            if (arms > 0) {
                // "a envoyé des chars à l'Ukraine": war machines sent to another state are military aid
                return scan.cooperation.recipientAfter(p, arms, b)
                        ? new Hit(k, end, new Trigger(EventType.AID, null, false, noun, true, false))
                        : new Hit(k, end, new Trigger(EventType.MOBILIZE, "troops", false, noun, false, false));
            }
            boolean count = p.countAt(forms, j);
            if (covered.get(j) || !count) return null;
        }
        return null;
    }

    /** "90 000 soldats russes restent près de la frontière": troops right before, a place right after. */
    Hit troopsStaying(EventPatterns p, EventLexicon ev, int k, int end, int a, int b) {
        List<String> forms = ix.forms();
        boolean troops = false;
        for (int j = k - 1; j >= a && j >= k - 3 && !troops; j--) {
            if (ix.isPunct(j)) break;
            troops = p.startsAt(EventPatterns.Role.TROOPS, forms, j, k);
        }
        if (!troops) return null;
        for (int j = end; j < b && j <= end + 1; j++) {
            Optional<PhraseMatcher.Match<FrameWord>> f = ev.frames().longestAt(forms, j, b);
            if (f.isPresent() && f.get().value().frame() == Frame.LOC && "near".equals(f.get().value().mode())) {
                return new Hit(k, end, new Trigger(EventType.MOBILIZE, "troops", false, false, false, false));
            }
        }
        return null;
    }

    /** "a ordonné à quatre diplomates russes de quitter le pays": an expulsion. */
    Hit orderedToLeave(EventPatterns p, int k, int end, int b) {
        List<String> forms = ix.forms();
        for (int j = end; j < b && j < end + 5; j++) {
            if (clauseStop(j) || forms.get(j).equals(",")) return null;
            if (!p.startsAt(EventPatterns.Role.ENVOY, forms, j, b)) continue;
            for (int x = j + 1; x < b && x < j + 5; x++) {
                if (clauseStop(x)) return null;
                if (listed(x, "infinitive-marks.txt") && p.startsAt(EventPatterns.Role.LEAVE, forms, x + 1, b)) {
                    return new Hit(k, end, new Trigger(EventType.SANCTION, "expel", false, false, false, false));
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "blown up by a missile believed to be fired by rebels": a verb describing a weapon that is itself the agent of
     * another passive is that attack told again, not an act of its own.
     */
    boolean weaponRelative(List<Frm> frames, Hit hit, int a, SpeechLexicon lex) {
        EventPatterns p = EventPatterns.of(lex.language());
        for (int k = hit.start() - 1; k >= a && k >= hit.start() - 5; k--) {
            if (ix.isPunct(k) || ix.mention(k) != null) return false;
            if (!p.startsAt(EventPatterns.Role.ARMS, ix.forms(), k, hit.start())) continue;
            for (Frm f : frames) if (f.word().frame() == Frame.BY && f.end() <= k && k - f.end() <= 6) return true;
            return false;
        }
        return false;
    }

    /**
     * Acts a future announced by their actor turns into a threat (CAMEO 13: threaten force, a curfew, martial law, a
     * blockade). A sanction announced for the future is coded as the sanction itself ("announced it would prohibit
     * all aid": CAMEO 16), so it is left out unless a condition follows it ("may halt its mediation if ...": 135).
     */
    private static final Set<EventType> THREATENED = EnumSet.of(EventType.ASSAULT, EventType.COERCE);

    /**
     * "said it will impose a curfew", "would tighten the blockade", "will attack": force or coercion announced with
     * a future modal ({@code @aux} of mode "future") is a threat, as PLOVER codes it, not an act done; the modal
     * comes right before the verb, or before the support verb of a nominal act.
     */
    boolean announcedForce(List<Frm> frames, Hit hit, int a, SpeechLexicon lex) {
        // a sanction announced for the future is a threat only on a condition ("may halt its mediation if ...")
        boolean conditionalSanction = hit.trigger().type() == EventType.SANCTION
                && hasFrame(frames, Frame.CONDITION, hit.end(), ix.size());
        if (!THREATENED.contains(hit.trigger().type()) && !conditionalSanction) return false;
        // ("would attack": a noun cue read as a verb, right after the modal)
        int at = hit.trigger().noun() ? scan.clauses.supportVerb(frames, hit, a, lex) : hit.start();
        if (at < 0) at = hit.start();
        // "attaquera", "imposerait un blocus": a verb whose own ending is the future (ev13frames)
        String verb = ix.form(at);
        if (EventLexicon.of(lex.language()).map(ev -> ev.futureForm(verb)).orElse(false)) return true;
        for (Frm f : frames) {
            if (f.word().frame() != Frame.AUX || !"future".equals(f.word().mode()) || f.end() > at || at - f.end() > 2) continue;
            boolean clause = true;
            for (int k = f.end(); k < at; k++) if (ix.isPunct(k)) clause = false;
            if (clause) return true;
        }
        return false;
    }

    static final String EMBARGO = "embargo";

    static final Set<EventType> FORCE = EnumSet.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION, EventType.MOBILIZE);

    static Trigger verbTrigger(EventType type, String mode) {
        return new Trigger(type, mode, false, false, false, false);
    }

    /**
     * The hits of force, sanctions and mobilisation as their verb and object settle them (force-words.tsv, after
     * the CAMEO2PLOVER table): aid cut is a SANCTION (CAMEO 162); a measure lifted is a CONCEDE (restrictions, bans:
     * 081; dissent called off, 082) or a RETREAT (sanctions, curfews, blockades: 085, 0813, 0872), never the measure itself; the expulsion of
     * people is a COERCE (174), of diplomats or agencies a SANCTION (166), as is forcing an agency out; armed forces
     * strengthened or counted near a border are a MOBILIZE (154); weapons that hit are an ASSAULT; a protest
     * prevented is a COERCE (1721, 175), and no protest. An act noun qualifying a group noun ("invasion forces"),
     * named as the reason of another act ("over its build-up"), reservists counted in a statement of strength and
     * a mobilisation of civilians ("mobilized pressure groups") report no act of force.
     */
    List<Hit> forceHits(List<Hit> hits, int a, int b, SpeechLexicon lex, EventLexicon ev) {
        ForceWords w = ForceWords.of(lex.language());
        if (!w.describesForce()) return hits;
        List<String> forms = ix.forms();
        List<Hit> out = new ArrayList<>();
        boolean strength = false;
        for (Hit h : hits) {
            EventType t = h.trigger().type();
            // "invasion forces", "aid workers", "relief agencies", "protest leaders": a noun trigger qualifying a noun of
            // people or bodies (a group noun, or {@code staff} in event-patterns.tsv) names them, not an act
            if (h.trigger().noun() && h.end() < b && (ev.groups().longestAt(forms, h.end(), b).isPresent()
                    || EventPatterns.of(lex.language()).startsAt(EventPatterns.Role.STAFF, forms, h.end(), b))) continue;
            // "its forces number 60,000 troops, with 25,000 reservists": a statement of strength deploys nothing
            // ("the number of troops" is a noun, no such verb)
            for (int k = a; k < h.start() && !strength; k++) {
                strength = w.at("strength", forms, k, h.start()) && !quoted.get(k) && (k == a || !lex.isDeterminer(forms.get(k - 1)));
            }
            if (t == EventType.MOBILIZE && h.trigger().noun() && strength) continue;
            if (FORCE.contains(t) && h.trigger().noun() && reasonBefore(w, h.start(), a)) continue;
            if (t == EventType.ASSAULT && !h.trigger().noun() && repressionObject(h, hits, lex)) continue;
            // "fought off an assault": a verb of defence against an attack noun is no attack of its own
            if (!h.trigger().noun() && w.at("repel", forms, h.start(), b) && repelled(h, hits, w, b)) continue;
            if (t == EventType.MOBILIZE && !h.trigger().noun()) {
                int civil = objectAt(w, "civil", h.end(), b, 4, lex), armed = objectAt(w, "armed", h.end(), b, 4, lex);
                if (civil >= 0 && (armed < 0 || civil < armed)) continue;
            }
            if ("expel".equals(h.trigger().mode()) && objectAt(w, "individuals", h.end(), b, 6, lex) >= 0) {
                Trigger x = h.trigger();
                h = new Hit(h.start(), h.end(), new Trigger(EventType.COERCE, "deport", x.scope(), x.noun(), x.needsTarget(), x.received()));
            }
            out.add(h);
        }
        for (int k = a; k < b; k++) {
            if (quoted.get(k)) continue;
            Hit made = null;
            int cover = -1, end;
            if ((end = w.end("cut", forms, k, b)) > 0) {
                int aid = objectAt(w, "aid", end, b, 4, lex);
                if (aid >= 0) {
                    cover = w.end("aid", forms, aid, b);
                    made = new Hit(k, cover, verbTrigger(EventType.SANCTION, "discontinue"));
                }
            }
            if (made == null && (end = w.end("lift", forms, k, b)) > 0) {
                int r = objectAt(w, "restriction", end, b, 5, lex), m = objectAt(w, "measure", end, b, 5, lex);
                // "suspended their strike", "ended its sit-in": the subject's own dissent given up is a concession
                // (CAMEO 082, as PETRARCH's HALT STRIKE), whoever it was aimed at; a possessive determiner says it is
                // the subject's ("police ended the sit-in" stops someone else's)
                int d = objectAt(w, "dissent", end, b, 5, lex);
                boolean own = false;
                for (int j = end; j < d; j++) {
                    SpeechLexicon.Pronoun p = lex.pronoun(forms.get(j));
                    own |= p != null && "possessive".equals(p.use());
                }
                if (!own) d = -1;
                // ("suspended air strikes": the noun ends an attack noun's words, a halt of force, not of dissent)
                for (Hit o : out) if (d >= 0 && o.trigger().type() == EventType.ASSAULT && o.start() < d && o.end() > d) d = -1;
                if (d >= 0 && (r < 0 || d < r) && (m < 0 || d < m)) {
                    cover = w.end("dissent", forms, d, b);
                    made = new Hit(k, cover, verbTrigger(EventType.CONCEDE, null));
                } else if (r >= 0 && (m < 0 || r <= m)) {
                    cover = w.end("restriction", forms, r, b);
                    made = new Hit(k, cover, verbTrigger(EventType.CONCEDE, null));
                } else if (m >= 0) {
                    cover = w.end("measure", forms, m, b);
                    made = new Hit(k, cover, verbTrigger(EventType.RETREAT, "ease"));
                }
            }
            if (made == null && (end = w.end("ban", forms, k, b)) > 0) {
                // "banned imports of Russian gas", "halted all exports to Z": stopping trade is an embargo (CAMEO 163)
                int trade = objectAt(w, "trade", end, b, 2, lex);
                if (trade >= 0) {
                    cover = w.end("trade", forms, trade, b);
                    made = new Hit(k, end, verbTrigger(EventType.SANCTION, EMBARGO));
                }
            }
            if (made == null && (end = w.end("strengthen", forms, k, b)) > 0) {
                int f = objectAt(w, "armed", end, b, 3, lex);
                if (f >= 0) {
                    cover = w.end("armed", forms, f, b);
                    made = new Hit(k, cover, verbTrigger(EventType.MOBILIZE, "troops"));
                }
            }
            if (made == null && (end = w.end("prevent", forms, k, b)) > 0) {
                // "police prevented a rally": a protest stopped before it took place is the police's coercion of it
                int e = end;
                Hit protest = out.stream().filter(o -> o.trigger().type() == EventType.PROTEST && o.trigger().noun()
                        && o.start() >= e && o.start() <= e + 3 && noPunctuation(e, o.start())).findFirst().orElse(null);
                if (protest != null) {
                    cover = protest.end();
                    made = new Hit(k, cover, verbTrigger(EventType.COERCE, "restrict"));
                }
            }
            if (made == null && (end = w.end("possess", forms, k, b)) > 0) {
                // "has about 20,000 troops near the border": troops counted at a place are deployed there
                EventPatterns p = EventPatterns.of(lex.language());
                int j = end;
                while (j < b && (p.countAt(forms, j)
                        || j > end && ix.mention(j) != null && ix.type(ix.mention(j)) == EntityType.GPE)) j++;
                int troops = j > end ? p.endAt(EventPatterns.Role.TROOPS, forms, j, b) : -1;
                Optional<PhraseMatcher.Match<FrameWord>> near = troops > 0 && troops < b ? ev.frames().longestAt(forms, troops, b) : Optional.empty();
                if (near.isPresent() && near.get().value().frame() == Frame.LOC && "near".equals(near.get().value().mode())) {
                    cover = troops;
                    made = new Hit(k, end, verbTrigger(EventType.MOBILIZE, "troops"));
                }
            }
            if (made == null && (end = w.end("impact", forms, k, b)) > 0) {
                // "Chilean mortar rounds hit Peruvian positions": weapons that hit something are an attack by
                // whoever the weapon's qualifier names (the verb's subject)
                // ("a drone attack set fire to a depot", "the air strike destroyed": an attack noun as the subject
                // of a damaging verb is that one attack, the verb's, by the noun's qualifier; the noun is no other act)
                EventPatterns p = EventPatterns.of(lex.language());
                boolean arms = false;
                for (int j = k - 1; j >= a && j >= k - 4 && !arms && !ix.isPunct(j); j--) {
                    int e = p.endAt(EventPatterns.Role.ARMS, forms, j, k);
                    arms = e > 0 && (e == k || noPunctuation(e, k) && k - e <= 2);
                }
                int at = k;
                Hit attack = out.stream().filter(o -> o.trigger().type() == EventType.ASSAULT && o.trigger().noun()
                        && o.end() <= at && at - o.end() <= 1 && noPunctuation(o.end(), at)
                        && (o.end() == at || lex.is(forms.get(o.end()), Kind.AUX))).findFirst().orElse(null);
                // ("evacuated the wounded", "the damaged bridge": after a determiner the word is no verb)
                boolean verb = k == a || !lex.isDeterminer(forms.get(k - 1));
                if (verb && (arms || attack != null)) {
                    cover = end;
                    made = new Hit(k, end, verbTrigger(EventType.ASSAULT, null));
                    if (attack != null) out.remove(attack);
                }
            }
            if (made == null && (end = w.end("oust", forms, k, b)) > 0) {
                // "forced the agency, UNHCR, out of the country": a named object (no armed group), then "out"
                int j = end;
                while (j < b && lex.isDeterminer(forms.get(j))) j++;
                Mention object = j < b ? actorMention(j) : null;
                int out2 = object == null || GroupActors.isGroup(object.entityId()) ? -1 : objectAt(w, "out", end, b, 10, null);
                if (out2 > 0) {
                    made = new Hit(k, end, verbTrigger(EventType.SANCTION, "expel"));
                    cover = out2 + 1;
                }
            }
            if (made == null) continue;
            int from = made.start(), to = cover;
            out.removeIf(o -> o.start() < to && o.end() > from);
            out.add(made);
            k = made.end() - 1;
        }
        out.sort(Comparator.comparingInt(Hit::start));
        return out;
    }

    /**
     * "police fired tear gas at protesters", "fired rubber bullets": a verb of force whose object is a means of
     * violent repression (a COERCE noun cue, CAMEO 175) reports one act, that coercion; the verb is no attack of
     * its own (only determiners and numbers between).
     */
    private boolean repressionObject(Hit verb, List<Hit> hits, SpeechLexicon lex) {
        for (Hit o : hits) {
            if (o.trigger().type() != EventType.COERCE || !o.trigger().noun() || o.start() < verb.end() || o.start() > verb.end() + 3) continue;
            boolean object = true;
            for (int k = verb.end(); k < o.start() && object; k++) {
                String f = ix.form(k);
                object = lex.isDeterminer(f) || Character.isDigit(f.charAt(0));
            }
            if (object) return true;
        }
        return false;
    }

    /** Whether an attack noun follows the defence verb {@code h} within its object (only a few words between). */
    private boolean repelled(Hit h, List<Hit> hits, ForceWords w, int b) {
        int end = w.end("repel", ix.forms(), h.start(), b);
        for (Hit o : hits) {
            if (o.trigger().type() == EventType.ASSAULT && o.trigger().noun() && o.start() >= end && o.start() - end <= 3
                    && noPunctuation(end, o.start())) return true;
        }
        return false;
    }

    /**
     * "pressure on Korvan over its troop build-up": an act named after a preposition of reason is what another act
     * answers, reported before; it is no new event of its own.
     */
    private boolean reasonBefore(ForceWords w, int start, int a) {
        for (int j = start - 1; j >= a && j >= start - 4; j--) {
            if (w.at("reason", ix.forms(), j, j + 1)) return true;
            String f = ix.form(j);
            if (ix.isPunct(j) && !f.equals("'s") && !f.equals("’s")) return false;
        }
        return false;
    }

    boolean noPunctuation(int from, int to) {
        for (int k = from; k < to; k++) if (ix.isPunct(k)) return false;
        return true;
    }

    /**
     * The first token of a word of {@code role} in the object after a verb: from {@code from}, at most {@code max}
     * tokens on, before the clause ends (punctuation, "that", a relative; commas allowed when {@code lex} is null,
     * for an object with an apposition); -1 when there is none.
     */
    int objectAt(ForceWords w, String role, int from, int b, int max, SpeechLexicon lex) {
        for (int j = from; j < b && j <= from + max; j++) {
            if (w.at(role, ix.forms(), j, b)) return j;
            String f = ix.form(j);
            if (lex == null ? f.equals(";") || f.equals(".") : ix.isPunct(j) || lex.is(f, Kind.THAT) || lex.is(f, Kind.REL)) return -1;
        }
        return -1;
    }
}
