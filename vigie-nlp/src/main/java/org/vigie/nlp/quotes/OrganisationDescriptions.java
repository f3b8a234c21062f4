package org.vigie.nlp.quotes;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Mention;
import org.vigie.nlp.lang.LanguagePack;

import java.util.*;

/**
 * Definite descriptions that refer back to an organisation the text has named: "the United Nations Support Mission
 * in Libya ... contribute to the mission", "l'Agence internationale de l'énergie atomique ... l'agence". A
 * description is a definite article, at most two lower-case modifiers and a noun of the language's
 * {@code org-descriptions.txt}; it refers to the organisation named last before it whose name (or one of whose
 * mentions) contains that noun. The quote and event rules read such a description as a mention of that
 * organisation, so a speaker ("the agency said") and the party an act is aimed at ("contribute to the mission") keep
 * their identity. A
 * description whose owner is named right after it ("the mission of the African Union") is another organisation and
 * is left alone.
 * <p>
 * Written by hand: the only maintained Java coreference resolvers (CoreNLP's) are GPL and English-only; this needs
 * only the names already found.
 */
public final class OrganisationDescriptions {
    private static final double CONFIDENCE = 0.5;
    private static final int MAX_MODIFIERS = 2;

    private OrganisationDescriptions() {
    }

    /** The document with its mentions plus one ORG mention per description of a named organisation; itself when none. */
    public static Document withDescriptions(Document doc) {
        if (!doc.has(LayerKind.MENTIONS) || !doc.has(LayerKind.TOKENS)) return doc;
        TextIndex ix = TextIndex.of(doc);
        Map<String, Set<String>> nameWords = nameWords(doc);
        if (nameWords.isEmpty()) return doc;
        List<Mention> added = new ArrayList<>();
        Deque<String> recent = new ArrayDeque<>(); // organisations by their last mention, latest first
        for (int k = 0; k < ix.size(); k++) {
            Mention m = ix.mention(k);
            if (m != null) {
                if (ix.type(m) == EntityType.ORG && nameWords.containsKey(m.entityId())) {
                    recent.remove(m.entityId());
                    recent.addFirst(m.entityId());
                }
                continue;
            }
            Optional<String> language = ix.languageAt(k);
            if (language.isEmpty() || recent.isEmpty() || !words(language.get(), "articles.txt").contains(ix.form(k))) continue;
            int head = head(ix, k + 1, language.get());
            if (head < 0 || ownerFollows(ix, head + 1, language.get())) continue;
            for (String id : recent) {
                if (!nameWords.get(id).contains(ix.form(head))) continue;
                added.add(new Mention(ix.span(k, head + 1), EntityType.ORG, id, CONFIDENCE));
                k = head;
                break;
            }
        }
        if (added.isEmpty()) return doc;
        List<Mention> mentions = new ArrayList<>(doc.layerOrEmpty(LayerKind.MENTIONS));
        mentions.addAll(added);
        mentions.sort(Comparator.comparingInt(Mention::start));
        return doc.without(LayerKind.MENTIONS).with(Layers.of(LayerKind.MENTIONS, mentions));
    }

    /** The description noun after an article at {@code from}, past at most two lower-case modifiers; -1 when none. */
    private static int head(TextIndex ix, int from, String language) {
        Set<String> nouns = words(language, "org-descriptions.txt");
        for (int j = from; j < ix.size() && j <= from + MAX_MODIFIERS; j++) {
            if (ix.mention(j) != null || ix.isPunct(j) || ix.isCapitalised(j) || ix.sentenceOf(j) != ix.sentenceOf(from - 1)) return -1;
            if (nouns.contains(ix.form(j))) return j;
        }
        return -1;
    }

    /** "the mission of the African Union", "la mission de l'ONU": a genitive naming the owner right after the noun. */
    private static boolean ownerFollows(TextIndex ix, int k, String language) {
        if (k >= ix.size() || !words(language, "genitive-prepositions.txt").contains(ix.form(k))) return false;
        Set<String> articles = words(language, "articles.txt");
        int j = k + 1;
        while (j < ix.size() && j <= k + 2 && articles.contains(ix.form(j)) && ix.mention(j) == null) j++;
        return j < ix.size() && ix.mention(j) != null;
    }

    /** The normalised words of each organisation's name and mentions. */
    private static Map<String, Set<String>> nameWords(Document doc) {
        Map<String, Set<String>> out = new HashMap<>();
        doc.layerOrEmpty(LayerKind.ENTITIES).forEach(e -> {
            if (e.type() == EntityType.ORG) out.computeIfAbsent(e.id(), id -> new HashSet<>()).addAll(split(e.name()));
        });
        for (Mention m : doc.layerOrEmpty(LayerKind.MENTIONS)) {
            Set<String> words = out.get(m.entityId());
            if (words != null) words.addAll(split(m.span().of(doc.text())));
        }
        return out;
    }

    private static List<String> split(String name) {
        List<String> out = new ArrayList<>();
        for (String w : LanguagePack.normalize(name).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    private static Set<String> words(String language, String file) {
        return LanguagePack.wordsOfAll(List.of(language), file);
    }
}
