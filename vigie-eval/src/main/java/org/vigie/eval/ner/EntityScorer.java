package org.vigie.eval.ner;

import org.vigie.eval.Prf;
import org.vigie.nlp.ner.NameChunk;

import java.util.*;

/**
 * Entity-level scoring with the CoNLL {@code conlleval} rules: a name is a maximal chunk of tags of one
 * type, starting at a B- tag or at an I- tag that does not continue a chunk of its type; a predicted name
 * counts only if its span and type both equal a gold name's. Totals are micro-averaged over all names.
 */
public final class EntityScorer {
    /** A name on tokens [start, end) of a sentence. */
    public record Chunk(int start, int end, String type) {
    }

    private final Map<String, int[]> counts = new TreeMap<>();

    /** The chunks of an IOB1 or IOB2 tag sequence, read as conlleval reads it. */
    public static List<Chunk> chunks(List<String> tags) {
        return NameChunk.of(tags).stream().map(c -> new Chunk(c.start(), c.end(), c.type())).toList();
    }

    /** Adds one sentence; returns the gold names missed and the predicted names that are wrong. */
    public Errors add(List<Chunk> gold, List<Chunk> predicted) {
        Set<Chunk> g = new HashSet<>(gold), p = new HashSet<>(predicted);
        List<Chunk> missed = new ArrayList<>(), wrong = new ArrayList<>();
        for (Chunk c : predicted) {
            int[] n = counts.computeIfAbsent(c.type(), k -> new int[3]);
            if (g.contains(c)) n[0]++;
            else {
                n[1]++;
                wrong.add(c);
            }
        }
        for (Chunk c : gold) {
            if (!p.contains(c)) {
                counts.computeIfAbsent(c.type(), k -> new int[3])[2]++;
                missed.add(c);
            }
        }
        return new Errors(missed, wrong);
    }

    public record Errors(List<Chunk> missed, List<Chunk> wrong) {
        public boolean isEmpty() {
            return missed.isEmpty() && wrong.isEmpty();
        }
    }

    /** Scores per type, sorted by type. */
    public Map<String, Prf> byType() {
        Map<String, Prf> out = new TreeMap<>();
        counts.forEach((type, n) -> out.put(type, new Prf(n[0], n[1], n[2])));
        return out;
    }

    public Prf total() {
        Prf total = Prf.ZERO;
        for (Prf p : byType().values()) total = total.plus(p);
        return total;
    }
}
