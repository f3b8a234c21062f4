package org.vigie.nlp.entities;

import org.vigie.core.model.EntityType;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.lang.LanguagePack;

import java.util.*;

/**
 * Multi-word names whose words the gazetteer and the rules would otherwise cut apart, found before the gazetteer
 * claims a known word inside them:
 * <ul>
 *   <li>a capitalised geographic feature word, an "of" and a capitalised name ("the Strait of Hormuz", "the Line of
 *   Control", "the Gulf of Aden"): one LOC name;</li>
 *   <li>a capitalised compass word before a known continent or region ("North Africa", "Central Asia"): one LOC
 *   name;</li>
 *   <li>a run of capitalised words ending in an organisation head ("National Liberation Army", "Hungarian Socialist
 *   Party"), with the "for"/"of" parts that continue it ("Democratic Forces for the Liberation of Rwanda"): one ORG
 *   name, a demonym at its start included. A state's own forces ("Russian Armed Forces", "Ukrainian Army", "the
 *   Armed Forces of Ukraine") stay mentions of the state: only modifiers of a state body between the demonym or
 *   country and the head do not make a name of its own.</li>
 * </ul>
 * The word lists are per language ({@code feature-words.txt}, {@code compass-words.txt}, {@code org-heads.txt},
 * {@code state-body-modifiers.txt}).
 */
final class NameBoundaries {
    /** A name: tokens [start, end), its type, the knowledge-base id when the whole name is known, else null. */
    record Found(int start, int end, EntityType type, String id) {
    }

    private static final Map<String, Lists> LISTS = new java.util.concurrent.ConcurrentHashMap<>();

    private record Lists(Set<String> features, Set<String> compass, Set<String> heads, Set<String> modifiers,
                         Set<String> leadingHeads, List<String> adjectiveEndings, Set<String> objectOpeners,
                         Set<String> bodyHeads, Set<String> leadingBodyHeads) {
    }

    /** Words that may stand between a connector and the rest of a name ("for the Liberation", "d'"). */
    private static final Set<String> ARTICLES = LanguagePack.wordsOfAll(LanguagePack.DEFAULT_LANGUAGES, "articles.txt");
    /** Capitalised words before an organisation head, the head included. */
    private static final int MAX_RUN = 6;
    /** Parts joined by a connector after the head ("for the Liberation" + "of Rwanda"). */
    private static final int MAX_PARTS = 2;
    /** Words of a known organisation's name opening the name of one of its bodies ("United Nations"). */
    private static final int MAX_OWNER = 4;
    /** Capitalised words after the organisation's name, the body head included ("Human Rights Council"). */
    private static final int MAX_BODY_WORDS = 3;
    /** Letters of the shortest compass adjective after a region ("centrale"; not "est", "sud", "nord", "ouest"). */
    private static final int MIN_COMPASS_ADJECTIVE = 6;

    private NameBoundaries() {
    }

    private static Lists lists(String language) {
        return LISTS.computeIfAbsent(language, l -> {
            List<String> langs = EntityAnnotator.ANY.equals(l) ? EntityAnnotator.LANGUAGES : List.of(l);
            return new Lists(union(langs, "feature-words.txt"), union(langs, "compass-words.txt"), union(langs, "org-heads.txt"),
                    union(langs, "state-body-modifiers.txt"), union(langs, "org-heads-first.txt"),
                    endings(langs), union(langs, "verb-object-openers.txt"), union(langs, "org-body-heads.txt"),
                    union(langs, "org-body-heads-first.txt"));
        });
    }

    /** Adjective endings as written, accents kept: "é" is an ending, "e" is not. */
    private static List<String> endings(List<String> langs) {
        Set<String> out = new HashSet<>();
        for (String l : langs) for (String w : LanguagePack.of(l).words("adjective-endings.txt")) out.add(w.toLowerCase(Locale.ROOT));
        return List.copyOf(out);
    }

    private static Set<String> union(List<String> langs, String file) {
        return LanguagePack.wordsOfAll(langs, file);
    }

