package io.github.tiqu.core.numeral;

/** A numeral that cannot be read, with the reason as a type and the offset where reading failed. */
public final class NumeralParseException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a numeral cannot be read. */
    public enum ErrorType {
        EMPTY,
        UNKNOWN_CHARACTER,
        MISPLACED_UNIT,
        MULTIPLE_DECIMAL_POINTS,
        MISPLACED_SIGN,
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
