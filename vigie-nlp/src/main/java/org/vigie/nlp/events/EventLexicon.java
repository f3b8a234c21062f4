package org.vigie.nlp.events;

import org.vigie.core.ConfigException;
import org.vigie.core.model.EventType;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.quotes.PhraseMatcher;

import java.util.*;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event knowledge of one language: triggers and frame words from {@code event-cues.tsv} and negation cues
 * from {@code negation.txt}, group-actor nouns from {@code actor-nouns.txt}, and, behind the cues, the verbs
 * derived from the PETRARCH dictionary ({@code event-verbs.tsv}, {@link PetrarchVerbs}) when the language has
 * them. A language is supported when it has an {@code event-cues.tsv}.
 */
final class EventLexicon {
    /**
     * A trigger: the event type and mode it signals, whether it governs an unrealised action, if it is a noun, and
     * whether it reports an event only with a second actor ("spoke with" a person is a meeting, "spoke with
     * reporters" is not), and whether its subject is on the receiving end ("received weapons from X": X gives).
     */
    record Trigger(EventType type, String mode, boolean scope, boolean noun, boolean needsTarget, boolean received) {
    }

    enum Frame { BETWEEN, BY, WITH, LOC, PASSIVE, MODE, IRREALIS, CONDITION, INTENT, INFINITIVE, HOSTILE, BACKGROUND, PROPOSAL, AUX, PREP, LIGHT, SPEAKER }

    record FrameWord(Frame frame, String mode) {
    }

    /** Types whose verbs govern an action not (yet) done ("demanded that X withdraw", "threatened to strike"). */
    private static final Set<EventType> GOVERNING = EnumSet.of(EventType.REQUEST, EventType.REJECT, EventType.THREATEN);

    private static final Map<String, Optional<EventLexicon>> CACHE = new ConcurrentHashMap<>();

    private final PhraseMatcher<Trigger> triggers = new PhraseMatcher<>();
    private final PhraseMatcher<FrameWord> frames = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> negations = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> groups = new PhraseMatcher<>();
    private final Set<String> cityPrepositions = new HashSet<>();
    private final Set<String> cityNouns = new HashSet<>();
    private final Set<String> obligations = new HashSet<>();
    private final Set<String> futureForms = new HashSet<>();
    private final PhraseMatcher<Trigger> baseForms = new PhraseMatcher<>();
    private final Optional<PetrarchVerbs> derived;
    private final VerbObjects verbObjects;

    private final String language;

    private EventLexicon(String code, List<Map<String, String>> rows) {
        this.language = code;
        String path = "org/vigie/nlp/lang/" + code + "/event-cues.tsv";
        List<Variant> variants = variants(code);
        Set<String> listed = new HashSet<>();
        for (Map<String, String> row : rows) listed.add(row.getOrDefault("cue", "").strip());
        Map<String, String> baseOf = baseForms(code);
        for (Map<String, String> row : rows) {
            String cue = row.getOrDefault("cue", "").strip();
            String type = row.getOrDefault("type", "").strip();
            String mode = row.getOrDefault("mode", "").strip();
            if (cue.isEmpty() || type.isEmpty()) throw new ConfigException(path + ": row without cue or type: " + row);
            if (type.startsWith("@")) {
                FrameWord word = new FrameWord(frame(path, type), mode.isEmpty() ? null : mode);
                frames.add(cue, word);
                // (a support verb, "imposé des sanctions", takes the forms of a verb)
                for (String v : variantsOf(cue, word.frame() == Frame.LIGHT, variants, listed)) frames.add(v, word);
                continue;
            }
            EventType t;
            try {
                t = EventType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(path + ": '" + type + "' is not a PLOVER event type");
            }
            boolean noun = "n".equals(row.get("pos"));
            // a verb that governs an act not done governs it in every form ("threatened to", "will threaten to"),
            // as the derived verbs below do (ev13frames)
            Trigger trigger = new Trigger(t, mode.isEmpty() ? null : mode, "yes".equals(row.get("scope")) || !noun && GOVERNING.contains(t),
                    noun, !row.getOrDefault("target", "").isBlank(),
                    "received".equals(row.getOrDefault("target", "").strip()));
            triggers.add(cue, trigger);
            if (!noun) {
                // "will demand", "refused to hold talks": the base form of the cue's verb, for the frames that call for it
                String[] words = cue.split("\\s+");
                String base = words[0].endsWith("*") ? null : baseOf.get(LanguagePack.normalize(words[0]));
                if (base != null) {
                    words[0] = base;
                    String phrase = String.join(" ", words);
                    if (listed.add(phrase)) baseForms.add(phrase, trigger);
                }
            }
            for (String v : variantsOf(cue, !noun, variants, listed)) triggers.add(v, trigger);
        }
        Set<String> negationWords = new HashSet<>(LanguagePack.of(code).words("negation.txt"));
        for (String n : LanguagePack.of(code).words("negation.txt")) {
            negations.add(n, Boolean.TRUE);
            // ("a refusé d'attaquer": the elided form of a negation cue)
            for (String v : variantsOf(n, false, variants, negationWords)) negations.add(v, Boolean.TRUE);
        }
        for (String n : LanguagePack.of(code).words("actor-nouns.txt")) groups.add(n, Boolean.TRUE);
        for (String n : LanguagePack.of(code).words("city-prepositions.txt")) cityPrepositions.add(LanguagePack.normalize(n));
        for (String n : LanguagePack.of(code).words("city-nouns.txt")) cityNouns.add(LanguagePack.normalize(n));
        for (String n : LanguagePack.of(code).words("obligation-cues.txt")) obligations.add(LanguagePack.normalize(n));
        this.derived = PetrarchVerbs.forLanguage(code);
        this.verbObjects = VerbObjects.of(code, baseOf);
    }

