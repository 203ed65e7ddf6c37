package io.github.tiqu.core.text;

import java.util.List;
import java.util.Objects;

import io.github.tiqu.core.sentence.SentenceSplitter;

/**
 * One input document: the original string, its one-to-one normalized view and its sentences.
 *
 * <p>{@link #normalized()} has exactly the length of {@link #original()}, so an offset found in the
 * normalized view is an offset into the original; spans are always reported against the original.
 * Immutable and thread-safe.
 */
public final class SourceText {

    private final String original;
    private final String normalized;
    private final List<TextSpan> sentences;

    private SourceText(String original, String normalized, List<TextSpan> sentences) {
        this.original = original;
        this.normalized = normalized;
        this.sentences = List.copyOf(sentences);
    }

    /** Normalizes with the standard folds and splits with the standard sentence splitter. */
    public static SourceText of(String original) {
        return of(original, CharNormalizer.standard(), SentenceSplitter.standard());
    }

    public static SourceText of(String original, CharNormalizer normalizer, SentenceSplitter splitter) {
        Objects.requireNonNull(original, "text must not be null");
        String normalized = normalizer.normalize(original);
        return new SourceText(original, normalized, splitter.split(normalized));
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
        return sentences;
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
