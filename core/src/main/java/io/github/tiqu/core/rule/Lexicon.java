package io.github.tiqu.core.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Surface forms with a value each, matched in running text: the longest form that starts at an offset,
 * or that ends at one. Units, classifiers, mod triggers and head words are lexicons.
 *
 * <p>Lookups allocate nothing: entries are bucketed by their first (and last) character and kept
 * longest first, so a lookup compares only the few forms that share that character. Immutable and
 * thread-safe once built.
 *
 * @param <V> the value of a form
 */
public final class Lexicon<V> {

    /** One surface form and its value. */
    public record Entry<V>(String surface, V value) {
        public Entry {
            Objects.requireNonNull(surface, "surface");
            Objects.requireNonNull(value, "value");
            if (surface.isEmpty()) {
                throw new IllegalArgumentException("empty surface form");
            }
        }

        public int length() {
            return surface.length();
        }
    }

    private final List<Entry<V>> entries;
    private final CharIndex<V> byFirst;
    private final CharIndex<V> byLast;
    private final int maxLength;

    private Lexicon(List<Entry<V>> entries) {
        this.entries = List.copyOf(entries);
        this.byFirst = new CharIndex<>(this.entries, true);
        this.byLast = new CharIndex<>(this.entries, false);
        this.maxLength = this.entries.stream().mapToInt(Entry::length).max().orElse(0);
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** The longest form starting at {@code start} in {@code text}, or null. */
    public Entry<V> longestAt(CharSequence text, int start) {
        if (start < 0 || start >= text.length()) {
            return null;
        }
        Entry<V>[] candidates = byFirst.get(text.charAt(start));
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            if (regionMatches(text, start, e.surface())) {
                return e;
            }
        }
        return null;
    }

    /** The longest form ending just before {@code end} in {@code text}, or null. */
    public Entry<V> longestEndingAt(CharSequence text, int end) {
        if (end <= 0 || end > text.length()) {
            return null;
        }
        Entry<V>[] candidates = byLast.get(text.charAt(end - 1));
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            int start = end - e.length();
            if (start >= 0 && regionMatches(text, start, e.surface())) {
                return e;
            }
        }
        return null;
    }

    /** Whether some form starts with {@code c}: a cheap test before a lookup. */
    public boolean canStartWith(char c) {
        return byFirst.get(c) != null;
    }

    /** The exact form, or null. */
    public V get(String surface) {
        Entry<V>[] candidates = surface.isEmpty() ? null : byFirst.get(surface.charAt(0));
        if (candidates != null) {
            for (Entry<V> e : candidates) {
                if (e.surface().equals(surface)) {
                    return e.value();
                }
            }
        }
        return null;
    }

    public List<Entry<V>> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public int maxLength() {
        return maxLength;
    }

    private static boolean regionMatches(CharSequence text, int start, String form) {
        int n = form.length();
        if (start + n > text.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (text.charAt(start + i) != form.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A small open hash from a character to the entries keyed by it, longest first. */
    private static final class CharIndex<V> {
        private final char[] keys;
        private final Entry<V>[][] values;
        private final int mask;

        @SuppressWarnings("unchecked")
        CharIndex(List<Entry<V>> entries, boolean first) {
            Map<Character, List<Entry<V>>> grouped = new LinkedHashMap<>();
            for (Entry<V> e : entries) {
                char key = first ? e.surface().charAt(0) : e.surface().charAt(e.length() - 1);
                grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
            int size = Integer.highestOneBit(Math.max(4, grouped.size() * 4) - 1) << 1;
            keys = new char[size];
            values = new Entry[size][];
            mask = size - 1;
            for (Map.Entry<Character, List<Entry<V>>> g : grouped.entrySet()) {
                List<Entry<V>> list = new ArrayList<>(g.getValue());
                list.sort(Comparator.comparingInt((Entry<V> e) -> -e.length()));
                int slot = g.getKey() & mask;
                while (values[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = g.getKey();
                values[slot] = list.toArray(new Entry[0]);
            }
        }

        Entry<V>[] get(char c) {
            int slot = c & mask;
            while (values[slot] != null) {
                if (keys[slot] == c) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            return null;
        }
    }

    /** Collects forms; a later form with the same surface replaces the earlier one. Not thread-safe. */
    public static final class Builder<V> {
        private final Map<String, V> forms = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder<V> add(String surface, V value) {
            Objects.requireNonNull(surface, "surface");
            Objects.requireNonNull(value, "value");
            if (surface.isEmpty()) {
                throw new IllegalArgumentException("empty surface form");
            }
            forms.put(surface, value);
            return this;
        }

        public Lexicon<V> build() {
            List<Entry<V>> list = new ArrayList<>();
            forms.forEach((s, v) -> list.add(new Entry<>(s, v)));
            return new Lexicon<>(list);
        }
    }

    @Override
    public String toString() {
        return "Lexicon" + Arrays.toString(entries.stream().map(Entry::surface).limit(8).toArray()) + "…";
    }
}
