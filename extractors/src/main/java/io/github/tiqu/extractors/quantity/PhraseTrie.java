package io.github.tiqu.extractors.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A character trie over the words of a lexicon, for longest-match lookups at an offset in running
 * text: the cost of a lookup is bounded by the longest word, never by the text.
 *
 * <p>Built once by {@link Builder}; immutable and thread-safe afterwards.
 *
 * @param <V> what a word stands for (a unit, a mod, a phrase rule)
 */
public final class PhraseTrie<V> {

    /** A word found in a text: its value and its offsets {@code [start, end)}. */
    public record Hit<V>(V value, int start, int end) {
    }

    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>();
        final List<V> values = new ArrayList<>();
    }

    private final Node<V> root;
    private final int maxLength;

    private PhraseTrie(Node<V> root, int maxLength) {
        this.root = root;
        this.maxLength = maxLength;
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** The length of the longest word. */
    public int maxLength() {
        return maxLength;
    }

    /** The longest word starting at {@code start}, or null (the first value of that word). */
    public Hit<V> longestAt(CharSequence text, int start) {
        List<Hit<V>> all = allAt(text, start);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * Every word starting at {@code start}, longest first; a word with several values gives one hit
     * per value, in the order they were added.
     */
    public List<Hit<V>> allAt(CharSequence text, int start) {
        List<Hit<V>> hits = new ArrayList<>(2);
        Node<V> node = root;
        int n = text.length();
        for (int i = start; i < n && node != null; i++) {
            node = node.next.get(text.charAt(i));
            if (node != null) {
                for (int k = node.values.size() - 1; k >= 0; k--) {
                    hits.add(new Hit<>(node.values.get(k), start, i + 1));
                }
            }
        }
        // collected shortest first with values reversed: reverse once to get longest first, values in order
        java.util.Collections.reverse(hits);
        return hits;
    }

    /**
     * The longest word starting at {@code start} where spaces may stand between its characters
     * ({@code 个百分 点}); the hit ends after its last character. Null where none.
     */
    public Hit<V> longestAtSkippingSpaces(CharSequence text, int start) {
        Hit<V> best = null;
        Node<V> node = root;
        int n = text.length();
        int i = start;
        while (i < n && node != null) {
            if (i > start) {
                while (i < n && text.charAt(i) == ' ') {
                    i++;
                }
                if (i >= n) {
                    break;
                }
            }
            node = node.next.get(text.charAt(i));
            i++;
            if (node != null && !node.values.isEmpty()) {
                best = new Hit<>(node.values.get(0), start, i);
            }
        }
        return best;
    }

    /** The longest word that ends exactly at {@code end} and starts at or after {@code floor}, or null. */
    public Hit<V> longestEndingAt(CharSequence text, int end, int floor) {
        for (int start = Math.max(floor, end - maxLength); start < end; start++) {
            Hit<V> hit = exactAt(text, start, end);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    /** The word {@code text[start, end)} as a hit, or null. */
    private Hit<V> exactAt(CharSequence text, int start, int end) {
        Node<V> node = root;
        for (int i = start; i < end && node != null; i++) {
            node = node.next.get(text.charAt(i));
        }
        return node == null || node.values.isEmpty() ? null : new Hit<>(node.values.get(0), start, end);
    }

    /** Collects words; not thread-safe. */
    public static final class Builder<V> {
        private final Node<V> root = new Node<>();
        private int maxLength;
        private boolean built;

        private Builder() {
        }

        public Builder<V> add(String word, V value) {
            Objects.requireNonNull(value, "value");
            if (built) {
                throw new IllegalStateException("already built");
            }
            if (word == null || word.isEmpty()) {
                throw new IllegalArgumentException("empty word");
            }
            Node<V> node = root;
            for (int i = 0; i < word.length(); i++) {
                node = node.next.computeIfAbsent(word.charAt(i), c -> new Node<>());
            }
            node.values.add(value);
            maxLength = Math.max(maxLength, word.length());
            return this;
        }

        /** The trie; the builder cannot be used afterwards. */
        public PhraseTrie<V> build() {
            built = true;
            return new PhraseTrie<>(root, maxLength);
        }
    }
}
