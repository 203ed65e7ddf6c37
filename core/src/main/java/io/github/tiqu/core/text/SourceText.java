package io.github.tiqu.core.text;

import java.util.List;
import java.util.Objects;

import io.github.tiqu.core.sentence.SentenceSplitter;

/**
 * One input document: the original string, its one-to-one normalized view and its sentences.
 *
 * <p>{@link #normalized()} has exactly the length of {@link #original()}, so an offset found in the
 * normalized view is an offset into the original; spans are always reported against the original.
 * The sentences are split on first use only (most extractors never ask). Immutable in what it
 * reports and thread-safe: a race on first use splits twice and keeps equal lists.
 */
public final class SourceText {

    private final String original;
    private final String normalized;
    private final SentenceSplitter splitter;
    /** Null until first asked for; an immutable list afterwards (safely published by its final fields). */
    private List<TextSpan> sentences;

    private SourceText(String original, String normalized, SentenceSplitter splitter) {
        this.original = original;
        this.normalized = normalized;
        this.splitter = splitter;
    }

    /** Normalizes with the standard folds and splits with the standard sentence splitter. */
    public static SourceText of(String original) {
        return of(original, CharNormalizer.standard(), SentenceSplitter.standard());
    }

    public static SourceText of(String original, CharNormalizer normalizer, SentenceSplitter splitter) {
        Objects.requireNonNull(original, "text must not be null");
        Objects.requireNonNull(splitter, "splitter");
        return new SourceText(original, normalizer.normalize(original), splitter);
    }

    public String original() {
        return original;
    }

    /** The folded view, of the same length as the original. */
    public String normalized() {
        return normalized;
    }

    public int length() {
        return original.length();
    }

    /** Sentence spans, in order, covering the non-blank parts of the text. */
    public List<TextSpan> sentences() {
        List<TextSpan> s = sentences;
        if (s == null) {
            s = List.copyOf(splitter.split(normalized));
            sentences = s;
        }
        return s;
    }

    /** The original characters of {@code span}. */
    public String cut(TextSpan span) {
        return original.substring(span.start(), span.end());
    }

    /** The original characters of {@code [start, end)}. */
    public String cut(int start, int end) {
        return original.substring(start, end);
    }
}
