package org.vigie.nlp.events;

import org.vigie.core.model.*;
import org.vigie.nlp.entities.GroupActors;
import org.vigie.nlp.events.EventLexicon.Frame;
import org.vigie.nlp.events.Scan.Frm;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.quotes.PhraseMatcher;
import org.vigie.nlp.quotes.Referents.Referent;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;
import org.vigie.nlp.quotes.SpeechLexicon;

import java.util.*;

/**
 * Actors named through groups and demonyms: a group noun standing for the state that qualifies it ("Syria's army"),
 * coordinated qualifiers ("US and British activists"), state adjectives the entities layer left unmarked, and peoples
 * placed in another state. Also owns the one reader of {@code demonyms.tsv} the events package uses.
 */
final class ActorGroups extends ScanPart {
    ActorGroups(Scan scan) {
        super(scan);
    }

    /**
     * "US and British activists staged a protest", "des militants allemands et italiens ont manifesté": the groups of
     * the other coordinated qualifiers (entities of their own, see {@link GroupActors}) act too; one event each, with
     * the same target.
     */
    List<Event> qualifiedAlike(Event e, int a, int b, SpeechLexicon lex) {
        Optional<GroupActors.Group> g = GroupActors.parse(e.actor1().entity());
        if (g.isEmpty() || g.get().country() == null) return List.of();
        List<Event> out = new ArrayList<>();
        for (int k = a; k < b; k++) {
            Mention m = ix.mention(k);
            if (m == null || !m.entityId().equals(e.actor1().entity())) continue;
            int j = k - 1;
            while (j >= a) {
                Mention q = ix.mention(j);
                if (q == null || ix.type(q) != EntityType.GPE) break;
                String sibling = GroupActors.id(q.entityId(), g.get().noun());
                Entity entity = ix.entity(sibling);
                if (!sibling.equals(e.actor1().entity()) && entity != null && out.stream().noneMatch(o -> o.actor1().entity().equals(sibling))) {
                    out.add(new Event(e.type(), e.mode(), new EntityRef(sibling, entity.name()), e.actor2(), e.location(), e.date(), e.negated(), e.evidence()));
                }
                j = ix.firstTokenAtOrAfter(q.start()) - 1;
                if (j < a || !(ix.form(j).equals(",") || lex.is(ix.form(j), Kind.STOP))) break;
                j--;
            }
            // "des militants allemands et italiens": qualifiers after the noun
            j = ix.firstTokenAtOrAfter(m.end());
            while (j < b) {
                Mention q = ix.mention(j);
                if (q == null || ix.type(q) != EntityType.GPE || ix.isCapitalised(j)) break;
                String sibling = GroupActors.id(q.entityId(), g.get().noun());
                Entity entity = ix.entity(sibling);
                if (!sibling.equals(e.actor1().entity()) && entity != null && out.stream().noneMatch(o -> o.actor1().entity().equals(sibling))) {
                    out.add(new Event(e.type(), e.mode(), new EntityRef(sibling, entity.name()), e.actor2(), e.location(), e.date(), e.negated(), e.evidence()));
                }
                j = ix.firstTokenAtOrAfter(q.end());
                if (j >= b || !(ix.form(j).equals(",") || lex.is(ix.form(j), Kind.STOP))) break;
                j++;
            }
            break;
        }
        return out;
    }

    /** "des militants allemands et italiens ont attaqué": the group whose demonym is the subject found, else null. */
    EntityRef qualifiedGroupSubject(Referent subject, int floor, SpeechLexicon lex) {
        if (subject == null || subject.span() == null) return null;
        return groupQualifiedBy(ix.firstTokenAtOrAfter(subject.span().start()), floor, lex);
    }

    /**
     * The country group a lower-case demonym at token {@code k} qualifies from after its noun ("militants allemands et
     * italiens"): the group mention before it, coordinated demonyms between; null when there is none.
     */
    private EntityRef groupQualifiedBy(int k, int a, SpeechLexicon lex) {
        Mention m = ix.mention(k);
        if (m == null || ix.type(m) != EntityType.GPE || ix.isCapitalised(k)) return null;
        for (int j = k - 1; j >= a; j--) {
            Mention q = ix.mention(j);
            if (q != null && GroupActors.parse(q.entityId()).map(g -> g.country() != null).orElse(false)) return ix.ref(q);
            boolean joiner = ix.form(j).equals(",") || lex.is(ix.form(j), Kind.STOP);
            boolean demonym = q != null && ix.type(q) == EntityType.GPE && !ix.isCapitalised(j);
            if (!joiner && !demonym) return null;
        }
        return null;
    }

