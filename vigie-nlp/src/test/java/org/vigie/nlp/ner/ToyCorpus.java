package org.vigie.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Tiny made-up training sentences for the trainers' tests. */
final class ToyCorpus {
    private ToyCorpus() {
    }

    /**
     * {@code n} sentences "Mr Name said so ." with made-up names; with {@code titleInName} the title is tagged as
     * part of the person's name (a corpus convention other than the main one).
     */
    static List<NerSentence> titled(String prefix, int n, boolean titleInName, Random r) {
        String[] syllables = {"ka", "lo", "mi", "ren", "tus", "var", "zel", "po"};
        List<NerSentence> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = Character.toUpperCase(syllables[r.nextInt(8)].charAt(0)) + syllables[r.nextInt(8)].substring(1) + syllables[r.nextInt(8)];
            out.add(new NerSentence(prefix + i, List.of("Mr", name, "said", "so", "."),
                    List.of(titleInName ? "B-PER" : "O", titleInName ? "I-PER" : "B-PER", "O", "O", "O")));
        }
        return out;
    }
}
