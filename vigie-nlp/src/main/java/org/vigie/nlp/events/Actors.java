package org.vigie.nlp.events;

import org.vigie.core.model.*;
import org.vigie.nlp.entities.GroupActors;
import org.vigie.nlp.events.EventLexicon.Frame;
import org.vigie.nlp.events.Scan.Frm;
import org.vigie.nlp.events.Scan.Hit;
import org.vigie.nlp.quotes.PhraseMatcher;
import org.vigie.nlp.quotes.Referents.Referent;
import org.vigie.nlp.quotes.SpeechLexicon;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;

import java.util.*;

/**
 * Who does what to whom, and where and when: the subject, object, possessor, speaker and coordinated parties of a
 * trigger, the beneficiary and origin of an act, its place and date. Group nouns and demonyms are
 * {@link ActorGroups}'.
 */
final class Actors extends ScanPart {
    Actors(Scan scan) {
        super(scan);
    }

    /**
     * The actors of a coordinated subject right before a verb ("The US, Russia, and Switzerland met", "la France et
     * l'Allemagne ont condamné"): actor mentions separated by commas and "and"/"et", the last one ending at the verb;
     * empty when the subject is no coordination.
     */
    List<Mention> conjuncts(int a, int verbStart, SpeechLexicon lex) {
        List<Mention> out = new ArrayList<>();
        int k = verbStart - 1;
        // "Chile, Peru and Bolivia have all condemned", "Chile and Peru will jointly send": a floating quantifier
        // ({@code floating} in event-patterns.tsv), an adverb or an auxiliary between the subject and the verb
        EventPatterns p = EventPatterns.of(lex.language());
        while (k > a && !ix.isCapitalised(k) && (p.startsAt(EventPatterns.Role.FLOATING, ix.forms(), k, k + 1)
                || Clauses.adverb(ix.form(k), lex.language()) || lex.is(ix.form(k), Kind.AUX)
                // ("la Norvalie et l'Ostmarkie se sont accusées": a reciprocal or reflexive pronoun before the verb)
                || p.startsAt(EventPatterns.Role.RECIPROCAL, ix.forms(), k, k + 1))) k--;
        boolean qualifier = false;
        int conjunctions = 0;
        while (k >= a) {
            // "Norway, together with Sweden, condemned": a party joined by a phrase of accompaniment between commas
            // "the Chilean and Peruvian governments", "Chile's and Peru's ministers": the states before an agent noun
            if (out.isEmpty()) k = beforeAgentNoun(k, a, lex);
            // "Sudan's army and the RSF", "Somali troops and al-Shabaab fighters": a body or force of a named party
            // (a group noun of actor-nouns.txt after its name, its possessive or its adjective) is that party (ev16)
            k = beforeBodyNoun(k, a, lex);
            if (k >= a && (ix.form(k).equals("'s") || ix.form(k).equals("’s"))) k--;
            int opening = accompanied(k, a, lex);
            if (opening >= 0) {
                out.add(0, actorMention(k - 1));
                k = opening - 1;
                continue;
            }
            Mention m = actorMention(k);
            if (m == null || ix.lastTokenEndingBy(m.end()) != k) break;
            // ("German and Italian activists": a demonym joined to a group's own qualifier is no party of its own)
            if (qualifier && !GroupActors.isGroup(m.entityId())) break;
            out.add(0, m);
            k = ix.firstTokenAtOrAfter(m.start()) - 1;
            // "Peruvian rebels and Bolivian militants": the demonym qualifying a group is part of its phrase
            qualifier = k >= a && GroupActors.isGroup(m.entityId()) && ix.mention(k) != null && ix.type(ix.mention(k)) == EntityType.GPE;
            if (qualifier) k = ix.firstTokenAtOrAfter(ix.mention(k).start()) - 1;
            // "Chile and the government of Peru": a party named through one of its bodies ("the government of")
            if (!qualifier && bodyOf(k, a, lex)) k -= lex.isDeterminer(ix.form(k - 2)) ? 2 : 3;
            // "France, the reluctant Germany and a divided Italy": lower-case modifiers after a determiner or a comma
            // (a person's noun before the name is a title, "la présidente X", no modifier)
            if (ix.type(m) != EntityType.PER) k = beforeModifiers(k, a, lex);
            while (k >= a && lex.isDeterminer(ix.form(k))) k--;
            boolean joined = false, conjunction = false;
            while (k >= a && (ix.form(k).equals(",") || lex.is(ix.form(k), Kind.STOP))) {
                joined = true;
                conjunction |= !ix.form(k).equals(",");
                k--;
            }
            if (!joined) break;
            // "According to Kenya, Spain attacked", "In Kyiv, Hungary accused": the last member of a list is joined by
            // a conjunction; a bare comma before the subject closes a fronted phrase (ev13frames)
            if (out.size() == 1 && !conjunction) break;
            // "near Kiro, and Norvalia and Ostmark blamed": a list has one conjunction, before its last member; a
            // second one opens another clause (ev11acc)
            if (conjunction && conjunctions++ > 0) break;
            while (k >= a && lex.isDeterminer(ix.form(k))) k--;
        }
        Set<String> ids = new HashSet<>();
        for (Mention m : out) ids.add(m.entityId());
        return ids.size() >= 2 ? out : List.of();
    }

    /**
     * Token {@code k}, the last before a verb, moved to the state qualifying the noun phrase it ends ("Peruvian" in
     * "the Chilean and Peruvian governments", "Peru" in "Chile's and Peru's foreign ministers"): at most two plain
     * lower-case words after a state's mention or possessive; {@code k} unchanged otherwise.
     */
    private int beforeAgentNoun(int k, int a, SpeechLexicon lex) {
        int j = k;
        while (j >= a && k - j < 2 && !ix.isPunct(j) && !ix.isCapitalised(j) && ix.mention(j) == null && lex.kindOf(ix.form(j)) == null
                && lex.pronoun(ix.form(j)) == null && Character.isLetter(ix.form(j).charAt(0))) j--;
        if (j == k || j < a) return k;
        int owner = j;
        if (ix.form(j).equals("'s") || ix.form(j).equals("’s")) owner = j - 1;
        Mention m = owner >= a ? actorMention(owner) : null;
        if (m == null || ix.type(m) != EntityType.GPE || ix.lastTokenEndingBy(m.end()) != owner) return k;
        return owner;
    }

    /**
     * Token {@code k} moved to the name owning the body or force noun phrase it ends ("army" in "Sudan's army",
     * "troops" in "Somali troops", "fighters" in "al-Shabaab fighters", "forces" in "Sudan's paramilitary forces"): a
     * group noun of {@code actor-nouns.txt}, at most two state-body modifiers or one other lower-case word before it,
     * then a state, organisation or person's mention or possessive; {@code k} unchanged otherwise.
     */
    private int beforeBodyNoun(int k, int a, SpeechLexicon lex) {
        if (k < a || ix.mention(k) != null || ix.isPunct(k)) return k;
        Optional<EventLexicon> ev = EventLexicon.of(lex.language());
        if (ev.isEmpty()) return k;
        int start = -1;
        for (int s = Math.max(a, k - 1); s <= k && start < 0; s++) {
            Optional<PhraseMatcher.Match<Boolean>> g = ev.get().groups().longestAt(ix.forms(), s, k + 1);
            if (g.isPresent() && g.get().end() == k + 1) start = s;
        }
        if (start < 0) return k;
        Set<String> modifiers = words(lex.language(), "state-body-modifiers.txt");
        int j = start - 1, plain = 0;
        while (j >= a && start - j <= 2 && ix.mention(j) == null && !ix.isCapitalised(j) && Character.isLetter(ix.form(j).charAt(0))
                && lex.kindOf(ix.form(j)) == null && lex.pronoun(ix.form(j)) == null && !lex.isDeterminer(ix.form(j))
                && (modifiers.contains(ix.form(j)) || plain++ == 0)) j--;
        int owner = j >= a && (ix.form(j).equals("'s") || ix.form(j).equals("’s")) ? j - 1 : j;
        Mention m = owner >= a ? actorMention(owner) : null;
        if (m == null || ix.lastTokenEndingBy(m.end()) != owner) return k;
        // (a person's "troops" are the troops of the state the person leads, named elsewhere: only a possessive counts)
        if (ix.type(m) == EntityType.PER && owner == j) return k;
        return j;
    }

