package org.vigie.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The label set of a model: IOB2 ({@code O, B-X, I-X}) or BILOU ({@code O, B-X, I-X, L-X, U-X}, which marks
 * the last word and single-word names explicitly and usually tags a little better), with the transitions
 * each allows, so that decoding always yields well-formed names.
 */
final class Labels {
    static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");
    private final List<String> names;
    private final boolean bilou;
    private final int[] allowedFrom;
    private final int canEnd;

    Labels(List<String> names) {
        if (names.size() > 30) throw new IllegalArgumentException("at most 30 labels");
        this.names = List.copyOf(names);
        this.bilou = names.stream().anyMatch(n -> n.startsWith("U-"));
        int l = names.size(), start = 1 << l;
        allowedFrom = new int[l];
        int ends = 0;
        for (int y = 0; y < l; y++) {
            char p = prefix(y);
            String type = type(y);
            boolean inside = p == 'I' || p == 'L';
            if (!bilou || p == 'O' || p == 'L' || p == 'U' || (p == 'I' && !bilou)) ends |= 1 << y;
            for (int from = 0; from <= l; from++) {
                boolean ok;
                if (from == l) {
                    ok = !inside;
                } else {
                    char q = prefix(from);
                    boolean open = q == 'B' || (q == 'I');
                    ok = inside ? open && type(from).equals(type) : !bilou || !open;
                }
                if (ok) allowedFrom[y] |= from == l ? start : 1 << from;
            }
        }
        this.canEnd = ends;
    }

    static Labels of(boolean bilou) {
        List<String> names = new ArrayList<>();
        names.add("O");
        for (String t : TYPES) {
            names.add("B-" + t);
            names.add("I-" + t);
            if (bilou) {
                names.add("L-" + t);
                names.add("U-" + t);
            }
        }
        return new Labels(names);
    }

    List<String> names() {
        return names;
    }

    int size() {
        return names.size();
    }

    int[] allowedFrom() {
        return allowedFrom;
    }

    /** Bit set of the labels a sentence may end with. */
    int canEnd() {
        return canEnd;
    }

    char prefix(int label) {
        return names.get(label).charAt(0);
    }

    String type(int label) {
        String n = names.get(label);
        return n.length() > 2 ? n.substring(2) : "";
    }

    /** Label ids of an IOB2 tag sequence in this scheme. */
    int[] encode(List<String> iob2) {
        int[] out = new int[iob2.size()];
        for (int i = 0; i < out.length; i++) {
            String tag = iob2.get(i);
            if (bilou && !tag.equals("O")) {
                boolean continues = i + 1 < out.length && iob2.get(i + 1).equals("I-" + tag.substring(2));
                if (tag.startsWith("B-") && !continues) tag = "U-" + tag.substring(2);
                else if (tag.startsWith("I-") && !continues) tag = "L-" + tag.substring(2);
            }
            out[i] = names.indexOf(tag);
            if (out[i] < 0) throw new IllegalArgumentException("unknown tag " + iob2.get(i));
        }
        return out;
    }

    /** Names in a decoded sequence, as {start, end, label of the first word}. */
    List<int[]> spans(int[] labels) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < labels.length) {
            char p = prefix(labels[i]);
            if (p == 'O') {
                i++;
                continue;
            }
            String type = type(labels[i]);
            int end = i + 1;
            if (p == 'B') {
                while (end < labels.length && (prefix(labels[end]) == 'I' || prefix(labels[end]) == 'L')
                        && type(labels[end]).equals(type)) {
                    end++;
                    if (prefix(labels[end - 1]) == 'L') break;
                }
            }
            out.add(new int[]{i, end, labels[i]});
            i = end;
        }
        return out;
    }

    /** IOB2 tags of a decoded sequence. */
    List<String> toIob2(int[] labels) {
        List<String> out = new ArrayList<>(labels.length);
        for (int i = 0; i < labels.length; i++) out.add("O");
        for (int[] s : spans(labels)) {
            String type = type(s[2]);
            out.set(s[0], "B-" + type);
            for (int k = s[0] + 1; k < s[1]; k++) out.set(k, "I-" + type);
        }
        return out;
    }
}
