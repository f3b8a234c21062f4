package org.vigie.nlp.events;

import org.vigie.core.LayerKind;
import org.vigie.core.model.*;
import org.vigie.nlp.entities.GroupActors;
import org.vigie.nlp.events.EventLexicon.Frame;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.events.Scan.Frm;
import org.vigie.nlp.events.Scan.Hit;
import org.vigie.nlp.quotes.Referents.Referent;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;
import org.vigie.nlp.quotes.SpeechLexicon;

import java.util.*;

/**
 * The family of verbal conflict: accusations put in reported speech, grievances told by a trailing reporting verb,
 * judgements and concern voiced about someone's acts, threats naming no one, and protests (their agents, places and
 * the acts they protest).
 */
final class VerbalConflictRules extends ScanPart {
    VerbalConflictRules(Scan scan) {
        super(scan);
    }

    /**
     * "l'expulsion de quatre diplomates russes, accusés d'avoir ...": a participle of accusation after a comma
     * describes the noun phrase before it, whose state (the actor named in its last words) is the one accused.
     */
    EntityRef accusedBeforeComma(Hit hit, int a, EntityRef actor1) {
        int comma = hit.start() - 1;
        if (comma <= a || !ix.form(comma).equals(",")) return null;
        for (int k = comma - 1; k >= a && k >= comma - 4; k--) {
            if (ix.isPunct(k)) return null;
            Mention m = actorMention(k);
            if (m != null && !quoted.get(k)) return m.entityId().equals(actor1.entity()) ? null : refs.actor(m);
        }
        return null;
    }

    /** "a qualifié ces chiffres d'« exagérés »": the verb, an object, then "de" and a faulting attribute. */
    Hit judgement(EventPatterns p, int k, int end, int b) {
        List<String> forms = ix.forms();
        for (int j = end; j < b && j < end + 8; j++) {
            if (clauseStop(j) || forms.get(j).equals(",")) return null;
            // "d'« absurdes »": before a quote mark the elided article is a letter and an apostrophe
            boolean split = j + 1 < b && forms.get(j + 1).equals("'") && words(languageAt(j), "judgement-prepositions.txt").contains(forms.get(j) + "'");
            if (!listed(j, "judgement-prepositions.txt") && !split) continue;
            int x = split ? j + 2 : j + 1;
            while (x < b && Clauses.OPENING_MARKS.contains(forms.get(x))) x++;
            if (!p.startsAt(EventPatterns.Role.FAULT, forms, x, b)) continue;
            // the object before the attribute or after it ("a qualifié d'absurdes les accusations")
            boolean claim = false;
            for (int o = end; o < b && o < x + 6; o++) claim |= (o < j || o > x) && p.startsAt(EventPatterns.Role.CLAIM, forms, o, b);
            // what is judged ("les tirs", "les expulsions") is not the speaker's own act: the judgement scopes over it
            return new Hit(k, end, new Trigger(claim ? EventType.REJECT : EventType.ACCUSE, null, true, false, false, false));
        }
        return null;
    }

    /**
     * "X s'est dit « préoccupé » par les manœuvres chinoises": concern voiced about what someone did is an
     * accusation of the one named after "par" (the object search finds it); concern with no cause named ("s'est
     * dite profondément choquée") is only a feeling.
     */
    Hit concern(EventPatterns p, int k, int end, int b) {
        List<String> forms = ix.forms();
        int j = end;
        while (j < b && j < end + 4 && !p.startsAt(EventPatterns.Role.WORRY, forms, j, b)) {
            if (clauseStop(j) || forms.get(j).equals(",")) return null;
            j++;
        }
        if (j >= b || !p.startsAt(EventPatterns.Role.WORRY, forms, j, b)) return null;
        for (int x = j + 1; x < b && x < j + 4; x++) {
            if (p.startsAt(EventPatterns.Role.CAUSE, forms, x, b)) {
                for (int y = x + 1; y < b && y < x + 14; y++) {
                    if (clauseStop(y) || forms.get(y).equals(",")) return null;
                    if (actorMention(y) != null) return new Hit(k, end, new Trigger(EventType.ACCUSE, null, false, false, false, false));
                }
                return null;
            }
        }
        return null;
    }

    /** "a jugé « inacceptables » les propos de X": a verb of judgement whose faulting attribute needs no "de". */
    Hit bareJudgement(EventPatterns p, int k, int end, int b) {
        List<String> forms = ix.forms();
        for (int j = end; j < b && j < end + 8; j++) {
            if (clauseStop(j) || forms.get(j).equals(",")) return null;
            if (!p.startsAt(EventPatterns.Role.FAULT, forms, j, b)) continue;
            boolean claim = false;
            for (int o = end; o < b && o < j + 6; o++) claim |= o != j && p.startsAt(EventPatterns.Role.CLAIM, forms, o, b);
            return new Hit(k, end, new Trigger(claim ? EventType.REJECT : EventType.ACCUSE, null, true, false, false, false));
        }
        return null;
    }