    /**
     * A regular variant of a cue word ({@code cue-variants.tsv}): in the cue's first or last word, the part the
     * pattern matches is replaced by each replacement, for verb triggers only or for every cue and frame word.
     * {@code tense} is the tense the replacement gives ("future", "past"), empty when it is none. An {@code auxiliary}
     * row matches a tense auxiliary opening a cue ("a signé", "s'est entretenu"): the tensed rows then apply to the
     * participle after it, and the auxiliary is replaced by the row's replacement (dropped when it has none) (ev15cues).
     */
    private record Variant(boolean first, boolean auxiliary, boolean verbsOnly, java.util.regex.Pattern word, List<String> replacements, String tense) {
        boolean future() { return "future".equals(tense); }
    }

    private static List<Variant> variants(String code) {
        String path = "org/vigie/nlp/lang/" + code + "/cue-variants.tsv";
        List<Variant> out = new ArrayList<>();
        for (Map<String, String> row : LanguagePack.of(code).table("cue-variants.tsv")) {
            String position = row.getOrDefault("position", "").strip(), applies = row.getOrDefault("applies", "").strip();
            if (!Set.of("first", "last", "auxiliary").contains(position) || !Set.of("verb", "all").contains(applies)) {
                throw new ConfigException(path + ": position must be first, last or auxiliary, applies verb or all: " + row);
            }
            List<String> replacements = new ArrayList<>();
            for (String r : row.getOrDefault("replacements", "").split("\\|")) if (!r.isBlank()) replacements.add(r.strip());
            try {
                out.add(new Variant(!position.equals("last"), position.equals("auxiliary"), applies.equals("verb"),
                        java.util.regex.Pattern.compile(row.getOrDefault("word", "").strip()), replacements, row.getOrDefault("tense", "").strip()));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new ConfigException(path + ": bad word pattern: " + row);
            }
        }
        return out;
    }

