package org.vigie.stories;

/**
 * An open-addressing map from int keys to int values (0 when absent), for document frequencies keyed by
 * feature hash. Key 0 is reserved as the empty slot; {@link Features} never produces it.
 */
final class IntIntMap {
    private int[] keys;
    private int[] values;
    private int size;

    IntIntMap(int capacity) {
        int n = Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) * 2;
        keys = new int[n];
        values = new int[n];
    }

    int get(int key) {
        int mask = keys.length - 1;
        for (int i = Features.spread(key) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) return values[i];
            if (k == 0) return 0;
        }
    }

    void add(int key, int delta) {
        int mask = keys.length - 1;
        int i = Features.spread(key) & mask;
        while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == 0) {
            keys[i] = key;
            if (++size * 2 > keys.length) {
                values[i] += delta;
                grow();
                return;
            }
        }
        values[i] += delta;
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] oldKeys = keys, oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
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
