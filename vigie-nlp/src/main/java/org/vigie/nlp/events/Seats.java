package org.vigie.nlp.events;

import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityRef;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Mention;
import org.vigie.core.model.Span;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.quotes.TextIndex;

import java.util.*;
import java.util.function.IntPredicate;

/**
 * Cities that act for their state in one document ("Moscow rejected the offer", "Korvan a démenti"): an event's
 * actor is the state, so a city in an actor slot is replaced by its state when that state is an entity of the
 * document. The state comes from the knowledge base when the city is known there (its {@code country}); a city the
 * knowledge base does not know is given the state its datelines name ("KORVAN, Valdoria (AP)"), or else the state
 * whose place adjective ("valdorien", "Lessarian") or possessive ("Valdoria's") is nearest to it in the sentences
 * where it is the place people act ("À Korvan, le chef de la diplomatie valdorienne ...", "a déclaré à Korvan le
 * porte-parole valdorien"), when that state clearly leads. A place is taken for a
 * city only when the knowledge base does not list it as a country, the text never uses it as an adjective and
 * never puts an article before it (states have demonyms and, in French, articles; cities, in news copy, neither).
 */
final class Seats {
    private static final int MIN_VOTES = 1;

    private final Map<String, EntityRef> stateOf;
    private final Set<String> cities;
    private final List<EntityRef> sides;
    private final List<EntityRef> states;
    private final Map<String, String> personStates;

    private Seats(Map<String, EntityRef> stateOf, Set<String> cities, List<EntityRef> sides, List<EntityRef> states,
                  Map<String, String> personStates) {
        this.stateOf = stateOf;
        this.cities = cities;
        this.sides = sides;
        this.states = states;
        this.personStates = personStates;
    }

