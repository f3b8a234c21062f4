package org.vigie.nlp.entities;

import org.vigie.core.Document;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;
import org.vigie.core.model.Token;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.kb.Office;
import org.vigie.nlp.lang.LanguagePack;

import java.time.LocalDate;
import java.util.*;

/**
 * Links mentions to the knowledge base and groups the mentions of one entity: knowledge-base ids first, then
 * unknown names joined to the most recent compatible group by spelling and transliteration similarity (surname
 * alone -> the full name seen before; acronym -> the long form with those initials), never joining two people whose
 * given names differ, nor strongly typed mentions of different types.
 */
final class Linker {
    private record Alias(String key, String givenKey, String id) {
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final KnowledgeBase kb;
    private final List<Alias> personAliases = new ArrayList<>();

    Linker(KnowledgeBase kb) {
        this.kb = kb;
        for (KbEntry e : kb.entries()) {
            if (e.type() != EntityType.PER) continue;
            for (String name : e.allNames()) {
                String[] w = SPACES.split(name);
                if (w.length >= 2) personAliases.add(new Alias(VariantKey.of(w[w.length - 1]), VariantKey.of(w[0]), e.id()));
            }
        }
    }

    /** Among the targets of one gazetteer hit, a person holding an office on the date, else the best priority. */
    Gazetteer.Hit choose(List<Gazetteer.Hit> group, LocalDate date) {
        if (group.size() > 1 && date != null) {
            for (Gazetteer.Hit h : group) {
                if (h.target().type() != EntityType.PER) continue;
                for (Office o : kb.offices(h.target().id())) if (o.heldOn(date)) return h;
            }
        }
        return group.get(0);
    }

    List<Cluster> group(List<Candidate> cands, LocalDate date) {
        Map<String, Cluster> byKb = new LinkedHashMap<>();
        List<Cluster> clusters = new ArrayList<>();
        for (Candidate c : cands) {
            if (c.kbId == null) c.kbId = dottedAcronym(c.text);
            if (c.kbId == null) c.kbId = hyphenatedPlace(c.text);
            if (c.kbId != null) {
                kbCluster(c.kbId, byKb, clusters).add(c);
                continue;
            }
            Cluster best = null;
            List<Cluster> recent = new ArrayList<>(clusters);
            recent.sort(Comparator.comparingInt((Cluster cl) -> cl.lastSentence).reversed());
            for (Cluster cl : recent) {
                if (cl.accepts(c) && matches(c, cl)) {
                    best = cl;
                    break;
                }
            }
            if (best == null) {
                String id = fuzzyPerson(c);
                if (id != null) {
                    c.kbId = id;
                    best = kbCluster(id, byKb, clusters);
                }
            }
            if (best == null) {
                best = new Cluster(null, null, null);
                clusters.add(best);
            }
            best.add(c);
        }
        surnamesBeforeFullNames(clusters);
        return clusters;
    }

    /**
     * "Johnson backs Ukraine" over "Boris Johnson visited Kyiv": a surname seen before the full name (a headline, a
     * lead) opened a cluster of its own, which the full name, coming later, could not join; it joins the one person
     * whose full name it ends, when the text names only one; as a later surname does, whatever type the name tagger
     * guessed without strong evidence.
     */
    private void surnamesBeforeFullNames(List<Cluster> clusters) {
        for (Cluster alone : clusters) {
            if (alone.kbId != null || alone.members.isEmpty()) continue;
            // (a surname the name tagger only guessed a type for, strong evidence of another type aside)
            boolean single = true;
            for (Candidate c : alone.members) single &= c.form().words.length == 1 && (!c.strong() || c.type == EntityType.PER);
            if (!single) continue;
            Cluster target = null;
            int found = 0;
            for (Cluster other : clusters) {
                if (other == alone || other.members.isEmpty() || other.type() != EntityType.PER) continue;
                boolean all = true;
                for (Candidate c : alone.members) all &= other.accepts(c) && matches(c, other);
                if (all) {
                    target = other;
                    found++;
                }
            }
            if (found != 1) continue;
            for (Candidate c : List.copyOf(alone.members)) target.add(c);
            alone.members.clear();
        }
    }

    private Cluster kbCluster(String id, Map<String, Cluster> byKb, List<Cluster> clusters) {
        return byKb.computeIfAbsent(id, x -> {
            Optional<KbEntry> e = kb.entry(id);
            Cluster cl = new Cluster(id, e.map(KbEntry::name).orElse(id), e.map(KbEntry::type).orElse(null));
            e.ifPresent(entry -> entry.allNames().forEach(cl::addForm));
            clusters.add(cl);
            return cl;
        });
    }

    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(\\p{Lu}\\.\\s?){2,6}");