    /**
     * "The US said that Iraq had attacked ...", "X claimed that Y had shelled ...": an attack the speaker of an
     * indirect quote puts on someone of another side is the speaker's accusation of that attacker, as CAMEO codes
     * it (112, accuse); the attack itself is coded as usual. Null when the trigger is no verbal attack inside
     * reported speech, the attacker is not named, is on the speaker's side ("claimed that they had attacked" is a
     * claim of responsibility), the attack is denied or only sourced ("according to X", "police said"). In a passive
     * ("Kyiv was hit by Russian drones, Ukraine said") the attacker is the agent, or the state whose weapons are named
     * after "by", as for the attack itself (ev15cues).
     */
    Event accusation(Hit hit, int a, SpeechLexicon lex, EventLexicon ev, List<Frm> frames, List<Hit> hits, Span evidence) {
        if (hit.trigger().type() != EventType.ASSAULT || hit.trigger().noun()) return null;
        // ("à portée de frappe", "capable of striking": a form after "de"/"of" is a noun or an infinitive, no attack done, ev16)
        if (hit.start() > a && words(lex.language(), "of-prepositions.txt").contains(ix.form(hit.start() - 1))) return null;
        Quote reported = null;
        for (Quote q : doc.layerOrEmpty(LayerKind.QUOTES)) {
            if (!q.direct() && q.speaker() != null && q.cue() != null && q.span().contains(ix.token(hit.start()).span())) reported = q;
        }
        if (reported == null) return null;
        // "..., police said", "officials said": a group speaking is a source reporting the attack, not a party
        // accusing another
        if (GroupActors.isGroup(reported.speaker().entity())) return null;
        // a claim needs a verb of saying: "according to X, Y shelled" only sources the report of the attack
        int cue = ix.firstTokenAtOrAfter(reported.cue().start());
        // ("..., a annoncé l'Ukraine": the compound tense of a verb of saying opens with its auxiliary, ev16)
        int cueEnd = ix.firstTokenAtOrAfter(reported.cue().end());
        int verb = cue;
        while (verb + 1 < cueEnd && lex.is(ix.form(verb), Kind.AUX)) verb++;
        Kind cueKind = verb < ix.size() ? lex.kindAt(ix, verb) : null;
        if (cueKind == null || !cueKind.isVerb()) return null;
        // "relief officials in Nairobi said", "diplomatic sources in Pakistan said": the place after a preposition is
        // where the sources are, not a party accusing anyone
        Mention before = cue > a ? ix.mention(cue - 1) : null;
        EntityRef governing = null;
        if (before != null) {
            int first = ix.firstTokenAtOrAfter(before.start());
            // ("sources in neighbouring Pakistan": a lower-case modifier or two may come between)
            for (int m = 0; m < 2 && first - 1 > a && !ix.isPunct(first - 1) && !ix.isCapitalised(first - 1)
                    && ix.mention(first - 1) == null && !startsFrame(frames, Frame.LOC, first - 1)
                    && lex.kindOf(ix.form(first - 1)) == null; m++) first--;
            if (first - 1 >= a && startsFrame(frames, Frame.LOC, first - 1) && ix.type(before) != EntityType.PER) {
                // "the government in Kinshasa said": a state's government speaks for the state its seat stands for
                EntityRef seat = first - 2 >= a && words(lex.language(), "state-institutions.txt").contains(ix.form(first - 2))
                        ? seats.stateOfPlace(ix.ref(before)) : null;
                if (seat == null) return null;
                governing = seat;
            }
        }
        // "X accused Y of ..., hours after Z officials said Y's guns had killed ...": a report in a background clause
        // recalls what was said before the act the sentence reports, not an accusation of its own
        for (int k = cue - 1; k >= a && k >= cue - 8 && !ix.isPunct(k); k--) if (startsFrame(frames, Frame.BACKGROUND, k)) return null;
        int from = Math.max(a, ix.firstTokenAtOrAfter(reported.start()));
        int verbStart = hit.start();
        while (verbStart > from && (lex.is(ix.form(verbStart - 1), Kind.AUX) || isNegation(verbStart - 1, lex, ev)
                || startsFrame(frames, Frame.AUX, verbStart - 1))) verbStart--;
        if (verbStart <= from || scan.clauses.negated(hit, verbStart, from, ev)) return null;
        EntityRef attacker;
        if (hasFrame(frames, Frame.PASSIVE, Math.max(from, hit.start() - 2), hit.end())) {
            Mention agent = passiveAttacker(hit, lex, ev, frames, hits);
            attacker = agent == null ? null : refs.actor(agent);
        } else {
            Referent subject = refs.subjectBefore(verbStart, from, true);
            attacker = subject == null ? null : subject.ref();
            if (attacker == null) attacker = scan.groups.groupActor(from, verbStart, lex, ev, null);
        }
        // "the army chief said soldiers shelled ...": forces no state qualifies are the speaker's own
        if (attacker == null || ForceActors.unqualifiedForces(attacker)) return null;
        EntityRef speaker = governing != null ? governing : seats.resolve(reported.speaker());
        attacker = seats.resolve(attacker);
        if (attacker.entity().equals(speaker.entity()) || seats.sideOf(attacker).equals(seats.sideOf(speaker))) return null;
        return new Event(EventType.ACCUSE, null, speaker, attacker, null, scan.actors.date(evidence, hit), false, evidence);
    }

