package io.github.tiqu.extractors.quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure read from running text, before its unit: {@code 740多万} is 7400000, more than;
 * {@code 几十万} is 100000..1000000; {@code 半} is 0.5.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start      where it starts
 * @param end        where it ends (after 多/余, a spaced 亿, a {@code k})
 * @param value      the value, or the low end of a range
 * @param valueMax   the high end of a range, else null
 * @param moreThan   read with 多, 余 or 几 ({@code 740多万})
 * @param numeralEnd where the numeral that the scanner read ends; equal to {@code end} for a plain numeral
 * @param plain      a numeral and nothing else: a unit may start inside it ({@code 一千克}: 一 + 千克)
 */
public record Amount(int start, int end, BigDecimal value, BigDecimal valueMax, boolean moreThan, int numeralEnd,
        boolean plain) {

    public Amount {
        Objects.requireNonNull(value, "value");
    }

    public boolean isRange() {
        return valueMax != null;
    }

    /** An exact, non-negative whole number. */
    public boolean isCount() {
        return valueMax == null && !moreThan && value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
    }
}
