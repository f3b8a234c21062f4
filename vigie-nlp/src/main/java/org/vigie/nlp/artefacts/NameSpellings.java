package org.vigie.nlp.artefacts;

import org.vigie.core.Document;
import org.vigie.core.model.Artefact;
import org.vigie.core.model.Block;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;
import org.vigie.nlp.entities.NameVariants;
import org.vigie.nlp.entities.NameVariants.WordMatch;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;

import java.util.*;

/**
 * Misspelt person names ({@code name-variant}): a word of a person's mention that is close to the same word of a
 * reference spelling but that no transliteration rule explains ("Macorn" for "Macron"), repaired to the reference's
 * word. The references are the knowledge base's names of the linked person in every language, so a spelling listed
 * there or its regular transliteration ("Zelenski", "Selenskyj") is never an artefact; for a person the knowledge
 * base does not know, a spelling the document itself uses at least twice, and twice as often as the one in question.
 * Only persons: place and organisation names have regular exonyms in too many languages to call one misspelt.
 */
final class NameSpellings {
    private record Word(Span span, String text) {
    }

    private record Finding(int misspelt, List<Artefact> artefacts) {
    }

    private final KnowledgeBase kb;

    NameSpellings(KnowledgeBase kb) {
        this.kb = kb;
    }

    void find(Document doc, List<Artefact> out) {
        String text = doc.text();
        List<Block> body = doc.blocks().stream().filter(Block::isBody).toList();
        for (Entity e : doc.entities()) {
            if (e.type() != EntityType.PER) continue;
            List<Span> mentions = e.mentions().stream().filter(m -> inside(body, m)).toList();
            if (mentions.isEmpty()) continue;
            Optional<KbEntry> entry = kb.entry(e.id());
            Map<String, Integer> counts = new HashMap<>();
            for (Span m : mentions) counts.merge(m.of(text), 1, Integer::sum);
            for (Span m : mentions) {
                String written = m.of(text);
                List<String> references = entry.isPresent() ? entry.get().allNames() : dominant(counts, written);
                Finding best = null;
                for (String reference : references) {
                    Finding f = compare(text, m, reference);
                    if (f != null && (best == null || f.misspelt() < best.misspelt())) best = f;
                }
                if (best != null) out.addAll(best.artefacts());
            }
        }
    }

    /** The document's own spellings that clearly dominate {@code written}: used twice or more, and twice as often. */
    private static List<String> dominant(Map<String, Integer> counts, String written) {
        int own = counts.getOrDefault(written, 0);
        List<String> out = new ArrayList<>();
        for (var c : counts.entrySet()) {
            if (!c.getKey().equals(written) && c.getValue() >= 2 && c.getValue() >= 2 * own) out.add(c.getKey());
        }
        return out;
    }

    /**
     * Aligns the mention's words with the reference's from the right (a surname alone with the last word); null when
     * a word is another word (the reference is another name or a longer form that does not fit).
     */
    private static Finding compare(String text, Span mention, String reference) {
        List<Word> words = words(text, mention);
        String[] ref = reference.trim().split("\\s+");
        if (words.isEmpty() || words.size() > ref.length) return null;
        List<Artefact> artefacts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(words.size() - 1 - i);
            String r = ref[ref.length - 1 - i];
            boolean given = i > 0;
            if (initial(w.text()) || initial(r)) {
                if (Character.toLowerCase(w.text().charAt(0)) != Character.toLowerCase(r.charAt(0))) return null;
                continue;
            }
            if (plural(w.text(), r) || plural(r, w.text())) continue;
            WordMatch match = NameVariants.compareWord(w.text(), r, given);
            if (match == WordMatch.OTHER) return null;
            if (match == WordMatch.MISSPELLING) {
                artefacts.add(new Artefact(w.span(), Artefact.Kind.NAME_VARIANT, inCaseOf(w.text(), r)));
            }
        }
        return new Finding(artefacts.size(), artefacts);
    }

    /**
     * One word is the other with an s: a family name in the plural or a genitive without apostrophe ("the Clintons",
     * "Merkels Politik"), or a group name used as an adjective ("Republican leaders"): inflection, not misspelling.
     */
    private static boolean plural(String longer, String shorter) {
        return longer.length() == shorter.length() + 1 && (longer.endsWith("s") || longer.endsWith("S"))
                && NameVariants.compareWord(longer.substring(0, shorter.length()), shorter, false) == WordMatch.SAME;
    }

    private static boolean initial(String word) {
        return word.length() <= 2 || word.endsWith(".");
    }

    /** The reference word in the written word's capitals when it is written all in capitals ("MACORN" -> "MACRON"). */
    private static String inCaseOf(String written, String reference) {
        boolean allCaps = written.chars().anyMatch(Character::isLetter)
                && written.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return allCaps ? reference.toUpperCase(Locale.ROOT) : reference;
    }

    private static List<Word> words(String text, Span span) {
        List<Word> out = new ArrayList<>();
        int i = span.start();
        while (i < span.end()) {
            while (i < span.end() && Character.isWhitespace(text.charAt(i))) i++;
            int start = i;
            while (i < span.end() && !Character.isWhitespace(text.charAt(i))) i++;
            if (i > start) out.add(new Word(new Span(start, i), text.substring(start, i)));
        }
        return out;
    }

    private static boolean inside(List<Block> blocks, Span s) {
        for (Block b : blocks) if (b.span().contains(s)) return true;
        return false;
    }
}