    /**
     * The attacker a passive attack names after "by": the agent, or the user of the weapon named there when its own
     * participle names one ("by a BAK missile fired by rebels"), the state qualifying the weapon otherwise ("by
     * Russian drones"); null when none is named or the blow is figurative ({@link ForceActors#figurativeBlow}).
     */
    private Mention passiveAttacker(Hit hit, SpeechLexicon lex, EventLexicon ev, List<Frm> frames, List<Hit> hits) {
        int b = ix.sentenceEnd(ix.sentenceOf(hit.start()));
        Mention agent = mentionAfterFrame(frames, Frame.BY, hit.end(), Math.min(b, hit.end() + 8));
        if (agent == null || scan.forceActors.figurativeBlow(hit, frames, agent, b, lex, ev, hits)) return null;
        int weapon = scan.forceActors.weaponAfter(agent, b, lex);
        if (weapon < 0) return agent;
        Mention user = mentionAfterFrame(frames, Frame.BY, weapon + 1, Math.min(b, weapon + 10));
        int next = ix.firstTokenAtOrAfter(agent.end());
        boolean owner = ix.type(agent) == EntityType.GPE && next < b && !ix.form(next).equals("-");
        return user != null || !owner ? user : agent;
    }

    /**
     * "X claimed that no troop movements had been observed", "alleged that nothing had happened": a claim whose
     * content opens negated (a negation within its first words) says that something did not happen; it alleges no
     * wrongdoing of anyone, so it is no accusation (CAMEO 112 needs an alleged act). Only for accusation verbs that
     * govern a that-clause (the complementiser ends the trigger or follows it).
     */
    boolean negatedClaim(Hit hit, int b, SpeechLexicon lex, EventLexicon ev) {
        if (hit.trigger().type() != EventType.ACCUSE || hit.trigger().noun()) return false;
        int from = hit.end();
        if (!lex.is(ix.form(hit.end() - 1), Kind.THAT)) {
            if (from >= b || !lex.is(ix.form(from), Kind.THAT)) return false;
            from++;
        }
        for (int k = from; k < b && k < from + 4 && !ix.isPunct(k); k++) if (isNegation(k, lex, ev)) return true;
        return false;
    }

    private static final Set<EventType> AIMED_AT_PERSONS = EnumSet.of(EventType.ACCUSE, EventType.REJECT, EventType.THREATEN);

    /**
     * "X a accusé son homologue de ...", "rejected his counterpart's offer": a verbal act aimed at the speaker's
     * counterpart ({@code counterpart-nouns.txt} after a determiner, right after the verb) is aimed at the person of
     * the other side the text names nearest before (else after), the one holding that office there. Null when the
     * object is no counterpart, the actor is tied to no state, or no person of another side is named.
     */
    EntityRef counterpartObject(Hit hit, int b, SpeechLexicon lex, EntityRef actor1) {
        if (!AIMED_AT_PERSONS.contains(hit.trigger().type()) || hit.trigger().noun() || actor1 == null) return null;
        Set<String> nouns = words(lex.language(), "counterpart-nouns.txt");
        int k = hit.end();
        // ("a accusé mardi son homologue": a date or adverb between)
        while (k < b && k < hit.end() + 3 && !nouns.contains(ix.form(k)) && !ix.isPunct(k) && ix.mention(k) == null) k++;
        // ("her counterpart": "her" is listed as an object pronoun, any word before the noun will do as its determiner)
        if (k >= b || k == hit.end() || !nouns.contains(ix.form(k))) return null;
        // (the state the text ties a person to, else the state adjective of the title where the person is first named)
        EntityRef ownState = scan.statements.stateOf(actor1);
        // a person tied to no state: the counterpart is the one the text names alongside ("les chefs de la
        // diplomatie des deux pays, X et Y", "ministers X and Y")
        if (ownState == null) return coordinatedPerson(actor1);
        String own = ownState.entity();
        EntityRef other = seats.counterpart(actor1);
        int at = hit.start();
        EntityRef after = null;
        for (int d = 1; d < ix.size(); d++) {
            for (int t : new int[] {at - d, at + d}) {
                if (t < 0 || t >= ix.size()) continue;
                Mention m = ix.mention(t);
                if (m == null || ix.type(m) != EntityType.PER || m.entityId().equals(actor1.entity())) continue;
                EntityRef person = ix.ref(m);
                EntityRef state = scan.statements.stateOf(person);
                String side = state == null ? null : state.entity();
                if (side == null || side.equals(own)) continue;
                if (other != null && !side.equals(other.entity())) continue;
                if (t < at) return person;
                if (after == null) after = person;
            }
        }
        return after;
    }

