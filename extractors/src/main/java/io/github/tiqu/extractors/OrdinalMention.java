package io.github.tiqu.extractors;

import java.math.BigDecimal;
import java.util.Objects;

import io.github.tiqu.core.numeral.Numeral;
import io.github.tiqu.core.text.TextSpan;

/**
 * 第 + numeral: {@code 第400列} is 400 with unit {@code 列}; {@code 第一} is 1 with no unit.
 *
 * <p>Immutable and thread-safe.
 */
public record OrdinalMention(TextSpan span, String text, BigDecimal ordinal, String unit, String rule)
        implements Mention {

    public OrdinalMention {
        Checks.spanAndText(span, text, rule);
        Objects.requireNonNull(ordinal, "ordinal");
    }

    @Override
    public MentionType type() {
        return MentionType.ORDINAL;
    }

    @Override
    public String value() {
        return Numeral.plain(ordinal);
    }
}
