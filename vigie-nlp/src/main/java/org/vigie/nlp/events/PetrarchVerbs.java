package org.vigie.nlp.events;

import org.vigie.core.ConfigException;
import org.vigie.core.model.EventType;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.quotes.PhraseMatcher;

import java.util.*;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Event verbs derived from the PETRARCH verb dictionary ({@code event-verbs.tsv}, written by
 * {@link PetrarchVerbImport}): a past form of a dictionary verb ("staged", "launched", "slapped") is an event trigger
 * when one of its block's patterns has its word groups right after it in the clause ("staged a protest", "launched
 * an air strike against"), the most specific pattern winning; a pattern of no PLOVER type makes the verb no event,
 * except a pattern coded as an appeal (CAMEO 02, a category PLOVER drops) on a verb of demanding, which CAMEO uses to
 * grade some demands ("demanded aid"): it stays a request.
 * <p>
 * What a parse tree would tell PETRARCH is approximated, and each approximation was measured on the PETRARCH-2
 * validation half A and the demo gold (see the branch's report): "in the clause" means within {@link #WINDOW}
 * tokens, stopping at punctuation, the first group starting within {@link #NEAR} tokens of the verb (its object),
 * or of a possessive on the way, which is the object's determiner ("rejected North Korea's consistent demand"),
 * a compound's hyphen counting as part of one word ("staged a 24-hour hunger strike");
 * the words of one group may have up to {@link #GAP} tokens between them ("to the northern border" for "to
 * border"); a pattern word also matches its regular plural. Only past forms are triggers: the base, -s and -ing
 * forms are as often nouns ("forces", "bans", "fighting"), which only a tagger could tell. Only patterns of at least
 * {@link #MIN_WEIGHT} words count. Most of the dictionary's patterns are one noun, and reading them when that noun is
 * the verb's object or particle ("rejected the offer", "called off") made the table give the gold type alone on 29 of
 * 156 PLOVER development records instead of 5; but end to end, where the team's cues already code those records, it
 * found no more development events and added three false ones on the 39 PETRARCH-2 development records ("took part
 * in the killing" read as an agreement): the false-positive ceiling rules them out until a parse can tell
 * the object from the next clause's words. Patterns on
 * the words before the verb (its subject) and the blocks of verbs of saying or appealing (default CAMEO 01, 02, whose
 * patterns code what is said) are left out, since without a parse the subject and the said clause cannot be found.
 * <p>
 * A verb matching no pattern is no trigger, unless the table is read with defaults ({@link Defaults}). With
 * {@link Defaults#ALL}, its own code counts, else its block's default code when at least {@link #MIN_AGREEMENT} of
 * the block's patterns code the same type, and only when every block listing the form gives the same type: on the
 * demo gold and the PETRARCH-2 validation this cost more precision than it gave recall. The language packs read it
 * with {@link Defaults#AGREED}: only a block default that at least {@link #MIN_STRICT_AGREEMENT} of the block's
 * patterns share (the verb means the same whatever its object: "shelled", "deported", "threatened"), never a
 * member's own code (given for its usual object, with no agreement to check: "suspected", "contributed"), and only
 * when the verb is followed by what opens an object or a complement (a function word, a number, punctuation, or a
 * name that is the whole object when the caller knows names), not
 * by a word it may qualify ("armed groups", "suspected British militant"). On the PLOVER development records this
 * gave the gold type on 8 more records and another type on 1. Thread-safe and immutable after construction.
 */
public final class PetrarchVerbs {
    /**
     * A derived trigger over tokens {@code [start, end)}: its PLOVER type and mode, the CAMEO code, the rule (the
     * pattern's words, or "default") and where the pattern's last word ends ({@code end} for a default).
     */
    public record Match(int start, int end, EventType type, String mode, String cameo, String rule, int patternEnd) {
    }

    static final int WINDOW = 8;
    static final int NEAR = 3;
    static final int GAP = 3;
    /** The least share of a block's patterns coding the block's default type for the default to be used alone. */
    static final double MIN_AGREEMENT = 0.5;
    /** The fewest words a pattern needs to count (see the class comment). */
    static final int MIN_WEIGHT = 2;
    /** The least share of a block's patterns coding the block's default type for {@link Defaults#AGREED}. */
    static final double MIN_STRICT_AGREEMENT = 0.8;

    /** Which codes a verb matching no pattern gets. */
    public enum Defaults {
        /** None: a verb needs a pattern. */
        NONE,
        /** Its block's default when the block's patterns agree with it and the verb is followed by an object's opener. */
        AGREED,
        /** Its own code, else its block's default when half the block's patterns agree with it. */
        ALL
    }

    /** The English possessive clitics as the tokenizer splits them ("Korea 's", "rebels '"): the table is English. */
    private static final Set<String> POSSESSIVE = Set.of("'s", "'");

    /** The CAMEO category of appeals, which PLOVER drops. */
    private static final String APPEAL = "02";

    /** The hyphen of a compound ("24-hour"), which the tokenizer splits off. */
    private static final String HYPHEN = "-";

    private record Code(EventType type, String mode, String cameo) {
    }

    /** One slot of a word group: a word, or the member phrases of a class. */
    private record Slot(String word, List<String[]> members) {
    }

    private record Pat(List<List<Slot>> groups, Code code, int weight, String text) {
    }

    private static final class Block {
        Code defaultCode;
        double agree;
        boolean saying;
        final List<Pat> patterns = new ArrayList<>();
    }

    /** A member verb: its block and its own code (null when it has none; a null type is no event). */
    private record Member(String block, Code own) {
    }

    /** What a form can trigger: its blocks' usable patterns, most specific first, and its default codes. */
    private record Verb(List<Pat> patterns, List<Code> defaults) {
    }

    private static final Map<String, Optional<PetrarchVerbs>> CACHE = new ConcurrentHashMap<>();

    private final PhraseMatcher<String> forms = new PhraseMatcher<>();
    private final Map<String, Verb> verbs = new HashMap<>();
    private final Defaults defaultsRead;
    private final Set<String> functionWords;

    private PetrarchVerbs(String source, List<Map<String, String>> rows, Defaults defaultsRead, Set<String> functionWords) {
        this.defaultsRead = defaultsRead;
        this.functionWords = functionWords;
        Map<String, List<String[]>> classes = new HashMap<>();
        for (Map<String, String> row : rows) {
            if (!"class".equals(row.get("kind"))) continue;
            List<String[]> phrases = new ArrayList<>();
            for (String m : row.getOrDefault("text", "").split("\\|")) if (!m.isBlank()) phrases.add(m.strip().split(" "));
            classes.put(row.get("name"), phrases);
        }
        Map<String, Block> blocks = new LinkedHashMap<>();
        Map<String, List<Member>> members = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            String kind = row.getOrDefault("kind", "");
            String name = row.getOrDefault("name", "");
            switch (kind) {
                case "class" -> { }
                case "default" -> {
                    Block b = blocks.computeIfAbsent(name, k -> new Block());
                    b.defaultCode = code(source, row);
                    String cameo = b.defaultCode.cameo;
                    b.saying = b.defaultCode.type == null && (cameo.startsWith("01") || cameo.startsWith("02"));
                    String agree = row.getOrDefault("agree", "");
                    try {
                        b.agree = agree.isBlank() ? 1.0 : Double.parseDouble(agree);
                    } catch (NumberFormatException e) {
                        throw new ConfigException(source + ": agree '" + agree + "' is not a number");
                    }
                }
                case "verb" -> {
                    blocks.computeIfAbsent(name, k -> new Block());
                    Member m = new Member(name, row.getOrDefault("cameo", "").isBlank() ? null : code(source, row));
                    String[] all = row.getOrDefault("text", "").split("\\|");
                    String base = LanguagePack.normalize(all[0].strip());
                    for (String f : all) {
                        String form = LanguagePack.normalize(f.strip());
                        if (form.isEmpty() || !isPast(base, form)) continue;
                        members.computeIfAbsent(form, k -> new ArrayList<>()).add(m);
                    }
                }
                case "pattern" -> {
                    if (!row.getOrDefault("before", "").isBlank()) continue;
                    List<List<Slot>> groups = groups(source, row.getOrDefault("text", ""), classes);
                    int weight = 0;
                    for (List<Slot> g : groups) weight += g.size();
                    if (weight < MIN_WEIGHT) continue;
                    blocks.computeIfAbsent(name, k -> new Block()).patterns.add(new Pat(groups, code(source, row), weight, row.get("text")));
                }
                default -> throw new ConfigException(source + ": unknown row kind '" + kind + "'");
            }
        }
        for (Block b : blocks.values()) {
            // PLOVER drops CAMEO 02 (appeal) as a category, but a verb of demanding coded 02 for some objects
            // ("demanded aid": an appeal for aid in CAMEO's grading) still reports a demand, which PLOVER codes
            if (b.defaultCode == null || b.defaultCode.type != EventType.REQUEST) continue;
            b.patterns.replaceAll(p -> p.code.type == null && p.code.cameo.startsWith(APPEAL)
                    ? new Pat(p.groups, new Code(EventType.REQUEST, b.defaultCode.mode, p.code.cameo), p.weight, p.text) : p);
        }
        for (Map.Entry<String, List<Member>> e : members.entrySet()) {
            List<Pat> patterns = new ArrayList<>();
            List<Code> defaults = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Member m : e.getValue()) {
                Block b = blocks.get(m.block);
                if (b.saying) continue;
                if (seen.add(m.block)) patterns.addAll(b.patterns);
                if (defaultsRead == Defaults.AGREED) defaults.add(b.defaultCode != null && b.agree >= MIN_STRICT_AGREEMENT ? b.defaultCode : null);
                else defaults.add(m.own != null ? m.own : b.defaultCode != null && b.agree >= MIN_AGREEMENT ? b.defaultCode : null);
            }
            if (patterns.isEmpty() && defaults.isEmpty()) continue;
            patterns.sort(Comparator.comparingInt((Pat p) -> -p.weight)); // stable: file order among equals
            verbs.put(e.getKey(), new Verb(List.copyOf(patterns), defaults));
            forms.add(e.getKey(), e.getKey());
        }
    }

    /**
     * Whether {@code form} is a past form of the verb whose base form is {@code base}: a word differs from the
     * base and is neither its -ing nor its -s form.
     */
    static boolean isPast(String base, String form) {
        String[] b = base.split(" "), f = form.split(" ");
        if (b.length != f.length) return false;
        boolean differs = false;
        for (int i = 0; i < b.length; i++) {
            if (b[i].equals(f[i])) continue;
            differs = true;
            String w = f[i], bw = b[i];
            if (w.endsWith("ing")) return false;
            if (w.equals(bw + "s") || w.equals(bw + "es") || bw.endsWith("y") && w.equals(bw.substring(0, bw.length() - 1) + "ies")) return false;
        }
        return differs;
    }

    private static Code code(String source, Map<String, String> row) {
        String type = row.getOrDefault("type", "").strip();
        String cameo = row.getOrDefault("cameo", "").strip();
        if (type.isEmpty() || type.equals("-")) return new Code(null, null, cameo);
        try {
            String mode = row.getOrDefault("mode", "").strip();
            return new Code(EventType.valueOf(type), mode.isEmpty() ? null : mode, cameo);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source + ": '" + type + "' is not a PLOVER event type");
        }
    }

    private static List<List<Slot>> groups(String source, String text, Map<String, List<String[]>> classes) {
        List<List<Slot>> out = new ArrayList<>();
        if (text.isBlank()) return out;
        for (String g : text.split(";")) {
            List<Slot> slots = new ArrayList<>();
            for (String w : g.strip().split("\\s+")) {
                if (w.isEmpty()) continue;
                if (w.startsWith("&")) {
                    List<String[]> m = classes.get(w);
                    if (m == null) throw new ConfigException(source + ": undefined class " + w);
                    slots.add(new Slot(null, m));
                } else {
                    slots.add(new Slot(LanguagePack.normalize(w), null));
                }
            }
            if (!slots.isEmpty()) out.add(slots);
        }
        return out;
    }

    /** Reads rows in the format {@link PetrarchVerbImport} writes, with or without default codes. */
    public static PetrarchVerbs of(List<Map<String, String>> rows, boolean useDefaults) {
        return of(rows, useDefaults ? Defaults.ALL : Defaults.NONE, Set.of());
    }

    /**
     * Reads rows in the format {@link PetrarchVerbImport} writes, with the given defaults; {@code functionWords} (a
     * preposition: "to", "for") are the openers of an object {@link Defaults#AGREED} looks for.
     */
    public static PetrarchVerbs of(List<Map<String, String>> rows, Defaults defaults, Set<String> functionWords) {
        return new PetrarchVerbs("event-verbs table", rows, defaults, normalized(functionWords));
    }

    private static Set<String> normalized(Collection<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) out.add(LanguagePack.normalize(w.strip()));
        return Set.copyOf(out);
    }

    /** The derived verbs of a language ({@code event-verbs.tsv}, read with {@link Defaults#AGREED}), empty when it has none. */
    public static Optional<PetrarchVerbs> forLanguage(String code) {
        return CACHE.computeIfAbsent(code.toLowerCase(Locale.ROOT), c -> {
            List<Map<String, String>> rows = LanguagePack.of(c).table("event-verbs.tsv");
            return rows.isEmpty() ? Optional.empty()
                    : Optional.of(new PetrarchVerbs("org/vigie/nlp/lang/" + c + "/event-verbs.tsv", rows, Defaults.AGREED,
                    normalized(LanguagePack.of(c).words("stopwords.txt"))));
        });
    }

    /**
     * The derived trigger of a verb form starting at token {@code i} of normalised {@code tokens}, the clause
     * searched up to {@code to} (the sentence end); empty when no form starts there or the verb codes no PLOVER
     * event in this context.
     */
    /** Whether a normalised word is a past form of a dictionary verb ("met", "shot", "attacked"). */
    public boolean isPastForm(String form) {
        return verbs.containsKey(form);
    }

    public Optional<Match> at(List<String> tokens, int i, int to) {
        return at(tokens, i, to, k -> -1);
    }

    /**
     * As {@link #at(List, int, int)}, where {@code nameEnd} gives the token after a name starting at a token (-1 when
     * none starts there): a verb read with {@link Defaults#AGREED} may have a name as its object when the name is the
     * whole object, followed by what may follow an object ("thanked Tarvania for its help"), not a name qualifying
     * the next word ("suspected British militant").
     */
    public Optional<Match> at(List<String> tokens, int i, int to, java.util.function.IntUnaryOperator nameEnd) {
        Optional<PhraseMatcher.Match<String>> f = forms.longestAt(tokens, i, to);
        if (f.isEmpty()) return Optional.empty();
        int end = f.get().end();
        Verb v = verbs.get(f.get().value());
        int clauseEnd = end;
        while (clauseEnd < to && clauseEnd < end + WINDOW && (!isPunct(tokens.get(clauseEnd)) || POSSESSIVE.contains(tokens.get(clauseEnd)) || tokens.get(clauseEnd).equals(HYPHEN))) clauseEnd++;
        for (Pat p : v.patterns) {
            int patternEnd = matches(p.groups, tokens, end, clauseEnd);
            if (patternEnd < 0) continue;
            if (p.code.type == null) return Optional.empty();
            return Optional.of(new Match(i, end, p.code.type, p.code.mode, p.code.cameo, p.text, patternEnd));
        }
        if (defaultsRead == Defaults.NONE || v.defaults.isEmpty()) return Optional.empty();
        // no object evidence: the verb must be followed by what opens an object, not by a word it qualifies
        if (defaultsRead == Defaults.AGREED && end < to) {
            int after = nameEnd.applyAsInt(end);
            if (after > end ? after < to && !opensObject(tokens.get(after)) : !opensObject(tokens.get(end))) return Optional.empty();
        }
        Code chosen = null;
        for (Code c : v.defaults) {
            if (c == null || c.type == null || chosen != null && chosen.type != c.type) return Optional.empty();
            if (chosen == null) chosen = c;
        }
        return Optional.of(new Match(i, end, chosen.type, chosen.mode, chosen.cameo, "default", end));
    }

    /**
     * What decides the form at token {@code i} (for diagnostics): "pattern TEXT => TYPE" (TYPE "-" for no event),
     * "no pattern", or null when no listed past form starts there.
     */
    String decision(List<String> tokens, int i, int to) {
        Optional<PhraseMatcher.Match<String>> f = forms.longestAt(tokens, i, to);
        if (f.isEmpty()) return null;
        int end = f.get().end();
        Verb v = verbs.get(f.get().value());
        int clauseEnd = end;
        while (clauseEnd < to && clauseEnd < end + WINDOW && (!isPunct(tokens.get(clauseEnd)) || POSSESSIVE.contains(tokens.get(clauseEnd)) || tokens.get(clauseEnd).equals(HYPHEN))) clauseEnd++;
        for (Pat p : v.patterns) {
            if (matches(p.groups, tokens, end, clauseEnd) >= 0) return "pattern " + p.text + " => " + (p.code.type == null ? "-" : p.code.type);
        }
        return "no pattern";
    }

    /** Where the groups end when they occur in order in {@code [from, to)}, the first within {@link #NEAR} tokens of {@code from}; -1 when not. */
    private static int matches(List<List<Slot>> groups, List<String> tokens, int from, int to) {
        int k = from;
        boolean first = true;
        for (List<Slot> g : groups) {
            int found = -1;
            // the first group is the verb's object or particle: right after it, a determiner or two between
            int last = first ? Math.min(to, from + NEAR + 1) : to;
            for (int s = k; s < last && found < 0; s++) {
                found = group(g, tokens, s, to);
                // "rejected North Korea's consistent demand": a possessive is the object's determiner, its head follows
                if (first && found < 0 && POSSESSIVE.contains(tokens.get(s))) last = Math.min(to, s + NEAR + 1);
                // "a 24-hour hunger strike": a hyphen joins its neighbours into one word of the object
                if (first && found < 0 && tokens.get(s).equals(HYPHEN)) last = Math.min(to, last + 2);
            }
            first = false;
            if (found < 0) return -1;
            k = found;
        }
        return k;
    }

    /** The end of group {@code g} matched with its first slot at {@code s}, or -1. */
    private static int group(List<Slot> g, List<String> tokens, int s, int to) {
        int end = slot(g.get(0), tokens, s, to);
        if (end < 0) return -1;
        for (int n = 1; n < g.size(); n++) {
            int next = -1;
            for (int k = end; k < to && k <= end + GAP && next < 0; k++) next = slot(g.get(n), tokens, k, to);
            if (next < 0) return -1;
            end = next;
        }
        return end;
    }

    private static int slot(Slot slot, List<String> tokens, int k, int to) {
        if (slot.word != null) return word(slot.word, tokens.get(k)) ? k + 1 : -1;
        int best = -1;
        for (String[] phrase : slot.members) {
            if (k + phrase.length > to) continue;
            boolean ok = true;
            for (int j = 0; j < phrase.length && ok; j++) ok = word(phrase[j], tokens.get(k + j));
            if (ok) best = Math.max(best, k + phrase.length);
        }
        return best;
    }

    /** A pattern word matches itself and its regular plural (the dictionary lists singular heads). */
    private static boolean word(String w, String token) {
        if (token.equals(w)) return true;
        if (!token.startsWith(w.length() > 1 && w.endsWith("y") ? w.substring(0, w.length() - 1) : w)) return false;
        return token.equals(w + "s") || token.equals(w + "es") || w.endsWith("y") && token.equals(w.substring(0, w.length() - 1) + "ies");
    }

    private boolean opensObject(String token) {
        return functionWords.contains(token) || !token.isEmpty() && Character.isDigit(token.charAt(0)) || isPunct(token);
    }

    private static boolean isPunct(String token) {
        for (int i = 0; i < token.length(); i++) if (Character.isLetterOrDigit(token.charAt(i))) return false;
        return true;
    }
}
