package org.vigie.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a named-entity corpus: its words, their IOB2 tags ({@code O}, {@code B-PER},
 * {@code I-PER}, ... with types PER, ORG, LOC, MISC), whether a space follows each word in the original
 * text, and the document it belongs to.
 */
public record NerSentence(String document, List<String> words, List<String> tags, List<Boolean> spaceAfter) {

    public NerSentence {
        words = List.copyOf(words);
        tags = List.copyOf(tags);
        spaceAfter = List.copyOf(spaceAfter);
        if (words.size() != tags.size() || words.size() != spaceAfter.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags and "
                    + spaceAfter.size() + " spacing flags");
        }
    }

    /** A sentence whose words were separated by spaces. */
    public NerSentence(String document, List<String> words, List<String> tags) {
        this(document, words, tags, java.util.Collections.nCopies(words.size(), Boolean.TRUE));
    }

    /** The sentence as text: words joined by a space where the original had one. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            sb.append(words.get(i));
            if (i + 1 < words.size() && spaceAfter.get(i)) sb.append(' ');
        }
        return sb.toString();
    }

    public int size() {
        return words.size();
    }

    /** Turns IOB1 tags (a name starts with {@code I-} unless it follows a name of the same type) into IOB2. */
    public static List<String> iob1ToIob2(List<String> tags) {
        List<String> out = new ArrayList<>(tags.size());
        String previous = "O";
        for (String tag : tags) {
            if (tag.startsWith("I-") && (previous.equals("O") || !previous.substring(2).equals(tag.substring(2)))) {
                out.add("B-" + tag.substring(2));
            } else {
                out.add(tag);
            }
            previous = tag;
        }
        return out;
    }

    /** Repairs an IOB2 sequence whose {@code I-} tag does not continue a name of its type: it starts one. */
    public static List<String> repairIob2(List<String> tags) {
        List<String> out = new ArrayList<>(tags.size());
        String previous = "O";
        for (String tag : tags) {
            String fixed = tag;
            if (tag.startsWith("I-") && (previous.equals("O") || !previous.substring(2).equals(tag.substring(2)))) {
                fixed = "B-" + tag.substring(2);
            }
            out.add(fixed);
            previous = fixed;
        }
        return out;
    }
}
