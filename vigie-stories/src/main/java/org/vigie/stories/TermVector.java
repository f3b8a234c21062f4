package org.vigie.stories;

import java.util.Arrays;

/**
 * A sparse vector of float weights keyed by feature hash (open addressing): a story's running sum of its
 * members' unit vectors. Past {@link #MAX_TERMS} terms the lightest half is dropped: they weigh almost nothing
 * in a cosine and would make large stories cost memory in proportion to their size. Stories that can no longer be
 * joined keep only their heaviest terms ({@link #keepTop}).
 */
final class TermVector {
    static final int MAX_TERMS = 2048;

    private int[] keys = new int[16];
    private float[] values = new float[16];
    private int size;

    float get(int key) {
        int mask = keys.length - 1;
        for (int i = Features.spread(key) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) return values[i];
            if (k == 0) return 0f;
        }
    }

    void add(int key, float delta) {
        int mask = keys.length - 1;
        int i = Features.spread(key) & mask;
        while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == 0) {
            keys[i] = key;
            values[i] = delta;
            if (++size * 4 > keys.length * 3) {
                if (size > MAX_TERMS) prune(); else rehash(keys.length * 2);
            }
            return;
        }
        values[i] += delta;
    }

    void addAll(int[] keys, float[] weights, float scale) {
        for (int j = 0; j < keys.length; j++) add(keys[j], weights[j] * scale);
    }

    void addAll(TermVector other, float scale) {
        for (int j = 0; j < other.keys.length; j++) if (other.keys[j] != 0) add(other.keys[j], other.values[j] * scale);
    }

    int size() {
        return size;
    }

    /** Calls {@code visitor} with each key and weight. */
    void forEach(Visitor visitor) {
        for (int j = 0; j < keys.length; j++) if (keys[j] != 0) visitor.visit(keys[j], values[j]);
    }

    interface Visitor {
        void visit(int key, float weight);
    }

    private void prune() {
        keepTop(size / 2, keys.length);
    }

    /** Keeps the {@code n} heaviest terms (ties may keep a few more) in the smallest table that holds them. */
    void keepTop(int n) {
        if (size <= n) {
            int capacity = 16;
            while (size * 4 > capacity * 3) capacity *= 2;
            if (capacity < keys.length) rehash(capacity);
            return;
        }
        int capacity = 16;
        while (n * 4 > capacity * 3) capacity *= 2;
        keepTop(n, capacity);
    }

    private void keepTop(int n, int capacity) {
        float[] w = new float[size];
        int k = 0;
        for (int j = 0; j < keys.length; j++) if (keys[j] != 0) w[k++] = values[j];
        Arrays.sort(w);
        float cut = w[size - n];
        int[] oldKeys = keys;
        float[] oldValues = values;
        keys = new int[capacity];
        values = new float[capacity];
        size = 0;
        int mask = capacity - 1;
        for (int j = 0; j < oldKeys.length && size < n; j++) {
            if (oldKeys[j] == 0 || oldValues[j] < cut) continue;
            int i = Features.spread(oldKeys[j]) & mask;
            while (keys[i] != 0) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            values[i] = oldValues[j];
            size++;
        }
    }

    private void rehash(int capacity) {
        int[] oldKeys = keys;
        float[] oldValues = values;
        keys = new int[capacity];
        values = new float[capacity];
        int mask = capacity - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == 0) continue;
            int i = Features.spread(oldKeys[j]) & mask;
            while (keys[i] != 0) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            values[i] = oldValues[j];
        }
    }
}
