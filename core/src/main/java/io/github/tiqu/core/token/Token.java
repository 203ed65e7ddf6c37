package io.github.tiqu.core.token;

import java.util.Objects;

import io.github.tiqu.core.text.TextSpan;

/**
 * One word of a segmentation: its characters as they stand in the original input, its span there,
 * and its part-of-speech tag in the HanLP/PKU tag set ({@code n}, {@code ns}, {@code v}, {@code m}...).
 *
 * <p>Immutable and thread-safe.
 */
public record Token(TextSpan span, String text, String pos) {

    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("token text '" + text + "' does not fit " + span);
        }
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** Whether the tag starts with {@code prefix}: {@code isPos("n")} holds for n, ns, nr, nz... */
    public boolean isPos(String prefix) {
        return pos.startsWith(prefix);
    }
}
