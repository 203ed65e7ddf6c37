package io.github.tiqu.extractors;

import java.math.BigDecimal;
import java.util.Objects;

import io.github.tiqu.core.numeral.Numeral;
import io.github.tiqu.core.text.TextSpan;

/** Shared validation and formatting of the mention records. */
final class Checks {

    private Checks() {
    }

    static void spanAndText(TextSpan span, String text, String rule) {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text '" + text + "' does not fit " + span);
        }
    }

    static String plain(BigDecimal value) {
        return value == null ? null : Numeral.plain(value);
    }
}