    /** The person named in coordination with {@code person} ("X et Y", "X and Y"), first in the text; else null. */
    private EntityRef coordinatedPerson(EntityRef person) {
        for (int k = 0; k + 2 < ix.size(); k++) {
            Mention m = ix.mention(k);
            if (m == null || !m.entityId().equals(person.entity()) || ix.firstTokenAtOrAfter(m.start()) != k) continue;
            int after = ix.firstTokenAtOrAfter(m.end());
            if (after + 1 < ix.size() && listed(after, "conjunctions.txt")) {
                Mention o = ix.mention(after + 1);
                if (o != null && ix.type(o) == EntityType.PER && !o.entityId().equals(person.entity())) return ix.ref(o);
            }
            if (k >= 2 && listed(k - 1, "conjunctions.txt")) {
                Mention o = ix.mention(k - 2);
                if (o != null && ix.type(o) == EntityType.PER && !o.entityId().equals(person.entity())) return ix.ref(o);
            }
        }
        return null;
    }

    /**
     * "a blast near Kiro, which Norvalia blamed on Ostmark", "shelling that Tarnia blames on Velsk", "une explosion dont la Norvalie et l'Ostmarkie se
     * rejettent la responsabilité": a verb of accusation whose clause opens with a relative pronoun followed by words
     * of its own has its subject there, between the pronoun and the verb; the antecedent before the pronoun is what
     * the blame is about, never the accuser. Returns the token after the pronoun, or -1 when the verb is no such
     * accusation (a subject relative, "X, who accused Y", has no words between).
     */
    int relativeSubjectStart(Hit hit, int verbStart, int a, SpeechLexicon lex) {
        if (hit.trigger().type() != EventType.ACCUSE || hit.trigger().noun()) return -1;
        // ("X, which has long opposed Y, condemned Z": a relative closed by a comma before the verb is an aside on the
        // subject, so the punctuation check starts right before the verb (ev13frames))
        if (verbStart - 1 > a && ix.isPunct(verbStart - 1)) return -1;
        for (int k = verbStart - 2; k > a && k >= verbStart - 7; k--) {
            if (ix.isPunct(k) || quoted.get(k)) return -1;
            if (lex.is(ix.form(k), Kind.REL) || lex.is(ix.form(k), Kind.THAT)) return k + 1;
        }
        return -1;
    }

    /** The actor named between a relative pronoun and its verb ({@link #relativeSubjectStart}), else null. */
    EntityRef relativeSubject(int from, int verbStart) {
        for (int k = verbStart - 1; k >= from; k--) {
            Mention m = actorMention(k);
            if (m != null) return refs.actor(m);
        }
        return null;
    }

    /**
     * "Police are abusing migrants, a rights group charged on Monday", "..., the opposition protested": a verb of
     * accusation or protest closing a sentence after a comma, its subject between, reports the clause before the
     * comma as a grievance (CAMEO 11/114, complain officially: ACCUSE), not a protest in the street nor an
     * accusation by a name inside the clause. Returns the comma's token, or -1 when the trigger is not such a verb.
     */
    int trailingReporter(Hit hit, int a, int b, SpeechLexicon lex) {
        EventType t = hit.trigger().type();
        // (a present participle, "..., les accusant de", "..., accusing them of", shares the main verb's subject)
        if (hit.trigger().noun() || t != EventType.ACCUSE && t != EventType.PROTEST || quoted.get(hit.start())
                || lex.isParticiple(ix.form(hit.start()))) return -1;
        int comma = -1;
        for (int k = hit.start() - 1; k >= a && k >= hit.start() - 7; k--) {
            if (ix.form(k).equals(",")) {
                comma = k;
                break;
            }
            Kind kind = lex.kindOf(ix.form(k));
            if (ix.isPunct(k) || kind == Kind.THAT || kind == Kind.REL || kind != null && kind.isVerb()) return -1;
        }
        // a whole clause before the comma, and after the verb at most its time and place ("on Monday", "here")
        if (comma < a + 3 || comma == hit.start() - 1 || b - hit.end() > 6) return -1;
        // "..., and X denounced the plan": a clause of its own, with its object, is no report of the one before
        if (lex.is(ix.form(comma + 1), Kind.STOP) || hit.end() < b && lex.isDeterminer(ix.form(hit.end()))) return -1;
        // "According to Kyiv, Hungary accused Italy": a name right after the verb is its own object, so the words
        // before the comma are a fronted phrase, not the clause it reports (ev13frames)
        if (hit.end() < b && actorMention(hit.end()) != null) return -1;
        for (int k = hit.end(); k < b; k++) {
            Kind kind = lex.kindOf(ix.form(k));
            if (ix.form(k).equals(",") || kind == Kind.THAT || kind == Kind.REL || actorMention(k) != null && ix.type(actorMention(k)) != EntityType.GPE) return -1;
        }
        return comma;
    }

