package org.vigie.nlp.entities;

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

    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'", "the", "el", "il", "lo", "der", "die", "das");

    private final TokenTrie<Target> trie = new TokenTrie<>();

    Gazetteer(KnowledgeBase kb, EntityLexicon lexicon, SegmentAnnotator segmenter) {
        for (KbEntry e : kb.entries()) {
            int priority = priority(e.kind());
            for (String name : e.allNames()) add(segmenter, name, new Target(e.id(), e.type(), Kind.NAME, e.kind(), surface(segmenter, name), priority));
        }
        for (Map.Entry<String, List<String>> d : lexicon.demonyms.entrySet()) {
            for (String country : d.getValue()) {
                add(segmenter, d.getKey(), new Target(country, EntityType.GPE, Kind.DEMONYM, "demonym", surface(segmenter, d.getKey()), 5));
            }
        }
        for (Map.Entry<String, String> m : lexicon.metonyms.entrySet()) {
            EntityType type = kb.entry(m.getValue()).map(KbEntry::type).orElse(EntityType.GPE);
            add(segmenter, m.getKey(), new Target(m.getValue(), type, Kind.METONYM, "metonym", surface(segmenter, m.getKey()), 1));
        }
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

    private void add(SegmentAnnotator segmenter, String name, Target t) {
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
            for (TokenTrie.Match<Target> m : trie.matches(keys, i)) {
                if (anyBlocked(blocked, i, m.end())) continue;
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

    private static boolean anyBlocked(boolean[] blocked, int from, int to) {
        for (int k = from; k < to; k++) if (blocked[k]) return true;
        return false;
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
            return f >= 0 && Character.isUpperCase(text.charAt(f));
        }
        return true;
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
