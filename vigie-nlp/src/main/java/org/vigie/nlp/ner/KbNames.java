package org.vigie.nlp.ner;

import org.vigie.core.model.EntityType;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.kb.Outlet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of the knowledge base ({@link KnowledgeBase}) as the tagger's second gazetteer: every name of every
 * entry and outlet in every language, keyed by its normalised letters without spaces, so that "l'Atlantique" and
 * the corpus tokens "l'" "Atlantique" meet. Each name carries the knowledge base's own types (PER, ORG, GPE, LOC;
 * outlets ORG): the model learns from its training data how a KB type maps to its labels (GPE to CoNLL's LOC).
 * Unlike the training-data gazetteer it is not jackknifed: it does not come from the training text, so a match
 * is as informative at training time as at tagging time. Immutable and thread-safe.
 */
final class KbNames {
    static final KbNames NONE = new KbNames(Map.of(), 0);
    /** Type bits, in the order of {@link EntityType}. */
    private static final EntityType[] TYPES = EntityType.values();
    private static final int MAX_WORDS = 6;

    private final Map<String, Integer> types;
    private final int maxWords;

    private KbNames(Map<String, Integer> types, int maxWords) {
        this.types = types;
        this.maxWords = maxWords;
    }

    private static final class Holder {
        static final KbNames SHARED = of(KnowledgeBase.get());
    }

    /** The names of the shared knowledge base, built once. */
    static KbNames shared() {
        return Holder.SHARED;
    }

    static KbNames of(KnowledgeBase kb) {
        Map<String, Integer> types = new HashMap<>();
        int[] longest = {1};
        for (KbEntry e : kb.entries()) for (String name : e.allNames()) add(types, name, e.type(), longest);
        for (Outlet o : kb.outlets()) {
            add(types, o.name(), EntityType.ORG, longest);
            for (String alias : o.aliases()) add(types, alias, EntityType.ORG, longest);
        }
        return new KbNames(Map.copyOf(types), Math.min(longest[0], MAX_WORDS));
    }

    /** For tests: names with their types. */
    static KbNames of(Map<String, EntityType> names) {
        Map<String, Integer> types = new HashMap<>();
        int[] longest = {1};
        names.forEach((name, type) -> add(types, name, type, longest));
        return new KbNames(Map.copyOf(types), Math.min(longest[0], MAX_WORDS));
    }

    /** Names with any number of types each (e.g. {@link ActorNames}). */
    static KbNames ofTyped(Map<String, Set<EntityType>> names) {
        Map<String, Integer> types = new HashMap<>();
        int[] longest = {1};
        names.forEach((name, set) -> set.forEach(type -> add(types, name, type, longest)));
        return new KbNames(Map.copyOf(types), Math.min(longest[0], MAX_WORDS));
    }

    private static void add(Map<String, Integer> types, String name, EntityType type, int[] longest) {
        String key = squash(Features.normalise(name));
        if (key.isEmpty() || !Features.hasLetter(key)) return;
        types.merge(key, 1 << type.ordinal(), (a, b) -> a | b);
        // a corpus may split at spaces, apostrophes and hyphens: the name can span that many tokens
        int words = 1;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ' || c == '\'' || c == '’' || c == '-') words++;
        }
        longest[0] = Math.max(longest[0], words);
    }

    /** The key of a normalised phrase: its characters without whitespace. */
    static String squash(String normalised) {
        StringBuilder sb = null;
        for (int i = 0; i < normalised.length(); i++) {
            if (Character.isWhitespace(normalised.charAt(i))) {
                if (sb == null) sb = new StringBuilder(normalised.length()).append(normalised, 0, i);
            } else if (sb != null) {
                sb.append(normalised.charAt(i));
            }
        }
        return sb == null ? normalised : sb.toString();
    }

    /** Type bits of the phrase (squashed key), 0 when unknown. */
    int typesOf(String key) {
        return types.getOrDefault(key, 0);
    }

    int maxWords() {
        return maxWords;
    }

    boolean isEmpty() {
        return types.isEmpty();
    }

    int size() {
        return types.size();
    }

    static List<EntityType> typeList(int bits) {
        List<EntityType> out = new java.util.ArrayList<>(2);
        for (EntityType t : TYPES) if ((bits & (1 << t.ordinal())) != 0) out.add(t);
        return out;
    }
}