    /** "A. F. P.", "O. N. U.": capitals with periods spell the acronym the knowledge base knows, when it names one entry. */
    private String dottedAcronym(String text) {
        String s = text.strip();
        if (!DOTTED.matcher(s).matches()) return null;
        String letters = s.replaceAll("[^\\p{Lu}]", "");
        List<KbEntry> known = kb.lookup(letters);
        if (known.size() != 1) return null;
        return known.get(0).id();
    }

    /**
     * "New-York", "Buenos-Aires", "Viêt-nam": French (old French especially) joins the words of a foreign place name
     * with hyphens; the name with spaces or written as one word, when it names one known place, is that place.
     */
    private String hyphenatedPlace(String text) {
        if (text.indexOf('-') <= 0 || text.indexOf(' ') >= 0) return null;
        // "Viêt-nam": or the words written as one
        for (String name : List.of(text.replace('-', ' '), text.replace("-", ""))) {
            List<KbEntry> known = kb.lookup(name);
            if (known.size() == 1 && (known.get(0).type() == EntityType.GPE || known.get(0).type() == EntityType.LOC)) return known.get(0).id();
        }
        return null;
    }

    /** An unknown multi-word name that is a spelling variant of a knowledge-base person (same given name, close surname). */
    private String fuzzyPerson(Candidate c) {
        Form f = c.form();
        if (f.words.length < 2 || (c.strong() && c.type != EntityType.PER)) return null;
        String surname = f.lastKey();
        String given = f.given;
        if (surname.length() < 4) return null;
        String found = null;
        for (Alias a : personAliases) {
            if (VariantKey.close(surname, a.key()) && VariantKey.givenNamesAgree(given, a.givenKey())) {
                if (found != null && !found.equals(a.id())) return null;
                found = a.id();
            }
        }
        return found;
    }

    private boolean matches(Candidate c, Cluster cl) {
        Form cf = c.form();
        if (cf.acronym) {
            for (Form f : cl.forms) if (f.text.equals(c.text) || f.initials.equals(c.text)) return true;
        }
        String[] cw = cf.words;
        boolean any = false;
        for (Form f : cl.forms) {
            if (f.acronym) {
                if (cw.length >= 2 && cf.initials.equals(f.text)) any = true;
                continue;
            }
            String[] fw = f.words;
            if (differentNumbers(cf.text, f.text)) continue;
            if (!cf.given.isEmpty() && !f.given.isEmpty() && !VariantKey.givenNamesAgree(cf.given, f.given)
                    && VariantKey.close(cf.lastKey(), f.lastKey())) {
                return false;
            }
            if (any) continue;
            if (VariantKey.close(cf.key, f.key)) any = true;
            // the last word stands for a longer name only when it is a name word: "Valdoriens" is not "les forces
            // armées valdoriennes", whose last word is the adjective
            else if (cw.length == 1 && fw.length >= 2 && (VariantKey.close(cf.key, f.lastKey()) && capitalisedLast(f)
                    || VariantKey.close(cf.key, f.minusFirst))) any = true;
            else if (cw.length == 1 && fw.length >= 2 && isPlace(c.type) && isPlace(cl.type()) && anyNameWord(cf.key, f)) any = true;
            else if (cw.length >= 2 && fw.length >= 2 && (cl.type() == EntityType.LOC || cl.type() == EntityType.GPE)
                    && (c.type == EntityType.LOC || c.type == EntityType.GPE) && sharedNameWord(cf, f)) any = true;
            else if (cw.length >= 2 && fw.length == 1 && VariantKey.close(cf.lastKey(), f.key) && capitalisedLast(cf)) any = true;
            else if (cw.length >= 2 && fw.length >= 2 && c.type == EntityType.PER && VariantKey.close(cf.key, f.minusFirst)) any = true;
            else if (cw.length >= 2 && fw.length >= 2 && VariantKey.close(cf.lastKey(), f.lastKey())
                    && VariantKey.givenNamesAgree(cf.given, f.given) && c.type == EntityType.PER) any = true;
        }
        return any;
    }

