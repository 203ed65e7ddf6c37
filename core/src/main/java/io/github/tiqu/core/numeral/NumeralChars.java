package io.github.tiqu.core.numeral;

import io.github.tiqu.core.resource.TsvTable;

/**
 * What each character can be in a numeral: a lookup table over all UTF-16 code units, built once from
 * {@code numeral-chars.tsv} (the Chinese characters) and from code (Arabic digits, ASCII and full-width,
 * and the punctuation that numbers use). Immutable and thread-safe.
 */
final class NumeralChars {

    static final byte NONE = 0;
    static final byte DIGIT = 1;
    static final byte READING = 2;
    static final byte TEN = 3;
    static final byte TENS = 4;
    static final byte UNIT = 5;
    static final byte BIG = 6;
    static final byte POINT = 7;
    static final byte NEGATIVE = 8;
    static final byte SOME = 9;
    static final byte SOME_LEADING = 10;
    static final byte MORE = 11;
    static final byte DOZEN = 12;
    static final byte HALF = 13;
    static final byte FEN = 14;
    static final byte ZHI = 15;
    static final byte YOU = 16;
    /** An Arabic digit, ASCII or full-width. */
    static final byte ARABIC = 17;
    /** '.' or '．': the decimal point of Arabic figures. */
    static final byte DOT = 18;
    /** ',' or '，': digit grouping of Arabic figures. */
    static final byte COMMA = 19;
    /** '-', '－', '−': a minus sign (or a hyphen, which the scanner tells apart). */
    static final byte MINUS = 20;
    static final byte PLUS = 21;
    static final byte SLASH = 22;
    static final byte SPACE = 23;
    static final byte CARET = 24;

    private static final String[] ROLE_NAMES = {
        "NONE", "DIGIT", "READING", "TEN", "TENS", "UNIT", "BIG", "POINT", "NEGATIVE", "SOME",
        "SOME_LEADING", "MORE", "DOZEN", "HALF", "FEN", "ZHI", "YOU",
    };

    private static final int FINANCIAL_FLAG = 1;
    private static final int READING_FLAG = 2;

    private static final NumeralChars STANDARD = load();

    private final byte[] role;
    private final byte[] value;
    private final byte[] flags;

    private NumeralChars(byte[] role, byte[] value, byte[] flags) {
        this.role = role;
        this.value = value;
        this.flags = flags;
    }

    static NumeralChars standard() {
        return STANDARD;
    }

    byte role(char c) {
        return role[c];
    }

    /** The role of every code unit, indexed by the code unit: for the fast path's inner loops. Read only. */
    byte[] roleTable() {
        return role;
    }

    /** The value of every code unit (see {@link #value}), indexed by the code unit. Read only. */
    byte[] valueTable() {
        return value;
    }

    /** The digit, the tens digit of 廿, or the exponent of a multiplier. */
    int value(char c) {
        return value[c];
    }

    boolean isFinancial(char c) {
        return (flags[c] & FINANCIAL_FLAG) != 0;
    }

    /** Whether {@code c} may stand in a digit-by-digit reading ({@code 二零二三}). */
    boolean isReadingDigit(char c) {
        return (flags[c] & READING_FLAG) != 0;
    }

    /** Any character that can be part of a numeral. */
    boolean isNumeralChar(char c) {
        return role[c] != NONE && role[c] != SPACE;
    }

    private static NumeralChars load() {
        byte[] role = new byte[Character.MAX_VALUE + 1];
        byte[] value = new byte[Character.MAX_VALUE + 1];
        byte[] flags = new byte[Character.MAX_VALUE + 1];
        for (int d = 0; d <= 9; d++) {
            set(role, value, (char) ('0' + d), ARABIC, d);
            set(role, value, (char) ('０' + d), ARABIC, d);
        }
        set(role, value, '.', DOT, 0);
        set(role, value, '．', DOT, 0);
        set(role, value, ',', COMMA, 0);
        set(role, value, '，', COMMA, 0);
        set(role, value, '-', MINUS, 0);
        set(role, value, '－', MINUS, 0);
        set(role, value, '−', MINUS, 0);
        set(role, value, '+', PLUS, 0);
        set(role, value, '＋', PLUS, 0);
        set(role, value, '/', SLASH, 0);
        set(role, value, '／', SLASH, 0);
        set(role, value, '^', CARET, 0);
        set(role, value, ' ', SPACE, 0);
        set(role, value, '\u3000', SPACE, 0);
        TsvTable table = TsvTable.load(NumeralChars.class, "numeral-chars.tsv");
        for (TsvTable.Row row : table.rows()) {
            String ch = row.require("char");
            if (ch.length() != 1) {
                throw new IllegalStateException(row.where() + ": one character per row");
            }
            char c = ch.charAt(0);
            if (role[c] != NONE) {
                throw new IllegalStateException(row.where() + ": '" + c + "' is listed twice");
            }
            byte r = roleNamed(row, row.require("role"));
            int v;
            try {
                v = Integer.parseInt(row.require("value"));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(row.where() + ": value is not a number", e);
            }
            set(role, value, c, r, v);
            if (yes(row, "financial")) {
                flags[c] |= FINANCIAL_FLAG;
            }
            if (yes(row, "reading")) {
                flags[c] |= READING_FLAG;
            }
            if (row.require("example").indexOf(c) < 0) {
                throw new IllegalStateException(row.where() + ": the example does not contain '" + c + "'");
            }
        }
        return new NumeralChars(role, value, flags);
    }

    private static void set(byte[] role, byte[] value, char c, byte r, int v) {
        role[c] = r;
        value[c] = (byte) v;
    }

    private static byte roleNamed(TsvTable.Row row, String name) {
        for (int i = 1; i < ROLE_NAMES.length; i++) {
            if (ROLE_NAMES[i].equals(name)) {
                return (byte) i;
            }
        }
        throw new IllegalStateException(row.where() + ": unknown role '" + name + "'");
    }

    private static boolean yes(TsvTable.Row row, String column) {
        String v = row.require(column);
        if (!v.equals("yes") && !v.equals("no")) {
            throw new IllegalStateException(row.where() + ": " + column + " is yes or no, not '" + v + "'");
        }
        return v.equals("yes");
    }
}