    /**
     * A group noun ("the police", "rebels", "le gouvernement") between {@code from} and {@code to} standing for the
     * state or organisation that qualifies it: "Syria's rebels", "the government of Georgia", "police in Guyana",
     * "les forces de la Valdorie". The first qualified group noun wins; a bare one gives nothing, since an event
     * actor must be an entity of the document.
     */
    EntityRef groupActor(int from, int to, SpeechLexicon lex, EventLexicon ev, EntityRef not) {
        for (int k = from; k < to; k++) {
            if (quoted.get(k)) continue;
            Optional<PhraseMatcher.Match<Boolean>> g = ev.groups().longestAt(ix.forms(), k, to);
            if (g.isEmpty()) continue;
            int end = g.get().end();
            Mention q = null;
            // "Syria's rebels": a possessive right before the noun (determiners and adjectives allowed between)
            for (int j = k - 1; j >= from && j >= k - 4 && q == null; j--) {
                String f = ix.form(j);
                if ((f.equals("'s") || f.equals("’s") || f.equals("'") || f.equals("’")) && j > 0) q = actorMention(j - 1);
                if (ix.isPunct(j) && !f.startsWith("'") && !f.startsWith("’")) break;
            }
            // "the government of Georgia", "police in Guyana", "les forces de la Valdorie"
            if (q == null && end < to && (lex.is(ix.form(end), Kind.LINK) || lex.kindAt(ix, end) == Kind.PREP)) {
                for (int j = end + 1; j < to && j <= end + 3; j++) {
                    Mention m = actorMention(j);
                    if (m != null) {
                        q = m;
                        break;
                    }
                    if (!lex.isDeterminer(ix.form(j))) break;
                }
            }
            if (q == null) continue;
            EntityRef ref = refs.actor(q);
            if (not == null || !ref.entity().equals(not.entity())) return ref;
        }
        return null;
    }

    /**
     * The state qualifying a group noun right before token {@code k} by a place adjective, before the noun
     * ("Valdorian troops") or after it ("troupes valdoriennes"); null when there is none.
     */
    EntityRef qualifiedGroupBefore(int k, int a, EventLexicon ev) {
        for (int noun = k - 1; noun >= a && noun >= k - 2; noun--) {
            if (ev.groups().longestAt(ix.forms(), noun, noun + 1).isEmpty()) continue;
            int after = noun + 1, before = noun - 1;
            if (after < k && isStateAdjective(after)) return refs.actor(ix.mention(after));
            if (after == k && before >= a && isStateAdjective(before)) return refs.actor(ix.mention(before));
        }
        return null;
    }

    boolean isStateAdjective(int k) {
        Mention m = ix.mention(k);
        return m != null && !quoted.get(k) && ix.type(m) == EntityType.GPE
                && (!ix.isCapitalised(k) || ix.entityOf(m) != null && ix.surface(k).length() > ix.entityOf(m).name().length()
                && sharedStem(ix.surface(k), ix.entityOf(m).name()));
    }

    /**
     * Whether a capitalised surface longer than its entity's name derives from it ("Chilean", "Ukrainian", "Spanish"
     * from their states' names share its first letters), rather than being the name in another language
     * ("L'Allemagne", "l'Équateur" for Germany and Ecuador): only the first is a place adjective (evvp).
     */
    private static boolean sharedStem(String surface, String name) {
        String x = org.vigie.nlp.lang.LanguagePack.normalize(surface), y = org.vigie.nlp.lang.LanguagePack.normalize(name);
        int n = 0;
        while (n < x.length() && n < y.length() && x.charAt(n) == y.charAt(n)) n++;
        return n >= 3;
    }

    /**
     * Whether the sentence names two different groups of one state ("Georgian demonstrators ... the Georgian
     * government", "Syrian forces ... Syrian rebels"): two mentions of the entity, each right before a group noun,
     * with different nouns. An act between them is then one side of the state against the other, not a reflexive
     * act to drop.
     */
    boolean distinctGroups(EntityRef actor, int a, int b, EventLexicon ev) {
        Set<String> nouns = new HashSet<>();
        for (int k = a; k < b; k++) {
            Mention m = ix.mention(k);
            if (m == null || !m.entityId().equals(actor.entity())) continue;
            int after = ix.firstTokenAtOrAfter(m.end());
            if (after > k) k = after - 1;
            if (after >= b) break;
            Optional<PhraseMatcher.Match<Boolean>> g = ev.groups().longestAt(ix.forms(), after, Math.min(b, after + 3));
            if (g.isPresent()) nouns.add(String.join(" ", ix.forms().subList(after, g.get().end())));
        }
        return nouns.size() > 1;
    }

