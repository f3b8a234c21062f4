package org.vigie.nlp.quantities;

import java.util.ArrayList;
import java.util.List;

/**
 * A resource pattern such as "près de {n}" or "entre {n} et {n}", cut into the normalised tokens around each
 * figure: {@code pieces.get(0)} before the first figure, then between figures, then after the last.
 */
record Template(List<List<String>> pieces) {
    private static final String SLOT = "{n}";

    static Template parse(String pattern) {
        List<List<String>> pieces = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = pattern.indexOf(SLOT, from);
            String part = (at < 0 ? pattern.substring(from) : pattern.substring(from, at)).strip();
            pieces.add(part.isEmpty() ? List.of() : Phrases.tokens(part));
            if (at < 0) break;
            from = at + SLOT.length();
        }
        return new Template(List.copyOf(pieces));
    }

    int slots() {
        return pieces.size() - 1;
    }

    List<String> before() {
        return pieces.get(0);
    }

    List<String> after() {
        return pieces.get(pieces.size() - 1);
    }

    /** For a two-figure pattern, the tokens between the figures. */
    List<String> middle() {
        return pieces.get(1);
    }
}
