package org.vigie.stories;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * The weights and similarities of story grouping: unit vectors of a document's content words (sublinear counts,
 * names and title words boosted) and of its evidence, idf-weighted cosines against story sums, the
 * similarity of two stories, and the translation score of two documents in different languages. Keeps the
 * document frequency of every feature.
 */
final class Similarity {
    private final StoryIndex.Options options;
    private final IntIntMap df = new IntIntMap(1 << 12);

    Similarity(StoryIndex.Options options) {
        this.options = options;
    }

    int df(int feature) {
        return df.get(feature);
    }

    void count(Fingerprint f) {
        for (int t : f.terms()) df.add(t, 1);
        for (int e : f.evidence()) df.add(e, 1);
    }

    /** The content-word weights of a document, normalised to unit length (no idf: it changes as the store grows). */
    float[] unitWords(Fingerprint f) {
        byte[] c = f.counts();
        float[] w = new float[c.length];
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            int b = c[i] & 0xff;
            double x = 1 + Math.log(Math.max(1, b & Fingerprint.COUNT_MASK));
            if ((b & Fingerprint.NAME_FLAG) != 0) x *= options.nameBoost();
            if ((b & Fingerprint.TITLE_FLAG) != 0) x *= options.titleBoost();
            w[i] = (float) x;
            sum += x * x;
        }
        float norm = (float) Math.sqrt(sum);
        if (norm > 0) for (int i = 0; i < w.length; i++) w[i] /= norm;
        return w;
    }

    float[] unitEvidence(Fingerprint f) {
        float[] w = new float[f.evidence().length];
        if (w.length > 0) Arrays.fill(w, (float) (1 / Math.sqrt(w.length)));
        return w;
    }

    /** The document's {@code n} weightiest content words under the current idf: its query and indexed terms. */
    int[] queryTerms(Fingerprint f, IntToDoubleFunction idf, int n) {
        int[] terms = f.terms();
        if (terms.length <= n) return terms;
        float[] w = unitWords(f);
        long[] keyed = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
            // weights are not negative, so their float bits sort like the weights; the index rides in the low bits
            float key = (float) (w[i] * idf.applyAsDouble(terms[i]));
            keyed[i] = ((long) Float.floatToIntBits(key) << 32) | i;
        }
        java.util.Arrays.sort(keyed);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = terms[(int) keyed[keyed.length - 1 - i]];
        return out;
    }

    /** A document's idf-weighted vectors, computed once per assignment. */
    static final class Query {
        final String language;
        final int[] terms;
        final float[] unitTerms;
        final double[] termIdf;
        final double termNorm;
        final int[] evidence;
        final float[] unitEvidence;
        final double[] evidenceIdf;
        final double evidenceNorm;

        Query(Fingerprint f, float[] unitTerms, float[] unitEvidence, IntToDoubleFunction idf) {
            this.language = f.language();
            this.terms = f.terms();
            this.unitTerms = unitTerms;
            this.termIdf = new double[terms.length];
            double n = 0;
            for (int i = 0; i < terms.length; i++) {
                termIdf[i] = idf.applyAsDouble(terms[i]);
                double x = unitTerms[i] * termIdf[i];
                n += x * x;
            }
            this.termNorm = Math.sqrt(n);
            this.evidence = f.evidence();
            this.unitEvidence = unitEvidence;
            this.evidenceIdf = new double[evidence.length];
            n = 0;
            for (int i = 0; i < evidence.length; i++) {
                evidenceIdf[i] = idf.applyAsDouble(evidence[i]);
                double x = unitEvidence[i] * evidenceIdf[i];
                n += x * x;
            }
            this.evidenceNorm = Math.sqrt(n);
        }

        /** Weights of the given query terms (a subset of the document's terms) for ranking candidates. */
        double[] termWeights(int[] subset) {
            double[] out = new double[subset.length];
            for (int i = 0; i < subset.length; i++) {
                int at = java.util.Arrays.binarySearch(terms, subset[i]);
                out[i] = at >= 0 && termNorm > 0 ? unitTerms[at] * termIdf[at] * termIdf[at] / termNorm : 0;
            }
            return out;
        }

        double[] evidenceWeights() {
            double[] out = new double[evidence.length];
            for (int i = 0; i < out.length; i++) out[i] = evidenceNorm == 0 ? 0 : unitEvidence[i] * evidenceIdf[i] * evidenceIdf[i] / evidenceNorm;
            return out;
        }
    }

    Query query(Fingerprint f, IntToDoubleFunction idf) {
        return new Query(f, unitWords(f), unitEvidence(f), idf);
    }

    double wordCosine(Query q, StoryState s, IntToDoubleFunction idf, int documents) {
        TermVector c = s.words.get(q.language);
        if (c == null || q.termNorm == 0) return 0;
        double dot = 0;
        for (int i = 0; i < q.terms.length; i++) {
            float x = c.get(q.terms[i]);
            if (x != 0) dot += q.unitTerms[i] * x * q.termIdf[i] * q.termIdf[i];
        }
        if (dot <= 0) return 0;
        return dot / (q.termNorm * norm(s, q.language, c, idf, documents));
    }

    double evidenceCosine(Query q, StoryState s, IntToDoubleFunction idf, int documents) {
        if (q.evidenceNorm == 0 || s.evidence.size() == 0) return 0;
        double dot = 0;
        for (int i = 0; i < q.evidence.length; i++) {
            float x = s.evidence.get(q.evidence[i]);
            if (x != 0) dot += q.unitEvidence[i] * x * q.evidenceIdf[i] * q.evidenceIdf[i];
        }
        if (dot <= 0) return 0;
        return dot / (q.evidenceNorm * norm(s, "", s.evidence, idf, documents));
    }

    /** The norm of a story vector under idf: cached, kept up to date as documents join, recomputed when stale. */
    private static double norm(StoryState s, String key, TermVector v, IntToDoubleFunction idf, int documents) {
        double n2 = s.norm2(key, documents);
        if (!Double.isNaN(n2)) return Math.sqrt(n2);
        double[] sum = {0};
        v.forEach((k, w) -> {
            double x = w * idf.applyAsDouble(k);
            sum[0] += x * x;
        });
        s.cacheNorm2(key, sum[0], documents);
        return Math.sqrt(sum[0]);
    }

    /**
     * Adds a document's unit vector to a story vector, keeping its cached norm exact for the added terms under the
     * current idf (other terms' idf drifts slowly; the cache is recomputed when the store has doubled).
     */
    static void add(StoryState s, String key, TermVector v, int[] keys, float[] weights, double[] keyIdf, IntToDoubleFunction idf) {
        boolean cached = s.hasNorm(key);
        double delta = 0;
        for (int i = 0; i < keys.length; i++) {
            float before = cached ? v.get(keys[i]) : 0;
            v.add(keys[i], weights[i]);
            if (cached) {
                double w = keyIdf != null ? keyIdf[i] : idf.applyAsDouble(keys[i]);
                double after = before + weights[i];
                delta += (after * after - (double) before * before) * w * w;
            }
        }
        if (cached) s.addNorm2(key, delta);
    }

    /** Content-word and evidence similarity mixed, for documents in the same language. */
    double mix(double words, double evidence) {
        return words > 0 ? options.wordWeight() * words + (1 - options.wordWeight()) * evidence : 0;
    }

    /** How alike two stories are, on the scale of {@code join}: content words in a shared language, or evidence. */
    double storySimilarity(StoryState a, StoryState b, IntToDoubleFunction idf, int documents) {
        double ev = cosine(a, "", a.evidence, b, b.evidence, idf, documents);
        double best = ev * options.join() / options.evidenceJoin();
        for (var e : a.words.entrySet()) {
            TermVector other = b.words.get(e.getKey());
            if (other != null) best = Math.max(best, mix(cosine(a, e.getKey(), e.getValue(), b, other, idf, documents), ev));
        }
        return best;
    }

    private static double cosine(StoryState a, String key, TermVector va, StoryState b, TermVector vb, IntToDoubleFunction idf,
                                 int documents) {
        TermVector small = va.size() <= vb.size() ? va : vb, large = small == va ? vb : va;
        double[] dot = {0};
        small.forEach((k, w) -> {
            float x = large.get(k);
            if (x != 0) {
                double i = idf.applyAsDouble(k);
                dot[0] += w * x * i * i;
            }
        });
        if (dot[0] <= 0) return 0;
        return dot[0] / (norm(a, key, va, idf, documents) * norm(b, key, vb, idf, documents));
    }

    /** Idf-weighted cosine of two documents: content words in the same language, evidence across languages. */
    double documentSimilarity(Fingerprint a, Fingerprint b, IntToDoubleFunction idf) {
        return documentSimilarity(a, unitWords(a), unitEvidence(a), b, unitWords(b), unitEvidence(b), idf);
    }

    /** The same, with the documents' unit vectors computed beforehand (the split rule compares many pairs). */
    double documentSimilarity(Fingerprint a, float[] wordsA, float[] evidenceA, Fingerprint b, float[] wordsB, float[] evidenceB,
                              IntToDoubleFunction idf) {
        double ev = cosine(a.evidence(), evidenceA, b.evidence(), evidenceB, idf);
        double cross = ev * options.join() / options.evidenceJoin();
        if (!a.language().equals(b.language())) return cross;
        return Math.max(cross, mix(cosine(a.terms(), wordsA, b.terms(), wordsB, idf), ev));
    }

    private static double cosine(int[] ka, float[] wa, int[] kb, float[] wb, IntToDoubleFunction idf) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < ka.length; i++) {
            double x = wa[i] * idf.applyAsDouble(ka[i]);
            na += x * x;
        }
        for (int j = 0; j < kb.length; j++) {
            double y = wb[j] * idf.applyAsDouble(kb[j]);
            nb += y * y;
        }
        int i = 0, j = 0;
        while (i < ka.length && j < kb.length) {
            if (ka[i] == kb[j]) {
                double w = idf.applyAsDouble(ka[i]);
                dot += wa[i] * wb[j] * w * w;
                i++;
                j++;
            } else if (ka[i] < kb[j]) i++;
            else j++;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /**
     * How likely {@code a} and {@code b}, in different languages, are the same text: the Jaccard similarity of their
     * evidence bigrams in text order. A translation keeps the order of names, figures and quote speakers; an
     * independent report of the same event names the same actors, so the overlap of the evidence itself does not tell
     * them apart (on the demo pairs, reports share 60-90 % of their evidence but at most a fifth of its bigrams, while
     * translations share over a quarter even through an entity linker that spells names after each language).
     */
    static double translation(Fingerprint a, Fingerprint b) {
        if (a.skeleton().length < 3 || b.skeleton().length < 3) return 0;
        int s = intersection(a.skeleton(), b.skeleton());
        return (double) s / (a.skeleton().length + b.skeleton().length - s);
    }

    static int intersection(int[] a, int[] b) {
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) i++;
            else j++;
        }
        return n;
    }
}
