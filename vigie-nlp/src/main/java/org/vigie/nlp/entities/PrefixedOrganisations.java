package org.vigie.nlp.entities;

import org.vigie.core.model.Token;
import org.vigie.nlp.kb.KnowledgeBase;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Organisations named after a known one: one or two unknown capitalised words right before a known organisation's
 * name ("Kataib Hezbollah", "Harakat Hezbollah al-Nujaba") make the name of another organisation, one mention over
 * the whole span that is not linked to the known one. Words that describe the known organisation stay out: demonyms
 * ("Lebanese Hezbollah"), words of creed ("Shiite Hezbollah", {@code creed-words.txt}), titles, function words and
 * known names; so do words the document also writes in lower case (a capitalised common word opening a sentence).
 */
final class PrefixedOrganisations {
    /** Unknown words before the known name: more is a longer name the rules cannot read. */
    private static final int MAX_PREFIX = 2;
    /** Words after the known name that continue the new one ("al-Nujaba"). */
    private static final int MAX_SUFFIX = 2;
    /** An Arabic article joined to a capitalised word ("al-Nujaba", "ad-Din"). */
    private static final Pattern JOINED_ARTICLE = Pattern.compile("\\p{Ll}{1,3}-\\p{Lu}\\p{L}+");

    private PrefixedOrganisations() {
    }

    /**
     * The tokens [start, end) of another organisation's name around the known organisation at tokens [hitStart,
     * hitEnd), or null when no unknown word stands right before it.
     */
    static int[] find(EntityLexicon lex, KnowledgeBase kb, List<String> t, List<String> k, List<Token> tokens, boolean[] blocked,
                      int hitStart, int hitEnd, Set<String> lowerWords) {
        int start = hitStart;
        while (start > 0 && prefixWord(lex, kb, t, k, tokens, blocked, start - 1, lowerWords)) start--;
        int words = hitStart - start;
        if (words == 0 || words > MAX_PREFIX) return null;
        // "Harakat Nujaba Kataib Hezbollah": a third capitalised word before is a longer name, left whole to the rules
        if (start > 0 && tokens.get(start - 1).kind() == Token.Kind.WORD && CapitalisedNameTagger.isCap(t.get(start - 1))
                && !lex.stopwords.contains(k.get(start - 1)) && !blocked[start - 1]) {
            return null;
        }
        int end = hitEnd;
        while (end < t.size() && end - hitEnd < MAX_SUFFIX && !blocked[end] && tokens.get(end).kind() == Token.Kind.WORD
                && JOINED_ARTICLE.matcher(t.get(end)).matches()) {
            end++;
        }
        return new int[] {start, end};
    }

    private static boolean prefixWord(EntityLexicon lex, KnowledgeBase kb, List<String> t, List<String> k, List<Token> tokens,
                                      boolean[] blocked, int j, Set<String> lowerWords) {
        String w = t.get(j);
        String key = k.get(j);
        if (blocked[j] || tokens.get(j).kind() != Token.Kind.WORD || !CapitalisedNameTagger.isCap(w)) return false;
        if (CapitalisedNameTagger.isAllCapsWord(w) || w.indexOf('-') >= 0) return false;
        if (lex.stopwords.contains(key) || lex.creedWords.contains(key) || lowerWords.contains(key)) return false;
        if (lex.demonymKeys.containsKey(key) || lex.looksLikeDemonym(key) || lex.givenNames.contains(key)) return false;
        if (lex.titles.longest(k, j) > j || lex.orgCues.contains(key)) return false;
        return kb.lookup(w).isEmpty();
    }
}
