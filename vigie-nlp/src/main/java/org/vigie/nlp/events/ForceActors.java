package org.vigie.nlp.events;

import org.vigie.core.model.*;
import org.vigie.nlp.entities.GroupActors;
import org.vigie.nlp.events.EventLexicon.Frame;
import org.vigie.nlp.events.Scan.Frm;
import org.vigie.nlp.events.Scan.Hit;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.quotes.Referents.Referent;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;
import org.vigie.nlp.quotes.SpeechLexicon;

import java.util.*;

/**
 * The actors of acts of force (force-words.tsv): {@link #forceActors} settles both from those the clause gave (the
 * one a seizure or a restriction takes from, a repelled attack's defender, an embargo's or a recalled envoy's
 * state, groups an unknown name qualifies), and the actor itself as force words make it (weapon owners, ethnic
 * peoples, "-led" and "-held" compounds); also forces a speaker or a reporting state owns, and the coordinated
 * subjects of a deployment or withdrawal.
 */
final class ForceActors extends ScanPart {
    ForceActors(Scan scan) {
        super(scan);
    }

    /**
     * The two actors of an act of force as its words settle them (force-words.tsv), from those the clause gave: the
     * one a seizure or a restriction takes from, the target of a measure lifted, the owner of the weapon that hit,
     * ethnic peoples, "-led" and "-held" compounds, groups an unknown name qualifies. Unchanged for a language
     * without force words.
     */
    EntityRef[] forceActors(Hit hit, int a, int b, SpeechLexicon lex, List<Frm> frames, List<Hit> hits,
                                    EntityRef actor1, EntityRef actor2) {
        boolean noun = hit.trigger().noun();
        // ("a levé ses sanctions contre la Syrie": in every language, ev16)
        if (actor2 == null && actor1 != null && "ease".equals(hit.trigger().mode())) {
            // "lifted its sanctions against Peru": the one the measure was aimed at, found as the measure's target
            actor2 = scan.actors.object(new Hit(hit.start(), hit.end(), ForceRules.verbTrigger(EventType.SANCTION, null)), b, lex, frames, hits, actor1, a);
        }
        if (!ForceWords.of(lex.language()).describesForce()) {
            EntityRef posted = hit.trigger().type() == EventType.SANCTION && !noun ? postedIn(hit, b, lex, actor1) : null;
            if (posted != null && (actor2 == null || seats.unresolvedCity(actor2) || seats.resolve(actor2).entity().equals(posted.entity()))) actor2 = posted;
            return new EntityRef[]{actor1, actor2};
        }
        if ((actor2 == null || "restrict".equals(hit.trigger().mode())) && !noun) {
            EntityRef taken = takenFrom(hit, b, lex, hits, frames);
            if (taken != null) actor2 = taken;
        }
        EntityRef armed = noun ? null : weaponOwner(hit, a, lex);
        if (armed != null && (actor1 == null || !armed.entity().equals(actor1.entity()))) {
            actor1 = armed;
            actor2 = scan.actors.object(hit, b, lex, frames, hits, actor1, a);
        }
        actor1 = reportedForces(hit, a, lex, actor1);
        if (actor2 == null && ForceRules.EMBARGO.equals(hit.trigger().mode())) actor2 = tradedWith(hit, b, lex, actor1);
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

    /**
     * "confiscated rifles from the militia": the one a seizure takes something from, after "from" in the verb's
     * object, is its target, as is the agent of a participle in it ("banned a rally organised by students"); null
     * when none is named.
     */
    private EntityRef takenFrom(Hit hit, int b, SpeechLexicon lex, List<Hit> hits, List<Frm> frames) {
        ForceWords w = ForceWords.of(lex.language());
        if (hit.trigger().type() != EventType.COERCE || hit.trigger().noun() || !w.describesForce()) return null;
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
        if (!w.describesForce()) return r;
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
     * "Canada was hit by US tariffs", "exports were hit by sanctions imposed by Chile": the agent of a passive blow
     * that only qualifies what struck (a plural noun that is no weapon, no armed body and no act of force) or that
     * belongs to another act named between "by" and it, struck figuratively: no attack by that agent (ev15cues).
     * A weapon ("Russian drones"), an armed body ("Russian forces") or an attack noun ("a Russian strike") keeps it.
     * Only for cues listed with their passive auxiliary ("was hit"): verbs that are an attack in the passive only;
     * "was attacked by Valdorian gunners" is an attack whatever follows the agent.
     */
    boolean figurativeBlow(Hit hit, List<Frm> frames, Mention agent, int b, SpeechLexicon lex, EventLexicon ev, List<Hit> hits) {
        if (agent == null || hit.trigger().noun() || hit.trigger().type() != EventType.ASSAULT || !startsFrame(frames, Frame.PASSIVE, hit.start())) return false;
        int at = ix.firstTokenAtOrAfter(agent.start());
        for (Hit h : hits) if (h != hit && h.start() >= hit.end() && h.start() < at && h.trigger().type() != EventType.ASSAULT) return true;
        int next = ix.firstTokenAtOrAfter(agent.end());
        if (next >= b || ix.mention(next) != null) return false;
        String form = ix.form(next);
        if (form.length() < 4 || !form.endsWith("s") || !form.chars().allMatch(Character::isLowerCase)) return false;
        if (lex.kindOf(form) != null || Clauses.adverb(form, lex.language())) return false;
        EventPatterns p = EventPatterns.of(lex.language());
        if (p.startsAt(EventPatterns.Role.ARMS, ix.forms(), next, b) || ev.groups().longestAt(ix.forms(), next, Math.min(b, next + 3)).isPresent()) return false;
        for (Hit h : hits) if (h.start() == next && h.trigger().type() == EventType.ASSAULT) return false;
        return true;
    }

    /**
     * "dispersed Buddhist nationalist protesters", "seized a Mapuche rebel base": a name the knowledge base does not
     * know, used as an adjective before a group noun, qualifies the group, which is the one acted upon; before the
     * noun of a body (force-words.tsv: "outlawed the Protestant extremist organisation"), no one named is; the ref
     * itself otherwise.
     */
    private EntityRef groupOfQualifier(EntityRef r, Hit hit, int b, SpeechLexicon lex) {
        ForceWords w = ForceWords.of(lex.language());
        if (r == null || !w.describesForce() || !ForceRules.FORCE.contains(hit.trigger().type()) || GroupActors.isGroup(r.entity())
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
     * "Chile said its forces remained on high alert", "the minister said her country's troops ...": forces a
     * possessive pronoun gives to the one who speaks are that speaker's state's (the speaker a state, or a person
     * the text ties to one); null when the deployment is no such one.
     */
    EntityRef ownForces(Hit hit, int a, SpeechLexicon lex) {
        ForceWords w = ForceWords.of(lex.language());
        if (hit.trigger().type() != EventType.MOBILIZE || !w.describesForce()) return null;
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
}