    /**
     * When token {@code k} closes ", along with Y," ({@code along} in {@code event-patterns.tsv}: "together with", "as
     * well as") right after a name, the index of the opening comma; -1 otherwise.
     */
    private int accompanied(int k, int a, SpeechLexicon lex) {
        if (k - 1 < a || !ix.form(k).equals(",")) return -1;
        Mention y = actorMention(k - 1);
        if (y == null || ix.lastTokenEndingBy(y.end()) != k - 1) return -1;
        int s = ix.firstTokenAtOrAfter(y.start());
        while (s - 1 >= a && lex.isDeterminer(ix.form(s - 1))) s--;
        EventPatterns p = EventPatterns.of(lex.language());
        if (!p.has(EventPatterns.Role.ALONG)) return -1;
        for (int j = Math.max(a + 1, s - 3); j < s; j++) {
            if (p.endAt(EventPatterns.Role.ALONG, ix.forms(), j, s) == s && ix.form(j - 1).equals(",") && j - 2 >= a
                    && actorMention(j - 2) != null) return j - 1;
        }
        return -1;
    }

    /**
     * Token {@code k} moved before at most two lower-case modifiers of a conjunct that is no person ("the reluctant
     * Germany", "and good Gondor"), when a determiner, a comma or a coordinator precedes them; {@code k} unchanged
     * otherwise.
     */
    private int beforeModifiers(int k, int a, SpeechLexicon lex) {
        int j = k;
        while (j >= a && k - j < 2 && !ix.isPunct(j) && !ix.isCapitalised(j) && ix.mention(j) == null && lex.kindOf(ix.form(j)) == null
                && lex.pronoun(ix.form(j)) == null && Character.isLetter(ix.form(j).charAt(0))) j--;
        if (j == k || j < a) return k;
        String f = ix.form(j);
        return lex.isDeterminer(f) || f.equals(",") || lex.is(f, Kind.STOP) ? j : k;
    }

    /**
     * Whether token {@code k} is the "of" of a determiner and a lower-case noun before a name ("the government of",
     * "the army of", "le gouvernement de"): the name is the party the phrase stands for.
     */
    private boolean bodyOf(int k, int a, SpeechLexicon lex) {
        if (k - 2 < a || !words(lex.language(), "of-prepositions.txt").contains(ix.form(k))) return false;
        int noun = k - 1;
        boolean plain = !ix.isPunct(noun) && !ix.isCapitalised(noun) && lex.kindOf(ix.form(noun)) == null
                && (ix.mention(noun) == null || GroupActors.isGroup(ix.mention(noun).entityId()));
        if (!plain) return false;
        if (lex.isDeterminer(ix.form(k - 2))) return true;
        // "et des combattants du JNIM": an article that is also a contracted "of" ("des", "du") opening the conjunct,
        // right after a comma or a coordinator (ev16)
        String article = ix.form(k - 2);
        return words(lex.language(), "of-prepositions.txt").contains(article) && k - 3 >= a
                && (ix.form(k - 3).equals(",") || lex.is(ix.form(k - 3), Kind.STOP));
    }

    /**
     * The partner a symmetric noun names after "with" ("talks with Z"), when it is none of the coordinated subject's
     * parties {@code pair}; null otherwise.
     */
    Mention partnerOutside(List<Frm> frames, Hit hit, int b, Mention[] pair) {
        Mention partner = mentionAfterFrame(frames, Frame.WITH, hit.start() + 1, Math.min(b, hit.end() + 3));
        if (partner == null) return null;
        for (Mention m : pair) if (m.entityId().equals(partner.entityId())) return null;
        return partner;
    }

    /**
     * "X and Y welcome the resumption of talks with Z", "X and Y signed an agreement with Z": for a symmetric act
     * whose partner follows after "with", each party of the coordinated subject acts with that partner, as PETRARCH
     * codes a compound source; the parties do not act with each other.
     */
    List<Event> eachWithPartner(Event e, Hit hit, int a, int b, SpeechLexicon lex, List<Frm> frames, int verbStart) {
        if (!EventFinder.SYMMETRIC.contains(e.type()) || e.actor2() == null) return List.of();
        Mention[] pair = coordinatedSubject(a, verbStart, lex);
        if (pair == null) return List.of();
        Mention partner = partnerOutside(frames, hit, b, pair);
        if (partner == null) return List.of();
        // ("Ghana, Kenya and Togo agreed ...": every party of a longer list, when the list ends at the verb)
        List<Mention> list = conjuncts(a, verbStart, lex);
        if (list.isEmpty()) list = List.of(pair);
        List<Event> out = new ArrayList<>();
        boolean actorIsParty = false;
        List<EntityRef> parties = new ArrayList<>();
        for (Mention m : list) {
            EntityRef r = seats.resolve(refs.actor(m));
            if (r == null) continue;
            parties.add(r);
            actorIsParty |= r.entity().equals(e.actor1().entity());
        }
        if (!actorIsParty) return List.of();
        for (EntityRef r : parties) {
            if (r.entity().equals(e.actor1().entity()) || r.entity().equals(e.actor2().entity())) continue;
            out.add(new Event(e.type(), e.mode(), r, e.actor2(), e.location(), e.date(), e.negated(), e.evidence()));
        }
        return out;
    }