    /**
     * The grievance a trailing reporting verb states: its subject (between the comma and the verb) against the
     * first party the reported clause names; no event when the subject names no actor ("a rights group").
     */
    Event reportedGrievance(Hit hit, int comma, int a, SpeechLexicon lex, EventLexicon ev, Span evidence) {
        EntityRef actor1 = null;
        for (int k = comma + 1; k < hit.start() && actor1 == null; k++) {
            Mention m = actorMention(k);
            if (m != null) actor1 = refs.actor(m);
        }
        if (actor1 == null) actor1 = scan.groups.groupActor(comma + 1, hit.start(), lex, ev, null);
        actor1 = seats.resolve(actor1);
        if (actor1 == null) return null;
        EntityRef actor2 = null;
        for (int k = a; k < comma && actor2 == null; k++) {
            Mention m = actorMention(k);
            if (m != null && !m.entityId().equals(actor1.entity())) actor2 = refs.actor(m);
        }
        actor2 = DemandRules.other(seats.resolve(actor2), actor1);
        return new Event(EventType.ACCUSE, null, actor1, actor2, null, scan.actors.dateAt(evidence, ix.token(hit.start()).start()), false, evidence);
    }

    /**
     * "a rally to protest the austerity imposed by the EU": an agent named further on than right after a protest
     * noun did what is protested, the protest's target (found as its object), never the protester.
     */
    boolean protestedAgent(List<Frm> frames, Hit hit) {
        return hit.trigger().type() == EventType.PROTEST && !scan.clauses.byRightAfter(frames, hit);
    }

    /**
     * "Thousands of people blocked streets in X", "protests broke out in X": protesters no name identifies are
     * people of the place they protest in, as CAMEO codes unnamed demonstrators by their location: the state
     * right after a locative preposition at most six words after the trigger, in its clause (a city tied to a state
     * stands for it).
     */
    EntityRef protestersPlace(List<Frm> frames, Hit hit, int b) {
        if (hit.trigger().type() != EventType.PROTEST) return null;
        for (Frm f : frames) {
            if (f.word().frame() != Frame.LOC || f.start() < hit.end() || f.start() > hit.end() + 6 || f.end() >= b) continue;
            boolean clause = true;
            for (int k = hit.end(); k < f.start(); k++) if (ix.isPunct(k)) clause = false;
            Mention m = actorMention(f.end());
            if (!clause || m == null || ix.type(m) != EntityType.GPE || isAdjective(f.end())) return null;
            // a city the text ties to no state says nothing of whose people they are
            EntityRef place = seats.resolve(refs.actor(m));
            return seats.unresolvedCity(place) ? null : place;
        }
        return null;
    }

    /**
     * "accused Chile of shelling a border post", "charged the mayor with taking bribes": the act after the charge
     * preposition of an accusation ({@code charge} in force-words.tsv) is what the accuser charges, not an act the
     * text reports; the charge runs to the end of its clause (a comma, a semicolon, a clause of what had happened
     * before). PLOVER codes the accusation alone (CAMEO 112).
     */
    void withoutChargedActs(List<Hit> hits, int b, List<Frm> frames, BitSet suppressed, SpeechLexicon lex) {
        ForceWords w = ForceWords.of(lex.language());
        List<String> forms = ix.forms();
        for (Hit h : hits) {
            if (h.trigger().type() != EventType.ACCUSE || h.trigger().noun()) continue;
            int charge = -1;
            for (int k = h.end(); k < b && k < h.end() + 8 && charge < 0; k++) {
                if (ix.isPunct(k)) break;
                if (w.at("charge", forms, k, k + 1)) charge = k;
            }
            if (charge < 0) continue;
            int end = charge + 1;
            while (end < b && !clauseStop(end) && !forms.get(end).equals(",") && !startsFrame(frames, Frame.BACKGROUND, end)
                    && !coordinatedVerb(hits, end, lex)) end++;
            for (int o = 0; o < hits.size(); o++) {
                Hit x = hits.get(o);
                if (x.start() > charge && x.start() < end && x.trigger().type() != EventType.ACCUSE) suppressed.set(o);
            }
        }
    }

    /**
     * "Peru accused Chile of spying and recalled its ambassador": a verb right after a coordinating word, with no
     * subject of its own, shares the subject of the accusation before it, not the accused named last; null otherwise.
     */
    EntityRef coordinatedVerbSubject(Hit hit, int verbStart, int a, SpeechLexicon lex, EventLexicon ev, List<Frm> frames, List<Hit> hits) {
        if (verbStart - 1 <= a || !lex.is(ix.form(verbStart - 1), Kind.STOP)) return null;
        Hit first = null;
        for (Hit o : hits) {
            if (o.end() < verbStart - 1 && !o.trigger().noun() && o.trigger().type() == EventType.ACCUSE && first == null) first = o;
        }
        if (first == null) return null;
        int main = scan.clauses.verbStart(first, a, lex, ev, frames);
        Referent shared = scan.actors.subjectOf(main, a);
        return shared == null ? null : scan.actors.reportedSubject(shared, main, a, lex);
    }

