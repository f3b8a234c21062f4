package org.vigie.nlp.quantities;

import java.util.ArrayList;
import java.util.List;

/**
 * A resource pattern such as "près de {n}" or "entre {n} et {n}", cut into the normalised tokens around each
 * figure: {@code pieces.get(0)} before the first figure, then between figures, then after the last.
 */
record Template(List<List<String>> pieces) {
    private static final String SLOT = "{n}";
    private static final String NUMBER = "vigieslot";

    static Template parse(String pattern) {
        // the pattern is cut as a whole, each slot standing for a word, so that a word elided before the figure
        // ("près d'{n}") is the token it is in running text; other slots stand apart ("{n}-{n}")
        List<List<String>> pieces = new ArrayList<>();
        List<String> piece = new ArrayList<>();
        for (String token : Phrases.tokens(pattern.replace("'" + SLOT, "'" + NUMBER)
                .replace("’" + SLOT, "’" + NUMBER).replace(SLOT, " " + NUMBER + " "))) {
            if (token.equals(NUMBER)) {
                pieces.add(List.copyOf(piece));
                piece = new ArrayList<>();
            } else {
                piece.add(token);
            }
        }
        pieces.add(List.copyOf(piece));
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
