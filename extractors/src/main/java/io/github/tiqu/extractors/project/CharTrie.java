package io.github.tiqu.extractors.project;

import java.util.HashMap;
import java.util.Map;

/**
 * An immutable character trie: the longest key that starts at an offset of a string, in time bounded by
 * the longest key. Built once from a map; safe to share across threads.
 */
final class CharTrie<V> {

    /** A key found in a text: its end (exclusive) and its value. */
    record Match<V>(int end, V value) {
    }

    private static final class Node<V> {
        private final Map<Character, Node<V>> next = new HashMap<>();
        private V value;
    }

    private final Node<V> root;

    private CharTrie(Node<V> root) {
        this.root = root;
    }

    static <V> CharTrie<V> of(Map<String, V> entries) {
        Node<V> root = new Node<>();
        for (Map.Entry<String, V> e : entries.entrySet()) {
            Node<V> node = root;
            for (int i = 0; i < e.getKey().length(); i++) {
                node = node.next.computeIfAbsent(e.getKey().charAt(i), c -> new Node<>());
            }
            node.value = e.getValue();
        }
        return new CharTrie<>(root);
    }

    /** The longest key that starts at {@code start} of {@code s}, or null. */
    Match<V> longestAt(CharSequence s, int start) {
        Node<V> node = root;
        Match<V> best = null;
        for (int i = start; i < s.length(); i++) {
            node = node.next.get(s.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Match<>(i + 1, node.value);
            }
        }
        return best;
    }

    /** Whether a key starts at {@code start} of {@code s}. */
    boolean matchesAt(CharSequence s, int start) {
        return longestAt(s, start) != null;
    }
}