    static Seats of(TextIndex ix, KnowledgeBase kb, IntPredicate articles, IntPredicate place, IntPredicate cityPlace,
                    IntPredicate governs) {
        Set<String> cities = new HashSet<>();
        Collection<Entity> entities = ix.doc().entities();
        Map<String, EntityRef> map = new HashMap<>();
        BitSet demonyms = demonymTokens(ix);
        Set<String> adjectival = new HashSet<>();
        for (int k = demonyms.nextSetBit(0); k >= 0; k = demonyms.nextSetBit(k + 1)) {
            if (ix.mention(k) != null) adjectival.add(ix.mention(k).entityId());
        }
        for (int k = 1; k < ix.size(); k++) {
            Mention m = ix.mention(k);
            if (m != null && ix.mention(k - 1) != m && articles.test(k - 1) && ix.type(m) == EntityType.GPE) adjectival.add(m.entityId());
        }
        Map<String, String> personStates = personStates(ix, demonyms);
        Set<String> unknown = new LinkedHashSet<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.GPE || adjectival.contains(e.id())) continue;
            Optional<KbEntry> known = known(kb, e);
            if (known.isPresent()) {
                KbEntry k = known.get();
                if ("country".equals(k.kind()) || k.country().isEmpty()) continue;
                cities.add(e.id());
                Entity state = stateEntity(ix, kb, k.country().get());
                if (state != null && !state.id().equals(e.id())) map.put(e.id(), EntityRef.of(state));
                continue;
            }
            if (cityEvidence(ix, e, cityPlace)) cities.add(e.id());
            EntityRef voted = vote(ix, e, adjectival, demonyms, place, personStates);
            if (voted != null) map.put(e.id(), voted);
            else unknown.add(e.id());
        }
        unknown.retainAll(cities);
        List<Entity> states = states(ix, kb, adjectival, cities);
        List<Entity> sides = sides(states);
        eliminate(ix, sides, map, unknown, articles, governs);
        cities.removeAll(map.keySet());
        List<EntityRef> pair = sides.stream().map(EntityRef::of).toList();
        List<EntityRef> named = states.stream().filter(e -> !map.containsKey(e.id())).map(EntityRef::of).toList();
        return new Seats(map, cities, pair, named, personStates);
    }

    /** The document's entity for a knowledge-base state: same id, or a name the knowledge base gives that state. */
    private static Entity stateEntity(TextIndex ix, KnowledgeBase kb, String countryId) {
        Entity same = ix.entity(countryId);
        if (same != null) return same;
        for (Entity e : ix.doc().entities()) {
            if (e.type() == EntityType.GPE && known(kb, e).map(k -> k.id().equals(countryId)).orElse(false)) return e;
        }
        return null;
    }

    private static Optional<KbEntry> known(KnowledgeBase kb, Entity e) {
        Optional<KbEntry> byId = kb.entry(e.id());
        if (byId.isPresent()) return byId;
        for (KbEntry k : kb.lookup(e.name())) if (k.type() == EntityType.GPE) return Optional.of(k);
        return Optional.empty();
    }

    /**
     * Mentions of GPE entities used as adjectives: lower-case ("valdoriennes") or longer than the entity's shortest
     * mention by a demonym ending ("Valdorian" beside "Valdoria").
     */
    private static BitSet demonymTokens(TextIndex ix) {
        BitSet out = new BitSet();
        String text = ix.text();
        for (Entity e : ix.doc().entities()) {
            if (e.type() != EntityType.GPE || e.mentions().isEmpty()) continue;
            String shortest = null;
            for (Span s : e.mentions()) {
                String t = s.of(text);
                if (shortest == null || t.length() < shortest.length()) shortest = t;
            }
            String stem = LanguagePack.normalize(shortest);
            for (Span s : e.mentions()) {
                String t = s.of(text);
                String n = LanguagePack.normalize(t);
                boolean lower = !t.isEmpty() && Character.isLowerCase(t.charAt(0));
                boolean suffixed = n.length() > stem.length() && SUFFIXES.stream().anyMatch(n::endsWith)
                        && n.regionMatches(0, stem, 0, Math.min(4, stem.length()));
                if (lower || suffixed) {
                    for (int k = ix.firstTokenAtOrAfter(s.start()); k < ix.size() && ix.token(k).start() < s.end(); k++) out.set(k);
                }
            }
        }
        return out;
    }

    /** Demonym endings of every language with events, read once. */
    private static final List<String> SUFFIXES = suffixes();

    private static List<String> suffixes() {
        Set<String> all = new TreeSet<>();
        for (String code : List.of("en", "fr")) {
            for (String w : LanguagePack.of(code).words("demonym-suffixes.txt")) all.add(LanguagePack.normalize(w));
        }
        return List.copyOf(all);
    }

    /** The state whose adjectives share the city's sentences most often, when it leads by a clear margin. */
    private static EntityRef vote(TextIndex ix, Entity city, Set<String> states, BitSet demonyms, IntPredicate place,
                                  Map<String, String> personStates) {
        Map<String, Integer> votes = new HashMap<>();
        BitSet seen = new BitSet();
        for (Span s : city.mentions()) {
            int tok = ix.firstTokenAtOrAfter(s.start());
            if (tok >= ix.size()) continue;
            int sentence = ix.sentenceOf(tok);
            if (sentence < 0) continue;
            int from = ix.sentenceStart(sentence), to = ix.sentenceEnd(sentence);
            int after = ix.firstTokenAtOrAfter(s.end());
            boolean opens = tok == from + (tok > from && place.test(tok - 1) ? 1 : 0) && after < to && ix.form(after).equals(",");
            if (opens) {
                String dateline = dateline(ix, after + 1, to);
                if (dateline != null && !dateline.equals(city.id())) {
                    // "KORVAN, Valdoria (AP) -": the dateline names the city's state outright
                    votes.merge(dateline, 3, Integer::sum);
                    continue;
                }
                // "MIRAVEL, 25 mars (AFP) - ... soldats valdoriens ...": a dateline names where the reporter
                // files from; the lead after it speaks of any party
                boolean lineStart = s.start() == 0 || ix.text().charAt(s.start() - 1) == '\n';
                if (lineStart) continue;
            }
            // "À Korvan, le chef de la diplomatie valdorienne ...", "a déclaré à Korvan le porte-parole valdorien":
            // the city as the place where the state's people act; a city in subject or object position, often
            // beside the adversary it accuses, gives no hint
            if (!opens && !(tok > from && place.test(tok - 1))) continue;
            int nearest = -1;
            for (int k = from; k < to; k++) {
                Mention m = ix.mention(k);
                if (m == null || !states.contains(m.entityId()) || k > 0 && ix.mention(k - 1) == m || quotedOrCity(m, city)) continue;
                int next = ix.firstTokenAtOrAfter(m.end());
                boolean possessive = next < ix.size() && (ix.form(next).equals("'s") || ix.form(next).equals("’s")
                        || ix.form(next).equals("'") || ix.form(next).equals("’"));
                if (!demonyms.get(k) && !possessive) continue;
                if (nearest < 0 || Math.abs(k - tok) < Math.abs(nearest - tok)) nearest = k;
            }
            if (nearest >= 0) {
                votes.merge(ix.mention(nearest).entityId(), opens ? 2 : 1, Integer::sum);
                continue;
            }
            // "À Korvan, le porte-parole de la présidence, Iouri Kastelan": a person the text ties to a state
            // elsewhere ("le porte-parole de la présidence valdorienne, Iouri Kastelan") acting in the city
            String personState = nearestPersonState(ix, from, to, tok, personStates);
            if (personState != null && !personState.equals(city.id())) votes.merge(personState, 1, Integer::sum);
        }
        String best = leader(votes);
        if (best == null || votes.get(best) < MIN_VOTES) return null;
        Entity state = ix.entity(best);
        return state == null ? null : EntityRef.of(state);
    }

    /** The state of the person named nearest to token {@code tok} in the sentence, when the text gives one. */
    private static String nearestPersonState(TextIndex ix, int from, int to, int tok, Map<String, String> personStates) {
        int nearest = -1;
        for (int k = from; k < to; k++) {
            Mention m = ix.mention(k);
            if (m == null || ix.type(m) != EntityType.PER || k > 0 && ix.mention(k - 1) == m) continue;
            if (nearest < 0 || Math.abs(k - tok) < Math.abs(nearest - tok)) nearest = k;
        }
        return nearest < 0 ? null : personStates.get(ix.mention(nearest).entityId());
    }

    /**
     * The state of each person the text qualifies with a place adjective or possessive in the title before the
     * name ("la présidente lessarienne, Ilena Marescu", "Valdoria's presidential spokesman, Yuri Kastelan"), when
     * one state clearly leads over the person's mentions. The title ends at a sentence break, quote or other name.
     */
    private static Map<String, String> personStates(TextIndex ix, BitSet demonyms) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (int p = 0; p < ix.size(); p++) {
            Mention person = ix.mention(p);
            if (person == null || ix.type(person) != EntityType.PER || p > 0 && ix.mention(p - 1) == person) continue;
            int sentence = ix.sentenceOf(p);
            int from = sentence < 0 ? 0 : ix.sentenceStart(sentence);
            for (int k = p - 1; k >= from && k >= p - 10; k--) {
                String f = ix.form(k);
                if (TITLE_BREAKS.contains(f)) break;
                Mention m = ix.mention(k);
                if (m == null) continue;
                if (ix.type(m) == EntityType.PER) break;
                if (ix.type(m) != EntityType.GPE) continue;
                int next = ix.firstTokenAtOrAfter(m.end());
                boolean possessive = next < ix.size() && POSSESSIVES.contains(ix.form(next));
                if (demonyms.get(k) || possessive) {
                    votes.computeIfAbsent(person.entityId(), x -> new HashMap<>()).merge(m.entityId(), 1, Integer::sum);
                    break;
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, Map<String, Integer>> v : votes.entrySet()) {
            String best = leader(v.getValue());
            if (best != null) out.put(v.getKey(), best);
        }
        return out;
    }

    private static final Set<String> TITLE_BREAKS = Set.of(".", ";", ":", "«", "»", "\"", "“", "”", "(", ")", "?", "!");
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'", "’");

    /** The key with the most votes when it has at least twice the votes of the next. */
    private static String leader(Map<String, Integer> votes) {
        String best = null;
        int first = 0, second = 0;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (v.getValue() > first) {
                second = first;
                first = v.getValue();
                best = v.getKey();
            } else if (v.getValue() > second) {
                second = v.getValue();
            }
        }
        return best == null || first < 2 * second ? null : best;
    }

    /**
     * The states the document names: places with a place adjective or an article, or at least no sign of a city,
     * that the knowledge base does not know as a city.
     */
    private static List<Entity> states(TextIndex ix, KnowledgeBase kb, Set<String> adjectival, Set<String> cities) {
        List<Entity> states = new ArrayList<>();
        for (Entity e : ix.doc().entities()) {
            // English names states without an article: a place the text does not show to be a city counts too
            if (e.type() != EntityType.GPE || !adjectival.contains(e.id()) && cities.contains(e.id())) continue;
            Optional<KbEntry> known = known(kb, e);
            if (known.isPresent() && !"country".equals(known.get().kind()) && known.get().country().isPresent()) continue;
            states.add(e);
        }
        return states;
    }

    /**
     * The two sides of a story between two states: the two states named most often, when the second is named at
     * least twice and any third less than half as often; else none.
     */
    private static List<Entity> sides(List<Entity> named) {
        List<Entity> states = new ArrayList<>(named);
        if (states.size() < 2) return List.of();
        states.sort(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed());
        int second = states.get(1).mentions().size();
        if (second < 2 || states.size() > 2 && 2 * states.get(2).mentions().size() >= second) return List.of();
        return List.copyOf(states.subList(0, 2));
    }

    /**
     * A story between two states with one capital accounted for: the other city that acts like a government
     * (named bare, as a subject or object, not after a preposition or article, "Miravel avait convoqué") stands
     * for the other state. Only when the document has exactly two leading states, the other states far behind, and
     * exactly one such city left, so the pairing is unambiguous.
     */
    private static void eliminate(TextIndex ix, List<Entity> sides, Map<String, EntityRef> map, Set<String> unknown,
                                  IntPredicate articles, IntPredicate governs) {
        if (unknown.isEmpty() || sides.isEmpty()) return;
        Set<String> pair = Set.of(sides.get(0).id(), sides.get(1).id());
        Set<String> claimed = new HashSet<>();
        for (EntityRef r : map.values()) if (pair.contains(r.entity())) claimed.add(r.entity());
        if (claimed.size() != 1) return;
        List<String> acting = new ArrayList<>();
        for (String id : unknown) {
            if (!pair.contains(id) && !map.containsKey(id) && actsAsGovernment(ix, ix.entity(id), articles, governs)) acting.add(id);
        }
        if (acting.size() != 1) return;
        for (Entity s : sides) {
            if (!claimed.contains(s.id())) map.put(acting.get(0), EntityRef.of(s));
        }
    }

    /**
     * A mention of the place used bare in a sentence, neither after a preposition, "de"/"of" or an article nor in
     * capitals (datelines, "KORVAN, 3 mars") nor before a colon (headline and link labels, "Miravel : la mairie").
     */
    private static boolean actsAsGovernment(TextIndex ix, Entity e, IntPredicate articles, IntPredicate governs) {
        if (e == null) return false;
        String text = ix.text();
        for (Span s : e.mentions()) {
            int tok = ix.firstTokenAtOrAfter(s.start());
            if (tok >= ix.size() || !ix.isCapitalised(tok)) continue;
            boolean lineStart = s.start() == 0 || text.charAt(s.start() - 1) == '\n';
            if (lineStart) continue;
            if (tok > 0 && (governs.test(tok - 1) || articles.test(tok - 1))) continue;
            String surface = s.of(text);
            if (surface.length() > 1 && surface.equals(surface.toUpperCase(Locale.ROOT))) continue;
            int after = ix.firstTokenAtOrAfter(s.end());
            if (after < ix.size() && ix.form(after).equals(":")) continue;
            return true;
        }
        return false;
    }

    private static boolean quotedOrCity(Mention m, Entity city) {
        return m.entityId().equals(city.id());
    }

    /** The GPE named right after a dateline's city and comma, before its agency credit in brackets or a dash. */
    private static String dateline(TextIndex ix, int k, int end) {
        Mention m = k < end ? ix.mention(k) : null;
        if (m == null || ix.type(m) != EntityType.GPE || !ix.isCapitalised(k)) return null;
        int next = ix.firstTokenAtOrAfter(m.end());
        if (next >= end) return null;
        String f = ix.form(next);
        return f.equals("(") || f.equals("-") || f.equals("—") || f.equals("–") ? m.entityId() : null;
    }

    /**
     * Whether the text shows a place the knowledge base does not know to be a city: a dateline opening a line
     * ("KORVAN, 3 mars (Reuters)"), a bare name after a city preposition ("à Korvan") or naming a settlement
     * ("la ville frontalière de Dravnik", "the border town of Dravnik").
     */
    private static boolean cityEvidence(TextIndex ix, Entity e, IntPredicate cityPlace) {
        String text = ix.text();
        for (Span s : e.mentions()) {
            int tok = ix.firstTokenAtOrAfter(s.start());
            if (tok >= ix.size()) continue;
            int after = ix.firstTokenAtOrAfter(s.end());
            boolean lineStart = s.start() == 0 || text.charAt(s.start() - 1) == '\n';
            if (lineStart && after < ix.size() && ix.form(after).equals(",")) return true;
            if (tok > 0 && cityPlace.test(tok - 1) && ix.isCapitalised(tok)) return true;
        }
        return false;
    }

    /**
     * A city the document gives no state for: never the target of an event (PLOVER's actors are states,
     * organisations and people), only where it happened. As a first actor it is kept: "Korvan a rejeté toute
     * critique" is still a rejection, whoever Korvan speaks for.
     */
    boolean unresolvedCity(EntityRef actor) {
        return actor != null && cities.contains(actor.entity());
    }

    /**
     * The other side of a story between two states, for an actor that is one side or a person the text ties to
     * one ("la présidente lessarienne"); else null.
     */
    EntityRef counterpart(EntityRef actor) {
        if (actor == null || sides.size() != 2) return null;
        String state = sideOf(actor);
        if (sides.get(0).entity().equals(state)) return sides.get(1);
        if (sides.get(1).entity().equals(state)) return sides.get(0);
        return null;
    }

    /**
     * The state a common noun stands for when it is aimed at ("struck power plants across the country", "dans l'est
     * du pays"): the other side of a story between two states, else the one state the document names besides the
     * actor's own; null when neither is clear.
     */
    EntityRef otherState(EntityRef actor) {
        if (actor == null) return null;
        if (sides.size() == 2) return counterpart(actor);
        String own = sideOf(actor);
        EntityRef other = null;
        for (EntityRef s : states) {
            if (s.entity().equals(own)) continue;
            if (other != null) return null;
            other = s;
        }
        return other;
    }

    /** The state an actor speaks for: the state of a person the text ties to one, else the actor resolved. */
    String sideOf(EntityRef actor) {
        return personStates.getOrDefault(actor.entity(), resolve(actor).entity());
    }

    /**
     * The state the knowledge base places a city in, when the document does not name that state (so the city could
     * not be resolved to one of its entities): "doit se rendre à Varsovie" visits Poland, "recalled its envoy in
     * Lima" is aimed at Peru, though neither state is named. Null for a city the knowledge base does not know.
     */
    EntityRef knownState(EntityRef city) {
        if (city == null || !cities.contains(city.entity())) return null;
        KnowledgeBase kb = KnowledgeBase.get();
        Optional<KbEntry> entry = kb.entry(city.entity());
        if (entry.isEmpty()) for (KbEntry k : kb.lookup(city.name())) if (k.type() == EntityType.GPE) entry = Optional.of(k);
        Optional<String> country = entry.flatMap(KbEntry::country);
        if (country.isEmpty() || country.get().equals(city.entity())) return null;
        return new EntityRef(country.get(), kb.entry(country.get()).map(KbEntry::name).orElse(country.get()));
    }

    /**
     * The state a place stands for: the state the document resolves it to, else the state the knowledge base places
     * it in ({@link #knownState}); null when neither is known (a state named as itself resolves to nothing else).
     */
    EntityRef stateOfPlace(EntityRef place) {
        EntityRef state = resolve(place);
        return state.entity().equals(place.entity()) ? knownState(place) : state;
    }

    /** The place itself when the knowledge base knows it as a state (a place in no other country), else null. */
    EntityRef ownState(EntityRef place) {
        if (place == null || cities.contains(place.entity())) return null;
        Optional<KbEntry> entry = KnowledgeBase.get().entry(place.entity());
        return entry.isPresent() && entry.get().type() == EntityType.GPE && entry.get().country().map(c -> c.equals(place.entity())).orElse(true) ? place : null;
    }

    /** The state for a city in an actor slot, else the actor itself. */
    EntityRef resolve(EntityRef actor) {
        if (actor == null) return null;
        EntityRef state = stateOf.get(actor.entity());
        return state == null ? actor : state;
    }
}