    /** Whether a mention of the actor's entity right before a group noun lies in {@code [from, to)}. */
    boolean groupOfAfter(EntityRef actor, int from, int to, EventLexicon ev) {
        for (int k = from; k < to; k++) {
            Mention m = ix.mention(k);
            if (m == null || quoted.get(k) || !m.entityId().equals(actor.entity())) continue;
            int after = ix.firstTokenAtOrAfter(m.end());
            if (after < to && ev.groups().longestAt(ix.forms(), after, to).isPresent()) return true;
        }
        return false;
    }

    /** Per language: a demonym's normalised form ({@code demonyms.tsv}) -> its state's id, the first row's on a tie. */
    private static final Map<String, Map<String, String>> DEMONYMS = new java.util.concurrent.ConcurrentHashMap<>();

    static Map<String, String> demonymsOf(String language) {
        return DEMONYMS.computeIfAbsent(language, ActorGroups::demonyms);
    }

    /**
     * A capitalised state adjective the entities layer left unmarked, as it does after a preposition ("the
     * withdrawal of Serbian forces", "opposed to French mediation"): the state it names, from the language's
     * demonyms and the knowledge base; null for any other word. (A stopgap for the object of a demand or a
     * rejection only, until the entities layer marks such adjectives.)
     */
    EntityRef unmarkedDemonym(int k, SpeechLexicon lex) {
        if (ix.mention(k) != null || quoted.get(k) || !ix.isCapitalised(k)) return null;
        String id = demonymsOf(lex.language()).get(LanguagePack.normalize(ix.surface(k)));
        if (id == null) return null;
        return KnowledgeBase.get().entry(id).map(e -> new EntityRef(e.id(), e.name())).orElse(null);
    }

    private static Map<String, String> demonyms(String language) {
        Map<String, String> forms = new HashMap<>();
        for (Map<String, String> row : LanguagePack.of(language).table("demonyms.tsv")) {
            String id = row.getOrDefault("country", "").strip();
            for (String form : row.getOrDefault("forms", "").split("\\|")) {
                if (!form.isBlank() && !id.isEmpty()) forms.putIfAbsent(LanguagePack.normalize(form.strip()), id);
            }
        }
        return Map.copyOf(forms);
    }

    /**
     * "in defiance of Chinese authorities", "fired on Serbian troops": an unmarked state adjective ({@link
     * #unmarkedDemonym}) right before a group noun (group-actors.tsv) is that state's group, standing for the state.
     */
    EntityRef unmarkedStateGroup(int k, int b, SpeechLexicon lex) {
        if (k + 1 >= b) return null;
        Optional<EventLexicon> ev = EventLexicon.of(lex.language());
        if (ev.isEmpty() || ev.get().groups().longestAt(ix.forms(), k + 1, b).isEmpty()) return null;
        return unmarkedDemonym(k, lex);
    }

    /**
     * "Ethnic Albanians in south Serbia demanded ...", "the Kurds of northern Iraq": a people named by its demonym
     * and placed in another state ("in"/"of", a determiner or one adjective between) acts as people of that state,
     * as CAMEO codes residents, possibly toward that state's own government; any other actor is returned as is.
     * Coded as that state's residents group ({@link #residentsOf}), as {@link ForceActors} codes an ethnic people;
     * in a language whose force words name no residents group, as the state itself.
     */
    EntityRef residents(EntityRef actor1, int a, int end, SpeechLexicon lex, List<Frm> frames) {
        for (int k = a; k < end; k++) {
            Mention m = ix.mention(k);
            if (m == null || !m.entityId().equals(actor1.entity()) || !isStateAdjective(k)) continue;
            int j = ix.firstTokenAtOrAfter(m.end());
            if (j >= end || !(startsFrame(frames, Frame.LOC, j) || lex.is(ix.form(j), Kind.LINK))) return actor1;
            for (int p = j + 1; p < end && p <= j + 3; p++) {
                Mention place = actorMention(p);
                if (place != null) {
                    boolean state = ix.type(place) == EntityType.GPE && !place.entityId().equals(actor1.entity()) && !isStateAdjective(p);
                    if (!state) return actor1;
                    EntityRef people = residentsOf(refs.actor(place).entity(), ix.surface(k), lex);
                    return people != null ? people : refs.actor(place);
                }
                if (ix.isPunct(p)) return actor1;
            }
            return actor1;
        }
        return actor1;
    }

    /**
     * The one coding of a people placed in a state: that state's residents group (CAMEO's "people of X", group noun
     * of role {@code people} in force-words.tsv), under the people's own name; a people placed nowhere is the
     * residents group of no state. Null for a language whose force words name no residents group.
     */
    static EntityRef residentsOf(String stateId, String name, SpeechLexicon lex) {
        String noun = ForceWords.of(lex.language()).residents();
        return noun == null ? null : new EntityRef(GroupActors.id(stateId, noun), name);
    }
}
