package org.vigie.nlp.events;

import org.vigie.core.model.*;
import org.vigie.nlp.entities.GroupActors;
import org.vigie.nlp.events.EventLexicon.Frame;
import org.vigie.nlp.events.EventLexicon.FrameWord;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.events.Scan.Frm;
import org.vigie.nlp.events.Scan.Hit;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.quotes.PhraseMatcher;
import org.vigie.nlp.quotes.Referents.Referent;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;
import org.vigie.nlp.quotes.SpeechLexicon;

import java.util.*;

/**
 * The family of material conflict and force (force-words.tsv, after the CAMEO2PLOVER table): assaults, coercion,
 * sanctions, mobilisation and withdrawals as their verb and object settle them, and the actors of such acts (weapon
 * owners, own forces, unnamed victims, ethnic peoples, "-led" compounds, border states, expelled envoys).
 */
final class ForceRules extends ScanPart {
    ForceRules(Scan scan) {
        super(scan);
    }

    /**
     * "La Corée du Sud et les États-Unis ont entamé des manœuvres", "X et Y ont retiré leurs troupes": a deployment
     * or withdrawal with no target, by a coordinated subject, is each party's own act (a verb, or a noun object of a
     * support verb). Acts aimed at someone keep the caution of {@link Actors#coordinated}.
     */
    List<Event> ownActsOfConjuncts(Event e, Hit hit, int a, SpeechLexicon lex, EventLexicon ev, List<Frm> frames) {
        if (e.actor2() != null || e.type() != EventType.MOBILIZE && e.type() != EventType.RETREAT) return List.of();
        int head = hit.trigger().noun() ? scan.clauses.supportVerb(frames, hit, a, lex) : scan.clauses.verbStart(hit, a, lex, ev, frames);
        if (head < 0) return List.of();
        while (head > a && lex.is(ix.form(head - 1), Kind.AUX)) head--;
        List<Mention> conjuncts = scan.actors.conjuncts(a, head, lex);
        // "Selon l'OTAN, la Russie maintient ...": a list without a coordinating word is no coordinated subject
        boolean joined = false;
        if (!conjuncts.isEmpty()) {
            for (int k = ix.firstTokenAtOrAfter(conjuncts.get(0).start()); k < head; k++) joined |= lex.is(ix.form(k), Kind.STOP);
        }
        if (!joined) return List.of();
        List<EntityRef> parties = new ArrayList<>();
        boolean own = false;
        for (Mention m : conjuncts) {
            EntityRef r = seats.resolve(refs.actor(m));
            if (r == null) continue;
            if (r.entity().equals(e.actor1().entity())) own = true;
            else if (parties.stream().noneMatch(p -> p.entity().equals(r.entity()))) parties.add(r);
        }
        if (!own) return List.of();
        List<Event> out = new ArrayList<>();
        for (EntityRef x : parties) out.add(new Event(e.type(), e.mode(), x, null, e.location(), e.date(), e.negated(), e.evidence()));
        return out;
    }

