package io.github.tiqu.core.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The words of a lexicon (units, classifiers, mod triggers, head words, time words) for longest-match
 * lookups at an offset of running text: the cost of a lookup is bounded by the longest word, never by
 * the text, and a lookup that finds nothing allocates nothing.
 *
 * <p>Each node keeps its children as a sorted {@code char[]} searched by bisection, so no character is
 * boxed on the hot path. Built once by {@link Builder}; immutable and thread-safe afterwards.
 *
 * @param <V> what a word stands for (a unit, a mod, a head word's kind)
 */
public final class PhraseTrie<V> {

    /** A word found in a text: its value and its offsets {@code [start, end)}. */
    public record Hit<V>(V value, int start, int end) {
    }

    private static final class Node<V> {
        private static final char[] NO_KEYS = new char[0];
        /**
         * Nodes with more children than this, and every root (where most lookups fail), are looked up
         * by a bitmap filter and a hash table.
         */
        private static final int SCAN_LIMIT = 8;
        /** Bits of the filter: a character's low 14 bits index it (a hit is confirmed in the table). */
        private static final int FILTER_MASK = (1 << 14) - 1;

        char[] keys = NO_KEYS;
        Node<V>[] children;
        List<V> values = List.of();
        /** For nodes with many children: bit {@code c & FILTER_MASK} set for each key {@code c}; else null. */
        long[] filter;
        /** For nodes with many children: open addressing, slot = child index + 1, 0 = empty. */
        int[] slots;

        Node<V> child(char c) {
            char[] k = keys;
            if (filter == null) {
                for (int i = 0; i < k.length; i++) {
                    if (k[i] == c) {
                        return children[i];
                    }
                }
                return null;
            }
            int b = c & FILTER_MASK;
            if ((filter[b >>> 6] & (1L << b)) == 0) {
                return null;
            }
            int[] s = slots;
            int mask = s.length - 1;
            for (int h = hash(c) & mask;; h = (h + 1) & mask) {
                int x = s[h];
                if (x == 0) {
                    return null;
                }
                if (k[x - 1] == c) {
                    return children[x - 1];
                }
            }
        }

        private static int hash(char c) {
            return (c * 0x9E3779B1) >>> 16;
        }

        void freezeKeys(char[] sortedKeys, Node<V>[] kids, boolean root) {
            keys = sortedKeys;
            children = kids;
            if (sortedKeys.length > SCAN_LIMIT || root && sortedKeys.length > 1) {
                filter = new long[(FILTER_MASK + 1) / 64];
                int size = Integer.highestOneBit(sortedKeys.length * 2) * 2; // load at most 1/2
                slots = new int[size];
                for (int i = 0; i < sortedKeys.length; i++) {
                    char c = sortedKeys[i];
                    int b = c & FILTER_MASK;
                    filter[b >>> 6] |= 1L << b;
                    int h = hash(c) & (size - 1);
                    while (slots[h] != 0) {
                        h = (h + 1) & (size - 1);
                    }
                    slots[h] = i + 1;
                }
            }
        }
    }

    private final Node<V> root;
    private final int maxLength;
    private final int size;

    private PhraseTrie(Node<V> root, int maxLength, int size) {
        this.root = root;
        this.maxLength = maxLength;
        this.size = size;
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** A trie of the entries of {@code words}. */
    public static <V> PhraseTrie<V> of(Map<String, V> words) {
        Builder<V> b = builder();
        words.forEach(b::add);
        return b.build();
    }

    /** The length of the longest word. */
    public int maxLength() {
        return maxLength;
    }

    /** The number of distinct words. */
    public int size() {
        return size;
    }

    /** Whether some word starts with {@code c}: a cheap test before a lookup. */
    public boolean canStartWith(char c) {
        return root.child(c) != null;
    }

    /** The longest word starting at {@code start}, or null (the first value of that word). */
    public Hit<V> longestAt(CharSequence text, int start) {
        if (start < 0) {
            return null;
        }
        Node<V> node = root;
        Node<V> best = null;
        int bestEnd = -1;
        int n = text.length();
        for (int i = start; i < n; i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                best = node;
                bestEnd = i + 1;
            }
        }
        return best == null ? null : new Hit<>(best.values.get(0), start, bestEnd);
    }

    /** Whether a word starts at {@code start}. */
    public boolean matchesAt(CharSequence text, int start) {
        if (start < 0) {
            return false;
        }
        Node<V> node = root;
        for (int i = start; i < text.length(); i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                return false;
            }
            if (!node.values.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The value of exactly {@code word}, or null. */
    public V get(CharSequence word) {
        Node<V> node = root;
        for (int i = 0; i < word.length() && node != null; i++) {
            node = node.child(word.charAt(i));
        }
        return node == null || node.values.isEmpty() ? null : node.values.get(0);
    }

    /**
     * Every word starting at {@code start}, longest first; a word with several values gives one hit
     * per value, in the order they were added.
     */
    public List<Hit<V>> allAt(CharSequence text, int start) {
        if (start < 0) {
            return List.of();
        }
        List<Hit<V>> hits = null;
        Node<V> node = root;
        int n = text.length();
        for (int i = start; i < n; i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            for (int k = node.values.size() - 1; k >= 0; k--) {
                if (hits == null) {
                    hits = new ArrayList<>(2);
                }
                hits.add(new Hit<>(node.values.get(k), start, i + 1));
            }
        }
        if (hits == null) {
            return List.of();
        }
        // Collected shortest first with each word's values reversed: one reversal gives longest first.
        Collections.reverse(hits);
        return hits;
    }

    /**
     * The longest word starting at {@code start} where spaces may stand between its characters
     * ({@code 个百分 点}); the hit ends after its last character. Null where none.
     */
    public Hit<V> longestAtSkippingSpaces(CharSequence text, int start) {
        if (start < 0) {
            return null;
        }
        Node<V> node = root;
        Node<V> best = null;
        int bestEnd = -1;
        int n = text.length();
        int i = start;
        while (i < n) {
            if (i > start) {
                while (i < n && text.charAt(i) == ' ') {
                    i++;
                }
                if (i >= n) {
                    break;
                }
            }
            node = node.child(text.charAt(i));
            i++;
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                best = node;
                bestEnd = i;
            }
        }
        return best == null ? null : new Hit<>(best.values.get(0), start, bestEnd);
    }

    /** The longest word that ends exactly at {@code end} and starts at or after {@code floor}, or null. */
    public Hit<V> longestEndingAt(CharSequence text, int end, int floor) {
        if (end > text.length()) {
            return null;
        }
        for (int start = Math.max(Math.max(floor, 0), end - maxLength); start < end; start++) {
            Node<V> node = root;
            for (int i = start; i < end && node != null; i++) {
                node = node.child(text.charAt(i));
            }
            if (node != null && !node.values.isEmpty()) {
                return new Hit<>(node.values.get(0), start, end);
            }
        }
        return null;
    }

    /** Collects words; a word added twice keeps both values, in order. Not thread-safe. */
    public static final class Builder<V> {
        private static final class Draft<V> {
            final TreeMap<Character, Draft<V>> next = new TreeMap<>();
            final List<V> values = new ArrayList<>(1);
        }

        private final Draft<V> root = new Draft<>();
        private int maxLength;
        private int size;

        private Builder() {
        }

        public Builder<V> add(String word, V value) {
            Objects.requireNonNull(value, "value");
            if (word == null || word.isEmpty()) {
                throw new IllegalArgumentException("empty word");
            }
            Draft<V> node = root;
            for (int i = 0; i < word.length(); i++) {
                node = node.next.computeIfAbsent(word.charAt(i), c -> new Draft<>());
            }
            if (node.values.isEmpty()) {
                size++;
            }
            node.values.add(value);
            maxLength = Math.max(maxLength, word.length());
            return this;
        }

        public PhraseTrie<V> build() {
            return new PhraseTrie<>(freeze(root, true), maxLength, size);
        }

        @SuppressWarnings("unchecked")
        private static <V> Node<V> freeze(Draft<V> draft, boolean root) {
            Node<V> node = new Node<>();
            node.values = List.copyOf(draft.values);
            int k = draft.next.size();
            if (k > 0) {
                char[] keys = new char[k];
                Node<V>[] children = new Node[k];
                int i = 0;
                for (Map.Entry<Character, Draft<V>> e : draft.next.entrySet()) {
                    keys[i] = e.getKey();
                    children[i] = freeze(e.getValue(), false);
                    i++;
                }
                node.freezeKeys(keys, children, root);
            }
            return node;
        }
    }
}
