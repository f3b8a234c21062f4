package org.vigie.nlp.ner;

/** First-order Viterbi with allowed-transition masks, and max-marginals for the confidence of each name. */
final class Decoder {
    private static final long NONE = Long.MIN_VALUE / 4;
    static final double MAX_MARGIN = 1000;

    private Decoder() {
    }

    interface Transitions {
        /** Weight from label {@code from} (the label count = sentence start) to label {@code to}. */
        int weight(int from, int to);
    }

    record Result(int[] labels, long[] forward, long[] backward, int l, long best) {
        /**
         * How much the best tagging outscores the best one that labels some token of [start, end) otherwise,
         * in weight units; capped, since a name with no feasible rival has an unbounded margin.
         */
        double margin(int start, int end, double scale) {
            long margin = Long.MAX_VALUE;
            for (int i = start; i < end; i++) {
                long rival = NONE;
                for (int y = 0; y < l; y++) {
                    if (y == labels[i]) continue;
                    rival = Math.max(rival, forward[i * l + y] + backward[i * l + y]);
                }
                margin = Math.min(margin, best - rival);
            }
            return Math.min(margin / scale, MAX_MARGIN);
        }
    }

    static Result viterbi(int[] emissions, int n, int l, Transitions t, int[] allowedFrom, int canEnd, boolean marginals) {
        long[] forward = new long[n * l];
        int[] back = new int[n * l];
        for (int y = 0; y < l; y++) {
            forward[y] = (allowedFrom[y] & (1 << l)) != 0 ? emissions[y] + t.weight(l, y) : NONE;
        }
        for (int i = 1; i < n; i++) {
            int row = i * l, prevRow = row - l;
            for (int y = 0; y < l; y++) {
                long best = NONE;
                int arg = 0;
                int allowed = allowedFrom[y];
                for (int p = 0; p < l; p++) {
                    if ((allowed & (1 << p)) == 0) continue;
                    long s = forward[prevRow + p] + t.weight(p, y);
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                forward[row + y] = best == NONE ? NONE : best + emissions[row + y];
                back[row + y] = arg;
            }
        }
        int[] labels = new int[n];
        long best = NONE;
        for (int y = 0; y < l; y++) {
            if ((canEnd & (1 << y)) != 0 && forward[(n - 1) * l + y] > best) {
                best = forward[(n - 1) * l + y];
                labels[n - 1] = y;
            }
        }
        for (int i = n - 1; i > 0; i--) labels[i - 1] = back[i * l + labels[i]];
        if (!marginals) return new Result(labels, forward, null, l, best);
        long[] backward = new long[n * l];
        for (int y = 0; y < l; y++) if ((canEnd & (1 << y)) == 0) backward[(n - 1) * l + y] = NONE;
        for (int i = n - 2; i >= 0; i--) {
            int row = i * l, next = row + l;
            for (int p = 0; p < l; p++) {
                long b = NONE;
                for (int y = 0; y < l; y++) {
                    if ((allowedFrom[y] & (1 << p)) == 0 || forward[next + y] == NONE || backward[next + y] == NONE) continue;
                    b = Math.max(b, t.weight(p, y) + emissions[next + y] + backward[next + y]);
                }
                backward[row + p] = b;
            }
        }
        return new Result(labels, forward, backward, l, best);
    }
}
