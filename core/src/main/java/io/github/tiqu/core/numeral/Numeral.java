package io.github.tiqu.core.numeral;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The exact value of a numeral: {@code 三十五万七千} is 357000; {@code 三五百} is the range 300..500;
 * {@code 一百多} is 100 with {@link Approximation#MORE_THAN}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value      the value, or the low end of a range
 * @param valueMax   the high end of a range ({@code 三五百}, {@code 两三}), else null
 * @param approximation how the written numeral relates to {@code value}
 */
public record Numeral(BigDecimal value, BigDecimal valueMax, Approximation approximation) {

    /** How a numeral relates to its value. */
    public enum Approximation {
        /** Exactly the value: {@code 三百}. */
        EXACT,
        /** More than the value: {@code 十几}, {@code 一百多}, {@code 三千余}. */
        MORE_THAN,
        /** A range between value and valueMax: {@code 三五百}, {@code 两三}. */
        RANGE
    }

    public Numeral {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(approximation, "approximation");
        if ((approximation == Approximation.RANGE) != (valueMax != null)) {
            throw new IllegalArgumentException("a range has a valueMax, nothing else does");
        }
    }

    public static Numeral exact(BigDecimal value) {
        return new Numeral(value, null, Approximation.EXACT);
    }

    public boolean isExact() {
        return approximation == Approximation.EXACT;
    }

    /** The plain decimal form of the contract: no exponent, no trailing zeros. */
    public static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString();
    }
}
