package org.vigie.nlp.entities;

import org.vigie.nlp.lang.LanguagePack;
import org.vigie.core.model.EntityType;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.segment.SegmentAnnotator;

import java.util.*;

/**
 * Knowledge-base names (every language), plus one language's demonyms and metonyms, matched on normalised token
 * sequences, longest first. Case matters where it tells names from words: a capitalised alias word needs a
 * capitalised (or all-caps) token, a short acronym needs an all-caps token; leading articles and demonyms are free.
 */
final class Gazetteer {
    enum Kind { NAME, DEMONYM, METONYM }

    /** What a phrase may refer to; {@code surface} keeps the alias's own tokens for the case check. */
    record Target(String id, EntityType type, Kind kind, String entryKind, List<String> surface, int priority) {
    }

    record Hit(int start, int end, Target target) {
    }

    private static final Set<String> ARTICLES = LanguagePack.wordsOfAll(LanguagePack.DEFAULT_LANGUAGES, "articles.txt");

    /** The knowledge base's names, the same in every language: built once and shared by the gazetteers of all languages. */
    private final TokenTrie<Target> names;
    /** This language's demonyms and metonyms. */
    private final TokenTrie<Target> words = new TokenTrie<>();

    /** @param names the knowledge base's names from {@link #names}, shared with the other languages' gazetteers */
    Gazetteer(KnowledgeBase kb, TokenTrie<Target> names, EntityLexicon lexicon, SegmentAnnotator segmenter) {
        this.names = names;
        for (Map.Entry<String, List<String>> d : lexicon.demonyms.entrySet()) {
            for (String country : d.getValue()) {
                add(words, segmenter, d.getKey(), new Target(country, EntityType.GPE, Kind.DEMONYM, "demonym", surface(segmenter, d.getKey()), 5));
            }
        }
        for (Map.Entry<String, String> m : lexicon.metonyms.entrySet()) {
            EntityType type = kb.entry(m.getValue()).map(KbEntry::type).orElse(EntityType.GPE);
            add(words, segmenter, m.getKey(), new Target(m.getValue(), type, Kind.METONYM, "metonym", surface(segmenter, m.getKey()), 1));
        }
    }

    /**
     * Every name of the knowledge base as a phrase of normalised tokens. The tokens of the names (and of their
     * surface forms) are kept once each: imported knowledge bases repeat the same words across tens of thousands of
     * names.
     */
    static TokenTrie<Target> names(KnowledgeBase kb, SegmentAnnotator segmenter) {
        TokenTrie<Target> trie = new TokenTrie<>();
        Map<String, String> strings = new HashMap<>();
        for (KbEntry e : kb.entries()) {
            int priority = priority(e.kind());
            String kind = strings.computeIfAbsent(e.kind(), k -> k);
            for (String name : e.allNames()) {
                // one tokenisation gives both the surface tokens and their keys (EntityLexicon.keys and surface)
                String p = name.strip();
                List<String> surface = new ArrayList<>();
                List<String> keys = new ArrayList<>();
                for (var t : segmenter.tokenize(p)) {
                    String text = t.span().of(p);
                    surface.add(text);
                    keys.add(EntityLexicon.norm(text));
                }
                if (keys.isEmpty()) continue;
                trie.add(shared(keys, strings), new Target(e.id(), e.type(), Kind.NAME, kind, shared(surface, strings), priority));
            }
        }
        trie.compact();
        return trie;
    }