    /**
     * "accused X of spying and recalled its ambassador": a coordinating word followed closely by a finite verb
     * trigger starts a new act of the subject; gerunds after it ("of shelling and killing") still belong to the charge.
     */
    private boolean coordinatedVerb(List<Hit> hits, int k, SpeechLexicon lex) {
        if (!lex.is(ix.form(k), Kind.STOP)) return false;
        for (Hit h : hits) {
            if (h.start() > k && h.start() < k + 4 && !h.trigger().noun() && !endsWithListed(h.start(), "gerund-endings.txt")) return true;
        }
        return false;
    }

    /**
     * "After Peru attacked Bolivia, Chile condemned the raid": an accusation or rejection with no second actor whose
     * object is a definite noun naming an act ("the raid", "this attack": a noun trigger right after a determiner)
     * condemns that act as reported earlier in the sentence; its target is the actor of the earlier event of the same
     * type, when one other than the accuser is reported. Otherwise the event is returned unchanged.
     */
    Event condemnedEarlierAct(Event e, Hit hit, List<Hit> hits, BitSet suppressed, Collection<Event> earlier, SpeechLexicon lex) {
        if (e.actor2() != null || hit.trigger().noun() || e.type() != EventType.ACCUSE && e.type() != EventType.REJECT) return e;
        int k = hit.end();
        if (k >= ix.size() || !lex.isDeterminer(ix.form(k)) || lex.is(ix.form(k), Kind.POSS)) return e;
        Hit act = null;
        for (Hit h : hits) if (h.trigger().noun() && h.start() > k && h.start() <= k + 2) act = h;
        if (act == null) return e;
        EventType type = act.trigger().type();
        EntityRef target = null;
        for (Event o : earlier) {
            if (o.type() == type && o.actor1() != null && !o.actor1().entity().equals(e.actor1().entity())) target = o.actor1();
        }
        if (target == null) return e;
        return new Event(e.type(), e.mode(), e.actor1(), target, e.location(), e.date(), e.negated(), e.evidence());
    }

    /**
     * "Chile arrested two sailors accused of smuggling", "an officer charged with espionage": a past participle of
     * accusation with no object, its charge preposition right after it and no passive auxiliary before it, is a
     * reduced relative describing the noun before it; the accuser is not named, and no accusation is reported.
     */
    boolean reducedAccusation(Hit hit, int a, int b, List<Frm> frames, SpeechLexicon lex) {
        if (hit.trigger().type() != EventType.ACCUSE || hit.trigger().noun() || hit.end() >= b || hit.start() <= a) return false;
        if (participleAfterNoun(hit, a, b, frames, lex)) return true;
        if (!endsWithListed(hit.end() - 1, "past-participle-endings.txt") || !ForceWords.of(lex.language()).at("charge", ix.forms(), hit.end(), hit.end() + 1)) return false;
        if (ix.isPunct(hit.start() - 1)) return false;
        return !hasFrame(frames, Frame.PASSIVE, Math.max(a, hit.start() - 3), hit.start())
                && !hasFrame(frames, Frame.AUX, Math.max(a, hit.start() - 2), hit.start());
    }

    /**
     * "des diplomates accusés d'espionnage", "le ministre condamné pour corruption": a past participle of accusation,
     * written with its accent ({@code accented-participle-endings.txt}, read on the text itself: without accents
     * "accusé" is the present "accuse"), right after a common noun, with no agent after "par" a few words on, is a
     * reduced relative describing that noun: no accusation by anyone named before it (ev15cues).
     */
    private boolean participleAfterNoun(Hit hit, int a, int b, List<Frm> frames, SpeechLexicon lex) {
        java.util.Collection<String> endings = org.vigie.nlp.lang.LanguagePack.of(lex.language()).words("accented-participle-endings.txt");
        if (endings.isEmpty()) return false;
        Span first = ix.token(hit.start()).span();
        String raw = doc.text().substring(first.start(), first.end()).toLowerCase(java.util.Locale.ROOT);
        if (endings.stream().noneMatch(raw::endsWith)) return false;
        int before = hit.start() - 1;
        // "un ressortissant russe accusé de": a demonym after the noun is part of its phrase (ev16)
        Mention demonym = ix.mention(before);
        if (demonym != null && ix.type(demonym) == EntityType.GPE && !ix.isCapitalised(before) && before - 1 > a
                && ix.mention(before - 1) == null && !ix.isPunct(before - 1) && !ix.isCapitalised(before - 1)
                && Character.isLetter(ix.form(before - 1).charAt(0))) before--;
        String f = ix.form(before);
        boolean group = ix.mention(before) != null && GroupActors.isGroup(ix.mention(before).entityId());
        if (ix.isPunct(before) || ix.mention(before) != null && !group || ix.isCapitalised(before) || lex.kindOf(f) != null
                || lex.pronoun(f) != null || Clauses.adverb(f, lex.language()) || startsFrame(frames, Frame.AUX, before)
                || startsFrame(frames, Frame.PASSIVE, before)) return false;
        for (int k = hit.end(); k < b && k <= hit.end() + 3; k++) if (startsFrame(frames, Frame.BY, k)) return false;
        // ("se sont mutuellement accusées": an auxiliary a word or two before, across an adverb, makes it a verb)
        for (int k = Math.max(a, hit.start() - 3); k < hit.start(); k++) if (lex.is(ix.form(k), Kind.AUX)) return false;
        return !hasFrame(frames, Frame.PASSIVE, Math.max(a, hit.start() - 3), hit.start()) && !hasFrame(frames, Frame.AUX, Math.max(a, hit.start() - 3), hit.start());
    }

