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
 * knowledge base does not know is given the state whose place adjective ("valdorien", "Lessarian") first follows
 * it in sentences it opens ("À Korvan, le chef de la diplomatie valdorienne ..."), when that state clearly leads. A place is taken for a
 * city only when the knowledge base does not list it as a country, the text never uses it as an adjective and
 * never puts an article before it (states have demonyms and, in French, articles; cities, in news copy, neither).
 */
final class Seats {
    private static final int MIN_VOTES = 1;

    private final Map<String, EntityRef> stateOf;

    private Seats(Map<String, EntityRef> stateOf) {
        this.stateOf = stateOf;
    }

    static Seats of(TextIndex ix, KnowledgeBase kb, IntPredicate articles) {
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
        for (Entity e : entities) {
            if (e.type() != EntityType.GPE || adjectival.contains(e.id())) continue;
            Optional<KbEntry> known = known(kb, e);
            if (known.isPresent()) {
                KbEntry k = known.get();
                if ("country".equals(k.kind()) || k.country().isEmpty()) continue;
                Entity state = stateEntity(ix, kb, k.country().get());
                if (state != null && !state.id().equals(e.id())) map.put(e.id(), EntityRef.of(state));
                continue;
            }
            EntityRef voted = vote(ix, e, adjectival, demonyms);
            if (voted != null) map.put(e.id(), voted);
        }
        return new Seats(map);
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
    private static EntityRef vote(TextIndex ix, Entity city, Set<String> states, BitSet demonyms) {
        Map<String, Integer> votes = new HashMap<>();
        BitSet seen = new BitSet();
        for (Span s : city.mentions()) {
            int tok = ix.firstTokenAtOrAfter(s.start());
            if (tok >= ix.size()) continue;
            int sentence = ix.sentenceOf(tok);
            int after = ix.firstTokenAtOrAfter(s.end());
            // only "À Korvan, le chef de la diplomatie valdorienne ...", "In Miravel, the Lessarian minister ...":
            // a sentence opened by the city and a comma places the state's people there; mere co-occurrence
            // does not (a capital is mostly named beside the adversary it accuses)
            if (sentence < 0 || after >= ix.sentenceEnd(sentence) || !ix.form(after).equals(",")) continue;
            String dateline = dateline(ix, after + 1, ix.sentenceEnd(sentence));
            if (dateline != null && !dateline.equals(city.id())) {
                // "KORVAN, Valdoria (AP) -": the dateline names the city's state outright
                votes.merge(dateline, 3, Integer::sum);
                continue;
            }
            if (tok != ix.sentenceStart(sentence) + 1) continue;
            for (int k = after + 1; k < ix.sentenceEnd(sentence) && k <= after + 12; k++) {
                Mention m = ix.mention(k);
                if (m == null || !states.contains(m.entityId()) || ix.mention(k - 1) == m) continue;
                int next = ix.firstTokenAtOrAfter(m.end());
                boolean possessive = next < ix.size() && (ix.form(next).equals("'s") || ix.form(next).equals("’s")
                        || ix.form(next).equals("'") || ix.form(next).equals("’"));
                if (!demonyms.get(k) && !possessive) continue;
                votes.merge(m.entityId(), 1, Integer::sum);
                break;
            }
        }
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
        if (best == null || first < MIN_VOTES || first < 2 * second) return null;
        Entity state = ix.entity(best);
        return state == null ? null : EntityRef.of(state);
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

    /** The state for a city in an actor slot, else the actor itself. */
    EntityRef resolve(EntityRef actor) {
        if (actor == null) return null;
        EntityRef state = stateOf.get(actor.entity());
        return state == null ? actor : state;
    }
}
