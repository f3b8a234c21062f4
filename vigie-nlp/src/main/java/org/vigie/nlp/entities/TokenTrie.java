package org.vigie.nlp.entities;

import java.util.*;

/** Phrases as sequences of normalised tokens, for longest-match lookup over a sentence's tokens. */
final class TokenTrie<T> {
    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        final List<T> values = new ArrayList<>();
    }

    /** Values of a phrase ending just before token {@code end}. */
    record Match<T>(int end, List<T> values) {
    }

    private final Node<T> root = new Node<>();

    void add(List<String> keys, T value) {
        if (keys.isEmpty()) return;
        Node<T> n = root;
        for (String k : keys) n = n.next.computeIfAbsent(k, x -> new Node<>());
        if (!n.values.contains(value)) n.values.add(value);
    }

    /** Adds every phrase of another trie. */
    void addAll(TokenTrie<T> other) {
        copy(other.root, new ArrayList<>());
    }

    private void copy(Node<T> from, List<String> path) {
        for (T v : from.values) add(path, v);
        for (Map.Entry<String, Node<T>> e : from.next.entrySet()) {
            path.add(e.getKey());
            copy(e.getValue(), path);
            path.remove(path.size() - 1);
        }
    }

    /** Every phrase starting at token {@code start}, longest first. */
    List<Match<T>> matches(List<String> keys, int start) {
        List<Match<T>> out = new ArrayList<>();
        Node<T> n = root;
        for (int i = start; i < keys.size(); i++) {
            n = n.next.get(keys.get(i));
            if (n == null) break;
            if (!n.values.isEmpty()) out.add(new Match<>(i + 1, Collections.unmodifiableList(n.values)));
        }
        Collections.reverse(out);
        return out;
    }

    /** The end of the longest phrase starting at {@code start}, or -1. */
    int longest(List<String> keys, int start) {
        List<Match<T>> m = matches(keys, start);
        return m.isEmpty() ? -1 : m.get(0).end();
    }
}
