package org.vigie.nlp.entities;

import java.util.*;

/**
 * Phrases as sequences of normalised tokens, for longest-match lookup over a sentence's tokens. Most nodes of a
 * trie of names have one child and no value (tens of thousands of them with an imported knowledge base), so a node
 * keeps a single child without a map and allocates its map and its value list only when it needs them.
 */
final class TokenTrie<T> {
    private static final class Node<T> {
        private String onlyKey;
        private Node<T> onlyChild;
        /** All the children once there are two or more; {@code onlyKey} is then null. */
        private Map<String, Node<T>> children;
        private List<T> values = List.of();

        Node<T> child(String key) {
            if (children != null) return children.get(key);
            return key.equals(onlyKey) ? onlyChild : null;
        }

        Node<T> childOrNew(String key) {
            Node<T> n = child(key);
            if (n != null) return n;
            n = new Node<>();
            if (children != null) {
                children.put(key, n);
            } else if (onlyKey == null) {
                onlyKey = key;
                onlyChild = n;
            } else {
                children = new HashMap<>(4);
                children.put(onlyKey, onlyChild);
                children.put(key, n);
                onlyKey = null;
                onlyChild = null;
            }
            return n;
        }

        void forEachChild(java.util.function.BiConsumer<String, Node<T>> f) {
            if (children != null) children.forEach(f);
            else if (onlyKey != null) f.accept(onlyKey, onlyChild);
        }

        void addValue(T value) {
            if (values.contains(value)) return;
            if (!(values instanceof ArrayList)) values = new ArrayList<>(values);
            values.add(value);
        }
    }

    /** Values of a phrase ending just before token {@code end}. */
    record Match<T>(int end, List<T> values) {
    }

    private final Node<T> root = new Node<>();

    void add(List<String> keys, T value) {
        if (keys.isEmpty()) return;
        Node<T> n = root;
        for (String k : keys) n = n.childOrNew(k);
        n.addValue(value);
    }

    /** Adds every phrase of another trie. */
    void addAll(TokenTrie<T> other) {
        copy(other.root, new ArrayList<>());
    }

    private void copy(Node<T> from, List<String> path) {
        for (T v : from.values) add(path, v);
        from.forEachChild((key, child) -> {
            path.add(key);
            copy(child, path);
            path.remove(path.size() - 1);
        });
    }

    /** Trims every value list to its size, once the trie is built (adding afterwards still works). */
    void compact() {
        Deque<Node<T>> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node<T> n = todo.pop();
            if (n.values instanceof ArrayList) n.values = List.copyOf(n.values);
            n.forEachChild((k, c) -> todo.push(c));
        }
    }

    /** Every phrase starting at token {@code start}, longest first. */
    List<Match<T>> matches(List<String> keys, int start) {
        List<Match<T>> out = new ArrayList<>();
        Node<T> n = root;
        for (int i = start; i < keys.size(); i++) {
            n = n.child(keys.get(i));
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
