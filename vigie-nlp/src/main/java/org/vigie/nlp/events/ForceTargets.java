package org.vigie.nlp.events;

import org.vigie.core.model.*;
import org.vigie.nlp.entities.GroupActors;
import org.vigie.nlp.events.EventLexicon.Frame;
import org.vigie.nlp.events.Scan.Frm;
import org.vigie.nlp.events.Scan.Hit;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.quotes.PhraseMatcher;
import org.vigie.nlp.quotes.Referents.Referent;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;
import org.vigie.nlp.quotes.SpeechLexicon;

import java.util.*;

/**
 * The targets of acts of force and conflict once the clause's actors are known: a warning's announced act, the state
 * across a border, an expelled envoy's state, unnamed victims and the places struck, domestic groups, and the names
 * that are no target (a place left by a withdrawal, a geographic feature, the place of a protest).
 */
final class ForceTargets extends ScanPart {
    ForceTargets(Scan scan) {
        super(scan);
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
        if (that >= b || !lex.is(ix.form(that), Kind.THAT)) {
            // "warned it would retaliate": the reported clause may open without "that", right on its subject
            if (hit.end() >= b || ix.isPunct(hit.end())) return null;
            that = hit.end() - 1;
        }
        EntityRef repressed = intolerantOf(that, b, lex, frames, actor1);
        if (repressed != null) return repressed;
        for (Hit o : hits) {
            // ("warned that it would retaliate against X": an announced reprisal is the warner's threat as much as
            // the force it would use; a threat reported as a noun is another matter)
            boolean reprisal = o.trigger().type() == EventType.THREATEN && !o.trigger().noun();
            if (o.start() <= that || !ForceRules.THREATENING.contains(o.trigger().type()) || o.trigger().type() == EventType.THREATEN && !reprisal) continue;
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
            if (!modal || !scan.force.noPunctuation(that, verb)) return null;
            Referent subject = scan.actors.subjectOf(verb, that + 1);
            EntityRef own = subject == null ? null : scan.actors.reportedSubject(subject, verb, a, lex);
            if (own == null || !seats.sideOf(own).equals(seats.sideOf(actor1))) return null;
            EntityRef target = scan.actors.object(o, b, lex, frames, hits, own, a);
            return target == null || seats.sideOf(target).equals(seats.sideOf(actor1)) ? null : target;
        }
        return null;
    }

