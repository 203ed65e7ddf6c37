package io.github.tiqu.extractors.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Longest-match lookup of words at an offset: words grouped by first character, longest first.
 * Immutable once built.
 *
 * @param <T> what a word stands for
 */
final class WordTable<T> {

    /** A word found in the text. */
    record Hit<T>(String word, T value, int end) {
    }

    private final Map<Character, List<Map.Entry<String, T>>> byFirst;

    WordTable(Map<String, T> words) {
        Map<Character, List<Map.Entry<String, T>>> m = new HashMap<>();
        for (Map.Entry<String, T> e : words.entrySet()) {
            if (!e.getKey().isEmpty()) {
                m.computeIfAbsent(e.getKey().charAt(0), k -> new ArrayList<>()).add(Map.entry(e.getKey(), e.getValue()));
            }
        }
        for (List<Map.Entry<String, T>> l : m.values()) {
            l.sort(Comparator.comparingInt((Map.Entry<String, T> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
        }
        Map<Character, List<Map.Entry<String, T>>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byFirst = Map.copyOf(frozen);
    }

    /** The longest word starting at {@code i}, or null. */
    Hit<T> longestAt(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return null;
        }
        List<Map.Entry<String, T>> l = byFirst.get(text.charAt(i));
        if (l == null) {
            return null;
        }
        for (Map.Entry<String, T> e : l) {
            if (text.startsWith(e.getKey(), i)) {
                return new Hit<>(e.getKey(), e.getValue(), i + e.getKey().length());
            }
        }
        return null;
    }
}