    /**
     * The forms of a cue the frames around it call for and the table does not list ("va attaquer", "attaquera",
     * "a promis d'imposer" for "attaqué*" and "a promis de"): the cue with one word replaced by each replacement its
     * variant rule gives; a wildcard ending is dropped from the word replaced.
     */
    private List<String> variantsOf(String cue, boolean verb, List<Variant> variants, Set<String> listed) {
        List<String> out = new ArrayList<>();
        String[] words = cue.split("\\s+");
        for (Variant aux : variants) {
            // "a signé" -> "signait", "signera"; "s'est entretenu" -> "s'entretenait": the auxiliary gives way to the
            // participle's own tensed form (ev15cues)
            if (!aux.auxiliary() || aux.verbsOnly() && !verb || words.length < 2 || !aux.word().matcher(words[0]).matches()) continue;
            String lead = aux.replacements().isEmpty() ? "" : aux.replacements().get(0);
            if (!lead.isEmpty() && !lead.endsWith("'")) lead += " ";
            String[] rest = Arrays.copyOfRange(words, 1, words.length);
            String word = rest[0].endsWith("*") ? rest[0].substring(0, rest[0].length() - 1) : rest[0];
            for (Variant v : variants) {
                if (!v.first() || v.auxiliary() || v.tense().isEmpty()) continue;
                java.util.regex.Matcher m = v.word().matcher(word);
                if (!m.find()) continue;
                for (String r : v.replacements()) {
                    String[] copy = rest.clone();
                    copy[0] = word.substring(0, m.start()) + r + word.substring(m.end());
                    String variant = lead + String.join(" ", copy);
                    if (listed.add(variant)) out.add(variant);
                    if (v.future()) futureForms.add(LanguagePack.normalize(copy[0]));
                }
            }
        }
        for (Variant v : variants) {
            if (v.auxiliary() || v.verbsOnly() && !verb) continue;
            int i = v.first() ? 0 : words.length - 1;
            String word = words[i].endsWith("*") ? words[i].substring(0, words[i].length() - 1) : words[i];
            java.util.regex.Matcher m = v.word().matcher(word);
            if (!m.find()) continue;
            for (String r : v.replacements()) {
                String[] copy = words.clone();
                copy[i] = word.substring(0, m.start()) + r + word.substring(m.end());
                String variant = String.join(" ", copy);
                if (listed.add(variant)) out.add(variant);
                if (v.future()) futureForms.add(LanguagePack.normalize(copy[i]));
            }
        }
        return out;
    }

    /**
     * Each single-word form of a verb row of the language's PETRARCH-derived table ({@code event-verbs.tsv}) mapped to
     * the row's first form, its base ("demanded" -> "demand"); empty for a language without that table.
     */
    private static Map<String, String> baseForms(String code) {
        Map<String, String> out = new HashMap<>();
        for (Map<String, String> row : LanguagePack.of(code).table("event-verbs.tsv")) {
            if (!"verb".equals(row.get("kind"))) continue;
            String[] forms = row.getOrDefault("text", "").split("\\|");
            if (forms.length < 2 || forms[0].isBlank() || forms[0].contains(" ")) continue;
            for (String f : forms) if (!f.isBlank() && !f.contains(" ")) out.putIfAbsent(LanguagePack.normalize(f.strip()), LanguagePack.normalize(forms[0].strip()));
        }
        return out;
    }

    /**
     * The base forms of the verb cues the table lists in other forms only ("demand" for "demanded"), read where a
     * frame calls for a base form ({@link Clauses#baseFormAt}): never on their own, as many are nouns as well.
     */
    PhraseMatcher<Trigger> baseForms() { return baseForms; }

