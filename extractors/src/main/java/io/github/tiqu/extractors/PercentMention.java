package io.github.tiqu.extractors;

import java.math.BigDecimal;
import java.util.Objects;

import io.github.tiqu.core.numeral.Numeral;
import io.github.tiqu.core.text.TextSpan;

/**
 * A percentage, per-mille, 成 or percentage points, in percent: {@code 61.7%} is 61.7,
 * {@code 六成} is 60, {@code 千分之三} is 0.3, {@code 2.4个百分点} is 2.4 {@code pp}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unit {@link #PERCENT} or {@link #POINTS}
 */
public record PercentMention(TextSpan span, String text, BigDecimal percent, BigDecimal percentMax, String unit,
        Mod mod, String rule) implements Mention {

    public static final String PERCENT = "%";
    public static final String POINTS = "pp";

    public PercentMention {
        Checks.spanAndText(span, text, rule);
        Objects.requireNonNull(percent, "percent");
        if (!PERCENT.equals(unit) && !POINTS.equals(unit)) {
            throw new IllegalArgumentException("percent unit is % or pp, not " + unit);
        }
    }

    @Override
    public MentionType type() {
        return MentionType.PERCENT;
    }

    @Override
    public String value() {
        return Numeral.plain(percent);
    }

    @Override
    public String valueMax() {
        return Checks.plain(percentMax);
    }
}