    /**
     * The names of one sentence, left to right, none overlapping and none on a {@code blocked} token. In headlines
     * and where every noun has a capital (German), a capital tells nothing: nothing is found there. The words of a
     * state's body after its demonym ({@link #stateBody}) are marked in {@code blocked}, so that no later step makes
     * them a name.
     */
    static List<Found> find(EntityLexicon lex, KnowledgeBase kb, Gazetteer gaz, List<String> t, List<String> k, boolean[] blocked,
                            boolean headline, boolean nounsCapitalised) {
        if (headline || nounsCapitalised) return List.of();
        Lists lists = lists(lex.language);
        boolean[] taken = blocked.clone();
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Found body = taken[i] ? null : bodyOfKnown(lex, lists, kb, t, k, taken, i);
            if (body != null) {
                out.add(body);
                for (int j = body.start(); j < body.end(); j++) taken[j] = true;
                i = body.end() - 1;
                continue;
            }
            // a name starts where a run of capitalised words starts: inside one it is the run's business
            if (taken[i] || !nameWord(lex, t, k, taken, i) || i > 0 && nameWord(lex, t, k, taken, i - 1)) continue;
            Found f = feature(lex, lists, kb, t, k, taken, i);
            if (f == null) f = organisation(lex, lists, kb, t, k, taken, i);
            if (f == null) f = headFirst(lex, lists, kb, t, k, taken, i);
            if (f == null) {
                int[] stateWords = stateBody(lex, lists, kb, t, k, taken, i);
                if (stateWords != null) {
                    for (int j = stateWords[0]; j < stateWords[1]; j++) taken[j] = blocked[j] = true;
                    i = Math.max(i, stateWords[1] - 1);
                }
                continue;
            }
            f = knownWithLeadingWords(lex, kb, t, k, taken, f);
            out.add(f);
            for (int j = f.start(); j < f.end(); j++) taken[j] = true;
            i = f.end() - 1;
        }
        for (List<Gazetteer.Hit> group : gaz.find(t, k, taken)) {
            Found f = compassRegion(lex, lists, kb, t, k, taken, group.get(0));
            if (f == null) continue;
            out.add(f);
            for (int j = f.start(); j < f.end(); j++) taken[j] = true;
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    /**
     * "World Health Organization": a capitalised word that opens no name on its own ("World", "News", a name
     * stopword) still opens a name the knowledge base knows with it; the longest such known name wins, else {@code f}.
     */
    private static Found knownWithLeadingWords(EntityLexicon lex, KnowledgeBase kb, List<String> t, List<String> k, boolean[] taken, Found f) {
        int first = f.start();
        while (first > 0 && first > f.start() - 2 && !taken[first - 1] && CapitalisedNameTagger.isCap(t.get(first - 1))
                && lex.stopwords.contains(k.get(first - 1))) {
            first--;
        }
        for (int start = first; start < f.start(); start++) {
            List<KbEntry> entries = kb.lookup(String.join(" ", t.subList(start, f.end())));
            if (!entries.isEmpty()) return new Found(start, f.end(), entries.get(0).type(), entries.get(0).id());
        }
        return f;
    }

    /** "Strait of Hormuz", "Line of Control", "Sea of Azov": the feature word at {@code i}, a connector, a name. */
    private static Found feature(EntityLexicon lex, Lists lists, KnowledgeBase kb, List<String> t, List<String> k, boolean[] taken, int i) {
        if (!lists.features().contains(k.get(i))) return null;
        int j = i + 1;
        if (j >= t.size() || taken[j] || CapitalisedNameTagger.isCap(t.get(j)) || !lex.ofPrepositions.contains(k.get(j))) return null;
        int end = nameRun(lex, t, k, taken, afterArticle(t, k, taken, j + 1), 3);
        if (end < 0) return null;
        return known(kb, t, i, end, EntityType.LOC);
    }

    /**
     * "North Africa", "Central Asia": a capitalised compass word right before a known continent or region; "l'Afrique
     * du Nord", "l'Asie centrale": a compass word after it, capitalised after "de", in lower case right after.
     */
    private static Found compassRegion(EntityLexicon lex, Lists lists, KnowledgeBase kb, List<String> t, List<String> k, boolean[] taken,
                                       Gazetteer.Hit h) {
        Gazetteer.Target target = h.target();
        if (target.kind() != Gazetteer.Kind.NAME || target.type() != EntityType.LOC
                || !("continent".equals(target.entryKind()) || "region".equals(target.entryKind()))) {
            return null;
        }
        int c = h.start() - 1;
        if (c >= 0 && !taken[c] && lists.compass().contains(k.get(c)) && CapitalisedNameTagger.isCap(t.get(c))
                && !CapitalisedNameTagger.isAllCapsWord(t.get(c))) {
            return known(kb, t, c, h.end(), EntityType.LOC);
        }
        int a = h.end();
        // in lower case right after the region only the adjectives ("centrale", "australe"): the short cardinal words
        // follow "de", and "est" alone is the verb ("l'Europe est prête")
        if (a < t.size() && !taken[a] && lists.compass().contains(k.get(a)) && Character.isLowerCase(t.get(a).charAt(0))
                && k.get(a).length() >= MIN_COMPASS_ADJECTIVE) {
            return known(kb, t, h.start(), a + 1, EntityType.LOC);
        }
        if (a + 1 < t.size() && !taken[a] && lex.ofPrepositions.contains(k.get(a)) && !CapitalisedNameTagger.isCap(t.get(a))) {
            int w = afterArticle(t, k, taken, a + 1);
            if (w < t.size() && !taken[w] && lists.compass().contains(k.get(w)) && CapitalisedNameTagger.isCap(t.get(w))
                    && !CapitalisedNameTagger.isAllCapsWord(t.get(w))) {
                return known(kb, t, h.start(), w + 1, EntityType.LOC);
            }
        }
        return null;
    }

    /**
     * "United Nations Development Programme", "UN Human Rights Council", "Office for the Coordination of ..." after
     * "UN": a known organisation's name, then capitalised words ending in a word that names one of its bodies
     * ({@code org-body-heads.txt}), and the connected parts after it, is the body's name, not the organisation
     * and an unknown name beside it.
     */
    private static Found bodyOfKnown(EntityLexicon lex, Lists lists, KnowledgeBase kb, List<String> t, List<String> k, boolean[] taken, int i) {
        if (lists.bodyHeads().isEmpty() || !CapitalisedNameTagger.isCap(t.get(i)) || lex.stopwords.contains(k.get(i))) return null;
        // the body's name starts where its capitalised run starts ("The" and other stop words excepted)
        if (i > 0 && !taken[i - 1] && CapitalisedNameTagger.isCap(t.get(i - 1)) && !lex.stopwords.contains(k.get(i - 1))) return null;
        int ownerEnd = -1;
        for (int p = i + 1; p <= Math.min(t.size(), i + MAX_OWNER); p++) {
            if (taken[p - 1] || !CapitalisedNameTagger.isCap(t.get(p - 1))) break;
            if (kb.lookup(String.join(" ", t.subList(i, p))).stream().anyMatch(e -> e.type() == EntityType.ORG)) ownerEnd = p;
        }
        if (ownerEnd < 0) return null;
        int head = -1;
        for (int j = ownerEnd; j < t.size() && j < ownerEnd + MAX_BODY_WORDS && nameWord(lex, t, k, taken, j); j++) {
            if (lists.bodyHeads().contains(k.get(j))) head = j;
        }
        if (head < 0) return null;
        return known(kb, t, i, withParts(lex, t, k, taken, head + 1), EntityType.ORG);
    }

    /**
     * "Sudanese Armed Forces", "the Ukrainian Army": a demonym and words that only name one of its state's bodies
     * (modifiers and an organisation head) are a mention of the state, the demonym, unless the knowledge base knows
     * the whole as an organisation ("Russian Armed Forces"); the body's words, as token range [from, to), are no name
     * of their own and are blocked (else "Armed Forces" became an organisation of no state). Null when the words at
     * {@code i} are no such phrase.
     */
    private static int[] stateBody(EntityLexicon lex, Lists lists, KnowledgeBase kb, List<String> t, List<String> k, boolean[] taken, int i) {
        if (!lex.demonymKeys.containsKey(k.get(i))) return null;
        int j = i + 1, head = -1;
        while (j < t.size() && j <= i + 3 && nameWord(lex, t, k, taken, j)
                && (lists.modifiers().contains(k.get(j)) || lists.heads().contains(k.get(j)))) {
            if (lists.heads().contains(k.get(j))) head = j;
            j++;
        }
        if (head < 0 || j < t.size() && nameWord(lex, t, k, taken, j)) return null;
        if (!kb.lookup(String.join(" ", t.subList(i, head + 1))).isEmpty()) return null;
        return new int[]{i + 1, head + 1};
    }

    /** The end of up to two parts joined to a name by a connector ("for the Liberation" + "of Rwanda"). */
    private static int withParts(EntityLexicon lex, List<String> t, List<String> k, boolean[] taken, int end) {
        for (int part = 0; part < MAX_PARTS; part++) {
            int c = end;
            if (c + 1 >= t.size() || taken[c] || CapitalisedNameTagger.isCap(t.get(c)) || !lex.nameConnectors.contains(k.get(c))) break;
            int partStart = afterArticle(t, k, taken, c + 1);
            int partEnd = nameRun(lex, t, k, taken, partStart, 3);
            if (partEnd < 0) break;
            end = partEnd;
        }
        return end;
    }

    /**
     * "National Liberation Army", "Hungarian Socialist Party", "Democratic Forces for the Liberation of Rwanda": the
     * capitalised words from {@code i} up to the last organisation head among them, and the connected parts after it.
     */
    private static Found organisation(EntityLexicon lex, Lists lists, KnowledgeBase kb, List<String> t, List<String> k, boolean[] taken, int i) {
        int runEnd = i;
        while (runEnd < t.size() && runEnd - i < MAX_RUN && nameWord(lex, t, k, taken, runEnd)) runEnd++;
        int head = -1;
        for (int j = i + 1; j < runEnd; j++) if (lists.heads().contains(k.get(j))) head = j;
        if (head < 0) return null;
        // "Ohio Democratic Party", "New Hampshire Union Leader": names built on a known place are PlaceNames' business
        // (a capitalised stop word may open the place: "New Hampshire")
        int placeFrom = i > 0 && CapitalisedNameTagger.isCap(t.get(i - 1)) ? i - 1 : i;
        for (int s = placeFrom; s <= i; s++) {
            for (int p = i + 1; p <= Math.min(head, i + 3); p++) {
                if (kb.lookup(String.join(" ", t.subList(s, p))).stream().anyMatch(e -> e.type() == EntityType.GPE || e.type() == EntityType.LOC)) return null;
            }
        }
        // the words before the head: a demonym at the start, then words that only qualify a state's body
        int from = i;
        if (lex.demonymKeys.containsKey(k.get(i))) from++;
        boolean ownWord = false;
        for (int j = from; j < head; j++) ownWord |= !lists.modifiers().contains(k.get(j)) && !lists.heads().contains(k.get(j));
        int end = head + 1;
        int last = withParts(lex, t, k, taken, end);
        if (!ownWord) ownWord = ownPart(lists, kb, t, k, end, last);
        if (!ownWord) return null;
        // "the Fatah Party", "the Baath Party": a known organisation named with its head word is that organisation
        List<KbEntry> before = kb.lookup(String.join(" ", t.subList(i, head)));
        if (before.stream().anyMatch(e -> e.type() == EntityType.ORG)) {
            KbEntry org = before.stream().filter(e -> e.type() == EntityType.ORG).findFirst().orElseThrow();
            return new Found(i, end, EntityType.ORG, org.id());
        }
        return known(kb, t, i, last, EntityType.ORG);
    }

    /**
     * "Nigerian Union of Teachers": a connected part after the head with a word of its own that names no place gives a
     * demonym and a head a name of their own; "Armed Forces of South Sudan" stays the state's.
     */
    private static boolean ownPart(Lists lists, KnowledgeBase kb, List<String> t, List<String> k, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!CapitalisedNameTagger.isCap(t.get(j))) continue;
            int runEnd = j;
            while (runEnd < to && CapitalisedNameTagger.isCap(t.get(runEnd))) runEnd++;
            boolean place = kb.lookup(String.join(" ", t.subList(j, runEnd))).stream()
                    .anyMatch(e -> e.type() == EntityType.GPE || e.type() == EntityType.LOC);
            for (int w = j; w < runEnd && !place; w++) {
                if (!lists.modifiers().contains(k.get(w)) && !lists.heads().contains(k.get(w))) return true;
            }
            j = runEnd - 1;
        }
        return false;
    }

    /**
     * "Parti socialiste hongrois", "Front de libération nationale", "Forces démocratiques de libération du Rwanda":
     * where the head opens the name, the capitalised head, its lower-case adjectives (a demonym too) and up to two
     * parts after "de" (a lower-case noun and its adjectives, or a name). A head with only the words of a state's
     * body ("l'Armée ukrainienne", "les Forces armées") stays the state's, as does a head with just a country
     * after "de".
     */
    private static Found headFirst(EntityLexicon lex, Lists lists, KnowledgeBase kb, List<String> t, List<String> k, boolean[] taken, int i) {
        // "Mission des Nations unies", "Programme des Nations unies pour le développement": a body named after a known
        // organisation is a name of its own; the same head before anything else is a common noun
        boolean body = lists.leadingBodyHeads().contains(k.get(i));
        boolean knownOwner = false;
        if (!lists.leadingHeads().contains(k.get(i)) && !body) return null;
        int end = adjectives(lex, lists, t, k, taken, i + 1, 2);
        boolean own = false;
        for (int j = i + 1; j < end; j++) own |= !lists.modifiers().contains(k.get(j)) && !lex.demonymKeys.containsKey(k.get(j));
        for (int part = 0; part < MAX_PARTS; part++) {
            int c = end;
            if (c + 1 >= t.size() || taken[c] || CapitalisedNameTagger.isCap(t.get(c)) || !lex.ofPrepositions.contains(k.get(c))) break;
            int w = afterArticle(t, k, taken, c + 1);
            if (w >= t.size() || taken[w]) break;
            int partEnd;
            if (CapitalisedNameTagger.isCap(t.get(w))) {
                partEnd = nameRun(lex, t, k, taken, w, 3);
                if (partEnd < 0) break;
                boolean country = kb.lookup(String.join(" ", t.subList(w, partEnd))).stream().anyMatch(e -> e.type() == EntityType.GPE);
                // "l'Armée de Valdorie" is the state's army; "Forces démocratiques de libération du Rwanda" a name
                if (country && !own) break;
                // "Organisation du traité de la Baltique centrale"
                partEnd = adjectives(lex, lists, t, k, taken, partEnd, 1);
                if (body) {
                    // "des Nations unies": the owner's known name may go on in lower case
                    for (int ownerEnd = Math.min(t.size(), partEnd + 2); ownerEnd >= partEnd && !knownOwner; ownerEnd--) {
                        if (EntityAnnotator.anyBlocked(taken, w, ownerEnd)) continue;
                        if (kb.lookup(String.join(" ", t.subList(w, ownerEnd))).stream().anyMatch(e -> e.type() == EntityType.ORG)) {
                            knownOwner = true;
                            own = true;
                            partEnd = Math.max(partEnd, ownerEnd);
                        }
                    }
                }
            } else {
                String key = k.get(w);
                if (!Character.isLetter(key.charAt(0)) || lex.stopwords.contains(key) || key.length() < 4 || infinitive(key)) break;
                // "traitÃ©": a word cut by a symbol (mis-decoded text) is no word to build a name on
                if (w + 1 < t.size() && !t.get(w + 1).isEmpty() && !Character.isLetterOrDigit(t.get(w + 1).charAt(0))
                        && ",.;:!?()«»\"'’-–—".indexOf(t.get(w + 1).charAt(0)) < 0) break;
                partEnd = adjectives(lex, lists, t, k, taken, w + 1, 1);
                // "Forces de défense israéliennes" are the state's: a word of a state's body makes no name of its own
                own |= !lists.modifiers().contains(key);
            }
            end = partEnd;
        }
        if (end == i + 1 || !own || body && !lists.leadingHeads().contains(k.get(i)) && !knownOwner) return null;
        return longestKnown(kb, t, taken, i, end);
    }

    /** The end of up to {@code max} lower-case adjectives (by ending or as demonyms) from {@code j}. */
    private static int adjectives(EntityLexicon lex, Lists lists, List<String> t, List<String> k, boolean[] taken, int j, int max) {
        int end = j;
        while (end < t.size() && end - j < max && !taken[end] && !t.get(end).isEmpty() && Character.isLowerCase(t.get(end).charAt(0))
                && !lex.stopwords.contains(k.get(end)) && adjective(lex, lists, k.get(end), t.get(end).toLowerCase(Locale.ROOT))) {
            // "Le Parti socialiste critique le gouvernement": a word with an adjective ending followed by the opener
            // of an object is the verb, and the name ends before it (a demonym stays an adjective)
            boolean demonym = lex.demonymKeys.containsKey(k.get(end)) || lex.looksLikeDemonym(k.get(end));
            if (!demonym && end + 1 < t.size() && lists.objectOpeners().contains(k.get(end + 1))) break;
            end++;
        }
        return end;
    }

    private static boolean adjective(EntityLexicon lex, Lists lists, String key, String lower) {
        if (lex.demonymKeys.containsKey(key) || lex.looksLikeDemonym(key)) return true;
        for (String e : lists.adjectiveEndings()) if (lower.length() >= e.length() + 3 && lower.endsWith(e)) return true;
        return false;
    }

    /** "de sanctionner", "de partir": a verb after "de" ends the name. */
    private static boolean infinitive(String key) {
        return key.length() > 4 && (key.endsWith("er") || key.endsWith("ir"));
    }

    /** Words after a head-first name that may still belong to a name the knowledge base knows ("pour les réfugiés"). */
    private static final int MAX_KNOWN_TAIL = 5;

    /**
     * "Haut-Commissariat des Nations unies pour les réfugiés": the longest name from {@code start} that the knowledge
     * base knows, up to {@link #MAX_KNOWN_TAIL} words past {@code end} and within the clause, else the name [start, end).
     */
    private static Found longestKnown(KnowledgeBase kb, List<String> t, boolean[] taken, int start, int end) {
        int limit = end;
        while (limit < t.size() && limit < end + MAX_KNOWN_TAIL && !taken[limit] && Character.isLetter(t.get(limit).charAt(0))) limit++;
        for (int e = limit; e > end; e--) {
            List<KbEntry> entries = kb.lookup(String.join(" ", t.subList(start, e)));
            if (!entries.isEmpty()) return new Found(start, e, entries.get(0).type(), entries.get(0).id());
        }
        return known(kb, t, start, end, EntityType.ORG);
    }

    /** The name [start, end), linked when the knowledge base knows the whole of it (then typed as the entry is). */
    private static Found known(KnowledgeBase kb, List<String> t, int start, int end, EntityType type) {
        String name = String.join(" ", t.subList(start, end));
        List<KbEntry> entries = kb.lookup(name);
        if (!entries.isEmpty()) return new Found(start, end, entries.get(0).type(), entries.get(0).id());
        return new Found(start, end, type, null);
    }

    private static int afterArticle(List<String> t, List<String> k, boolean[] taken, int j) {
        if (j < t.size() && !taken[j] && ARTICLES.contains(k.get(j)) && !CapitalisedNameTagger.isCap(t.get(j))) return j + 1;
        return j;
    }

    /** The end of a run of one to {@code max} name words from {@code j}, or -1 when there is none. */
    private static int nameRun(EntityLexicon lex, List<String> t, List<String> k, boolean[] taken, int j, int max) {
        int end = j;
        while (end < t.size() && end - j < max && nameWord(lex, t, k, taken, end)) end++;
        return end > j ? end : -1;
    }

    /** A free capitalised word that may be in a name: letters, not in capitals throughout, not a stop word. */
    private static boolean nameWord(EntityLexicon lex, List<String> t, List<String> k, boolean[] taken, int j) {
        String w = t.get(j);
        return !taken[j] && CapitalisedNameTagger.isCap(w) && !CapitalisedNameTagger.isAllCapsWord(w) && Gazetteer.letters(w) >= 2
                && !lex.stopwords.contains(k.get(j));
    }
}