    private static Frame frame(String path, String type) {
        try {
            return Frame.valueOf(type.substring(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(path + ": unknown frame '" + type + "'");
        }
    }

    static Optional<EventLexicon> of(String code) {
        return CACHE.computeIfAbsent(code.toLowerCase(Locale.ROOT), c -> {
            List<Map<String, String>> rows = LanguagePack.of(c).table("event-cues.tsv");
            return rows.isEmpty() ? Optional.empty() : Optional.of(new EventLexicon(c, rows));
        });
    }

    PhraseMatcher<Trigger> triggers() { return triggers; }

    /**
     * The triggers in {@code [from, to)}: the team's cues ({@code event-cues.tsv}), then, on tokens no cue or frame
     * word covers, the verbs derived from the PETRARCH dictionary ({@code event-verbs.tsv}, {@link PetrarchVerbs}),
     * in text order. Team cues always win on their own tokens: they were written for the press this engine reads.
     * A team noun cue inside a derived pattern ("launched an air strike", "staged a protest") does not stop the
     * verb: the verb gives the clause's subject as actor, and one action of one type by one actor is one event.
     */
    List<PhraseMatcher.Match<Trigger>> triggersIn(List<String> forms, int from, int to) {
        return triggersIn(forms, from, to, k -> -1);
    }

    /** As {@link #triggersIn(List, int, int)}, knowing where names end ({@link PetrarchVerbs#at(List, int, int, java.util.function.IntUnaryOperator)}). */
    List<PhraseMatcher.Match<Trigger>> triggersIn(List<String> forms, int from, int to, java.util.function.IntUnaryOperator nameEnd) {
        BitSet covered = new BitSet();
        List<PhraseMatcher.Match<Trigger>> team = withVerbObjects(triggers.findAll(forms, from, to), forms, from, to, nameEnd, covered);
        if (derived.isEmpty()) return team;
        for (PhraseMatcher.Match<Trigger> m : team) covered.set(m.start(), m.end());
        for (PhraseMatcher.Match<FrameWord> m : frames.findAll(forms, from, to)) covered.set(m.start(), m.end());
        List<PhraseMatcher.Match<Trigger>> out = new ArrayList<>(team);
        for (int i = from; i < to; i++) {
            if (covered.get(i)) continue;
            Optional<PetrarchVerbs.Match> d = derived.get().at(forms, i, to, nameEnd);
            if (d.isEmpty() || covered.get(d.get().start(), d.get().end()).cardinality() > 0) continue;
            PetrarchVerbs.Match m = d.get();
            out.add(new PhraseMatcher.Match<>(m.start(), m.end(), new Trigger(m.type(), m.mode(), GOVERNING.contains(m.type()),
                    false, false, false)));
            i = m.end() - 1;
        }
        out.sort(Comparator.comparingInt(PhraseMatcher.Match::start));
        return out;
    }

    /**
     * The team's cues with the verb-object families ({@link VerbObjects}) among them: a verb with its object names
     * the act more precisely than a cue on the verb alone inside it ("closed its embassy" over "closed"), but a cue
     * as long or overlapping it beyond its span was written for that wording and wins. A family of no event ("released
     * its trade figures") silences the cues inside it, and its tokens are set in {@code masked}, where no derived verb
     * may fire either.
     */
    private List<PhraseMatcher.Match<Trigger>> withVerbObjects(List<PhraseMatcher.Match<Trigger>> team, List<String> forms, int from, int to,
                                                               java.util.function.IntUnaryOperator nameEnd, BitSet masked) {
        if (verbObjects.isEmpty()) return team;
        List<PhraseMatcher.Match<Trigger>> out = new ArrayList<>(team);
        for (VerbObjects.Found found : verbObjects.findAll(forms, from, to, nameEnd)) {
            int start = found.trigger().start(), extent = found.extent();
            boolean beaten = false;
            List<PhraseMatcher.Match<Trigger>> inside = new ArrayList<>();
            for (PhraseMatcher.Match<Trigger> t : team) {
                if (t.end() <= start || t.start() >= extent) continue;
                if (t.start() >= start && t.end() <= extent && t.end() - t.start() < extent - start) inside.add(t);
                else beaten = true;
            }
            if (beaten) continue;
            out.removeAll(inside);
            if (found.trigger().value() == null) masked.set(start, extent);
            else out.add(found.trigger());
        }
        out.sort(Comparator.comparingInt(PhraseMatcher.Match::start));
        return out;
    }

    /**
     * The verb-object trigger with its verb in the base form at token {@code i} ("will restore ties", "plans to sever
     * relations"), where a frame calls for a base form ({@link Clauses#baseFormAt}); empty when none or when the
     * family names no event.
     */
    Optional<PhraseMatcher.Match<Trigger>> verbObjectBaseAt(List<String> forms, int i, int to, java.util.function.IntUnaryOperator nameEnd) {
        return verbObjects.baseAt(forms, i, to, nameEnd).map(VerbObjects.Found::trigger).filter(m -> m.value() != null);
    }

    /** The language code of these cues. */
    String language() { return language; }

    PhraseMatcher<FrameWord> frames() { return frames; }
    PhraseMatcher<Boolean> negations() { return negations; }

    /**
     * Whether a normalised word is a future or reported-future form of a verb cue ("attaquera", "attaquerait"), which
     * announces the act as "will" and "would" do ({@code cue-variants.tsv}, tense "future").
     */
    boolean futureForm(String form) {
        return futureForms.contains(form);
    }

    /** Whether a normalised word is a past form of a verb of the language's PETRARCH-derived table ("met", "shot"). */
    boolean pastForm(String form) {
        return derived.map(d -> d.isPastForm(form)).orElse(false);
    }
    /** Head nouns of group actors ("government", "troops", "rebels") from {@code actor-nouns.txt}. */
    PhraseMatcher<Boolean> groups() { return groups; }
    /** Prepositions after which a bare name is a city ("à Korvan"), from {@code city-prepositions.txt}. */
    boolean isCityPreposition(String form) { return cityPrepositions.contains(form); }
    /** Modal verbs of obligation ("must"), from {@code obligation-cues.txt}; none when the language has no such file. */
    boolean isObligation(String form) { return obligations.contains(form); }
    /** Nouns naming a settlement ("ville", "town"), from {@code city-nouns.txt}. */
    boolean isCityNoun(String form) { return cityNouns.contains(form); }
}