    /** Types whose act, announced by its speaker for the future, is a threat (CAMEO 13: 131 to 138). */
    private static final Set<EventType> THREATENING = EnumSet.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION, EventType.THREATEN);

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
     * "warned that it could close its border with Z if ...", "warned that Lima would impose sanctions on Z": a
     * warning whose reported clause announces, with a modal ({@code @aux}), an act of force, coercion or sanction by
     * the warner's own side is a threat (CAMEO 13) toward that act's target; null when the clause's act is another
     * party's, has no modal, or names no target.
     */
    EntityRef warnedAct(Hit hit, int b, SpeechLexicon lex, List<Frm> frames, List<Hit> hits, EntityRef actor1, int a) {
        if (hit.trigger().type() != EventType.THREATEN || hit.trigger().noun() || actor1 == null) return null;
        // ("warned on Friday that": a few words of time or manner may come before the reported clause)
        int that = hit.end();
        while (that < b && that < hit.end() + 4 && !lex.is(ix.form(that), Kind.THAT) && !ix.isPunct(that) && actorMention(that) == null) that++;
        if (that >= b || !lex.is(ix.form(that), Kind.THAT)) return null;
        for (Hit o : hits) {
            if (o.start() <= that || !THREATENING.contains(o.trigger().type()) || o.trigger().type() == EventType.THREATEN) continue;
            // ("would impose sanctions on Z": a noun act after its support verb)
            // ("may attack": a noun cue read as a verb, right after the modal)
            int verb = o.trigger().noun() ? scan.clauses.supportVerb(frames, o, a, lex) : o.start();
            if (verb < 0) verb = o.start();
            if (verb <= that) continue;
            boolean modal = false;
            while (verb > that + 1 && (startsFrame(frames, Frame.AUX, verb - 1) || lex.is(ix.form(verb - 1), Kind.AUX))) {
                modal |= startsFrame(frames, Frame.AUX, verb - 1);
                verb--;
            }
            if (!modal || !noPunctuation(that, verb)) return null;
            Referent subject = scan.actors.subjectOf(verb, that + 1);
            EntityRef own = subject == null ? null : scan.actors.reportedSubject(subject, verb, a, lex);
            if (own == null || !seats.sideOf(own).equals(seats.sideOf(actor1))) return null;
            EntityRef target = scan.actors.object(o, b, lex, frames, hits, own, a);
            return target == null || seats.sideOf(target).equals(seats.sideOf(actor1)) ? null : target;
        }
        return null;
    }

    /**
     * The other party of a shared border: the other side of a two-state story, else the last state named before
     * the act in its sentence ("La Pologne a accusé la Russie d'avoir massé ... près de leur frontière commune").
     */
    private EntityRef sharedWith(int a, int before, EntityRef actor1) {
        EntityRef own = seats.resolve(actor1);
        EntityRef other = seats.counterpart(own);
        if (other != null) return other;
        for (int k = before - 1; k >= a; k--) {
            Mention m = actorMention(k);
            if (m == null || quoted.get(k) || ix.type(m) != EntityType.GPE) continue;
            EntityRef r = seats.resolve(refs.actor(m));
            if (!r.entity().equals(own.entity()) && !seats.sideOf(r).equals(seats.sideOf(own))) return r;
        }
        return null;
    }

    /**
     * "a massé 40 000 soldats près de leur frontière commune", "à proximité de la frontière ukrainienne": the
     * target of a deployment at a border is the state across it, named by a place adjective after the border noun,
     * or, for a border the two parties share, the other side of the story.
     */
    EntityRef acrossBorder(Hit hit, int a, int b, SpeechLexicon lex, EntityRef actor1) {
        EventPatterns p = EventPatterns.of(lex.language());
        for (int k = hit.end(); k < b && k < hit.end() + 10; k++) {
            if (clauseStop(k) || lex.is(ix.form(k), Kind.THAT)) return null;
            int end = p.endAt(EventPatterns.Role.BORDER, ix.forms(), k, b);
            if (end < 0) continue;
            if (p.startsAt(EventPatterns.Role.SHARED, ix.forms(), end, b)) return sharedWith(a, hit.start(), actor1);
            Mention m = end < b ? ix.mention(end) : null;
            if (m != null && scan.groups.isStateAdjective(end) && !m.entityId().equals(actor1.entity()) && !borderReached(k, lex)) {
                EntityRef state = seats.resolve(refs.actor(m));
                return state.entity().equals(seats.resolve(actor1).entity()) ? null : state;
            }
            return null;
        }
        return null;
    }

    /**
     * "a envoyé des soldats à la frontière biélorusse": troops sent to a border, after a locative that is not of
     * nearness ("à", "to"), stand on their own side of it; the border's demonym only says where it runs, and names no
     * party the deployment is aimed at (unlike massing "près de la frontière ukrainienne", facing the state across).
     */
    private boolean borderReached(int border, SpeechLexicon lex) {
        Optional<EventLexicon> ev = EventLexicon.of(lex.language());
        if (ev.isEmpty()) return false;
        int k = border - 1;
        while (k >= 0 && lex.isDeterminer(ix.form(k))) k--;
        for (int from = Math.max(0, k - 3); from <= k; from++) {
            Optional<PhraseMatcher.Match<EventLexicon.FrameWord>> f = ev.get().frames().longestAt(ix.forms(), from, k + 1);
            if (f.isPresent() && f.get().end() == k + 1 && f.get().value().frame() == EventLexicon.Frame.LOC) return f.get().value().mode() == null;
        }
        return false;
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
     * "a déclaré l'ambassadeur russe persona non grata": an expulsion named after its object; the state of the
     * envoy named in the few words before it (stopping at a verb or punctuation) is the one expelled.
     */
    EntityRef expelledBefore(Hit hit, int a, SpeechLexicon lex, EntityRef actor1) {
        for (int k = hit.start() - 1; k >= a && k >= hit.start() - 4; k--) {
            Kind kind = lex.kindAt(ix, k);
            if (ix.isPunct(k) || kind != null && kind.isVerb()) return null;
            Mention m = actorMention(k);
            if (m != null && !quoted.get(k) && !m.entityId().equals(actor1.entity())) return refs.actor(m);
        }
        return null;
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
            boolean count = Character.isDigit(forms.get(j).charAt(0)) || p.startsAt(EventPatterns.Role.COUNT, forms, j, j + 1);
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
                if ((forms.get(x).equals("de") || forms.get(x).equals("d'")) && p.startsAt(EventPatterns.Role.LEAVE, forms, x + 1, b)) {
                    return new Hit(k, end, new Trigger(EventType.SANCTION, "expel", false, false, false, false));
                }
            }
            return null;
        }
        return null;
    }

    /** The weapon word ({@code arms} in event-patterns.tsv) a passive's agent name qualifies, within its phrase; or -1. */
    int weaponAfter(Mention agent, int b, SpeechLexicon lex) {
        EventPatterns p = EventPatterns.of(lex.language());
        int m = ix.firstTokenAtOrAfter(agent.end());
        for (int k = m; k < b && k < m + 4; k++) {
            if (ix.isPunct(k) && !ix.form(k).equals("-")) return -1;
            if (p.startsAt(EventPatterns.Role.ARMS, ix.forms(), k, b)) return k;
            if (ix.mention(k) != null || lex.kindOf(ix.form(k)) != null && !lex.isDeterminer(ix.form(k))) return -1;
        }
        return -1;
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
        for (Frm f : frames) {
            if (f.word().frame() != Frame.AUX || !"future".equals(f.word().mode()) || f.end() > at || at - f.end() > 2) continue;
            boolean clause = true;
            for (int k = f.end(); k < at; k++) if (ix.isPunct(k)) clause = false;
            if (clause) return true;
        }
        return false;
    }

    private static final String EMBARGO = "embargo";

    private static final Set<EventType> FORCE = EnumSet.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION, EventType.MOBILIZE);

    private static Trigger verbTrigger(EventType type, String mode) {
        return new Trigger(type, mode, false, false, false, false);
    }

    /**
     * The hits of force, sanctions and mobilisation as their verb and object settle them (force-words.tsv, after
     * the CAMEO2PLOVER table): aid cut is a SANCTION (CAMEO 162); a measure lifted is a CONCEDE (restrictions, bans:
     * 081) or a RETREAT (sanctions, curfews, blockades: 085, 0813, 0872), never the measure itself; the expulsion of
     * people is a COERCE (174), of diplomats or agencies a SANCTION (166), as is forcing an agency out; armed forces
     * strengthened or counted near a border are a MOBILIZE (154); weapons that hit are an ASSAULT; a protest
     * prevented is a COERCE (1721, 175), and no protest. An act noun qualifying a group noun ("invasion forces"),
     * named as the reason of another act ("over its build-up"), reservists counted in a statement of strength and
     * a mobilisation of civilians ("mobilized pressure groups") report no act of force.
     */
    List<Hit> forceHits(List<Hit> hits, int a, int b, SpeechLexicon lex, EventLexicon ev) {
        ForceWords w = ForceWords.of(lex.language());
        if (w.roles().isEmpty()) return hits;
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
                if (r >= 0 && (m < 0 || r <= m)) {
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
                while (j < b && (Character.isDigit(forms.get(j).charAt(0)) || p.startsAt(EventPatterns.Role.COUNT, forms, j, j + 1)
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
     * "recalled its ambassador to Madrid", "recalled its envoy in Lima": an envoy recalled from a posting named by
     * its city or state is a sanction of the state the envoy was posted to (CAMEO 161/166); null when the trigger
     * names no envoy ({@code envoy} in force-words.tsv) or no place follows it.
     */
    private EntityRef postedIn(Hit hit, int b, SpeechLexicon lex, EntityRef actor1) {
        ForceWords w = ForceWords.of(lex.language());
        int envoy = -1;
        for (int k = hit.start(); k < hit.end() + 2 && k < b; k++) if (w.at("envoy", ix.forms(), k, k + 1)) envoy = k;
        if (envoy < 0 || envoy + 1 >= b || lex.kindAt(ix, envoy + 1) != Kind.PREP && !w.at("posted", ix.forms(), envoy + 1, envoy + 2)) return null;
        for (int k = envoy + 2; k < b && k <= envoy + 3; k++) {
            Mention m = ix.mention(k);
            if (m == null || ix.type(m) != EntityType.GPE) continue;
            String state = KnowledgeBase.get().country(m.entityId()).orElse(m.entityId());
            EntityRef r = new EntityRef(state, KnowledgeBase.get().entry(state).map(org.vigie.nlp.kb.KbEntry::name).orElse(ix.ref(m).name()));
            return actor1 != null && seats.sideOf(r).equals(seats.sideOf(seats.resolve(actor1))) ? null : r;
        }
        return null;
    }

    /**
     * The state whose trade an embargo stops: the state or demonym named in the few words after the trade noun
     * ("imports of Russian gas", "exports to Peru", "Chilean imports"), other than the one imposing it; or null.
     */
    private EntityRef tradedWith(Hit hit, int b, SpeechLexicon lex, EntityRef actor1) {
        ForceWords w = ForceWords.of(lex.language());
        for (int k = hit.end(); k < b && k <= hit.end() + 8; k++) {
            if (ix.isPunct(k) || lex.is(ix.form(k), Kind.THAT) || lex.is(ix.form(k), Kind.REL)) return null;
            Mention m = actorMention(k);
            // ("imports of Peruvian copper": a demonym before a noun of goods is no entity mention)
            EntityRef r = m != null && ix.type(m) == EntityType.GPE ? seats.resolve(refs.actor(m))
                    : w.demonyms().containsKey(ix.form(k)) ? stateNamed(w, ix.form(k)) : null;
            if (r == null) continue;
            if (actor1 == null || !seats.sideOf(r).equals(seats.sideOf(seats.resolve(actor1)))) return r;
        }
        return null;
    }

    /**
     * "the army said it had repelled an attack by rebels on a base", "fought off a night assault": an attack noun
     * as the object of a verb of defence ({@code repel} in force-words.tsv) is aimed at the one who defends, the
     * verb's subject (a pronoun as the speaker it stands for), not at a name inside the attack's phrase; null when
     * the noun is no such object (only a few words, no name nor punctuation between).
     */
    private int repelVerb(Hit hit, int a, SpeechLexicon lex) {
        ForceWords w = ForceWords.of(lex.language());
        for (int k = hit.start() - 1; k >= a && k >= hit.start() - 4; k--) {
            if (ix.isPunct(k) || ix.mention(k) != null) return -1;
            if (w.end("repel", ix.forms(), k, hit.start()) > 0) return k;
        }
        return -1;
    }

    /**
     * The one defending against the attack a {@link #repelVerb} governs: the verb's subject; a pronoun the text does
     * not resolve ("police said they had repelled") stands for the state named first before it in the sentence.
     */
    private EntityRef defender(int verb, int a, SpeechLexicon lex) {
        while (verb > a && lex.is(ix.form(verb - 1), Kind.AUX)) verb--;
        Referent subject = scan.actors.subjectOf(verb, a);
        EntityRef r = subject == null ? null : scan.actors.reportedSubject(subject, verb, a, lex);
        if (r != null || subject == null || subject.form() != Referent.Form.PRONOUN) return r;
        for (int k = a; k < verb; k++) {
            Mention m = ix.mention(k);
            if (m != null && !quoted.get(k) && ix.type(m) == EntityType.GPE) return ix.ref(m);
        }
        return null;
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

    /**
     * The two actors of an act of force as its words settle them (force-words.tsv), from those the clause gave: the
     * one a seizure or a restriction takes from, the target of a measure lifted, the owner of the weapon that hit,
     * ethnic peoples, "-led" and "-held" compounds, groups an unknown name qualifies. Unchanged for a language
     * without force words.
     */
    EntityRef[] forceActors(Hit hit, int a, int b, SpeechLexicon lex, List<Frm> frames, List<Hit> hits,
                                    EntityRef actor1, EntityRef actor2) {
        if (ForceWords.of(lex.language()).roles().isEmpty()) return new EntityRef[]{actor1, actor2};
        boolean noun = hit.trigger().noun();
        if ((actor2 == null || "restrict".equals(hit.trigger().mode())) && !noun) {
            EntityRef taken = takenFrom(hit, b, lex, hits, frames);
            if (taken != null) actor2 = taken;
        }
        if (actor2 == null && actor1 != null && "ease".equals(hit.trigger().mode())) {
            // "lifted its sanctions against Peru": the one the measure was aimed at, found as the measure's target
            actor2 = scan.actors.object(new Hit(hit.start(), hit.end(), verbTrigger(EventType.SANCTION, null)), b, lex, frames, hits, actor1, a);
        }
        EntityRef armed = noun ? null : weaponOwner(hit, a, lex);
        if (armed != null && (actor1 == null || !armed.entity().equals(actor1.entity()))) {
            actor1 = armed;
            actor2 = scan.actors.object(hit, b, lex, frames, hits, actor1, a);
        }
        actor1 = reportedForces(hit, a, lex, actor1);
        if (actor2 == null && EMBARGO.equals(hit.trigger().mode())) actor2 = tradedWith(hit, b, lex, actor1);
        if (hit.trigger().type() == EventType.SANCTION && !noun) {
            EntityRef posted = postedIn(hit, b, lex, actor1);
            if (posted != null && (actor2 == null || seats.unresolvedCity(actor2) || seats.resolve(actor2).entity().equals(posted.entity()))) actor2 = posted;
        }
        int repel = noun && hit.trigger().type() == EventType.ASSAULT ? repelVerb(hit, a, lex) : -1;
        if (repel >= 0) {
            // ("fought off a night assault by guerrillas": the attack is its agent's, never the defender's; a name
            // inside the attack's phrase is no target)
            Mention by = mentionAfterFrame(frames, Frame.BY, hit.end(), Math.min(b, hit.end() + 4));
            if (by != null) actor1 = refs.actor(by);
            EntityRef defender = defender(repel, a, lex);
            boolean other = defender != null && actor1 != null && !seats.sideOf(seats.resolve(defender)).equals(seats.sideOf(seats.resolve(actor1)));
            actor2 = other ? defender : null;
        }
        return new EntityRef[]{forceActor(actor1, a, b, lex), forceActor(groupOfQualifier(actor2, hit, b, lex), a, b, lex, true)};
    }

    /**
     * "Lessarian mortar rounds had also hit ...": the state or group qualifying the weapon that is the subject of an
     * attack verb attacks (auxiliaries and adverbs between); null when no weapon is the subject.
     */
    private EntityRef weaponOwner(Hit hit, int a, SpeechLexicon lex) {
        if (hit.trigger().type() != EventType.ASSAULT) return null;
        EventPatterns p = EventPatterns.of(lex.language());
        for (int j = hit.start() - 1; j >= a && j >= hit.start() - 5 && !ix.isPunct(j); j--) {
            int end = p.endAt(EventPatterns.Role.ARMS, ix.forms(), j, hit.start());
            if (end < 0) continue;
            for (int k = end; k < hit.start(); k++) if (!lex.is(ix.form(k), Kind.AUX) && ix.mention(k) == null && ix.isCapitalised(k)) return null;
            for (int q = j - 1; q >= a && q >= j - 2; q--) {
                Mention m = actorMention(q);
                // (the mention's own entity: a state adjective names the weapon's owner, whatever seat a guess gives it)
                if (m != null) return ix.ref(m);
                if (ix.isPunct(q)) break;
            }
            return null;
        }
        return null;
    }

    private boolean noPunctuation(int from, int to) {
        for (int k = from; k < to; k++) if (ix.isPunct(k)) return false;
        return true;
    }

    /**
     * The first token of a word of {@code role} in the object after a verb: from {@code from}, at most {@code max}
     * tokens on, before the clause ends (punctuation, "that", a relative; commas allowed when {@code lex} is null,
     * for an object with an apposition); -1 when there is none.
     */
    private int objectAt(ForceWords w, String role, int from, int b, int max, SpeechLexicon lex) {
        for (int j = from; j < b && j <= from + max; j++) {
            if (w.at(role, ix.forms(), j, b)) return j;
            String f = ix.form(j);
            if (lex == null ? f.equals(";") || f.equals(".") : ix.isPunct(j) || lex.is(f, Kind.THAT) || lex.is(f, Kind.REL)) return -1;
        }
        return -1;
    }

    /**
     * "dispersed Buddhist nationalist protesters", "seized a Mapuche rebel base": a name the knowledge base does not
     * know, used as an adjective before a group noun, qualifies the group, which is the one acted upon; before the
     * noun of a body (force-words.tsv: "outlawed the Protestant extremist organisation"), no one named is; the ref
     * itself otherwise.
     */
    private EntityRef groupOfQualifier(EntityRef r, Hit hit, int b, SpeechLexicon lex) {
        ForceWords w = ForceWords.of(lex.language());
        if (r == null || w.roles().isEmpty() || !FORCE.contains(hit.trigger().type()) || GroupActors.isGroup(r.entity())
                || KnowledgeBase.get().entry(r.entity()).isPresent()) return r;
        for (int k = hit.end(); k < b; k++) {
            Mention m = ix.mention(k);
            if (m == null || !m.entityId().equals(r.entity())) continue;
            for (int j = ix.firstTokenAtOrAfter(m.end()); j < b && j <= ix.firstTokenAtOrAfter(m.end()) + 2; j++) {
                Mention g = ix.mention(j);
                if (g != null && GroupActors.isGroup(g.entityId())) {
                    GroupActors.Group group = GroupActors.parse(g.entityId()).orElseThrow();
                    boolean known = group.country() != null && KnowledgeBase.get().entry(group.country()).isPresent();
                    return new EntityRef(GroupActors.id(known ? group.country() : null, group.noun()), ix.ref(g).name());
                }
                if (g != null || ix.isPunct(j) || ix.isCapitalised(j)) break;
                // "outlawed the Protestant extremist organisation": the body the name qualifies is not named
                if (w.at("body", ix.forms(), j, b)) return null;
            }
            break;
        }
        return r;
    }

    /**
     * "Egyptian police dispersed demonstrators", "Burmese troops attacked guerrillas": a group of no state that a
     * state's own forces coerce or attack, where no place or a place of that state (or one the knowledge base does
     * not know) is named, is of that state: most such acts are domestic.
     */
    EntityRef domesticGroup(Hit hit, EntityRef actor1, EntityRef actor2, EntityRef location, SpeechLexicon lex) {
        if (actor2 == null || ForceWords.of(lex.language()).roles().isEmpty() || hit.trigger().type() != EventType.COERCE && hit.trigger().type() != EventType.ASSAULT) return actor2;
        Optional<GroupActors.Group> target = GroupActors.parse(actor2.entity());
        if (target.isEmpty() || target.get().country() != null) return actor2;
        String state = GroupActors.parse(actor1.entity()).map(GroupActors.Group::country).orElse(actor1.entity());
        boolean country = state != null && KnowledgeBase.get().entry(state).map(e -> e.type() == EntityType.GPE
                && KnowledgeBase.get().country(e.id()).map(state::equals).orElse(true)).orElse(false);
        if (country && location != null && KnowledgeBase.get().entry(location.entity()).isPresent()
                && !KnowledgeBase.get().country(location.entity()).orElse(location.entity()).equals(state)) country = false;
        return country ? new EntityRef(GroupActors.id(state, target.get().noun()), actor2.name()) : actor2;
    }

    /**
     * "Chile struck targets in Peru": an attack on unnamed targets ({@code targets} in force-words.tsv) in a state
     * other than the attacker's is aimed at that state (the PETRARCH coding of a strike located in a country); the
     * target stays {@code actor2} when one was named, and a city, or a state of the attacker's own side, is only
     * where it happened.
     */
    EntityRef placeStruck(Hit hit, int b, SpeechLexicon lex, List<Hit> hits, EntityRef actor1, EntityRef actor2, EntityRef location) {
        if (actor2 != null || location == null || hit.trigger().type() != EventType.ASSAULT || hit.trigger().noun()) return actor2;
        ForceWords w = ForceWords.of(lex.language());
        if (objectAt(w, "targets", hit.end(), scan.clauses.objectEnd(hit, b, lex, hits), 4, lex) < 0) return null;
        EntityRef state = seats.resolve(location);
        if (!state.entity().equals(location.entity()) || seats.unresolvedCity(state)) return null;
        return seats.sideOf(state).equals(seats.sideOf(actor1)) ? null : state;
    }

    /** Whether an actor is armed forces no state qualifies ("troops", "soldiers": a {@code MIL} group of no state). */
    static boolean unqualifiedForces(EntityRef r) {
        Optional<GroupActors.Group> group = r == null ? Optional.empty() : GroupActors.parse(r.entity());
        return group.isPresent() && group.get().country() == null && "MIL".equals(GroupActors.agentCode(group.get().noun()).orElse(null));
    }

    /**
     * "Chile's defence minister said troops had killed ...": armed forces no state qualifies ({@code MIL} groups),
     * the subject of a clause a state's speaker reports, are that speaker's state's forces, which stand for the state
     * (as "Chilean troops" do); unchanged when the speaker is tied to no state or another name comes between.
     */
    EntityRef reportedForces(Hit hit, int a, SpeechLexicon lex, EntityRef actor1) {
        if (!unqualifiedForces(actor1)) return actor1;
        int troops = -1;
        for (int k = hit.start() - 1; k >= a && troops < 0; k--) {
            if (ix.mention(k) != null && ix.mention(k).entityId().equals(actor1.entity())) troops = k;
        }
        for (int k = troops - 1; k > a; k--) {
            if (actorMention(k) != null && !ix.mention(k).entityId().equals(actor1.entity())) return actor1;
            Kind kind = lex.kindOf(ix.form(k));
            if (kind == null || !kind.isVerb()) continue;
            Referent speaker = refs.subjectBefore(k, a);
            String side = speaker == null || speaker.ref() == null ? null : seats.sideOf(speaker.ref());
            Entity e = side == null ? null : ix.entity(side);
            if (e != null && e.type() == EntityType.GPE) return EntityRef.of(e);
            // "Chile's defence minister said", "the Chilean army chief said": the state qualifying the speaker's
            // title, the first name of the clause, a few words before the verb
            for (int t = a; t < k; t++) {
                Mention m = ix.mention(t);
                if (m == null) continue;
                return ix.type(m) == EntityType.GPE && k - t <= 5 && !punctuationBetween(t, k) ? ix.ref(m) : actor1;
            }
            return actor1;
        }
        return actor1;
    }

    /**
     * "withdrew its troops from the border with Kosovo": a name in the place a withdrawal leaves (after its
     * {@code @prep} of mode origin) is where the troops leave, not someone the withdrawal is aimed at; the team's
     * convention codes such a RETREAT without a target.
     */
    EntityRef withdrawalTarget(Hit hit, int b, List<Frm> frames, EntityRef actor2) {
        if (actor2 == null || hit.trigger().type() != EventType.RETREAT || hit.trigger().mode() != null) return actor2;
        int origin = -1;
        for (Frm f : frames) {
            if (f.word().frame() == Frame.PREP && "origin".equals(f.word().mode()) && f.start() >= hit.end() && origin < 0) origin = f.start();
        }
        if (origin < 0) return actor2;
        for (int k = hit.end(); k < b; k++) {
            if (clauseStop(k)) return actor2;
            Mention m = ix.mention(k);
            if (m != null && m.entityId().equals(actor2.entity())) return k > origin ? null : actor2;
        }
        return actor2;
    }

    /** The conflict types whose target a geographic feature can never be. */
    private static final Set<EventType> CONFLICT = EnumSet.of(EventType.ASSAULT, EventType.COERCE, EventType.THREATEN,
            EventType.ACCUSE, EventType.PROTEST, EventType.RETREAT);

    /**
     * "threatened to close the Strait of X", "mined the Gulf of Y": a name headed by a geographic feature
     * ({@code feature} in force-words.tsv: straits, gulfs, seas, rivers) is where an act of conflict is aimed or
     * takes place, never a party to it; such an act has no named target.
     */
    EntityRef featureTarget(Hit hit, int b, SpeechLexicon lex, EntityRef actor2) {
        if (actor2 == null || !CONFLICT.contains(hit.trigger().type())) return actor2;
        ForceWords w = ForceWords.of(lex.language());
        for (int k = hit.end(); k < b; k++) {
            Mention m = ix.mention(k);
            if (m == null || !m.entityId().equals(actor2.entity())) continue;
            return w.at("feature", ix.forms(), k, k + 1) ? null : actor2;
        }
        return actor2;
    }

    /**
     * "students protested in Santiago against the pension law": the place named after a preposition of place is
     * where the protest is held; protesters do not act against the state they protest in. A demonym after the
     * preposition ("outside the Chilean embassy") names whom the protest is aimed at, and stays the target.
     */
    EntityRef protestPlace(Hit hit, int b, SpeechLexicon lex, List<Frm> frames, EntityRef actor2) {
        if (actor2 == null || hit.trigger().type() != EventType.PROTEST) return actor2;
        ForceWords w = ForceWords.of(lex.language());
        for (int k = hit.end(); k < b; k++) {
            Mention m = ix.mention(k);
            if (m == null || !m.entityId().equals(actor2.entity())) continue;
            if (w.demonyms().containsKey(ix.form(k))) return actor2;
            int p = k - 1;
            while (p > hit.end() && lex.isDeterminer(ix.form(p))) p--;
            return startsFrame(frames, Frame.LOC, p) ? null : actor2;
        }
        return actor2;
    }

    /**
     * As a town struck: in a story between two states, the unnamed victims one side attacks are the other's, and so
     * are the diplomats it expels without naming whose they are; null otherwise.
     */
    EntityRef otherSide(Hit hit, EntityRef actor1, boolean victims, SpeechLexicon lex) {
        boolean expelled = !hit.trigger().noun() && "expel".equals(hit.trigger().mode()) && !ForceWords.of(lex.language()).roles().isEmpty();
        return victims || expelled ? seats.counterpart(actor1) : null;
    }

    /**
     * "Chile said its forces remained on high alert", "the minister said her country's troops ...": forces a
     * possessive pronoun gives to the one who speaks are that speaker's state's (the speaker a state, or a person
     * the text ties to one); null when the deployment is no such one.
     */
    EntityRef ownForces(Hit hit, int a, SpeechLexicon lex) {
        ForceWords w = ForceWords.of(lex.language());
        if (hit.trigger().type() != EventType.MOBILIZE || w.roles().isEmpty()) return null;
        EventPatterns p = EventPatterns.of(lex.language());
        for (int k = hit.start() - 1; k > a && k >= hit.start() - 6; k--) {
            if (!w.at("own", ix.forms(), k, hit.start())) continue;
            int j = w.end("own", ix.forms(), k, hit.start());
            int home = w.end("homeland", ix.forms(), j, hit.start());
            if (p.endAt(EventPatterns.Role.TROOPS, ix.forms(), home > 0 ? home : j, hit.start() + 1) < 0) continue;
            // the speaker: the first actor of the sentence, before the pronoun
            for (int q = a; q < k; q++) {
                Mention m = actorMention(q);
                if (m == null) continue;
                String state = seats.sideOf(ix.ref(m));
                Entity e = state == null ? null : ix.entity(state);
                if (e != null && e.type() == EntityType.GPE) return EntityRef.of(e);
                // "Chilean Defence Minister Ana Soto": the state qualifying the speaker's title
                for (int t = q - 1; t >= a && t >= q - 4; t--) {
                    Mention s = ix.mention(t);
                    if (s != null && ix.type(s) == EntityType.GPE) return ix.ref(s);
                }
                return null;
            }
            return null;
        }
        return null;
    }

    /**
     * "killed 20 people in Tel Aviv", "shot three civilians": an attack whose object counts or names its victims
     * without naming a state or group is an attack all the same, aimed at no named actor (its place tells where).
     */
    boolean unnamedVictims(Hit hit, int b, SpeechLexicon lex, List<Hit> hits) {
        if (hit.trigger().type() != EventType.ASSAULT) return false;
        ForceWords w = ForceWords.of(lex.language());
        // "violated the ceasefire": an act of force aimed at no one in particular
        for (int k = hit.start(); k < hit.end(); k++) if (w.at("unaimed", ix.forms(), k, hit.end())) return true;
        if (hit.trigger().noun()) return false;
        int end = scan.clauses.objectEnd(hit, b, lex, hits), at = objectAt(w, "victims", hit.end(), end, 4, lex);
        if (at < 0) at = objectAt(w, "targets", hit.end(), end, 4, lex);
        // "attacked Valdorian soldiers": victims of a state named are that state, not unnamed ones
        // ("attacked a Mapuche stronghold": a name qualifying a body or site names no one attacked)
        for (int k = hit.end(); at >= 0 && k <= at; k++) {
            Mention named = actorMention(k);
            boolean unqualified = named != null && GroupActors.parse(named.entityId()).map(g -> g.country() == null).orElse(false)
                    && w.at("victims", ix.forms(), k, k + 1);
            if (named != null && !unqualified && !(w.at("body", ix.forms(), k + 1, end) || w.at("body", ix.forms(), k + 2, end))) return false;
        }
        return at >= 0;
    }

    /**
     * "kidnapped four foreign aid workers", "shot two journalists": victims named only by a common noun
     * ({@code victims} in force-words.tsv) that no state or organisation qualifies are no actor the attack is aimed
     * at; the attack is one on unnamed victims ({@link #unnamedVictims}). Other targets are kept.
     */
    EntityRef namedTarget(Hit hit, int b, SpeechLexicon lex, EntityRef actor2) {
        if (actor2 == null || hit.trigger().type() != EventType.ASSAULT || hit.trigger().noun()) return actor2;
        Optional<GroupActors.Group> group = GroupActors.parse(actor2.entity());
        if (group.isEmpty() || group.get().country() != null) return actor2;
        ForceWords w = ForceWords.of(lex.language());
        for (int k = hit.end(); k < b && k < hit.end() + 8 && !ix.isPunct(k); k++) {
            Mention m = ix.mention(k);
            if (m == null || !m.entityId().equals(actor2.entity())) continue;
            int last = ix.firstTokenAtOrAfter(m.end()) - 1;
            return w.at("victims", ix.forms(), last, last + 1) ? null : actor2;
        }
        return actor2;
    }

    /**
     * "confiscated rifles from the militia": the one a seizure takes something from, after "from" in the verb's
     * object, is its target, as is the agent of a participle in it ("banned a rally organised by students"); null
     * when none is named.
     */
    private EntityRef takenFrom(Hit hit, int b, SpeechLexicon lex, List<Hit> hits, List<Frm> frames) {
        ForceWords w = ForceWords.of(lex.language());
        if (hit.trigger().type() != EventType.COERCE || hit.trigger().noun() || w.roles().isEmpty()) return null;
        int end = scan.clauses.objectEnd(hit, b, lex, hits);
        // "prevented a rally organised by students": the agent of a participle in the object is the one coerced (a
        // restriction's target before any other name in its object)
        Mention agent = mentionAfterFrame(frames, Frame.BY, hit.end(), end);
        if (agent != null) return refs.actor(agent);
        for (int k = hit.end(); k < end; k++) {
            if (!w.at("from", ix.forms(), k, end)) continue;
            for (int j = k + 1; j < end && j <= k + 4; j++) {
                Mention m = actorMention(j);
                // "from Palestinian armed groups": the group the demonym qualifies, not its state
                Mention next = m == null || j + 1 >= end ? null : ix.mention(j + 1);
                String qualifier = m == null ? null : m.entityId();
                if (next != null && next != m && GroupActors.parse(next.entityId()).map(g -> qualifier.equals(g.country())).orElse(false)) m = next;
                if (m != null) return refs.actor(m);
                // "from Peruvian smugglers": a demonym before a noun no group list knows
                EntityRef state = stateNamed(w, ix.form(j));
                if (state != null && w.demonyms().containsKey(ix.form(j))) return state;
                if (ix.isPunct(j)) break;
            }
            return null;
        }
        return null;
    }

    /**
     * The actor an ethnic qualifier or a "-led" compound makes of a ref (force-words.tsv): "ethnic Albanians" are no
     * state but the people of the place the sentence puts them in ("ethnic Albanians in Macedonia" are Macedonia's),
     * or of none; "Vietnamese-led forces" are Vietnam's forces and "the US-led war" is the United States'.
     */
    private EntityRef forceActor(EntityRef r, int a, int b, SpeechLexicon lex) {
        return forceActor(r, a, b, lex, false);
    }

    private EntityRef forceActor(EntityRef r, int a, int b, SpeechLexicon lex, boolean target) {
        if (r == null) return null;
        ForceWords w = ForceWords.of(lex.language());
        if (w.roles().isEmpty()) return r;
        Optional<GroupActors.Group> group = GroupActors.parse(r.entity());
        String stateId = group.map(GroupActors.Group::country).orElse(r.entity());
        boolean plain = false;
        for (int k = a; k < b; k++) {
            // "Albania denounced ... ethnic Albanian unrest": the state itself named plainly is the actor
            Mention m = ix.mention(k);
            if (m != null && m.entityId().equals(stateId) && (k == a || ix.mention(k - 1) != m) && !ethnicPeople(w, m, k, a, b)) plain = true;
        }
        for (int k = a; k < b && !plain && w.residents() != null; k++) {
            Mention m = ix.mention(k);
            if (m == null || k > a && ix.mention(k - 1) == m || !ethnicPeople(w, m, k, a, b)) continue;
            boolean state = m.entityId().equals(r.entity());
            if (!state && !(group.isPresent() && m.entityId().equals(group.get().country()))) continue;
            EntityRef place = ethnicHome(m, b, lex);
            String home = place == null ? null : place.entity();
            if (!state) return new EntityRef(GroupActors.id(home, group.get().noun()), r.name());
            // the people themselves: residents of their home state (of none when no place is named), under their name
            String name = k > a && w.at("ethnic", ix.forms(), k - 1, k) ? ix.form(k - 1) + " " + ix.surface(k) : ix.surface(k);
            return ActorGroups.residentsOf(home, name, lex);
        }
        if (group.isPresent()) {
            // "Albanian rebels in Macedonia": the demonym right before a group noun names its state, wherever it is
            // (a group qualified by coordinated demonyms, "German and Italian activists", keeps its own)
            for (int k = a + 1; k < b; k++) {
                Mention m = ix.mention(k);
                if (m == null || !m.entityId().equals(r.entity()) || ix.mention(k - 1) == m) continue;
                String d = w.demonyms().get(ix.form(k - 1));
                String own = group.get().country();
                boolean placed = false;
                for (int j = ix.firstTokenAtOrAfter(m.end()); own != null && j < b && j <= ix.firstTokenAtOrAfter(m.end()) + 3; j++) {
                    if (ix.mention(j) != null && own.equals(ix.mention(j).entityId())) placed = true;
                }
                if (d != null && !d.equals(own) && (own == null || placed) && !w.at("ethnic", ix.forms(), k - 2, k - 1)) {
                    return new EntityRef(GroupActors.id(d, group.get().noun()), r.name());
                }
            }
        }
        for (int k = a; k < b && !namedOutsideCompound(w, r, a, b); k++) {
            // "the Israeli-occupied West Bank": a compound naming who holds a place qualifies the place and never
            // acts; as a target ("attacked the rebel-held town") it is the holder's place, the holder is attacked
            // (a state also named on its own, "Serbia demanded ... the Serb-held region", is that name's actor)
            Mention own = ix.mention(k);
            if (own == null || !own.entityId().equals(r.entity())) continue;
            for (String suffix : w.lists().getOrDefault("held", List.of())) {
                if (ix.form(k).endsWith(suffix)) return target ? stateNamed(w, ix.form(k).substring(0, ix.form(k).length() - suffix.length())) : null;
            }
        }
        for (int k = a; k < b; k++) {
            String f = ix.form(k);
            for (String suffix : w.lists().getOrDefault("led", List.of())) {
                if (!f.endsWith(suffix) || f.length() <= suffix.length()) continue;
                Mention own = ix.mention(k), next = k + 1 < b ? ix.mention(k + 1) : null;
                boolean compound = own != null && own.entityId().equals(r.entity());
                boolean qualified = next != null && next.entityId().equals(r.entity()) && group.isPresent() && group.get().country() == null;
                if (!compound && !qualified) continue;
                EntityRef leader = stateNamed(w, f.substring(0, f.length() - suffix.length()));
                if (leader == null) continue;
                // "Chilean-led forces" act as Chile, as "Chilean troops" do; a non-state group led by a state
                // ("Chilean-led rebels") stays a group, that state's
                return compound || unqualifiedForces(r) ? leader : new EntityRef(GroupActors.id(leader.entity(), group.get().noun()), r.name());
            }
        }
        return r;
    }

    /** Whether the sentence names {@code r} by a mention that is no "-held" compound ("Serbia", not "Serb-held"). */
    private boolean namedOutsideCompound(ForceWords w, EntityRef r, int a, int b) {
        for (int k = a; k < b; k++) {
            Mention m = ix.mention(k);
            if (m == null || !m.entityId().equals(r.entity()) || k > a && ix.mention(k - 1) == m) continue;
            boolean compound = false;
            for (String suffix : w.lists().getOrDefault("held", List.of())) compound |= ix.form(k).endsWith(suffix);
            if (!compound) return true;
        }
        return false;
    }

    /**
     * Whether the mention at token {@code k} names an ethnic people rather than a state: after "ethnic" ("ethnic
     * Albanians"), or a plural demonym of a place of another state ("the Albanians of southern Serbia").
     */
    private boolean ethnicPeople(ForceWords w, Mention m, int k, int a, int b) {
        if (k > a && w.at("ethnic", ix.forms(), k - 1, k)) return true;
        int after = ix.firstTokenAtOrAfter(m.end());
        if (after >= b || !w.at("of", ix.forms(), after, after + 1) || !w.demonyms().containsKey(ix.form(k)) || !ix.form(k).endsWith("s")) return false;
        for (int i = after + 1; i < b && i <= after + 3; i++) {
            Mention p = ix.mention(i);
            if (p != null) return ix.type(p) == EntityType.GPE && !p.entityId().equals(m.entityId());
            if (ix.isPunct(i)) return false;
        }
        return false;
    }

    /** The state of the place named in the few words after an ethnic group ("in southern Serbia", "of Kosovo"), or null. */
    private EntityRef ethnicHome(Mention m, int b, SpeechLexicon lex) {
        int after = ix.firstTokenAtOrAfter(m.end());
        for (int j = after; j < b && j <= after + 8 && !ix.isPunct(j); j++) {
            if (lex.kindAt(ix, j) != Kind.PREP && !lex.is(ix.form(j), Kind.LINK)) continue;
            for (int i = j + 1; i < b && i <= j + 3; i++) {
                Mention p = ix.mention(i);
                if (p != null && ix.type(p) == EntityType.GPE && !p.entityId().equals(m.entityId())) {
                    String state = KnowledgeBase.get().country(p.entityId()).orElse(p.entityId());
                    return new EntityRef(state, KnowledgeBase.get().entry(state).map(org.vigie.nlp.kb.KbEntry::name).orElse(ix.ref(p).name()));
                }
                if (ix.isPunct(i)) break;
            }
        }
        return null;
    }

    /** The state a demonym or a name stands for ("vietnamese", "us"), or null. */
    private static EntityRef stateNamed(ForceWords w, String form) {
        String id = w.demonyms().get(form);
        if (id == null) {
            for (org.vigie.nlp.kb.KbEntry e : KnowledgeBase.get().lookup(form)) {
                if (e.type() == EntityType.GPE || e.type() == EntityType.ORG) {
                    id = e.id();
                    break;
                }
            }
        }
        if (id == null) return null;
        String found = id;
        return new EntityRef(id, KnowledgeBase.get().entry(id).map(org.vigie.nlp.kb.KbEntry::name).orElse(found));
    }
}
