package org.vigie.stories;

import java.util.Arrays;

/** A growable list of ints without boxing: postings and story members stay a few bytes per entry. */
final class IntList {
    private int[] items;
    private int size;

    IntList() {
        this(2);
    }

    IntList(int capacity) {
        items = new int[Math.max(1, capacity)];
    }

    void add(int value) {
        if (size == items.length) items = Arrays.copyOf(items, size + Math.max(2, size >> 1));
        items[size++] = value;
    }

    int get(int i) {
        return items[i];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int last() {
        return items[size - 1];
    }

    /** Removes every element for which the test is true, keeping the order of the others. */
    void removeIf(java.util.function.IntPredicate test) {
        int w = 0;
        for (int r = 0; r < size; r++) if (!test.test(items[r])) items[w++] = items[r];
        size = w;
    }

    /** Drops the spare capacity. */
    void trim() {
        if (items.length > size) items = Arrays.copyOf(items, Math.max(1, size));
    }

    int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
