package org.vigie.nlp.events;

import org.vigie.core.ConfigException;
import org.vigie.core.model.EventType;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.quotes.PhraseMatcher;

import java.util.*;

/**
 * Verb families whose act is named by the verb and its object noun together, from {@code event-verb-objects.tsv}:
 * relations restored or severed ("restored full diplomatic relations", "a rompu ses relations diplomatiques"),
 * weapons shipped, an embassy closed. The verb alone is ambiguous ("cut taxes", "broke the record") and the
 * object may carry a determiner and qualifiers, which a cue table of contiguous phrases would have to spell out one
 * by one; so a verb of a row is a trigger over {@code [verb, object)} when one of the row's object nouns follows it
 * within {@link #GAP} words that are no punctuation, no conjunction, no preposition opening another phrase
 * ({@code verb-object-stops.txt}: "raised concerns about the alert level") and no other verb of the table with an object
 * of its own (a participle qualifying the object, "returned the seized ship", does not stop it), and not when the
 * verb governs an infinitive instead ("declined to comment on the request").
 * <p>
 * When a name stands between them ("a poursuivi la Grèce en justice", "granted Ukraine a loan", "repatriated Spanish
 * prisoners"), the trigger is the verb alone, so that the object search finds that name as the one acted on; unless
 * the row's {@code name} column says {@code qualifier}: the name only qualifies the object and the one acted on
 * comes after ("handed over an ETA suspect to France"). A row of type "-" names no event: the verb of a cue with
 * an object that makes it something else ("released its trade figures", "seized the opportunity"), whose cues it
 * silences. A language without the file has no such families. Immutable after construction.
 */
final class VerbObjects {
    /** Words allowed between the verb and its object noun ("restored [its full diplomatic] relations"). */
    static final int GAP = 4;
    /** The type of a row naming no event. */
    static final String NONE = "-";

    private record Family(PhraseMatcher<Boolean> objects, Trigger trigger, boolean qualifier) {
    }

    private final PhraseMatcher<List<Family>> verbs = new PhraseMatcher<>();
    /** The base forms of the families' verbs the rows do not list ("restore" for "restored"), read after a modal only. */
    private final PhraseMatcher<List<Family>> bases = new PhraseMatcher<>();
    private final Set<String> conjunctions = new HashSet<>();
    private final Set<String> infinitiveMarks = new HashSet<>();
    private final Set<String> articles = new HashSet<>();
    private final Set<String> stops = new HashSet<>();

    private VerbObjects(String code, Map<String, String> baseOf) {
        String path = "org/vigie/nlp/lang/" + code + "/event-verb-objects.tsv";
        Map<String, List<Family>> byVerb = new LinkedHashMap<>();
        for (Map<String, String> row : LanguagePack.of(code).table("event-verb-objects.tsv")) {
            String vs = row.getOrDefault("verbs", "").strip(), os = row.getOrDefault("objects", "").strip();
            String type = row.getOrDefault("type", "").strip(), mode = row.getOrDefault("mode", "").strip();
            if (vs.isEmpty() || os.isEmpty() || type.isEmpty()) throw new ConfigException(path + ": row without verbs, objects or type: " + row);
            EventType t = null;
            try {
                if (!NONE.equals(type)) t = EventType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(path + ": '" + type + "' is not a PLOVER event type nor '" + NONE + "'");
            }
            PhraseMatcher<Boolean> objects = new PhraseMatcher<>();
            for (String o : os.split("\\|")) objects.add(o.strip(), Boolean.TRUE);
            boolean governs = t == EventType.REQUEST || t == EventType.REJECT || t == EventType.THREATEN;
            Family f = new Family(objects, t == null ? null : new Trigger(t, mode.isEmpty() ? null : mode, governs, false, false, false),
                    "qualifier".equals(row.getOrDefault("name", "").strip()));
            for (String v : vs.split("\\|")) byVerb.computeIfAbsent(v.strip(), k -> new ArrayList<>()).add(f);
        }
        byVerb.forEach(verbs::add);
        // "would restore ties", "will sever relations": the base form of a one-word verb of a row, from the
        // PETRARCH-derived verb rows, where a frame calls for it (ev15cues)
        Map<String, List<Family>> byBase = new LinkedHashMap<>();
        Set<String> listed = new HashSet<>();
        for (String v : byVerb.keySet()) listed.add(LanguagePack.normalize(v));
        byVerb.forEach((v, fs) -> {
            String base = v.contains(" ") ? null : baseOf.get(LanguagePack.normalize(v));
            if (base != null && !listed.contains(base)) {
                List<Family> to = byBase.computeIfAbsent(base, k -> new ArrayList<>());
                for (Family f : fs) if (!to.contains(f)) to.add(f);
            }
        });
        byBase.forEach(bases::add);
        for (String c : LanguagePack.of(code).words("conjunctions.txt")) conjunctions.add(LanguagePack.normalize(c));
        for (String m : LanguagePack.of(code).words("infinitive-marks.txt")) infinitiveMarks.add(LanguagePack.normalize(m));
        for (String a : LanguagePack.of(code).words("articles.txt")) articles.add(LanguagePack.normalize(a));
        for (String p : LanguagePack.of(code).words("verb-object-stops.txt")) stops.add(LanguagePack.normalize(p));
    }

