package org.vigie.nlp.events;

import org.vigie.core.model.*;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.quotes.PhraseMatcher;

import java.util.*;

/** The words of {@code force-words.tsv} by role, and the demonyms of one language; empty for a language without them. */
record ForceWords(Map<String, PhraseMatcher<Boolean>> roles, Map<String, List<String>> lists,
                          Map<String, String> demonyms) {
    private static final Map<String, ForceWords> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    static ForceWords of(String code) {
        return CACHE.computeIfAbsent(code, c -> {
            Map<String, PhraseMatcher<Boolean>> roles = new HashMap<>();
            Map<String, List<String>> lists = new HashMap<>();
            for (Map<String, String> row : org.vigie.nlp.lang.LanguagePack.of(c).table("force-words.tsv")) {
                String phrase = row.getOrDefault("phrase", "").strip(), role = row.getOrDefault("role", "").strip();
                if (phrase.isEmpty() || role.isEmpty()) {
                    throw new org.vigie.core.ConfigException("org/vigie/nlp/lang/" + c + "/force-words.tsv: row without phrase or role: " + row);
                }
                lists.computeIfAbsent(role, r -> new ArrayList<>()).add(org.vigie.nlp.lang.LanguagePack.normalize(phrase));
                if (!phrase.startsWith("-")) roles.computeIfAbsent(role, r -> new PhraseMatcher<>()).add(phrase, Boolean.TRUE);
            }
            return new ForceWords(roles, lists, ActorGroups.demonymsOf(c));
        });
    }

    int end(String role, List<String> forms, int i, int limit) {
        PhraseMatcher<Boolean> m = roles.get(role);
        if (m == null || i < 0 || i >= limit) return -1;
        return m.longestAt(forms, i, limit).map(PhraseMatcher.Match::end).orElse(-1);
    }

    boolean at(String role, List<String> forms, int i, int limit) {
        return end(role, forms, i, limit) >= 0;
    }

    /**
     * The roles a language may list without the rules of force: a recalled envoy's posting, the common noun for a
     * state aimed at ({@link ForceTargets#countryNoun}) and the part of a place a protest fills
     * ({@link ForceTargets#protestPlace}), the verbs of an announced reprisal ({@link Reprisals}), and the preposition of a charge.
     */
    private static final Set<String> POSTING = Set.of("envoy", "posted", "country", "area", "reprisal", "reprisal-future", "charge");

    /**
     * Whether the language describes acts of force (any role besides those of an envoy's posting): the force rules
     * do not run for a language that lists only the words of a recalled envoy.
     */
    boolean describesForce() {
        // (the charge of an accusation, "critiqué X pour", is no word of force either, ev13frames)
        for (String r : roles.keySet()) if (!POSTING.contains(r)) return true;
        return false;
    }

    /** The noun slug of the group an ethnic people is counted as (role {@code people}), or null. */
    String residents() {
        List<String> l = lists.getOrDefault("people", List.of());
        return l.isEmpty() ? null : l.get(0);
    }
}