    /**
     * "staged a walkout to protest the visit of X", "demonstrations against the deployment of troops": an act named
     * as the object of a protest (right after it or after a preposition, {@code @prep}, determiners and names between)
     * is what is protested, someone else's act, not an event of the protesters. Violence stays an event of its own
     * ("protests over the shelling of X": the shelling is reported too).
     */
    void withoutProtestedActs(List<Hit> hits, SpeechLexicon lex, List<Frm> frames, BitSet suppressed) {
        for (int h = 0; h < hits.size(); h++) {
            Hit o = hits.get(h);
            if (!o.trigger().noun() || o.trigger().type() == EventType.PROTEST || o.trigger().type() == EventType.ASSAULT) continue;
            for (Hit p : hits) {
                if (p.trigger().type() != EventType.PROTEST || p.end() > o.start() || o.start() - p.end() > 4) continue;
                boolean object = true;
                for (int k = p.end(); k < o.start() && object; k++) {
                    String f = ix.form(k);
                    boolean prep = k == p.end() && startsFrame(frames, Frame.PREP, k);
                    object = prep || lex.isDeterminer(f) || ix.mention(k) != null;
                }
                if (object) suppressed.set(h);
            }
        }
    }

    /**
     * "rallied in Tbilisi against the government's decision to suspend the talks", "manifesté contre la décision de
     * rompre les relations": the phrase a protest is against or over ({@code protest-prepositions.txt}, a few words
     * after the protest, in its clause) names what is protested, someone's act already done or planned; an act named
     * in it by a noun or an infinitive is no event of its own (as an accused or condemned act is none). Violence stays
     * an event of its own, and a finite verb there has a subject and a clause of its own (ev16).
     */
    void withoutActsInProtestObject(List<Hit> hits, int b, SpeechLexicon lex, List<Frm> frames, BitSet suppressed) {
        Set<String> preps = words(lex.language(), "protest-prepositions.txt");
        if (preps.isEmpty()) return;
        for (Hit p : hits) {
            if (p.trigger().type() != EventType.PROTEST) continue;
            int from = -1;
            for (int k = p.end(); k < b && k < p.end() + 8 && from < 0; k++) {
                String f = ix.form(k);
                if (ix.isPunct(k) || lex.is(f, Kind.THAT) || lex.is(f, Kind.REL)) break;
                if (preps.contains(f)) from = k + 1;
            }
            if (from < 0) continue;
            int to = from;
            while (to < b && !ix.isPunct(to) && !lex.is(ix.form(to), Kind.THAT) && !lex.is(ix.form(to), Kind.REL)
                    && !lex.is(ix.form(to), Kind.STOP)) to++;
            for (int h = 0; h < hits.size(); h++) {
                Hit o = hits.get(h);
                if (o.start() < from || o.start() >= to || o.trigger().type() == EventType.PROTEST || o.trigger().type() == EventType.ASSAULT) continue;
                boolean infinitive = o.start() > from && startsFrame(frames, Frame.INFINITIVE, o.start() - 1);
                if (o.trigger().noun() || infinitive) suppressed.set(h);
            }
        }
    }

    /**
     * "rallied in Tbilisi against the government", "went on strike across X against a government plan": a protest
     * against an unnamed government ({@code government-nouns.txt} right after the protest's preposition, determiners
     * between) is aimed at the state where it takes place, the state of its location; {@code e} unchanged when it
     * names its target or the place's state is not known (ev16).
     */
    Event protestedGovernment(Event e, Hit hit, int b, SpeechLexicon lex) {
        if (e.type() != EventType.PROTEST || e.actor2() != null || e.location() == null) return e;
        Set<String> preps = words(lex.language(), "protest-prepositions.txt"), governments = words(lex.language(), "government-nouns.txt");
        for (int k = hit.end(); k < b && k < hit.end() + 8; k++) {
            String f = ix.form(k);
            if (ix.isPunct(k) || lex.is(f, Kind.THAT) || lex.is(f, Kind.REL)) return e;
            if (!preps.contains(f)) continue;
            int j = k + 1;
            while (j < b && lex.isDeterminer(ix.form(j))) j++;
            if (j >= b || !governments.contains(ix.form(j)) || ix.mention(j) != null) return e;
            EntityRef state = seats.stateOfPlace(e.location());
            if (state == null) state = seats.ownState(e.location());
            if (state == null || state.entity().equals(e.actor1().entity())) return e;
            return new Event(e.type(), e.mode(), e.actor1(), state, e.location(), e.date(), e.negated(), e.evidence());
        }
        return e;
    }

