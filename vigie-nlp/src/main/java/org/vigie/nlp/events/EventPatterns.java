package org.vigie.nlp.events;

import org.vigie.core.ConfigException;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.quotes.PhraseMatcher;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Phrase patterns of one language from {@code event-patterns.tsv}: the words of acts that no single cue names and
 * that the events finder recognises from a verb and its neighbours (a judgement with a faulting attribute, troops
 * kept somewhere, envoys ordered to leave, talks that ended without agreement). A language without the file has
 * no patterns.
 */
final class EventPatterns {
    enum Role { JUDGE, BARE, FAULT, CLAIM, KEEP, SEND, STAY, TROOPS, ARMS, COUNT, ORDER, ENVOY, LEAVE, HOST, DIGNITARY, CONCERN, WORRY, CAUSE, DATIVE, BEHALF, BORDER, SHARED, FUTURE, CALL, FAILED, TOPIC, GIVE, DENY, SIGN, PACT, STAFF, ENTRY, ADD, LISTING, MEASURED, ONTO, CIRCUMSTANCE, APPROVE, BID, FIRE, SEA, EXCLUDE, FROM, TESTED, AIMED, POSTPONE, ALONG, RECIPROCAL, FLOATING, ESTIMATE, START, ARRIVE, RESERVE, PLANNED, WITHIN, CASUALTY, WELCOME, VETO, TEXT, RECALL }

    private static final Map<String, EventPatterns> CACHE = new ConcurrentHashMap<>();

    private final Map<Role, PhraseMatcher<Boolean>> words = new EnumMap<>(Role.class);
    private final Map<Role, List<String>> suffixes = new EnumMap<>(Role.class);
    private final java.util.Set<Role> listed = java.util.EnumSet.noneOf(Role.class);

    private EventPatterns(String code) {
        String path = "org/vigie/nlp/lang/" + code + "/event-patterns.tsv";
        for (Role r : Role.values()) words.put(r, new PhraseMatcher<>());
        for (Map<String, String> row : LanguagePack.of(code).table("event-patterns.tsv")) {
            String phrase = row.getOrDefault("phrase", "").strip();
            String role = row.getOrDefault("role", "").strip();
            if (phrase.isEmpty() || role.isEmpty()) throw new ConfigException(path + ": row without phrase or role: " + row);
            try {
                Role r = Role.valueOf(role.toUpperCase(Locale.ROOT));
                listed.add(r);
                if (phrase.startsWith("-")) suffixes.computeIfAbsent(r, x -> new ArrayList<>()).add(LanguagePack.normalize(phrase.substring(1)));
                else words.get(r).add(phrase, Boolean.TRUE);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(path + ": unknown role '" + role + "'");
            }
        }
    }

    static EventPatterns of(String code) {
        return CACHE.computeIfAbsent(code.toLowerCase(Locale.ROOT), EventPatterns::new);
    }

    /** The end of a phrase of this role starting at token {@code i} (before {@code limit}), or -1. */
    int endAt(Role role, List<String> forms, int i, int limit) {
        if (i < 0 || i >= limit) return -1;
        return words.get(role).longestAt(forms, i, limit).map(PhraseMatcher.Match::end).orElse(-1);
    }

    /** Whether a normalised token ends with one of the role's suffixes (rows written "-rait"). */
    boolean endsWith(Role role, String form) {
        for (String s : suffixes.getOrDefault(role, List.of())) if (form.length() > s.length() + 2 && form.endsWith(s)) return true;
        return false;
    }

    /** Whether the language lists any phrase of this role (a rule a language does not describe does not run). */
    boolean has(Role role) {
        return listed.contains(role);
    }

    boolean startsAt(Role role, List<String> forms, int i, int limit) {
        return endAt(role, forms, i, limit) >= 0;
    }

    /** Whether the form at {@code i} counts something: a figure ("5,000") or a word of {@code count} ("dozens"). */
    boolean countAt(List<String> forms, int i) {
        return Character.isDigit(forms.get(i).charAt(0)) || startsAt(Role.COUNT, forms, i, i + 1);
    }
}