    private static List<String> shared(List<String> tokens, Map<String, String> strings) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) out[i] = strings.computeIfAbsent(tokens.get(i), k -> k);
        return List.of(out);
    }

    private static int priority(String kind) {
        return switch (kind) {
            case "country" -> 0;
            case "person" -> 2;
            case "capital" -> 3;
            case "city" -> 4;
            case "outlet" -> 2;
            default -> 1;
        };
    }

    private static void add(TokenTrie<Target> trie, SegmentAnnotator segmenter, String name, Target t) {
        List<String> keys = EntityLexicon.keys(segmenter, name);
        if (!keys.isEmpty()) trie.add(keys, t);
    }

    private static List<String> surface(SegmentAnnotator segmenter, String phrase) {
        String p = phrase.strip();
        return segmenter.tokenize(p).stream().map(t -> t.span().of(p)).toList();
    }

    /** Longest hits in a sentence, left to right, skipping blocked tokens; targets of one hit best priority first. */
    List<List<Hit>> find(List<String> texts, List<String> keys, boolean[] blocked) {
        List<List<Hit>> out = new ArrayList<>();
        int i = 0;
        while (i < keys.size()) {
            if (blocked[i]) {
                i++;
                continue;
            }
            List<Hit> best = List.of();
            for (TokenTrie.Match<Target> m : matches(keys, i)) {
                if (EntityAnnotator.anyBlocked(blocked, i, m.end())) continue;
                List<Hit> ok = new ArrayList<>();
                for (Target t : m.values()) if (caseFits(texts, i, t)) ok.add(new Hit(i, m.end(), t));
                if (!ok.isEmpty()) {
                    ok.sort(Comparator.comparingInt(h -> h.target().priority()));
                    best = ok;
                    break;
                }
            }
            if (best.isEmpty()) {
                i++;
            } else {
                out.add(best);
                i = best.get(0).end();
            }
        }
        return out;
    }

    /**
     * The phrases of both tries starting at token {@code start}, longest first; at one end, the knowledge base's
     * targets come before the language's demonyms and metonyms.
     */
    private List<TokenTrie.Match<Target>> matches(List<String> keys, int start) {
        List<TokenTrie.Match<Target>> a = names.matches(keys, start);
        List<TokenTrie.Match<Target>> b = words.matches(keys, start);
        if (b.isEmpty()) return a;
        if (a.isEmpty()) return b;
        List<TokenTrie.Match<Target>> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (j == b.size() || (i < a.size() && a.get(i).end() > b.get(j).end())) {
                out.add(a.get(i++));
            } else if (i == a.size() || b.get(j).end() > a.get(i).end()) {
                out.add(b.get(j++));
            } else {
                List<Target> both = new ArrayList<>(a.get(i).values());
                for (Target t : b.get(j).values()) if (!both.contains(t)) both.add(t);
                out.add(new TokenTrie.Match<>(a.get(i).end(), Collections.unmodifiableList(both)));
                i++;
                j++;
            }
        }
        return out;
    }

    private static boolean caseFits(List<String> texts, int start, Target t) {
        for (int k = 0; k < t.surface().size(); k++) {
            String alias = t.surface().get(k);
            String text = texts.get(start + k);
            if (k == 0 && ARTICLES.contains(EntityLexicon.norm(alias))) continue;
            if (t.kind() == Kind.DEMONYM && k == 0 && !Character.isUpperCase(alias.charAt(Math.max(0, firstLetter(alias))))) continue;
            if (!wordFits(alias, text)) return false;
        }
        return true;
    }

    static boolean wordFits(String alias, String text) {
        int firstLetter = firstLetter(alias);
        if (firstLetter < 0) return true;
        if (isAllCaps(alias) && letters(alias) >= 2) {
            return isAllCaps(text) || (letters(alias) >= 4 && Character.isUpperCase(text.charAt(Math.max(0, firstLetter(text)))));
        }
        if (Character.isUpperCase(alias.charAt(firstLetter))) {
            int f = firstLetter(text);
            return f >= 0 && (Character.isUpperCase(text.charAt(f)) || oddlyCased(alias, text));
        }
        return true;
    }

    /** Letters of the shortest name whose odd casing ("iSrael", "uKRAINE") is still read as the name. */
    static final int MIN_ODD_CASE_LETTERS = 5;

    /**
     * "iSrael", "uKRAINE": the name's letters exactly, with capitals where the name has none (a slipped shift key, a
     * caps-lock typo); a word all in lower case is the common word ("china", "turkey") and a short one too likely
     * another word.
     */
    static boolean oddlyCased(String alias, String text) {
        if (letters(alias) < MIN_ODD_CASE_LETTERS || !alias.equalsIgnoreCase(text)) return false;
        boolean upper = false;
        for (int i = 0; i < text.length(); i++) upper |= Character.isUpperCase(text.charAt(i));
        return upper;
    }

    static int firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return i;
        return -1;
    }

    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }

    static boolean isAllCaps(String s) {
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                any = true;
            }
        }
        return any;
    }
}
