package org.vigie.nlp.ner;

import java.util.Arrays;

/** An open-addressing map from non-zero int keys to int values; 0 marks an empty slot. Not thread-safe while growing. */
final class IntTable {
    private int[] keys;
    private int[] values;
    private int size;
    private int mask;

    IntTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    static int slot(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    int get(int key, int missing) {
        int i = slot(key) & mask;
        while (true) {
            int k = keys[i];
            if (k == key) return values[i];
            if (k == 0) return missing;
            i = (i + 1) & mask;
        }
    }

    /** The value for key, adding {@code valueIfAbsent} first when absent. */
    int putIfAbsent(int key, int valueIfAbsent) {
        if (key == 0) throw new IllegalArgumentException("key 0 is reserved");
        int i = slot(key) & mask;
        while (true) {
            int k = keys[i];
            if (k == key) return values[i];
            if (k == 0) break;
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = valueIfAbsent;
        if (++size * 2 > keys.length) grow();
        return valueIfAbsent;
    }

    void put(int key, int value) {
        if (key == 0) throw new IllegalArgumentException("key 0 is reserved");
        int i = slot(key) & mask;
        while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == 0) {
            keys[i] = key;
            values[i] = value;
            if (++size * 2 > keys.length) grow();
        } else {
            values[i] = value;
        }
    }

    int size() {
        return size;
    }

    int[] keys() {
        int[] out = new int[size];
        int n = 0;
        for (int k : keys) if (k != 0) out[n++] = k;
        Arrays.sort(out);
        return out;
    }

    private void grow() {
        int[] oldKeys = keys, oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != 0) put(oldKeys[i], oldValues[i]);
    }
}
