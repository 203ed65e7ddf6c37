package io.github.tiqu.extractors;

import java.math.BigDecimal;
import java.util.Objects;

import io.github.tiqu.core.numeral.Numeral;
import io.github.tiqu.core.text.TextSpan;

/**
 * A number with a unit, money included: {@code 突破1600亿元} is 160000000000 {@code CNY},
 * {@link Measure#CURRENCY}, {@link Mod#MORE_THAN}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param amount    the exact value with multipliers folded in, or the low end of a range
 * @param amountMax the high end of a range, or null
 * @param unit      the canonical unit symbol ({@code CNY}, {@code km}, {@code TEU}) or the classifier as written
 * @param mod       null when none applies
 */
public record QuantityMention(TextSpan span, String text, BigDecimal amount, BigDecimal amountMax, String unit,
        Measure measure, Mod mod, String rule) implements Mention {

    public QuantityMention {
        Checks.spanAndText(span, text, rule);
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(measure, "measure");
    }

    @Override
    public MentionType type() {
        return MentionType.QUANTITY;
    }

    @Override
    public String value() {
        return Numeral.plain(amount);
    }

    @Override
    public String valueMax() {
        return Checks.plain(amountMax);
    }
}
