package io.github.tiqu.core.numeral;

import java.util.Objects;

import io.github.tiqu.core.text.TextSpan;

/**
 * A numeral found in running text: where it stands and what it is worth.
 *
 * <p>Immutable and thread-safe.
 */
public record NumeralMatch(TextSpan span, Numeral numeral) {

    public NumeralMatch {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(numeral, "numeral");
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
