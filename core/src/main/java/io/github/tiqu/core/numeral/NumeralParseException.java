package io.github.tiqu.core.numeral;

/** A numeral that cannot be read, with the reason as a type and the offset where reading failed. */
public final class NumeralParseException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a numeral cannot be read. */
    public enum ErrorType {
        /** Nothing to read: {@code ""}. */
        EMPTY,
        /** A character that no numeral has: {@code 三个}, {@code 5G}. */
        UNKNOWN_CHARACTER,
        /** A multiplier where none can stand: {@code 万}, {@code 一百千}, {@code 三万二万}. */
        MISPLACED_UNIT,
        /** A digit where none can follow: {@code 十五三}, {@code 三5}, {@code 两两}. */
        MISPLACED_DIGIT,
        /** A 零 that ends a numeral or stands where no digit is missing: {@code 一千零}. */
        MISPLACED_ZERO,
        /** A second decimal point, or a point with no digit after it: {@code 1.2.3}, {@code 三点}. */
        MULTIPLE_DECIMAL_POINTS,
        /** A sign that is not at the start or has no figure after it: {@code 负}, {@code 三负}. */
        MISPLACED_SIGN,
        /** 多, 余, 几 where they say nothing: {@code 三多}, {@code 几}, {@code 三四多}. */
        MISPLACED_APPROXIMATION,
        /** Arabic digit grouping that is not in threes: {@code 1,23}. */
        BAD_GROUPING,
        /** A fraction or a reading that stops half way: {@code 三分之}, {@code 三又}. */
        INCOMPLETE,
        /** A fraction over zero: {@code 零分之一}, {@code 1/0}. */
        DIVISION_BY_ZERO,
        /** A value too large to compute with multipliers: past about 9.2 * 10^18 before the last one. */
        OUT_OF_RANGE,
        /** Longer than any numeral: more than {@code NumeralParser.MAX_LENGTH} characters. */
        TOO_LONG
    }

    private final ErrorType type;
    private final int position;

    public NumeralParseException(ErrorType type, int position, String message) {
        super(type + " at " + position + ": " + message);
        this.type = type;
        this.position = position;
    }

    public ErrorType type() {
        return type;
    }

    /** The offset in the parsed string where reading failed. */
    public int position() {
        return position;
    }
}