    static VerbObjects of(String code) {
        return new VerbObjects(code, Map.of());
    }

    /** The families of a language, with the base forms {@code baseOf} gives (a form -> its base) for {@link #baseAt}. */
    static VerbObjects of(String code, Map<String, String> baseOf) {
        return new VerbObjects(code, baseOf);
    }

    boolean isEmpty() {
        return verbs.isEmpty();
    }

    /**
     * A verb-object trigger: {@code trigger} over the tokens of the verb and its object, {@code [start, extent)},
     * or of the verb alone, {@code [start, end)}, when a name stands between them; its value is null for a row of
     * no event.
     */
    record Found(PhraseMatcher.Match<Trigger> trigger, int extent) {
    }

    /** The verb-object triggers in {@code [from, to)}, left to right, not overlapping; {@code nameEnd} as in {@link EventLexicon#triggersIn}. */
    List<Found> findAll(List<String> forms, int from, int to, java.util.function.IntUnaryOperator nameEnd) {
        List<Found> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Optional<PhraseMatcher.Match<List<Family>>> v = verbs.longestAt(forms, i, to);
            if (v.isEmpty()) continue;
            Found m = objectAfter(forms, v.get(), to, nameEnd);
            if (m == null) continue;
            out.add(m);
            i = m.extent() - 1;
        }
        return out;
    }

    /**
     * The verb-object trigger whose verb is in its base form at token {@code i} ("would restore full ties"), for a
     * caller that knows a frame calls for a base form there ({@link Clauses#baseFormAt}); empty when none.
     */
    Optional<Found> baseAt(List<String> forms, int i, int to, java.util.function.IntUnaryOperator nameEnd) {
        Optional<PhraseMatcher.Match<List<Family>>> v = bases.longestAt(forms, i, to);
        return v.map(m -> objectAfter(forms, m, to, nameEnd));
    }

    private Found objectAfter(List<String> forms, PhraseMatcher.Match<List<Family>> verb, int to, java.util.function.IntUnaryOperator nameEnd) {
        boolean named = false;
        for (int j = verb.end(); j < to && j <= verb.end() + GAP; j++) {
            for (Family f : verb.value()) {
                Optional<PhraseMatcher.Match<Boolean>> o = f.objects().longestAt(forms, j, to);
                boolean alone = named && !f.qualifier();
                if (o.isPresent()) return new Found(new PhraseMatcher.Match<>(verb.start(), alone ? verb.end() : o.get().end(), f.trigger()), o.get().end());
            }
            named |= nameEnd.applyAsInt(j) > j;
            String w = forms.get(j);
            if (isPunct(w) || conjunctions.contains(w) || stops.contains(w)) return null;
            // ("declined to comment on the request": a verb governing an infinitive has no object of its own; a
            // partitive article is no infinitive mark: "a acheminé de l'aide")
            if (j == verb.end() && infinitiveMarks.contains(w) && (j + 1 >= to || !articles.contains(forms.get(j + 1)))) return null;
            // ("returned the seized ship": a participle qualifying the object is no verb with an object of its own)
            Optional<PhraseMatcher.Match<List<Family>>> other = verbs.longestAt(forms, j, to);
            if (other.isPresent() && objectAfter(forms, other.get(), to, nameEnd) != null) return null;
        }
        return null;
    }

    private static boolean isPunct(String w) {
        return !w.isEmpty() && w.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