    /**
     * "warned that police will no longer tolerate rallies by X", "warned that it would not allow strikes by X": a
     * warning that the warner's side will refuse, from now on, to tolerate someone's acts announces their repression
     * (CAMEO 137 and 1321, threats of repression and of restrictions on political freedoms), a threat toward the one
     * whose acts they are: the first party named after the verb of tolerance (tolerance-verbs.txt) that is not the
     * warner's side. Null when the clause has no future modal, no negation right before that verb, or a subject of
     * another state.
     */
    private EntityRef intolerantOf(int that, int b, SpeechLexicon lex, List<Frm> frames, EntityRef actor1) {
        Optional<EventLexicon> found = EventLexicon.of(lex.language());
        if (found.isEmpty()) return null;
        EventLexicon ev = found.get();
        Set<String> tolerate = words(lex.language(), "tolerance-verbs.txt");
        int modal = -1, modalEnd = -1;
        for (Frm f : frames) {
            if (f.word().frame() == Frame.AUX && "future".equals(f.word().mode()) && f.start() > that && f.start() <= that + 8
                    && scan.force.noPunctuation(that + 1, f.start())) {
                modal = f.start();
                modalEnd = f.end();
                break;
            }
        }
        if (modal < 0) return null;
        // the modal may carry the negation itself ("won't"), else a negation follows it, and at most one adverb
        // ("no longer", "not ever") comes before the verb
        int verb = modalEnd;
        boolean negated = ev.negations().longestAt(ix.forms(), modal, modalEnd).isPresent();
        if (!negated && verb < b) {
            Optional<PhraseMatcher.Match<Boolean>> neg = ev.negations().longestAt(ix.forms(), verb, b);
            if (neg.isEmpty()) return null;
            verb = neg.get().end();
        }
        if (verb < b && !tolerate.contains(ix.form(verb)) && !ix.isPunct(verb) && ix.mention(verb) == null) verb++;
        if (verb >= b || !tolerate.contains(ix.form(verb))) return null;
        // ("warned that Z will no longer tolerate ...": another state's refusal is no threat of the warner)
        for (int k = that + 1; k < modal; k++) {
            Mention m = actorMention(k);
            if (m != null && !GroupActors.isGroup(m.entityId()) && !seats.sideOf(seats.resolve(refs.actor(m))).equals(seats.sideOf(seats.resolve(actor1)))) return null;
        }
        for (int k = verb + 1; k < b && k <= verb + 10 && !ix.isPunct(k); k++) {
            Mention m = actorMention(k);
            if (m == null) continue;
            EntityRef r = refs.actor(m);
            if (!seats.sideOf(seats.resolve(r)).equals(seats.sideOf(seats.resolve(actor1)))) return r;
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
     * "killed 20 people in Tel Aviv", "shot three civilians": an attack whose object counts or names its victims
     * without naming a state or group is an attack all the same, aimed at no named actor (its place tells where).
     */
    boolean unnamedVictims(Hit hit, int b, SpeechLexicon lex, List<Hit> hits) {
        if (hit.trigger().type() != EventType.ASSAULT) return false;
        ForceWords w = ForceWords.of(lex.language());
        // "violated the ceasefire": an act of force aimed at no one in particular
        for (int k = hit.start(); k < hit.end(); k++) if (w.at("unaimed", ix.forms(), k, hit.end())) return true;
        if (hit.trigger().noun()) return false;
        int end = scan.clauses.objectEnd(hit, b, lex, hits), at = scan.force.objectAt(w, "victims", hit.end(), end, 4, lex);
        if (at < 0) at = scan.force.objectAt(w, "targets", hit.end(), end, 4, lex);
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
     * "Egyptian police dispersed demonstrators", "Burmese troops attacked guerrillas": a group of no state that a
     * state's own forces coerce or attack, where no place or a place of that state (or one the knowledge base does
     * not know) is named, is of that state: most such acts are domestic.
     */
    EntityRef domesticGroup(Hit hit, EntityRef actor1, EntityRef actor2, EntityRef location, SpeechLexicon lex) {
        if (actor2 == null || !ForceWords.of(lex.language()).describesForce() || hit.trigger().type() != EventType.COERCE && hit.trigger().type() != EventType.ASSAULT) return actor2;
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
        if (scan.force.objectAt(w, "targets", hit.end(), scan.clauses.objectEnd(hit, b, lex, hits), 4, lex) < 0) return null;
        EntityRef state = seats.resolve(location);
        if (!state.entity().equals(location.entity()) || seats.unresolvedCity(state)) return null;
        return seats.sideOf(state).equals(seats.sideOf(actor1)) ? null : state;
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
     * preposition ("outside the Chilean embassy") names whom the protest is aimed at, and stays the target, as does,
     * after a protest verb's infinitive, a state owning something that is no place ("to protest at Uganda's tariffs").
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
            // "through the centre of Belgrade", "dans les rues de Paris": the place is part of a wider place phrase
            if (p - 1 > hit.end() && words(lex.language(), "of-prepositions.txt").contains(ix.form(p)) && w.at("area", ix.forms(), p - 1, p)) {
                p -= 2;
                while (p > hit.end() && lex.isDeterminer(ix.form(p))) p--;
            }
            // ("to protest at Uganda's new tariffs": the owner of what is protested, not a place)
            boolean owner = VerbalConflictRules.protestVerb(frames, hit) && scan.actors.ownsNonPlace(m, b);
            if (!startsFrame(frames, Frame.LOC, p) || owner) return actor2;
            // "marched through Tbilisi on Friday against Georgia's new law": past the place, the party the protest is
            // aimed at may still be named in the clause
            return partyAfterPlace(ix.firstTokenAtOrAfter(m.end()), b, lex, frames, m);
        }
        return actor2;
    }

    /**
     * The first actor after a protest's place, in its clause, that is no place itself (the state whose capital was
     * the place may be named again as the party aimed at); else null.
     */
    private EntityRef partyAfterPlace(int from, int b, SpeechLexicon lex, List<Frm> frames, Mention place) {
        for (int k = from; k < b; k++) {
            if (ix.isPunct(k)) return null;
            Mention m = actorMention(k);
            if (m == null || m == place) continue;
            int p = k - 1;
            while (p > from && lex.isDeterminer(ix.form(p))) p--;
            if (startsFrame(frames, Frame.LOC, p)) {
                k = ix.firstTokenAtOrAfter(m.end()) - 1;
                continue;
            }
            return refs.actor(m);
        }
        return null;
    }

    /**
     * As a town struck: in a story between two states, the unnamed victims one side attacks are the other's, and so
     * are the diplomats it expels without naming whose they are; null otherwise.
     */
    EntityRef otherSide(Hit hit, EntityRef actor1, boolean victims, SpeechLexicon lex) {
        boolean expelled = !hit.trigger().noun() && "expel".equals(hit.trigger().mode()) && ForceWords.of(lex.language()).describesForce();
        return victims || expelled ? seats.counterpart(actor1) : null;
    }

    /** The acts whose unnamed target a common noun for a state can be. */
    private static final Set<EventType> AIMED = EnumSet.of(EventType.ASSAULT, EventType.COERCE, EventType.THREATEN);

    /**
     * "Russian missiles struck power plants across the country", "a frappé des centrales dans l'est du pays": with no
     * target named, an act of force whose clause names a state by a common noun ({@code country} in
     * force-words.tsv) is aimed at that state, the one the story sets against the actor ({@link Seats#otherState});
     * null when the clause has no such noun or that state is not clear.
     */
    EntityRef countryNoun(Hit hit, int b, SpeechLexicon lex, EntityRef actor1) {
        if (actor1 == null || !AIMED.contains(hit.trigger().type())) return null;
        ForceWords w = ForceWords.of(lex.language());
        for (int k = hit.end(); k < b; k++) {
            if (ix.isPunct(k)) return null;
            if (w.at("country", ix.forms(), k, b)) return seats.otherState(actor1);
        }
        return null;
    }

    /**
     * The state whose territory a place is, when it is not the actor's own: the place itself for a state, else the
     * state the document or the knowledge base ties it to; null for the actor's own territory or a place the
     * knowledge base does not know.
     */
    EntityRef territoryOf(EntityRef place, EntityRef actor1) {
        if (place == null || actor1 == null) return null;
        EntityRef state = seats.stateOfPlace(place);
        if (state == null) {
            if (!KnowledgeBase.get().entry(place.entity()).map(e -> "country".equals(e.kind())).orElse(false)) return null;
            state = place;
        }
        return seats.sideOf(state).equals(seats.sideOf(actor1)) ? null : state;
    }
}