    /**
     * "Apollo 11" and "Apollo 13", "Boeing 737" and "Boeing 747", the maker "Boeing" and its "Boeing 747": names whose
     * numbers differ are different things though their letters (the variant keys) agree; "Covid" and "Covid-19" are not.
     */
    private static boolean differentNumbers(String a, String b) {
        String da = digitsOf(a), db = digitsOf(b);
        if (da.equals(db)) return false;
        if (!da.isEmpty() && !db.isEmpty()) return true;
        String numbered = da.isEmpty() ? b : a;
        int space = numbered.indexOf(' ');
        return space > 0 && EntityAnnotator.PRODUCT_MAKERS.contains(EntityLexicon.norm(numbered.substring(0, space)));
    }

    private static String digitsOf(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isDigit(ch)) sb.append(ch);
            else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
        }
        return sb.toString().strip();
    }

    /** Whether the last word of a name starts with a capital (a name word, not an adjective after the head). */
    private static boolean capitalisedLast(Form f) {
        String last = f.words[f.words.length - 1];
        return !last.isEmpty() && !Character.isLowerCase(last.charAt(0));
    }

    private static boolean isPlace(EntityType t) {
        return t == EntityType.LOC || t == EntityType.GPE;
    }

    /** A single name that is one of the capitalised words of a longer place name ("Sarvel" in "Sarvel valley"). */
    private static boolean anyNameWord(String key, Form f) {
        for (int i = 0; i < f.words.length; i++) {
            String w = f.words[i];
            if (w.length() >= 4 && Character.isUpperCase(w.charAt(0)) && VariantKey.close(key, f.wordKeys[i])) return true;
        }
        return false;
    }

    /** Two place names sharing a capitalised word ("valle del Sarvel", "valley of the Sarvel"). */
    private static boolean sharedNameWord(Form a, Form b) {
        for (int i = 0; i < a.words.length; i++) {
            String w = a.words[i];
            if (w.length() >= 4 && Character.isUpperCase(w.charAt(0)) && anyNameWord(a.wordKeys[i], b)) return true;
        }
        return false;
    }

    /** Initials of the capitalised words of a name: "Organisation du traité de la Baltique centrale" -> "OTBC". */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty()) continue;
            String n = LanguagePack.normalize(w);
            if (n.length() <= 3 && !Character.isUpperCase(w.charAt(0)) && sb.length() > 0) continue;
            if (n.startsWith("l'") || n.startsWith("d'")) w = w.substring(2);
            if (w.isEmpty()) continue;
            if (isFunctionWord(n)) continue;
            sb.append(Character.toUpperCase(w.charAt(0)));
        }
        return sb.toString();
    }

    private static final Set<String> INITIALS_SKIP = LanguagePack.wordsOfAll(LanguagePack.DEFAULT_LANGUAGES, "initials-skip.txt");

    private static boolean isFunctionWord(String n) {
        return INITIALS_SKIP.contains(n);
    }

    /**
     * Demonyms of states the knowledge base does not know: a word made of the stem of a place name in the document
     * (the name less its final vowels) and a demonym ending of the language (Valdorie -> "valdoriennes"); without
     * the name, a lower-case word with a demonym ending right after a head noun ("les soldats brastoviens"), and
     * every other word of the same stem.
     */
    void deriveDemonyms(Document doc, List<Token> tokens, List<Candidate> cands, List<Cluster> clusters,
                        Map<String, EntityLexicon> lexicons, String fallbackLanguage) {
        String text = doc.text();
        Map<String, Cluster> stems = new LinkedHashMap<>();
        for (Cluster cl : clusters) {
            if (cl.kbId != null || cl.members.isEmpty()) continue;
            EntityType type = cl.type();
            if (type != EntityType.GPE && type != EntityType.LOC) continue;
            for (Candidate m : cl.members) {
                if (m.text.contains(" ")) continue;
                String key = LanguagePack.normalize(m.text);
                if (endsWithSuffix(key, lexicons)) continue;
                String stem = stem(key);
                if (stem.length() >= 4) stems.putIfAbsent(stem, cl);
            }
        }
        Map<Integer, Candidate> byStart = new HashMap<>();
        for (Candidate c : cands) byStart.put(c.span.start(), c);
        BitSet covered = new BitSet();
        for (Candidate c : cands) if (c.text.contains(" ")) covered.set(c.span.start(), c.span.end());
        Set<String> kbStems = kbStems();
        // orphan demonyms: "les forces brastoviennes" with no "Brastovie" in the text
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.WORD || byStart.containsKey(t.start()) || covered.get(t.start())) continue;
            String w = t.span().of(text);
            if (!Character.isLowerCase(w.charAt(0))) continue;
            EntityLexicon lex = lexicon(doc, t, lexicons, fallbackLanguage);
            String key = LanguagePack.normalize(w);
            if (!lex.demonymHeads.contains(LanguagePack.normalize(tokens.get(i - 1).span().of(text))) || !lex.looksLikeDemonym(key)) continue;
            String stem = EntityLexicon.demonymStem(key, lex.demonymSuffixes);
            if (stem == null || lex.notDemonymStems.contains(stem) || stems.containsKey(stem) || knownDemonymStem(stem, lexicons) || kbStems.contains(stem(stem))) continue;
            Cluster cl = new Cluster(null, null, null);
            clusters.add(cl);
            stems.put(stem, cl);
        }
        if (stems.isEmpty()) return;
        List<Candidate> added = new ArrayList<>();
        for (Token t : tokens) {
            if (t.kind() != Token.Kind.WORD || (covered.get(t.start()) && !byStart.containsKey(t.start()))) continue;
            String w = t.span().of(text);
            String key = LanguagePack.normalize(w);
            EntityLexicon lex = lexicon(doc, t, lexicons, fallbackLanguage);
            for (Map.Entry<String, Cluster> s : stems.entrySet()) {
                if (!key.startsWith(s.getKey())) continue;
                String rest = key.substring(s.getKey().length());
                if (!lex.demonymSuffixes.contains(rest)) continue;
                Candidate existing = byStart.get(t.start());
                Cluster target = s.getValue();
                if (existing != null) {
                    Cluster from = existing.cluster;
                    if (existing.span.end() != t.end() || from == target || from == null || from.kbId != null) break;
                    if (onlyDemonyms(from, s.getKey(), lex)) {
                        for (Candidate m : new ArrayList<>(from.members)) target.add(m);
                        from.members.clear();
                    }
                } else {
                    Candidate d = new Candidate(new Span(t.start(), t.end()), w, EntityType.GPE, 0.7, Candidate.Source.DERIVED_DEMONYM, 0, null);
                    target.add(d);
                    added.add(d);
                    byStart.put(t.start(), d);
                }
                break;
            }
        }
        for (Cluster cl : clusters) {
            if (cl.kbId == null && !cl.members.isEmpty() && cl.members.stream().allMatch(m -> m.source == Candidate.Source.DERIVED_DEMONYM)) {
                cl.kbType = EntityType.GPE;
            }
        }
        cands.addAll(added);
        cands.sort(Comparator.comparing(c -> c.span));
    }

    private Set<String> kbStemCache;

    /** Stems of the knowledge base's place names ("europ" of Europe): their adjectives are not unknown states. */
    private synchronized Set<String> kbStems() {
        if (kbStemCache == null) {
            Set<String> s = new HashSet<>();
            for (KbEntry e : kb.entries()) {
                if (e.type() != EntityType.GPE && e.type() != EntityType.LOC) continue;
                for (String n : e.allNames()) if (!n.contains(" ")) s.add(stem(LanguagePack.normalize(n)));
            }
            kbStemCache = Set.copyOf(s);
        }
        return kbStemCache;
    }

    private static EntityLexicon lexicon(Document doc, Token t, Map<String, EntityLexicon> lexicons, String fallback) {
        return lexicons.get(doc.languageAt(t.start()).filter(lexicons::containsKey).orElse(fallback));
    }

    private static boolean endsWithSuffix(String key, Map<String, EntityLexicon> lexicons) {
        for (EntityLexicon l : lexicons.values()) {
            for (String suffix : l.demonymSuffixes) if (suffix.length() >= 3 && key.endsWith(suffix) && key.length() >= suffix.length() + 4) return true;
        }
        return false;
    }

    private static boolean knownDemonymStem(String stem, Map<String, EntityLexicon> lexicons) {
        for (EntityLexicon l : lexicons.values()) {
            for (String suffix : l.demonymSuffixes) if (l.demonymKeys.containsKey(stem + suffix)) return true;
        }
        return false;
    }

    /** A group made only of words of this stem with a demonym ending (the rules' "Valdorian", typed apart). */
    private static boolean onlyDemonyms(Cluster cl, String stem, EntityLexicon lex) {
        for (Candidate m : cl.members) {
            String key = LanguagePack.normalize(m.text);
            if (m.text.contains(" ") || !key.startsWith(stem) || !lex.demonymSuffixes.contains(key.substring(stem.length()))) return false;
        }
        return true;
    }

    static String stem(String key) {
        int end = key.length();
        while (end > 0 && "aeiouy".indexOf(key.charAt(end - 1)) >= 0) end--;
        return key.substring(0, end);
    }
}
