package io.github.tiqu.extractors.date;

import java.util.Map;

import io.github.tiqu.core.rule.PhraseTrie;

/**
 * Longest-match lookup of words at an offset, over core's allocation-free {@link PhraseTrie} (a miss
 * allocates nothing). Immutable once built.
 *
 * @param <T> what a word stands for
 */
final class WordTable<T> {

    /** A word found in the text. */
    record Hit<T>(String word, T value, int end) {
    }

    private record Entry<T>(String word, T value) {
    }

    private final PhraseTrie<Entry<T>> trie;

    WordTable(Map<String, T> words) {
        PhraseTrie.Builder<Entry<T>> b = PhraseTrie.builder();
        for (Map.Entry<String, T> e : words.entrySet()) {
            if (!e.getKey().isEmpty()) {
                b.add(e.getKey(), new Entry<>(e.getKey(), e.getValue()));
            }
        }
        this.trie = b.build();
    }

    /** The longest word starting at {@code i}, or null. */
    Hit<T> longestAt(String text, int i) {
        PhraseTrie.Hit<Entry<T>> hit = trie.longestAt(text, i);
        return hit == null ? null : new Hit<>(hit.value().word(), hit.value().value(), hit.end());
    }
}
