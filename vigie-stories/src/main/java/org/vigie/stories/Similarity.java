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
        Integer[] order = new Integer[terms.length];
        double[] key = new double[terms.length];
        for (int i = 0; i < terms.length; i++) {
            order[i] = i;
            key[i] = w[i] * idf.applyAsDouble(terms[i]);
        }
        Arrays.sort(order, (a, b) -> Double.compare(key[b], key[a]));
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = terms[order[i]];
        return out;
    }

    /** A document's idf-weighted vectors, computed once per assignment. */
    static final class Query {
        final String language;
        final int[] terms;
        final double[] termWeights;
        final double termNorm;
        final int[] evidence;
        final double[] evidenceWeights;
        final double evidenceNorm;

        Query(String language, int[] terms, double[] termWeights, int[] evidence, double[] evidenceWeights) {
            this.language = language;
            this.terms = terms;
            this.termWeights = termWeights;
            this.termNorm = norm(termWeights);
            this.evidence = evidence;
            this.evidenceWeights = evidenceWeights;
            this.evidenceNorm = norm(evidenceWeights);
        }

        /** Weights of the given query terms (a subset of the document's terms) for ranking candidates. */
        double[] termWeights(Fingerprint f, int[] subset) {
            double[] out = new double[subset.length];
            for (int i = 0; i < subset.length; i++) {
                int at = Arrays.binarySearch(terms, subset[i]);
                out[i] = at >= 0 ? termWeights[at] / termNorm : 0;
            }
            return out;
        }

        double[] evidenceWeights(Fingerprint f) {
            double[] out = new double[evidence.length];
            for (int i = 0; i < out.length; i++) out[i] = evidenceNorm == 0 ? 0 : evidenceWeights[i] / evidenceNorm;
            return out;
        }

        private static double norm(double[] w) {
            double s = 0;
            for (double x : w) s += x * x;
            return Math.sqrt(s);
        }
    }

    Query query(Fingerprint f, IntToDoubleFunction idf, int documents) {
        float[] w = unitWords(f);
        double[] tw = new double[w.length];
        for (int i = 0; i < w.length; i++) tw[i] = w[i] * idf.applyAsDouble(f.terms()[i]);
        float[] e = unitEvidence(f);
        double[] ew = new double[e.length];
        for (int i = 0; i < e.length; i++) ew[i] = e[i] * idf.applyAsDouble(f.evidence()[i]);
        return new Query(f.language(), f.terms(), tw, f.evidence(), ew);
    }

    double wordCosine(Query q, StoryState s, IntToDoubleFunction idf, int documents) {
        TermVector c = s.words.get(q.language);
        if (c == null || q.termNorm == 0) return 0;
        double dot = 0;
        for (int i = 0; i < q.terms.length; i++) {
            float x = c.get(q.terms[i]);
            if (x != 0) dot += q.termWeights[i] * x * idf.applyAsDouble(q.terms[i]);
        }
        if (dot <= 0) return 0;
        return dot / (q.termNorm * norm(s, q.language, c, idf, documents));
    }

    double evidenceCosine(Query q, StoryState s, IntToDoubleFunction idf, int documents) {
        if (q.evidenceNorm == 0 || s.evidence.size() == 0) return 0;
        double dot = 0;
        for (int i = 0; i < q.evidence.length; i++) {
            float x = s.evidence.get(q.evidence[i]);
            if (x != 0) dot += q.evidenceWeights[i] * x * idf.applyAsDouble(q.evidence[i]);
        }
        if (dot <= 0) return 0;
        return dot / (q.evidenceNorm * norm(s, "", s.evidence, idf, documents));
    }

    private static double norm(StoryState s, String key, TermVector v, IntToDoubleFunction idf, int documents) {
        double n = s.norm(key, documents);
        if (!Double.isNaN(n)) return n;
        double[] sum = {0};
        v.forEach((k, w) -> {
            double x = w * idf.applyAsDouble(k);
            sum[0] += x * x;
        });
        n = Math.sqrt(sum[0]);
        s.cacheNorm(key, n, documents);
        return n;
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
        double ev = cosine(a.evidence(), unitEvidence(a), b.evidence(), unitEvidence(b), idf);
        double cross = ev * options.join() / options.evidenceJoin();
        if (!a.language().equals(b.language())) return cross;
        return Math.max(cross, mix(cosine(a.terms(), unitWords(a), b.terms(), unitWords(b), idf), ev));
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
     * How likely {@code a} and {@code b}, in different languages, are the same text: the mean of the Jaccard
     * similarity of their evidence bigrams in text order (names, figures, quotes keep their order in a
     * translation) and the Dice overlap of their evidence.
     */
    static double translation(Fingerprint a, Fingerprint b) {
        if (a.skeleton().length < 3 || b.skeleton().length < 3) return 0;
        int s = intersection(a.skeleton(), b.skeleton());
        double jaccard = (double) s / (a.skeleton().length + b.skeleton().length - s);
        int e = intersection(a.evidence(), b.evidence());
        double dice = 2.0 * e / (a.evidence().length + b.evidence().length);
        return (jaccard + dice) / 2;
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
