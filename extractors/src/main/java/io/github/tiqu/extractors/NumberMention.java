package io.github.tiqu.extractors;

import java.math.BigDecimal;
import java.util.Objects;

import io.github.tiqu.core.numeral.Numeral;
import io.github.tiqu.core.text.TextSpan;

/**
 * A numeral with no unit: {@code 两百点两} is 200.2; a fraction such as {@code 三分之一} too.
 *
 * <p>Immutable and thread-safe.
 */
public record NumberMention(TextSpan span, String text, BigDecimal number, BigDecimal numberMax, Mod mod,
        String rule) implements Mention {

    public NumberMention {
        Checks.spanAndText(span, text, rule);
        Objects.requireNonNull(number, "number");
    }

    @Override
    public MentionType type() {
        return MentionType.NUMBER;
    }

    @Override
    public String value() {
        return Numeral.plain(number);
    }

    @Override
    public String valueMax() {
        return Checks.plain(numberMax);
    }
}