    /**
     * "warned its citizens against travel to X", "urged its nationals to leave X", "a déconseillé à ses
     * ressortissants tout voyage en X": a warning or appeal a state addresses to its own citizens (an advisory, a
     * phrase of {@code own-citizens.txt} right after the verb) is no act toward the state it names (ev16).
     */
    boolean ownCitizensAddressed(Hit hit, int b, SpeechLexicon lex) {
        if (hit.trigger().noun()) return false;
        Set<String> phrases = words(lex.language(), "own-citizens.txt");
        for (int k = hit.end(); k < b && k < hit.end() + 2; k++) {
            StringBuilder phrase = new StringBuilder(ix.form(k));
            for (int j = k + 1; j < b && j < k + 3; j++) {
                phrase.append(' ').append(ix.form(j));
                if (phrases.contains(phrase.toString())) return true;
            }
        }
        return false;
    }

    /**
     * Whom a threat naming no one is aimed at: the target of the act it governs ("threatened to expel the ambassador
     * of X": X), else the actor of the condition it sets ("warned that it would respond with force if X attacked":
     * CAMEO codes the threat toward X).
     */
    EntityRef threatened(Hit hit, int b, SpeechLexicon lex, List<Frm> frames, List<Hit> hits, EntityRef actor1, int a) {
        if (hit.trigger().type() != EventType.THREATEN) return null;
        for (Hit o : hits) {
            // the act right after the threat, or after its infinitive marker ("threatened to expel")
            boolean governed = o.start() == hit.end() || o.start() == hit.end() + 1 && startsFrame(frames, Frame.INFINITIVE, hit.end());
            if (o == hit || !governed || o.trigger().type() == EventType.THREATEN) continue;
            EntityRef r = scan.actors.object(o, b, lex, frames, hits, actor1, a);
            if (r != null) return r;
            break;
        }
        for (Frm f : frames) {
            if (f.word().frame() != Frame.CONDITION || f.start() < hit.end()) continue;
            int k = f.end();
            while (k < b && lex.isDeterminer(ix.form(k))) k++;
            Mention m = k < b ? actorMention(k) : null;
            return m == null ? null : DemandRules.other(refs.actor(m), actor1);
        }
        return null;
    }

    /**
     * "youths threw stones during demonstrations against ...": a protest named inside a phrase is the protest of
     * the clause's subject when that subject is a group of people (group-actors.tsv, kind "group": youths, students,
     * protesters), not a state's agents ("police fired during a demonstration" do not protest); null otherwise.
     */
    Mention protestingGroup(Hit hit, int a, SpeechLexicon lex, List<Frm> frames) {
        if (hit.trigger().type() != EventType.PROTEST) return null;
        for (int k = a; k < hit.start(); k++) {
            if (lex.is(ix.form(k), Kind.THAT) || ix.form(k).equals(";")) return null;
            Mention m = actorMention(k);
            // ("Peruvian students": the state adjective qualifies the group noun after it)
            if (m == null || scan.actors.afterPreposition(k, a, lex, frames) || scan.groups.isStateAdjective(k)) continue;
            return GroupActors.isGroup(m.entityId()) ? m : null;
        }
        return null;
    }

    /**
     * "to protest the new tariffs": a protest noun cue used as a verb after its infinitive marker; what follows is
     * what is protested, not the protester's name.
     */
    static boolean protestVerb(List<Frm> frames, Hit hit) {
        if (hit.trigger().type() != EventType.PROTEST) return false;
        for (Frm f : frames) if (f.word().frame() == Frame.INFINITIVE && f.end() == hit.start()) return true;
        return false;
    }

    /**
     * "Thousands of Nigerians marched ...": protesters named by a people noun the entities layer left unmarked
     * after a preposition ({@link ActorGroups#unmarkedDemonym}) are that state's people; the first such word before the
     * trigger in its clause, not qualifying a group noun after it ("French officials" is a group, not a people).
     */
    EntityRef unmarkedProtesters(Hit hit, int a, SpeechLexicon lex) {
        if (hit.trigger().type() != EventType.PROTEST) return null;
        int from = a;
        for (int k = a; k < hit.start(); k++) if (lex.is(ix.form(k), Kind.THAT) || ix.form(k).equals(";")) from = k + 1;
        for (int k = from; k < hit.start(); k++) {
            EntityRef people = scan.groups.unmarkedDemonym(k, lex);
            if (people != null && scan.groups.unmarkedStateGroup(k, hit.start(), lex) == null) return people;
        }
        return null;
    }

    /**
     * "X has been accused of misusing funds, much of it embezzled, by government officials": the agent of a passive
     * accusation set off by a comma at the end of its sentence, however long the charge before it.
     */
    Mention detachedAccuser(List<Frm> frames, Hit hit, int b) {
        if (hit.trigger().type() != EventType.ACCUSE) return null;
        for (Frm f : frames) {
            if (f.word().frame() != Frame.BY || f.start() <= hit.end() || !ix.form(f.start() - 1).equals(",")) continue;
            boolean last = true;
            for (int k = f.end(); k < b - 1; k++) if (ix.isPunct(k)) last = false;
            if (last) return mentionAfterFrame(frames, Frame.BY, f.start(), f.start() + 1);
        }
        return null;
    }
}
