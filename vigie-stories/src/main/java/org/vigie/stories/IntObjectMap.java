package org.vigie.stories;

import java.util.function.IntFunction;

/** An open-addressing map from non-zero int keys to objects, for postings keyed by feature hash. */
final class IntObjectMap<V> {
    private int[] keys;
    private Object[] values;
    private int size;

    IntObjectMap(int capacity) {
        int n = Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) * 2;
        keys = new int[n];
        values = new Object[n];
    }

    @SuppressWarnings("unchecked")
    V get(int key) {
        int mask = keys.length - 1;
        for (int i = Features.spread(key) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) return (V) values[i];
            if (k == 0) return null;
        }
    }

    @SuppressWarnings("unchecked")
    V computeIfAbsent(int key, IntFunction<V> create) {
        int mask = keys.length - 1;
        int i = Features.spread(key) & mask;
        while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == key) return (V) values[i];
        V v = create.apply(key);
        keys[i] = key;
        values[i] = v;
        if (++size * 2 > keys.length) grow();
        return v;
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == 0) continue;
            int i = Features.spread(oldKeys[j]) & mask;
            while (keys[i] != 0) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            values[i] = oldValues[j];
        }
    }
}
