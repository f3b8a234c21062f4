package org.vigie.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/** A name in a tagged sentence: token range [start, end) and type, as conlleval reads IOB1 or IOB2 tags. */
public record NameChunk(int start, int end, String type) {
    /**
     * The names of a tag sequence: a name starts at a B- tag, at an I- tag that does not continue the previous
     * name's type, and ends before any other tag.
     */
    public static List<NameChunk> of(List<String> tags) {
        List<NameChunk> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.equals("O") ? "O" : tag.substring(0, 1);
            String t = tag.equals("O") ? null : tag.substring(2);
            boolean continues = type != null && prefix.equals("I") && t.equals(type);
            if (type != null && !continues) {
                out.add(new NameChunk(start, i, type));
                type = null;
            }
            if (t != null && !continues) {
                start = i;
                type = t;
            }
        }
        return out;
    }
}
