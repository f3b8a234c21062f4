package org.vigie.stories;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Republication groups and chains: documents linked as copies, edits or translations form a group (union-find);
 * in each group the original is chosen and every other member gets its relation and the document it repeats.
 */
final class Chains {
    /** A text with fewer shingles than this share of another's is a shortened version of it, not its source. */
    private static final double SHORTENED = 0.8;

    private final IntFunction<Fingerprint> docs;
    private final double copy;
    private int[] parent = new int[256];
    private Relation[] relation = new Relation[256];
    private int[] of = new int[256];
    private final Map<Integer, IntList> groups = new HashMap<>();

    /** @param copy the MinHash similarity above which a repeat in the same language is a copy, not an edit */
    Chains(IntFunction<Fingerprint> docs, double copy) {
        this.docs = docs;
        this.copy = copy;
    }

    /** Registers document {@code d} (the next number) as a report alone in its group. */
    void add(int d) {
        if (d >= parent.length) {
            int n = Math.max(d + 1, parent.length * 2);
            parent = java.util.Arrays.copyOf(parent, n);
            relation = java.util.Arrays.copyOf(relation, n);
            of = java.util.Arrays.copyOf(of, n);
        }
        parent[d] = d;
        relation[d] = Relation.REPORT;
        of[d] = -1;
    }

    Relation relation(int d) {
        return relation[d];
    }

    /** The document {@code d} repeats, or -1. */
    int of(int d) {
        return of[d];
    }

    /** Sets a relation read back from the store, without choosing anything. */
    void set(int d, Relation r, int ofDocument) {
        relation[d] = r;
        of[d] = ofDocument;
    }

    int find(int d) {
        while (parent[d] != d) {
            parent[d] = parent[parent[d]];
            d = parent[d];
        }
        return d;
    }

    void union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra == rb) return;
        IntList la = groups.remove(ra), lb = groups.remove(rb);
        if (la == null) {
            la = new IntList(2);
            la.add(ra);
        }
        if (lb == null) {
            lb = new IntList(2);
            lb.add(rb);
        }
        parent[rb] = ra;
        for (int i = 0; i < lb.size(); i++) la.add(lb.get(i));
        groups.put(ra, la);
    }

    /** The members of a republication group, given its root. */
    int[] group(int root) {
        IntList g = groups.get(root);
        return g == null ? new int[]{root} : g.toArray();
    }

    /**
     * Whether document a comes before b as a possible original: earlier date (and time, when both have one); on
     * the same date a clearly longer text in the same language (edits shorten, they do not lengthen), then a
     * wire's own copy before a publisher crediting it, then the less damaged text (machine translations and
     * careless copies collect artefacts), then arrival order. Any document comes before -1.
     */
    boolean before(int a, int b) {
        if (b < 0) return true;
        Fingerprint x = docs.apply(a), y = docs.apply(b);
        if (x.day() != y.day()) {
            if (x.day() == Fingerprint.NO_DATE) return false;
            if (y.day() == Fingerprint.NO_DATE) return true;
            return x.day() < y.day();
        }
        if (x.minute() >= 0 && y.minute() >= 0 && x.minute() != y.minute()) return x.minute() < y.minute();
        if (x.language().equals(y.language())) {
            if (y.shingles() < SHORTENED * x.shingles()) return true;
            if (x.shingles() < SHORTENED * y.shingles()) return false;
        }
        if (x.origin() != y.origin()) return x.origin().ordinal() < y.origin().ordinal();
        if (x.damage() != y.damage()) return x.damage() < y.damage();
        return a < b;
    }

    int originalOf(int root) {
        int[] g = group(root);
        int original = g[0];
        for (int d : g) if (before(d, original)) original = d;
        return original;
    }

    /**
     * Chooses the group's original and the relation of every member: a repeat in the original's language is a copy or
     * an edit of it; the first text in another language is its translation, later texts in that language copies or
     * edits of that first one. {@code touched} hears every member before it changes.
     */
    void rechain(int root, IntConsumer touched) {
        int[] g = group(root);
        for (int d : g) touched.accept(d);
        if (g.length == 1) {
            relation[g[0]] = Relation.REPORT;
            of[g[0]] = -1;
            return;
        }
        int original = originalOf(root);
        Map<String, Integer> firstByLanguage = new HashMap<>();
        for (int d : g) {
            String lang = docs.apply(d).language();
            Integer cur = firstByLanguage.get(lang);
            if (cur == null || before(d, cur)) firstByLanguage.put(lang, d);
        }
        firstByLanguage.put(docs.apply(original).language(), original);
        for (int d : g) {
            if (d == original) {
                relation[d] = Relation.ORIGINAL;
                of[d] = -1;
                continue;
            }
            int head = firstByLanguage.get(docs.apply(d).language());
            if (head == d) {
                relation[d] = Relation.TRANSLATION;
                of[d] = original;
            } else {
                double jac = MinHash.similarity(docs.apply(d).minHash(), docs.apply(head).minHash());
                relation[d] = jac >= copy ? Relation.COPY : Relation.EDIT;
                of[d] = head;
            }
        }
    }
}