    /**
     * The events a coordinated subject adds to the event of its verb, as PLOVER codes each party: every pair of
     * parties for a meeting, agreement or cooperation ("The US, Russia, and Switzerland met": three meetings), each
     * party with the same target for other acts ("France and Germany condemned Iran": two accusations), only when
     * that target is named; a symmetric act with a partner outside the parties ("Chile and Peru visited Bolivia") is
     * each party's with that partner. Nothing when the event's first actor is not one of the parties.
     */
    List<Event> coordinated(Event e, List<Mention> parties) {
        if (parties.isEmpty()) return List.of();
        List<EntityRef> refsOf = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Mention m : parties) {
            EntityRef r = seats.resolve(refs.actor(m));
            if (r != null && seen.add(r.entity())) refsOf.add(r);
        }
        if (!seen.contains(e.actor1().entity())) return List.of();
        List<Event> out = new ArrayList<>();
        if (EventFinder.SYMMETRIC.contains(e.type()) && (e.actor2() == null || seen.contains(e.actor2().entity()))) {
            for (int i = 0; i < refsOf.size(); i++) {
                for (int j = i + 1; j < refsOf.size(); j++) {
                    EntityRef x = refsOf.get(i), y = refsOf.get(j);
                    if (samePair(e, x, y)) continue;
                    out.add(new Event(e.type(), e.mode(), x, y, e.location(), e.date(), e.negated(), e.evidence()));
                }
            }
            return out;
        }
        // without a target the parties may act on one another ("Korvan et Miravel se rejettent la responsabilité")
        if (e.actor2() == null) return out;
        for (EntityRef x : refsOf) {
            if (x.entity().equals(e.actor1().entity()) || e.actor2() != null && x.entity().equals(e.actor2().entity())) continue;
            out.add(new Event(e.type(), e.mode(), x, e.actor2(), e.location(), e.date(), e.negated(), e.evidence()));
        }
        return out;
    }

    /**
     * The other parties of a coordinated object ("condemned Chile, Peru and Bolivia", "ties with Chile and Peru"): the
     * actor mentions joined to the event's second actor by commas and a final "and", right after it in the clause
     * {@code [from, b)}, each the target of one more event of the same type by the same actor, as PETRARCH and PLOVER
     * code each party of a compound target. A list without the final "and" is an apposition ("met Ruto, Kenya's
     * president"), a name followed by a possessive qualifies the next noun, a list after the "between" of a mediation
     * is the mediation rules' own, and a name followed by an auxiliary or
     * a trigger is the subject of a clause of its own ("accused Chile and Peru has denied it"): none adds a party.
     */
    List<Event> objectConjuncts(Event e, int from, int b, SpeechLexicon lex, List<Hit> hits, List<Frm> frames) {
        if (e.actor2() == null) return List.of();
        int start = -1, prep = -1;
        for (int k = from; k < b; k++) {
            Mention m = actorMention(k);
            if (m == null || ix.lastTokenEndingBy(m.end()) != k) continue;
            EntityRef r = seats.resolve(refs.actor(m));
            if (m.entityId().equals(e.actor2().entity()) || r != null && r.entity().equals(e.actor2().entity())) {
                // ("mediated between X and Y": a mediator meets the parties as the mediation rules read them)
                int first = ix.firstTokenAtOrAfter(m.start());
                while (first - 1 >= from && lex.isDeterminer(ix.form(first - 1))) first--;
                boolean mediation = false;
                for (Hit h : hits) mediation |= h.start() < first && EventFinder.MEDIATE.equals(h.trigger().mode());
                if (mediation && first - 1 >= 0 && startsFrame(frames, Frame.BETWEEN, first - 1)) return List.of();
                start = k + 1;
                prep = first - 1 >= from ? first - 1 : -1;
                for (Hit h : hits) if (h.start() <= prep && prep < h.end()) prep = -1;
                break;
            }
        }
        if (start < 0) return List.of();
        List<Event> out = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(e.actor1().entity(), e.actor2().entity()));
        for (EntityRef r : listAfter(start, b, lex, hits, prep)) {
            if (!seen.add(r.entity())) continue;
            out.add(new Event(e.type(), e.mode(), e.actor1(), r, e.location(), e.date(), e.negated(), e.evidence()));
        }
        return out;
    }

    /**
     * The parties of a list continuing a name that ends right before token {@code start}: actor mentions joined by
     * commas and a final "and"; empty without the final "and" (an apposition), after a possessive, or when the last
     * one opens a clause of its own (an auxiliary or a trigger next).
     */
    private List<EntityRef> listAfter(int start, int b, SpeechLexicon lex, List<Hit> hits, int prep) {
        return listAfter(start, b, lex, hits, prep, false);
    }

    /**
     * "an accord signed by Chile and Peru", "l'accord signé par le Chili et le Pérou": the parties of a coordinated
     * agent right after the participle of a symmetric act, first the agent named after "by", then the others; empty
     * when the agent is alone. A reduced relative ends before the main verb, which may follow the last party
     * (ev15cues).
     */
    List<EntityRef> coordinatedAgent(Hit hit, int b, SpeechLexicon lex, List<Frm> frames) {
        Mention agent = mentionAfterFrame(frames, Frame.BY, hit.end(), Math.min(b, hit.end() + 1));
        if (agent == null) return List.of();
        EntityRef first = seats.resolve(refs.actor(agent));
        if (first == null) return List.of();
        List<EntityRef> out = new ArrayList<>(List.of(first));
        for (EntityRef r : listAfter(ix.lastTokenEndingBy(agent.end()) + 1, b, lex, List.of(), -1, true)) {
            if (out.stream().noneMatch(o -> o.entity().equals(r.entity()))) out.add(r);
        }
        return out.size() < 2 ? List.of() : out;
    }

    private List<EntityRef> listAfter(int start, int b, SpeechLexicon lex, List<Hit> hits, int prep, boolean clauseMayFollow) {
        List<EntityRef> parties = new ArrayList<>();
        boolean closed = false;
        int k = start;
        while (k < b && !closed) {
            boolean and = false, comma = false;
            while (k < b && (ix.form(k).equals(",") || lex.is(ix.form(k), Kind.STOP))) {
                if (ix.form(k).equals(",")) comma = true;
                else and = true;
                k++;
            }
            if (!and && !comma) break;
            // "sanctions on Chile and on Peru", "à l'Ukraine et à l'Argentine", "du Chili et de la Bolivie": the
            // object's preposition repeated before each member (ev13frames)
            if (k < b && prep >= 0 && !ix.isCapitalised(prep) && !ix.isPunct(prep) && (ix.form(k).equals(ix.form(prep))
                    || listed(k, "of-prepositions.txt") && listed(prep, "of-prepositions.txt"))) k++;
            while (k < b && lex.isDeterminer(ix.form(k))) k++;
            Mention m = k < b ? actorMention(k) : null;
            if (m == null || ix.firstTokenAtOrAfter(m.start()) != k) break;
            int last = ix.lastTokenEndingBy(m.end());
            if (last + 1 < b && (ix.form(last + 1).equals("'s") || ix.form(last + 1).equals("’s"))) break;
            EntityRef r = seats.resolve(refs.actor(m));
            if (r != null) parties.add(r);
            closed = and;
            k = last + 1;
        }
        if (!closed) return List.of();
        if (k < b && lex.is(ix.form(k), Kind.AUX) && !clauseMayFollow) return List.of();
        // ("and Bolivia rejected the charge": a verb trigger; "threatened X and Y with sanctions": a noun is no clause)
        for (Hit h : hits) if (h.start() >= k && h.start() <= k + 1 && !h.trigger().noun()) return List.of();
        return parties;
    }

    /**
     * "was accused by Peru and Bolivia": the other parties of a coordinated agent of a passive act too, each on the
     * passive's subject, as for a coordinated subject of an active verb.
     */
    List<Event> agentConjuncts(Event e, int from, int b, SpeechLexicon lex, List<Hit> hits, List<Frm> frames) {
        if (e.actor2() == null) return List.of();
        // the agent of the trigger's own participle, right after it ("accused by"), not of a later one ("disputed by")
        Mention agent = mentionAfterFrame(frames, Frame.BY, from, Math.min(b, from + 1));
        if (agent == null) return List.of();
        EntityRef first = seats.resolve(refs.actor(agent));
        if (!agent.entityId().equals(e.actor1().entity()) && (first == null || !first.entity().equals(e.actor1().entity()))) return List.of();
        List<Event> out = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(e.actor1().entity(), e.actor2().entity()));
        for (EntityRef r : listAfter(ix.lastTokenEndingBy(agent.end()) + 1, b, lex, hits, -1)) {
            if (!seen.add(r.entity())) continue;
            out.add(new Event(e.type(), e.mode(), r, e.actor2(), e.location(), e.date(), e.negated(), e.evidence()));
        }
        return out;
    }

    /**
     * "Chile and Peru were condemned by Bolivia": when the second actor, not the first, is a party of the coordinated
     * subject (the subject of a passive), each other party is acted upon too.
     */
    List<Event> passiveSubjects(Event e, List<Mention> parties) {
        if (parties.isEmpty() || e.actor2() == null || EventFinder.SYMMETRIC.contains(e.type())) return List.of();
        List<EntityRef> refsOf = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Mention m : parties) {
            EntityRef r = seats.resolve(refs.actor(m));
            if (r != null && ids.add(r.entity())) refsOf.add(r);
        }
        if (!ids.contains(e.actor2().entity()) || ids.contains(e.actor1().entity())) return List.of();
        List<Event> out = new ArrayList<>();
        for (EntityRef r : refsOf) {
            if (r.entity().equals(e.actor2().entity())) continue;
            out.add(new Event(e.type(), e.mode(), e.actor1(), r, e.location(), e.date(), e.negated(), e.evidence()));
        }
        return out;
    }

    /**
     * "Chile and Peru accused each other": a reciprocal object ({@code reciprocal} in {@code event-patterns.tsv}) right
     * after the trigger of a coordinated subject makes each party act on each other one, both ways, for acts that
     * are not symmetric already (meetings and agreements pair their parties elsewhere).
     */
    private static final Set<EventType> HOSTILE_RECIPROCAL = EnumSet.of(EventType.ACCUSE, EventType.REJECT, EventType.THREATEN, EventType.ASSAULT);

    List<Event> reciprocal(Event e, Hit hit, int b, SpeechLexicon lex, List<Mention> parties) {
        if (parties.isEmpty() || EventFinder.SYMMETRIC.contains(e.type())) return List.of();
        EventPatterns p = EventPatterns.of(lex.language());
        if (!p.has(EventPatterns.Role.RECIPROCAL)) return List.of();
        boolean found = false;
        for (int k = hit.end(); k < Math.min(b, hit.end() + 3) && !found; k++) found = p.startsAt(EventPatterns.Role.RECIPROCAL, ix.forms(), k, b);
        // "se rejettent la responsabilité", "se sont mutuellement accusés": a reciprocal pronoun or adverb before or
        // opening a hostile verb (not "se sont retirés", where the pronoun is reflexive) (ev11acc)
        if (HOSTILE_RECIPROCAL.contains(e.type())) {
            for (int k = Math.max(0, hit.start() - 3); k <= hit.start() && !found; k++) found = p.startsAt(EventPatterns.Role.RECIPROCAL, ix.forms(), k, b);
        }
        // "Armenia and Azerbaijan clashed": a verb of mutual force, aimed at a member of its own subject
        boolean mutual = !found && !hit.trigger().noun() && mutualForce(hit) && e.actor2() != null;
        if (!found && !mutual) return List.of();
        List<EntityRef> refsOf = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Mention m : parties) {
            EntityRef r = seats.resolve(refs.actor(m));
            // (a city the text ties to no state is no party one can pair: whose side it speaks for is unknown)
            if (seats.unresolvedCity(r)) return List.of();
            if (r != null && ids.add(r.entity())) refsOf.add(r);
        }
        if (!ids.contains(e.actor1().entity()) || refsOf.size() < 2) return List.of();
        if (mutual && !ids.contains(e.actor2().entity())) return List.of();
        List<Event> out = new ArrayList<>();
        for (EntityRef x : refsOf) {
            for (EntityRef y : refsOf) {
                if (!x.entity().equals(y.entity())) out.add(new Event(e.type(), e.mode(), x, y, e.location(), e.date(), e.negated(), e.evidence()));
            }
        }
        return out;
    }

    /** Whether the trigger is a verb or noun of force two sides do to each other ({@code mutual-force.txt}). */
    boolean mutualForce(Hit hit) {
        for (int k = hit.start(); k < hit.end(); k++) if (listed(k, "mutual-force.txt")) return true;
        return false;
    }

    /**
     * "Chile and Peru clashed in the final", "les candidats se sont affrontés lors d'un débat": a word of mutual force
     * in a sentence about a game or a debate ({@code contest-words.txt}) names a contest, not fighting.
     */
    boolean contest(Hit hit, int a, int b) {
        if (!mutualForce(hit)) return false;
        for (int k = a; k < b; k++) if (listed(k, "contest-words.txt")) return true;
        return false;
    }

    /** "Clashes between X and Y", "des combats entre X et Y": a noun of mutual force is the other side's act too. */
    Optional<Event> returned(Event e, Hit hit) {
        if (!hit.trigger().noun() || e.actor2() == null || !mutualForce(hit) || seats.unresolvedCity(e.actor2())) return Optional.empty();
        return Optional.of(new Event(e.type(), e.mode(), e.actor2(), e.actor1(), e.location(), e.date(), e.negated(), e.evidence()));
    }

    /**
     * "Armenia and Azerbaijan clashed on the border", "l'Arménie et l'Azerbaïdjan se sont affrontés": with no one else
     * named, a verb of mutual force whose subject is coordinated is aimed at the other member ({@link #reciprocal}
     * then adds the other direction).
     */
    EntityRef mutualPartner(Hit hit, int a, int verbStart, SpeechLexicon lex, EntityRef actor1) {
        if (hit.trigger().noun() || !mutualForce(hit)) return null;
        for (Mention m : conjuncts(a, verbStart, lex)) {
            EntityRef r = seats.resolve(refs.actor(m));
            if (r != null && !seats.unresolvedCity(r) && !r.entity().equals(actor1.entity())) return r;
        }
        return null;
    }

    static boolean samePair(Event e, EntityRef x, EntityRef y) {
        String a1 = e.actor1().entity(), a2 = entity(e.actor2());
        return a1.equals(x.entity()) && y.entity().equals(a2) || a1.equals(y.entity()) && x.entity().equals(a2);
    }

    /**
     * For a noun trigger heading the agent of a passive ("was demolished by a Ukrainian protestor"), the state or
     * organisation of the passive's subject, other than {@code actor}; null when the noun is no such agent.
     */
    EntityRef passiveSubjectForAgent(Hit hit, int a, SpeechLexicon lex, List<Frm> frames, EntityRef actor) {
        int by = -1;
        for (int k = hit.start() - 1; k >= a && k >= hit.start() - 4; k--) {
            if (startsFrame(frames, Frame.BY, k)) {
                by = k;
                break;
            }
            if (ix.isPunct(k) || ix.mention(k) == null && (ix.isCapitalised(k) || lex.kindOf(ix.form(k)) != null && !lex.isDeterminer(ix.form(k)))) return null;
        }
        if (by - 1 <= a || !hasFrame(frames, Frame.PASSIVE, Math.max(a, by - 3), by - 1)) return null;
        int vs = by - 1;
        while (vs > a && (startsFrame(frames, Frame.PASSIVE, vs - 1) || startsFrame(frames, Frame.AUX, vs - 1)
                || lex.is(ix.form(vs - 1), Kind.AUX))) vs--;
        Referent subject = subjectOf(vs, a);
        EntityRef target = subject == null ? null : subject.ref();
        if (target == null) {
            for (int k = scan.clauses.clauseStart(vs, a, lex); k < vs && target == null; k++) {
                Mention m = actorMention(k);
                if (m != null && ix.type(m) != EntityType.PER) target = refs.actor(m);
            }
        }
        return target == null || target.entity().equals(actor.entity()) ? null : target;
    }

    /**
     * The subject before a verb; an acronym in brackets right before it ("L'Organisation du traité ... (OTBC) a
     * appelé") or a phrase between commas right after a name ("Norway, angry with Sweden, condemned") is an aside,
     * the subject is before it.
     */
    Referent subjectOf(int verbStart, int a) {
        // "It then condemned", "he has also sent": adverbs (and an auxiliary before them) between a subject pronoun and
        // the verb belong to the verb group (ev13frames)
        SpeechLexicon lexicon = refs.lexiconAt(verbStart);
        if (lexicon != null && verbStart - 1 > a && Clauses.adverb(ix.form(verbStart - 1), lexicon.language())) {
            int vs = verbStart;
            while (vs - 1 > a && (Clauses.adverb(ix.form(vs - 1), lexicon.language()) || lexicon.is(ix.form(vs - 1), Kind.AUX))) vs--;
            if (vs - 1 >= a && lexicon.pronoun(ix.form(vs - 1)) != null) verbStart = vs;
        }
        Referent r = refs.subjectBefore(verbStart, a, true);
        // "Norway, angry with Sweden, condemned", "Norway, together with Sweden, condemned": a phrase between commas
        // right after a name is an aside; the subject is the name before it
        if (verbStart - 1 > a && ix.form(verbStart - 1).equals(",")) {
            for (int k = verbStart - 2; k > a && k >= verbStart - 8; k--) {
                if (!ix.form(k).equals(",")) continue;
                Mention before = actorMention(k - 1);
                if (before != null && ix.lastTokenEndingBy(before.end()) == k - 1) {
                    Referent outer = refs.subjectBefore(k, a, true);
                    if (outer != null) return outer;
                }
                break;
            }
        }
        if (r != null || verbStart - 1 <= a || !ix.form(verbStart - 1).equals(")")) return r;
        for (int k = verbStart - 2; k > a && k >= verbStart - 8; k--) {
            if (ix.form(k).equals("(")) return refs.subjectBefore(k, a, true);
        }
        return null;
    }

    EntityRef personBefore(int tok, int a, EntityRef not) {
        SpeechLexicon lex = refs.lexiconAt(tok);
        for (int k = tok - 1; k >= a && (lex == null || !lex.is(ix.form(k), Kind.THAT)); k--) {
            Mention m = ix.mention(k);
            if (m != null && !quoted.get(k) && ix.type(m) == EntityType.PER && !m.entityId().equals(not.entity())) return refs.actor(m);
        }
        return null;
    }

    /** PLOVER modes whose place after a locative preposition is the party acted with: visits, envoys recalled. */
    private static final Set<String> PLACE_IS_TARGET = Set.of("visit", "withdraw");

    /** Acts aimed at someone: a state after "at"/"à" is the target ("fired at Russia"), not the place. */
    private static final Set<EventType> TARGETED = EnumSet.of(EventType.ASSAULT, EventType.THREATEN, EventType.ACCUSE);

    /**
     * The actor a nominal trigger names itself: a place adjective right after or before it ("les manœuvres
     * valdoriennes", "Lessarian fire") or a complement "de X" / "of X" ("le déploiement de soldats valdoriens").
     */
    Mention nounActor(Hit hit, int a, int b, SpeechLexicon lex) {
        if (hit.end() < b) {
            Mention right = actorMention(hit.end());
            if (right != null) return right;
            if (lex.is(ix.form(hit.end()), Kind.LINK)) {
                for (int k = hit.end() + 1; k < b && k <= hit.end() + 4; k++) {
                    Mention m = actorMention(k);
                    if (m != null) return m;
                    Kind kind = lex.kindOf(ix.form(k));
                    // "le retrait de ses troupes de Syrie": a possessive points back to the subject, and a second
                    // "de" opens a complement of the complement (where from), not its owner
                    if (lex.is(ix.form(k), Kind.POSS) || lex.is(ix.form(k), Kind.LINK) && ix.mention(k) == null) break;
                    // "the deployment of troops to Iraq": "to" ends the complement, what follows is where
                    if (ix.isPunct(k) || kind == Kind.PREP || kind == Kind.THAT || kind == Kind.REL || kind != null && kind.isVerb()
                            || lex.marksInfinitive(ix.form(k))) break;
                }
            }
        }
        if (hit.start() > a) {
            Mention left = actorMention(hit.start() - 1);
            if (left != null && ix.type(left) != EntityType.PER) return left;
        }
        return null;
    }

    /**
     * The named owner of a noun trigger in a possessive ("Lessaria's request", "Russia's latest offensive"): an
     * actor followed by "'s", at most two words before the noun; null when there is none.
     */
    Mention possessor(Hit hit, int a) {
        for (int k = hit.start() - 1; k >= a && k >= hit.start() - 3; k--) {
            String f = ix.form(k);
            if (ix.isPunct(k) && !f.equals("'") && !f.equals("’")) return null;
            int owner = -1;
            if (f.equals("'s") || f.equals("’s")) owner = k - 1;
            else if (f.equals("s") && k - 1 >= a && (ix.form(k - 1).equals("'") || ix.form(k - 1).equals("’"))) owner = k - 2;
            else if ((f.endsWith("'s") || f.endsWith("’s")) && actorMention(k) != null) return actorMention(k);
            if (owner >= a) return actorMention(owner);
            if (owner >= 0) return null;
        }
        return null;
    }

    /** The speaker of the reported clause a trigger sits in: the subject of the verb before the first "que"/"that". */
    EntityRef reportingSpeaker(Hit hit, int a, SpeechLexicon lex) {
        int that = -1;
        for (int k = a; k < hit.start(); k++) {
            if (lex.is(ix.form(k), Kind.THAT)) {
                that = k;
                break;
            }
        }
        for (int v = that - 1; v >= a && that > a; v--) {
            Kind k = lex.kindOf(ix.form(v));
            if (k != null && k.isVerb()) {
                int vs = v;
                while (vs > a && lex.is(ix.form(vs - 1), Kind.AUX)) vs--;
                Referent speaker = refs.subjectBefore(vs, a);
                return speaker == null ? null : speaker.ref();
            }
        }
        return null;
    }

    /** "X a déclaré qu'il/elle ...": a pronoun opening reported content stands for the speaker. */
    EntityRef reportedSubject(Referent subject, int verbStart, int a, SpeechLexicon lex) {
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

    /**
     * The first verb of the coordination a verb trigger continues, whose subject it shares: a verb after a
     * coordinating conjunction ({@code conjunctions.txt}: "and", "or", "but"; auxiliaries and adverbs between) has
     * no subject of its own ("Rebels shelled the port and seized two ships"), so its actor is that of the nearest
     * earlier act of the same clause, a verb trigger or a noun trigger of a support verb ("launched an attack on X
     * and seized"), back through a list joined by commas ("shelled X, stormed Y and seized Z"). Null when the verb
     * has its own subject, when no such act precedes it, or when a complementiser, a relative, a quote or a clause
     * stop stands between (the earlier act is then in another clause: "said that ... and seized" has the subject of
     * the reported clause, never the speaker).
     */
    Hit coordinationHead(Hit hit, int verbStart, int a, SpeechLexicon lex, List<Hit> hits, List<Frm> frames) {
        if (hit.trigger().noun()) return null;
        int k = verbStart - 1;
        while (k > a && (Clauses.adverb(ix.form(k), lex.language()) || lex.is(ix.form(k), Kind.AUX))) k--;
        if (k <= a) return null;
        // "bombed X, shelled Y and seized Z": a verb after a comma is a member of a list of predicates when the list
        // closes with a conjunction and a verb of no subject of its own
        boolean listed = listed(k, "conjunctions.txt") || ix.form(k).equals(",") && closesPredicateList(hit, lex, hits);
        if (!listed) return null;
        Hit head = earlierAct(k, a, lex, hits, frames);
        while (head != null) {
            int j = head.start() - 1;
            while (j > a && (Clauses.adverb(ix.form(j), lex.language()) || lex.is(ix.form(j), Kind.AUX))) j--;
            if (j <= a || !ix.form(j).equals(",")) break;
            Hit before = earlierAct(j, a, lex, hits, frames);
            if (before == null) break;
            head = before;
        }
        return head;
    }

    /**
     * Whether a conjunction followed by a verb trigger (auxiliaries and adverbs between) comes after {@code hit} in
     * its clause, before any complementiser, relative, quote or clause stop: the last member of a list of predicates.
     */
    private boolean closesPredicateList(Hit hit, SpeechLexicon lex, List<Hit> hits) {
        int b = ix.sentenceEnd(ix.sentenceOf(hit.start()));
        for (int k = hit.end(); k < b && !clauseStop(k) && !quoted.get(k); k++) {
            String f = ix.form(k);
            if (lex.is(f, Kind.THAT) || lex.is(f, Kind.REL)) return false;
            if (!listed(k, "conjunctions.txt")) continue;
            int j = k + 1;
            while (j < b && (Clauses.adverb(ix.form(j), lex.language()) || lex.is(ix.form(j), Kind.AUX))) j++;
            for (Hit h : hits) if (h.start() == j && !h.trigger().noun()) return true;
        }
        return false;
    }

    /**
     * The nearest act ending before token {@code k} in the same clause: a verb trigger, a trigger right after an
     * auxiliary, or a noun trigger whose support verb is in that clause; null past a complementiser, a relative, a quote or a clause stop.
     */
    private Hit earlierAct(int k, int a, SpeechLexicon lex, List<Hit> hits, List<Frm> frames) {
        int from = k;
        while (from > a && !clauseStop(from - 1) && !lex.is(ix.form(from - 1), Kind.THAT) && !lex.is(ix.form(from - 1), Kind.REL)
                && !quoted.get(from - 1)) from--;
        Hit best = null;
        for (Hit h : hits) {
            if (h.end() > k || h.start() < from) continue;
            // ("a attaqué le port": a form read as a noun right after an auxiliary is the verb's participle)
            boolean act = !h.trigger().noun() || scan.clauses.supportVerb(frames, h, from, lex) >= from
                    || h.start() > from && lex.is(ix.form(h.start() - 1), Kind.AUX);
            if (act && (best == null || h.start() > best.start())) best = h;
        }
        return best;
    }

    /**
     * "La Valdorie et la Lessarie sont convenues", "MM. Saldanov et Vasko ont accepté": the last two actors joined by
     * "et"/"and" before the trigger, outside prepositional phrases, names preferred to adjectives; persons in
     * apposition to their titles ("the Spanish prime minister, Pedro Sánchez, and the Moroccan king, Mohammed VI,
     * met") are the members.
     */
    Mention[] coordinatedSubject(int a, int verbStart, SpeechLexicon lex) {
        Mention[] found = null;
        for (int k = a; k < verbStart; k++) {
            if (lex.is(ix.form(k), Kind.THAT)) found = null;
            Mention first = actorMention(k);
            if (first == null || k > a && ix.token(k).start() > first.start()) continue;
            int j = afterStateBody(k, ix.firstTokenAtOrAfter(first.end()), verbStart, lex);
            // "the Spanish prime minister, Pedro Sánchez, and ...": the comma closing a person's apposition
            boolean apposed = ix.type(first) == EntityType.PER && j + 1 < verbStart && ix.form(j).equals(",");
            if (apposed) j++;
            if (j >= verbStart || !lex.is(ix.form(j), Kind.STOP)) continue;
            j++;
            while (j < verbStart && lex.isDeterminer(ix.form(j))) j++;
            Mention second = j < verbStart ? actorMention(j) : null;
            // "... and the Moroccan king, Mohammed VI, met": a person in apposition to the second member's title
            Mention titled = j < verbStart && (second == null || ix.type(second) != EntityType.PER) ? personInPhrase(j, verbStart, lex) : null;
            if (titled != null && titled.start() > ix.token(j).start()) second = titled;
            if (apposed && (second == null || ix.type(second) != EntityType.PER)) continue;
            if (second == null || second.entityId().equals(first.entityId()) || precededByPrep(k, a, lex)) continue;
            if (found == null || !isAdjective(k) || isAdjective(ix.firstTokenAtOrAfter(found[0].start()))) {
                found = new Mention[]{first, second};
            }
        }
        return found;
    }

    /**
     * "the Sudanese army and the RSF", "Sudanese Armed Forces and ...": after a state named by its adjective, the
     * words of one of its bodies (state-body modifiers, then a group noun of actor-nouns.txt) stand for the state;
     * the token after them, else {@code j}.
     */
    private int afterStateBody(int k, int j, int limit, SpeechLexicon lex) {
        if (!scan.groups.isStateAdjective(k)) return j;
        Optional<EventLexicon> ev = EventLexicon.of(lex.language());
        if (ev.isEmpty()) return j;
        Set<String> modifiers = words(lex.language(), "state-body-modifiers.txt");
        int x = j;
        while (x < limit && x < j + 2 && modifiers.contains(ix.form(x))) x++;
        if (x >= limit) return j;
        return ev.get().groups().longestAt(ix.forms(), x, limit).map(PhraseMatcher.Match::end).orElse(j);
    }

    private boolean precededByPrep(int k, int a, SpeechLexicon lex) {
        int j = k - 1;
        while (j >= a && lex.isDeterminer(ix.form(j))) j--;
        if (j < a) return false;
        Kind kind = lex.kindAt(ix, j);
        return kind == Kind.PREP || kind == Kind.SOURCE;
    }

    /**
     * "entre X et Y", "between X and Y" shortly after the trigger (anywhere before a noun trigger); from
     * {@code clauseFrom} on, only in the trigger's clause ("des tirs près de Dravnik, ... la crise entre X et Y"
     * names the parties to the crisis, not to the shooting); never the sides of a topic noun that is not the cue
     * ({@code between-topics.txt}: "the border between X and Y").
     */
    Mention[] between(List<Frm> frames, Hit hit, int from, int to, int clauseFrom, SpeechLexicon lex) {
        for (Frm f : frames) {
            if (f.word().frame() != Frame.BETWEEN || f.start() < from || f.start() >= to) continue;
            if (f.start() >= clauseFrom && punctuationBetween(clauseFrom, f.start())) continue;
            // "to discuss tension on the border between X and Y": the sides of a topic, unless the topic is the cue
            int topic = f.start() - 1;
            if (topic >= 0 && (topic < hit.start() || topic >= hit.end()) && listed(topic, "between-topics.txt")) continue;
            Mention first = null;
            for (int k = f.end(); k < to + 8 && k < ix.size(); k++) {
                Mention m = actorMention(k);
                if (m == null) continue;
                if (ix.type(m) != EntityType.PER) {
                    Mention person = personInPhrase(ix.firstTokenAtOrAfter(m.end()), Math.min(ix.size(), k + 7), lex);
                    if (person != null) m = person;
                }
                if (first == null) {
                    first = m;
                    k = Math.max(k, ix.firstTokenAtOrAfter(m.end()) - 1);
                } else if (!m.entityId().equals(first.entityId())) {
                    return new Mention[]{first, m};
                }
            }
        }
        return null;
    }

    /**
     * The second actor: for a meeting, the partner after "avec"/"with" or the other person named before the trigger;
     * otherwise the first actor named after the trigger in its clause, places after a locative preposition excepted.
     */
    EntityRef object(Hit hit, int b, SpeechLexicon lex, List<Frm> frames, List<Hit> hits, EntityRef actor1, int a) {
        int end = b;
        for (Hit other : hits) if (other.start() >= hit.end() && other.start() < end && !other.trigger().noun()) end = other.start();
        if (hit.trigger().type() == EventType.CONSULT) {
            for (Frm f : frames) {
                if (f.word().frame() != Frame.WITH || f.start() < hit.end() || f.start() >= Math.min(end, hit.end() + 10)) continue;
                Mention person = personInPhrase(f.end(), Math.min(b, f.end() + 12), lex);
                Mention partner = person != null ? person : mentionAfterFrame(frames, Frame.WITH, f.start(), f.start() + 1);
                if (partner != null && !partner.entityId().equals(actor1.entity())) return refs.actor(partner);
            }
        }
        boolean release = "release".equals(hit.trigger().mode());
        if (hit.trigger().type() == EventType.MOBILIZE || hit.trigger().type() == EventType.RETREAT && !release) {
            // the target of a deployment is a party named as such ("near its border with Lessaria"), not a place; a
            // withdrawal only leaves a place ("from the frontier with X": where it happened, as the team codes it), and
            // a partner in a later clause ("following negotiations with Y") is no party to either; an exchange is made with its
            // partner ("exchanged prisoners with X")
            if (hit.trigger().type() == EventType.RETREAT && !"exchange".equals(hit.trigger().mode())) return null;
            int background = end;
            for (Frm f : frames) if (f.word().frame() == Frame.BACKGROUND && f.start() >= hit.end()) background = Math.min(background, f.start());
            for (Frm f : frames) {
                if (f.word().frame() != Frame.WITH || f.start() < hit.end() || f.start() >= background) continue;
                int k = f.end();
                while (k < end && lex.isDeterminer(ix.form(k))) k++;
                Mention with = k < end ? actorMention(k) : null;
                if (with != null && !with.entityId().equals(actor1.entity())) return refs.actor(with);
            }
            return null;
        }
        if (hit.trigger().type() == EventType.CONSULT && hit.trigger().noun() && scan.clauses.embedded(hit, a, lex)) {
            // "a assuré X ... lors d'un entretien téléphonique": the partner is the person the clause is about
            return personBefore(hit.start(), a, actor1);
        }
        int limit = Math.min(end, hit.end() + 24);
        int from = hit.end();
        // "urged that X ...", "alleged that X had ...": the addressee or the accused opens the clause
        boolean clauseTarget = hit.trigger().type() == EventType.REQUEST || hit.trigger().type() == EventType.ACCUSE;
        if (clauseTarget) from = scan.clauses.afterThat(from, Math.min(b, from + 4), lex);
        for (int k = from; k < limit; k++) {
            if (quoted.get(k)) continue;
            String f = ix.form(k);
            if (f.equals(";") || f.equals(":") || f.equals(".") || lex.is(f, Kind.THAT) || lex.is(f, Kind.REL)) break;
            if (f.equals(",") && k > hit.end() + 1 || startsFrame(frames, Frame.BACKGROUND, k)) break;
            if (opensCoordinatedClause(k, limit, lex, hits)) break;
            Mention m = actorMention(k);
            EntityRef unmarkedState = m == null ? scan.groups.unmarkedStateGroup(k, b, lex) : null;
            if (unmarkedState != null && !unmarkedState.entity().equals(actor1.entity())) return unmarkedState;
            if (m == null || m.entityId().equals(actor1.entity())) continue;
            // "a demandé des détails à Korvan": the one asked follows "à" as a place would
            boolean aimed = (TARGETED.contains(hit.trigger().type()) || hit.trigger().type() == EventType.REQUEST && !hit.trigger().noun())
                    && !locative(frames, k, "near");
            // "s'est rendu en Égypte", "une visite en Inde": the place a visitor goes to is the one visited, as
            // "traveled to Egypt"; "a rappelé son ambassadeur en Algérie": the state the envoy was posted to
            boolean visited = PLACE_IS_TARGET.contains(String.valueOf(hit.trigger().mode())) && !locative(frames, k, "near");
            // "to protest at Uganda's new tariffs": a state owning what the purpose of a protest is aimed at is the
            // one protested against, not where the protest happens ("in Uganda's capital" stays a place)
            boolean owner = VerbalConflictRules.protestVerb(frames, hit) && ownsNonPlace(m, limit);
            if (locative(frames, k, null) && ix.type(m) != EntityType.PER && !isAdjective(k) && !aimed && !visited && !owner) continue;
            if (afterFrame(frames, Frame.BY, k) && scan.clauses.byRightAfter(frames, hit)) continue;
            // "complained to the United Nations over Israeli raids": the one told of a grievance is not the accused
            if (hit.trigger().type() == EventType.ACCUSE && afterFrame(frames, Frame.INFINITIVE, k)) {
                k = Math.max(k, ix.firstTokenAtOrAfter(m.end()) - 1);
                continue;
            }
            if (ix.type(m) != EntityType.PER) {
                Mention person = personInPhrase(ix.firstTokenAtOrAfter(m.end()), Math.min(limit, k + 7), lex);
                if (person != null && !person.entityId().equals(actor1.entity())) return refs.actor(person);
            }
            return refs.actor(m);
        }
        if (hit.trigger().type() == EventType.CONSULT || hit.trigger().type() == EventType.SUPPORT) {
            for (int k = hit.start() - 1; k >= a && !lex.is(ix.form(k), Kind.THAT); k--) {
                Mention m = ix.mention(k);
                if (m != null && !quoted.get(k) && ix.type(m) == EntityType.PER && !m.entityId().equals(actor1.entity())) {
                    return refs.actor(m);
                }
            }
        }
        return null;
    }

    /**
     * Whether token {@code k} is a coordinating conjunction ({@code conjunctions.txt}) opening a clause of its own: a
     * subject (an actor's name or a subject pronoun, determiners before it) followed by an auxiliary, a speech verb
     * or a verb trigger ("shelled the port and Peru seized two ships", "a bombardé le port et le Pérou a saisi"). The
     * name there is that clause's subject, not the object of the verb before the conjunction.
     */
    boolean opensCoordinatedClause(int k, int to, SpeechLexicon lex, List<Hit> hits) {
        if (!listed(k, "conjunctions.txt")) return false;
        int j = k + 1;
        while (j < to && lex.isDeterminer(ix.form(j))) j++;
        if (j >= to) return false;
        int next;
        Mention m = actorMention(j);
        SpeechLexicon.Pronoun pronoun = lex.pronoun(ix.form(j));
        if (m != null && ix.firstTokenAtOrAfter(m.start()) == j) next = ix.firstTokenAtOrAfter(m.end());
        else if (pronoun != null && pronoun.subject()) next = j + 1;
        else return false;
        if (next >= ix.size() || next >= to + 4) return false;
        String f = ix.form(next);
        Kind kind = lex.kindOf(f);
        if (lex.is(f, Kind.AUX) || kind != null && kind.isVerb()) return true;
        for (Hit h : hits) if (h.start() == next && !h.trigger().noun()) return true;
        return false;
    }

    /**
     * "Chile said its troops had shelled the port", "le Chili a affirmé que ses soldats avaient attaqué": a body of
     * troops ({@code troops} in event-patterns.tsv) given by a possessive ({@code poss} in speech-cues.tsv), as the
     * subject right before a verb trigger, in content a speaker reports (a speech verb, its complementiser and a few
     * adjuncts before the possessive), are the forces of the speaker's state, or of the speaking organisation; null
     * otherwise (a possessive with no speaker before it is the pronoun resolution's).
     */
    EntityRef speakersTroops(Hit hit, int verbStart, int a, SpeechLexicon lex) {
        // ("avaient attaqué": a form read as a noun after an auxiliary is the verb's participle)
        if (hit.trigger().noun() && (hit.start() <= a || !lex.is(ix.form(hit.start() - 1), Kind.AUX))) return null;
        EventPatterns p = EventPatterns.of(lex.language());
        int start = -1;
        for (int s = Math.max(a, verbStart - 2); s < verbStart && start < 0; s++) {
            if (p.endAt(EventPatterns.Role.TROOPS, ix.forms(), s, verbStart) == verbStart) start = s;
        }
        if (start - 1 <= a || !lex.is(ix.form(start - 1), Kind.POSS)) return null;
        int v = -1;
        for (int j = start - 2; j >= a && j >= start - 7 && !clauseStop(j) && !quoted.get(j); j--) {
            Kind kind = lex.kindOf(ix.form(j));
            if (kind != null && kind.isVerb()) {
                v = j;
                break;
            }
            if (ix.mention(j) != null || kind == Kind.REL) return null;
        }
        if (v <= a) return null;
        while (v > a && lex.is(ix.form(v - 1), Kind.AUX)) v--;
        Referent speaker = refs.subjectBefore(v, a);
        if (speaker == null || speaker.ref() == null) return null;
        String side = seats.sideOf(speaker.ref());
        Entity state = side == null ? null : ix.entity(side);
        if (state != null && state.type() == EntityType.GPE) return EntityRef.of(state);
        Entity own = ix.entity(speaker.ref().entity());
        return own != null && own.type() == EntityType.ORG && !GroupActors.isGroup(own.id()) ? speaker.ref() : null;
    }

    /**
     * "Peruvian troops backed by Chile attacked", "rebels trained in Peru stormed", "rebels operating in Peru were
     * demobilised": a past or present participle ({@code past-participle-endings.txt}, {@code gerund-endings.txt})
     * right after the actor heading the subject, with its complement, modifies
     * that actor; a name inside the modifier is not the subject. The actor before the participle when such a
     * modifier (no punctuation, no other verb trigger) runs up to the verb; null otherwise.
     */
    EntityRef subjectBeforeModifier(int verbStart, int a, SpeechLexicon lex, List<Hit> hits) {
        for (int p = verbStart - 2; p > a && p >= verbStart - 8; p--) {
            if (ix.isPunct(p) || quoted.get(p) || lex.is(ix.form(p), Kind.THAT) || lex.is(ix.form(p), Kind.REL)) return null;
            if (!endsWithListed(p, "past-participle-endings.txt") && !endsWithListed(p, "gerund-endings.txt") || ix.mention(p) != null) continue;
            Mention head = actorMention(p - 1);
            if (head == null || ix.lastTokenEndingBy(head.end()) != p - 1) continue;
            for (Hit h : hits) if (h.start() > p && h.start() < verbStart && !h.trigger().noun()) return null;
            // the participle needs its complement ("backed by Chile"); a bare one may be the verb itself
            String next = ix.form(p + 1);
            boolean complement = lex.kindAt(ix, p + 1) == Kind.PREP || words(lex.language(), "agent-prepositions.txt").contains(next)
                    || words(lex.language(), "place-prepositions.txt").contains(next);
            if (!complement) return null;
            return refs.actor(head);
        }
        return null;
    }

    /** A person named within a phrase, through an apposition ("la cheffe de la diplomatie alvénienne, Sabine ..."). */
    Mention personInPhrase(int from, int to, SpeechLexicon lex) {
        int commas = 0;
        for (int k = from; k < to && k < ix.size(); k++) {
            Mention m = ix.mention(k);
            if (m != null && !quoted.get(k) && ix.type(m) == EntityType.PER) return m;
            String f = ix.form(k);
            if (f.equals(",") && ++commas > 1) return null;
            Kind kind = lex.kindOf(f);
            if (f.equals(";") || f.equals(".") || kind == Kind.THAT || kind == Kind.REL || kind != null && kind.isVerb()) return null;
        }
        return null;
    }

    /**
     * Whether mention {@code m} is a possessive ("Uganda's") whose possessed noun phrase, within three words before
     * {@code limit}, names no kind of place ({@code city-nouns.txt}).
     */
    boolean ownsNonPlace(Mention m, int limit) {
        int after = ix.lastTokenEndingBy(m.end()) + 1;
        if (!possessive(after, limit)) return false;
        for (int k = after + 1; k < limit && k <= after + 3 && !ix.isPunct(k); k++) if (listed(k, "city-nouns.txt")) return false;
        return true;
    }

    /**
     * A place right after a locative preposition ("à Brenhaven"), of the given mode when not null ("near": "près
     * de Tesmar", never a target); "à la Lessarie", with an article, is a party.
     */
    private boolean locative(List<Frm> frames, int k, String mode) {
        Mention m = ix.mention(k);
        int first = m == null ? k : ix.firstTokenAtOrAfter(m.start());
        for (Frm f : frames) {
            if (f.word().frame() != Frame.LOC || mode != null && !mode.equals(f.word().mode())) continue;
            if (f.end() == first) return true;
            if (articleAfterPlacing(f, first)) return true;
        }
        return false;
    }

    /**
     * "in the Gaza Strip", "dans la région": after a preposition that only places (mode near), an article before the
     * place at {@code first} changes nothing; after "à" it makes the place a party ("à la Lessarie").
     */
    private boolean articleAfterPlacing(Frm f, int first) {
        // "outside the Chilean embassy": a demonym after the article qualifies a noun, it names no place
        return "near".equals(f.word().mode()) && f.end() == first - 1 && listed(f.end(), "articles.txt")
                && !scan.groups.isStateAdjective(first);
    }

    /** Where it happened: the first place named after a locative preposition in the sentence, actors excepted. */
    EntityRef location(List<Frm> frames, int a, int b, EntityRef actor1, EntityRef actor2) {
        for (Frm f : frames) {
            if (f.word().frame() != Frame.LOC) continue;
            for (int k = f.end(); k < b && k <= f.end() + 3; k++) {
                Mention m = ix.mention(k);
                if (m == null) {
                    if (ix.isPunct(k)) break;
                    continue;
                }
                EntityType t = ix.type(m);
                boolean direct = k == f.end() || t == EntityType.LOC || articleAfterPlacing(f, k);
                if (direct && (t == EntityType.GPE || t == EntityType.LOC) && !isAdjective(k) && !quoted.get(k)
                        && !m.entityId().equals(actor1.entity()) && (actor2 == null || !m.entityId().equals(actor2.entity()))) {
                    return ix.ref(m);
                }
                break;
            }
        }
        return null;
    }

    /** The value of the time expression of the sentence nearest to the trigger. */
    String date(Span sentence, Hit hit) {
        return dateAt(sentence, ix.token(hit.start()).start());
    }

    String dateAt(Span sentence, int at) {
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

    /** Whether token {@code k} follows a preposition other than "of" (determiners between). */
    boolean afterPreposition(int k, int a, SpeechLexicon lex, List<Frm> frames) {
        int j = k - 1;
        while (j >= a && lex.isDeterminer(ix.form(j))) j--;
        if (j < a || lex.is(ix.form(j), Kind.LINK)) return false;
        return lex.kindAt(ix, j) == Kind.PREP || startsFrame(frames, Frame.PREP, j) || startsFrame(frames, Frame.LOC, j)
                || startsFrame(frames, Frame.WITH, j);
    }

    /**
     * The state or organisation qualifying a phrase between {@code from} and {@code to} ("the Russian building",
     * "Israel's embassy"), the given agent's mention excepted; null when none is named.
     */
    EntityRef qualifierBefore(int from, int to, Mention not) {
        for (int k = from; k < to; k++) {
            Mention m = actorMention(k);
            if (m == null || ix.type(m) == EntityType.PER || m.entityId().equals(not.entityId())) continue;
            return refs.actor(m);
        }
        return null;
    }

    /** Whether a frame word of this kind sits right before token {@code k} (determiners allowed between). */
    private boolean afterFrame(List<Frm> frames, Frame frame, int k) {
        for (Frm f : frames) {
            if (f.word().frame() != frame || f.end() > k) continue;
            boolean adjacent = true;
            for (int j = f.end(); j < k; j++) {
                SpeechLexicon lex = refs.lexiconAt(j);
                if (lex == null || !(lex.isDeterminer(ix.form(j)) || lex.is(ix.form(j), Kind.LINK))) adjacent = false;
            }
            if (adjacent) return true;
        }
        return false;
    }

    /**
     * "agreed to provide aid for Chad", "agreed to lift curbs on sales to Cuba": an agreement with no partner named
     * is aimed at the one the agreed act benefits, named after a dative preposition ({@code dative} in
     * event-patterns.tsv) later in its clause, past the verbs of the act agreed.
     */
    EntityRef beneficiary(Hit hit, int b, SpeechLexicon lex, List<Frm> frames, EntityRef actor1) {
        EventPatterns p = EventPatterns.of(lex.language());
        for (int k = hit.end(); k < b && k < hit.end() + 20; k++) {
            String f = ix.form(k);
            if (quoted.get(k) || clauseStop(k) || lex.is(f, Kind.THAT) || lex.is(f, Kind.REL) || startsFrame(frames, Frame.BACKGROUND, k)) break;
            if (!p.startsAt(EventPatterns.Role.DATIVE, ix.forms(), k, k + 1)) continue;
            Mention m = nameAfter(k + 1, b);
            if (m != null && !m.entityId().equals(actor1.entity())) return refs.actor(m);
        }
        return null;
    }

    /** An actor named at most three plain words after {@code from} ("to 40 Chilean farmers", "for the new regime"). */
    private Mention nameAfter(int from, int b) {
        for (int j = from; j < b && j < from + 4; j++) {
            if (ix.isPunct(j) || quoted.get(j)) return null;
            Mention m = actorMention(j);
            if (m != null) return m;
            if (ix.mention(j) != null) return null;
        }
        return null;
    }

    /**
     * "withdrew two brigades from the disputed valley", "the withdrawal of its forces from Chad": the place a
     * withdrawal leaves, named after a preposition of origin ({@code @prep} of mode {@code origin}) in its clause,
     * is where it happens (and, with no second actor, the state it is aimed at).
     */
    EntityRef withdrawnFrom(Hit hit, int b, SpeechLexicon lex, List<Frm> frames, EntityRef actor1) {
        for (Frm f : frames) {
            if (f.word().frame() != Frame.PREP || !"origin".equals(f.word().mode()) || f.start() < hit.end() || f.start() > hit.end() + 8) continue;
            boolean clause = true;
            for (int k = hit.end(); k < f.start(); k++) clause &= !clauseStop(k) && !lex.is(ix.form(k), Kind.THAT) && !lex.is(ix.form(k), Kind.REL) && !quoted.get(k);
            if (!clause) return null;
            for (int j = f.end(); j < b && j < f.end() + 4 && !ix.isPunct(j); j++) {
                Mention m = ix.mention(j);
                if (m == null) continue;
                EntityType t = ix.type(m);
                if ((t == EntityType.GPE || t == EntityType.LOC) && !m.entityId().equals(actor1.entity())) return ix.ref(m);
                return null;
            }
            return null;
        }
        return null;
    }
}
