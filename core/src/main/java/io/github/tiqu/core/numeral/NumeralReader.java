package io.github.tiqu.core.numeral;

import static io.github.tiqu.core.numeral.NumeralChars.ARABIC;
import static io.github.tiqu.core.numeral.NumeralChars.BIG;
import static io.github.tiqu.core.numeral.NumeralChars.CARET;
import static io.github.tiqu.core.numeral.NumeralChars.COMMA;
import static io.github.tiqu.core.numeral.NumeralChars.DIGIT;
import static io.github.tiqu.core.numeral.NumeralChars.DOT;
import static io.github.tiqu.core.numeral.NumeralChars.DOZEN;
import static io.github.tiqu.core.numeral.NumeralChars.FEN;
import static io.github.tiqu.core.numeral.NumeralChars.HALF;
import static io.github.tiqu.core.numeral.NumeralChars.MINUS;
import static io.github.tiqu.core.numeral.NumeralChars.MORE;
import static io.github.tiqu.core.numeral.NumeralChars.NEGATIVE;
import static io.github.tiqu.core.numeral.NumeralChars.NONE;
import static io.github.tiqu.core.numeral.NumeralChars.PLUS;
import static io.github.tiqu.core.numeral.NumeralChars.POINT;
import static io.github.tiqu.core.numeral.NumeralChars.READING;
import static io.github.tiqu.core.numeral.NumeralChars.SLASH;
import static io.github.tiqu.core.numeral.NumeralChars.SOME;
import static io.github.tiqu.core.numeral.NumeralChars.SOME_LEADING;
import static io.github.tiqu.core.numeral.NumeralChars.SPACE;
import static io.github.tiqu.core.numeral.NumeralChars.TEN;
import static io.github.tiqu.core.numeral.NumeralChars.TENS;
import static io.github.tiqu.core.numeral.NumeralChars.UNIT;
import static io.github.tiqu.core.numeral.NumeralChars.YOU;
import static io.github.tiqu.core.numeral.NumeralChars.ZHI;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import io.github.tiqu.core.numeral.NumeralParseException.ErrorType;

/**
 * One left-to-right pass over a numeral that finds the <b>longest prefix</b> that is a numeral and its
 * value. The strict parser asks that the prefix be the whole string; the scanner takes the prefix as
 * the match. Each character is read once (a lookahead of a few characters at most), so reading is
 * linear, and the integer arithmetic is done in {@code long} (a {@link BigDecimal} is made once, at
 * the end).
 *
 * <p>A reader is used for one call and then dropped: not thread-safe, never shared.
 */
final class NumeralReader {

    private static final NumeralChars CHARS = NumeralChars.standard();
    private static final long[] POW10 = new long[19];
    /** Spaces allowed between the parts of one numeral: {@code 两千 四 百 五}, {@code 1000  万}. */
    private static final int MAX_SPACES = 3;
    /** Exponents of {@code 2e5} and {@code 2^3} beyond this are not read. */
    private static final int MAX_EXPONENT = 100;
    /** Digits after the point of a fraction that does not end: {@code 三分之一} -> 0.3333333333. */
    static final int FRACTION_SCALE = 10;
    private static final BigDecimal HALF_VALUE = new BigDecimal("0.5");

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private final CharSequence s;
    private final int limit;
    /** Reading running text: no leading multiplier ({@code 百姓}), no spaces before a point. */
    private final boolean scanning;

    // ---- the outcome of read() ----
    /** End of the longest numeral prefix, or -1. */
    int end = -1;
    BigDecimal value;
    BigDecimal valueMax;
    boolean more;
    /** True when the numeral is a digit-by-digit reading ({@code 二零二三}). */
    boolean reading;
    /** The furthest failure seen, for the strict parser's message. */
    ErrorType error;
    int errorAt = -1;

    // ---- the registers of the last readSimple(): one number, no fraction ----
    private int pEnd;
    private long pUnscaled;
    private int pScale;
    private BigDecimal pBig;
    private long pDiff;
    private int pDiffExp;
    private boolean pMore;
    private boolean pHasBig;
    private boolean pLeadingUnit;
    private boolean pArabicInt;
    private boolean pEndsArabic;
    private boolean pDozen;
    private boolean pReading;
    private boolean pPoint;

    // ---- the last Arabic literal read ----
    private int litEnd;
    private long litUnscaled;
    private int litScale;
    private BigDecimal litBig;
    private int litDigits;
    private boolean litPoint;
    private boolean litExponent;

    NumeralReader(CharSequence s, int limit, boolean scanning) {
        this.s = s;
        this.limit = limit;
        this.scanning = scanning;
    }

    private byte role(int i) {
        return i < limit ? CHARS.role(s.charAt(i)) : NONE;
    }

    private void fail(ErrorType type, int at) {
        if (at >= errorAt) {
            error = type;
            errorAt = at;
        }
    }

    // ================================================================================ numeral

    /** Reads the longest numeral at {@code from}: a sign, then a number, a fraction or a mixed number. */
    void read(int from) {
        int i = from;
        boolean negative = false;
        byte r = role(i);
        if (r == NEGATIVE || r == MINUS || r == PLUS) {
            negative = r != PLUS;
            i = skipSpaces(i + 1);
            if (!startsNumber(i)) {
                fail(ErrorType.MISPLACED_SIGN, from);
                return;
            }
        }
        readSimple(i);
        if (pEnd < 0) {
            return;
        }
        commitSimple(negative);
        if (pMore || pDiff != 0 || pDozen || pReading) {
            return;
        }
        int j = pEnd;
        int k = skipSpaces(j);
        if (role(k) == FEN && !pLeadingUnit) {
            readFraction(k, pValue(), negative, BigDecimal.ZERO);
        } else if (pArabicInt && role(j) == SLASH && role(j + 1) == ARABIC) {
            readSlashFraction(j, negative);
        } else if (pEndsArabic && role(j) == CARET) {
            readPower(j, negative);
        } else if (role(k) == YOU && pScale <= 0 && !pPoint) {
            BigDecimal whole = pValue();
            int d = skipSpaces(k + 1);
            readSimple(d);
            if (pEnd < 0 || pMore || pDiff != 0 || pDozen || pLeadingUnit) {
                fail(ErrorType.INCOMPLETE, Math.max(d, errorAt));
                return;
            }
            int f = skipSpaces(pEnd);
            if (role(f) != FEN) {
                fail(ErrorType.INCOMPLETE, pEnd);
                return;
            }
            readFraction(f, pValue(), negative, whole);
        } else if (!scanning) {
            readWholeOnlyForms(j, negative);
        }
    }

    /**
     * Forms read only where the whole string is one numeral (never in running text, where they are
     * codes, units or words): {@code 100k}, {@code -1.2M} (Latin multipliers k = 10^3, M = 10^6; not
     * m, a metre, nor G: {@code 5G} is a network); {@code 一半}, {@code 1半} = 0.5; {@code 二份一} = 1/2
     * (the Cantonese fraction).
     */
    private void readWholeOnlyForms(int j, boolean negative) {
        if (j >= limit) {
            return;
        }
        char c = s.charAt(j);
        int exponent = latinMultiplier(c);
        if (exponent > 0 && pEndsArabic && j + 1 == limit) {
            commit(j + 1, value.scaleByPowerOfTen(exponent), null, false);
        } else if (role(j) == HALF && j + 1 == limit && value.compareTo(BigDecimal.ONE) == 0 && !pPoint
                && !pHasBig && !negative) {
            commit(j + 1, HALF_VALUE, null, false);
        } else if (c == '份' && !pLeadingUnit && !pPoint) {
            readNumerator(j + 1, pValue(), negative, BigDecimal.ZERO);
        }
    }

    private static int latinMultiplier(char c) {
        return switch (c) {
            case 'k', 'K' -> 3;
            case 'M' -> 6;
            default -> 0;
        };
    }

    /** {@code 分之} at {@code fen} after the denominator; the numerator follows, with its own sign. */
    private void readFraction(int fen, BigDecimal denominator, boolean negative, BigDecimal whole) {
        int z = skipSpaces(fen + 1);
        if (role(z) != ZHI) {
            return; // 三分: not a fraction (three points, or minutes)
        }
        readNumerator(z + 1, denominator, negative, whole);
    }

    /** The numerator of a fraction at {@code from}, with its own sign: {@code 负一}, {@code 1}. */
    private void readNumerator(int from, BigDecimal denominator, boolean negative, BigDecimal whole) {
        int i = skipSpaces(from);
        boolean numeratorNegative = false;
        byte r = role(i);
        if (r == NEGATIVE || r == MINUS) {
            numeratorNegative = true;
            i = skipSpaces(i + 1);
        }
        if (denominator.signum() == 0) {
            fail(ErrorType.DIVISION_BY_ZERO, from);
            return;
        }
        readSimple(i);
        if (pEnd < 0 || pMore || pDiff != 0 || pDozen) {
            fail(ErrorType.INCOMPLETE, Math.max(i, errorAt));
            return;
        }
        BigDecimal v = whole.add(divide(pValue(), denominator));
        commit(pEnd, negative != numeratorNegative ? v.negate() : v, null, false);
    }

    /** {@code 1/4}: two Arabic integers, not part of a longer chain such as {@code 2023/12/19}. */
    private void readSlashFraction(int slash, boolean negative) {
        BigDecimal numerator = pValue();
        readArabicLiteral(slash + 1);
        if (litPoint || litExponent || litBig != null) {
            return;
        }
        byte after = role(litEnd);
        if ((after == SLASH || after == DOT || after == COMMA) && role(litEnd + 1) == ARABIC) {
            return;
        }
        if (litUnscaled == 0) {
            fail(ErrorType.DIVISION_BY_ZERO, slash + 1);
            return;
        }
        BigDecimal v = divide(numerator, BigDecimal.valueOf(litUnscaled));
        commit(litEnd, negative ? v.negate() : v, null, false);
    }

    /** {@code 2.5^-1}: an Arabic figure to an integer power. */
    private void readPower(int caret, boolean negative) {
        BigDecimal base = pValue();
        int i = caret + 1;
        boolean negativeExponent = false;
        if (role(i) == MINUS || role(i) == PLUS) {
            negativeExponent = role(i) == MINUS;
            i++;
        }
        int n = 0;
        int j = i;
        while (role(j) == ARABIC && n <= MAX_EXPONENT) {
            n = n * 10 + CHARS.value(s.charAt(j));
            j++;
        }
        if (j == i || n > MAX_EXPONENT || (negativeExponent && base.signum() == 0)) {
            return;
        }
        BigDecimal v = base.pow(n);
        if (negativeExponent) {
            v = divide(BigDecimal.ONE, v);
        }
        commit(j, negative ? v.negate() : v, null, false);
    }

    private void commitSimple(boolean negative) {
        BigDecimal low = pValue();
        BigDecimal high = null;
        if (pDiff != 0) {
            high = low.add(BigDecimal.valueOf(pDiff).scaleByPowerOfTen(pDiffExp));
        }
        if (negative) {
            BigDecimal swap = low.negate();
            low = high == null ? swap : high.negate();
            high = high == null ? null : swap;
        }
        commit(pEnd, low, high, pMore);
        reading = pReading;
    }

    private void commit(int at, BigDecimal v, BigDecimal max, boolean approximate) {
        end = at;
        value = normalize(v);
        valueMax = max == null ? null : normalize(max);
        more = approximate;
        reading = false;
    }

    // ================================================================================ one number

    /** Reads one number (no fraction) into the p-registers: an integer part, then a decimal part. */
    private void readSimple(int from) {
        readPlain(from);
        if (pEnd < 0 || pMore || pDiff != 0 || pDozen || pEndsArabic || pScale != 0 || pBig != null
                || pReading) {
            return;
        }
        int p = scanning ? pEnd : skipSpaces(pEnd);
        if (role(p) != POINT) {
            return;
        }
        readChineseDecimals(p);
    }

    /** {@code 点} and its digits after an integer part: 九十点四, 零點77, 一点五万. */
    private void readChineseDecimals(int point) {
        int i = point + 1;
        long fraction = 0;
        int digits = 0;
        while (i < limit && digits < 18) {
            byte r = role(i);
            if (r != DIGIT && r != ARABIC && r != READING) {
                break;
            }
            fraction = fraction * 10 + CHARS.value(s.charAt(i));
            digits++;
            i++;
        }
        if (digits == 0) {
            fail(ErrorType.MULTIPLE_DECIMAL_POINTS, point);
            return;
        }
        byte next = role(i);
        if (next == DIGIT || next == ARABIC || next == READING) {
            fail(ErrorType.OUT_OF_RANGE, i); // more than 18 decimals: not a figure anyone writes
            return;
        }
        // 三点二十, 三点五分, 三点一刻: a clock time (an hour up to 24), not a decimal
        boolean hour = pUnscaled <= 24;
        if (next == TEN || next == TENS || next == UNIT || next == POINT || next == DOT
                || hour && (next == FEN && role(skipSpaces(i + 1)) != ZHI || i < limit && s.charAt(i) == '刻')) {
            fail(ErrorType.MULTIPLE_DECIMAL_POINTS, point);
            return;
        }
        BigDecimal v = BigDecimal.valueOf(pUnscaled).add(BigDecimal.valueOf(fraction, digits));
        int scale = 0;
        int end = i;
        if (!pHasBig) {
            int bigs = readTrailingBigs(i);
            if (bigs > 0) {
                scale = bigsExponent;
                end = bigs;
            }
        }
        pBig = v.scaleByPowerOfTen(scale);
        pEnd = end;
        pPoint = true;
    }

    private int bigsExponent;

    /**
     * 万, 亿, 万亿, 万万 after a decimal figure ({@code 一点五万}, {@code 4.78万亿}): the end after them
     * (or -1 when there are none), their exponent in {@link #bigsExponent}.
     */
    private int readTrailingBigs(int from) {
        int i = from;
        int exponent = 0;
        int last = 0;
        int count = 0;
        while (count < 2) {
            int j = skipSpaces(i);
            if (role(j) != BIG) {
                break;
            }
            int e = CHARS.value(s.charAt(j));
            if (count == 1 && (e < last || last + e > 12)) {
                break;
            }
            exponent += e;
            last = e;
            count++;
            i = j + 1;
        }
        bigsExponent = exponent;
        return count == 0 ? -1 : i;
    }

    private void clearRegisters() {
        pEnd = -1;
        pUnscaled = 0;
        pScale = 0;
        pBig = null;
        pDiff = 0;
        pDiffExp = 0;
        pMore = false;
        pHasBig = false;
        pLeadingUnit = false;
        pArabicInt = false;
        pEndsArabic = false;
        pDozen = false;
        pReading = false;
        pPoint = false;
    }

    private BigDecimal pValue() {
        if (pBig != null) {
            return pBig;
        }
        return BigDecimal.valueOf(pUnscaled, pScale);
    }

    // ================================================================================ integer part

    /** The integer part of a number, or a figure with multipliers ({@code 1.2万}); sets the registers. */
    private void readPlain(int from) {
        clearRegisters();
        if (from >= limit) {
            fail(ErrorType.EMPTY, from);
            return;
        }
        char c0 = s.charAt(from);
        byte r0 = CHARS.role(c0);
        if (r0 == ARABIC || (r0 == DOT && role(from + 1) == ARABIC)) {
            readArabicLiteral(from);
            if (litPoint || litExponent || litBig != null) {
                readMantissa(from);
                return;
            }
        } else if ((r0 == DIGIT || r0 == READING) && CHARS.isReadingDigit(c0) && from + 1 < limit
                && CHARS.isReadingDigit(s.charAt(from + 1)) && role(from + 1) != ARABIC && !isRangePair(from)) {
            readDigitString(from);
            return;
        } else if (r0 == HALF) {
            readHalf(from);
            return;
        } else if (r0 == POINT && !scanning) {
            readChineseDecimals(from); // a whole string 点五 = 0.5, as .5 is
            return;
        }
        readCounted(from, r0 == ARABIC || r0 == DOT);
    }

    /** Two neighbouring digits that say a range: 三四, 三五, 七八 (not 一二三, 一二点零, 零一). */
    private boolean isRangePair(int at) {
        if (role(at) != DIGIT || role(at + 1) != DIGIT) {
            return false;
        }
        int a = CHARS.value(s.charAt(at));
        int b = CHARS.value(s.charAt(at + 1));
        if (!rangePair(a, b)) {
            return false;
        }
        char c2 = at + 2 < limit ? s.charAt(at + 2) : ' ';
        return !(CHARS.isReadingDigit(c2) || role(at + 2) == POINT);
    }

    /** 一二 .. 八九 and 三五: the pairs of digits that people use for "about". */
    private static boolean rangePair(long a, long b) {
        return (a >= 1 && a <= 8 && b == a + 1) || (a == 3 && b == 5);
    }

    /** 二零二三, 幺八九, 一五零零零六三五五: every character a digit. */
    private void readDigitString(int from) {
        int i = from;
        long v = 0;
        while (i < limit && CHARS.isReadingDigit(s.charAt(i)) && role(i) != ARABIC) {
            if (i - from < 18) {
                v = v * 10 + CHARS.value(s.charAt(i));
            }
            i++;
        }
        if (i - from > 18) {
            StringBuilder digits = new StringBuilder(i - from);
            for (int j = from; j < i; j++) {
                digits.append((char) ('0' + CHARS.value(s.charAt(j))));
            }
            pBig = new BigDecimal(digits.toString());
        }
        pUnscaled = v;
        pEnd = i;
        pReading = true;
        // A point after a reading is its decimal part: 一二点零 = 12.0
        if (role(i) == POINT) {
            readChineseDecimalsOfReading(i);
        }
    }

    private void readChineseDecimalsOfReading(int point) {
        BigDecimal whole = pValue();
        pBig = null;
        pUnscaled = 0;
        readChineseDecimals(point);
        if (pBig != null) {
            pBig = pBig.add(whole);
        } else {
            pUnscaled = whole.longValue();
            pBig = whole.compareTo(BigDecimal.valueOf(pUnscaled)) == 0 ? null : whole;
        }
    }

    /** 半百 = 50: half a multiplier; a whole string 半 = 0.5. */
    private void readHalf(int from) {
        if (!scanning && from + 1 == limit) {
            pUnscaled = 5;
            pScale = 1;
            pEnd = limit;
            pPoint = true;
            return;
        }
        byte r = role(from + 1);
        if (r == UNIT || r == BIG) {
            pUnscaled = 5;
            pScale = 1 - CHARS.value(s.charAt(from + 1));
            pEnd = from + 2;
            pHasBig = r == BIG;
            return;
        }
        fail(ErrorType.UNKNOWN_CHARACTER, from);
    }

    /** An Arabic figure with a point or an exponent, times multipliers: 1.2万, 4.78万亿, 2e5, 36.57亿. */
    private void readMantissa(int from) {
        pEnd = litEnd;
        pUnscaled = litUnscaled;
        pScale = litScale;
        pBig = litBig;
        pEndsArabic = true;
        pPoint = litPoint;
        int i = litEnd;
        int smallCap = 4;
        // one of 十 百 千, then 万 亿 (万亿, 万万)
        int j = skipSpaces(i);
        byte r = role(j);
        if (r == TEN || r == UNIT) {
            int e = r == TEN ? 1 : CHARS.value(s.charAt(j));
            shiftMantissa(e);
            smallCap = e;
            i = j + 1;
            pEnd = i;
            pEndsArabic = false;
        }
        int bigs = readTrailingBigs(i);
        if (bigs > 0) {
            shiftMantissa(bigsExponent);
            pEnd = bigs;
            pHasBig = true;
            pEndsArabic = false;
        }
        if (smallCap < 4 || pHasBig) {
            normalizeMantissa();
        }
    }

    private void shiftMantissa(int exponent) {
        if (pBig != null) {
            pBig = pBig.scaleByPowerOfTen(exponent);
        } else {
            pScale -= exponent;
        }
    }

    private void normalizeMantissa() {
        if (pBig == null && pScale < 0 && -pScale < POW10.length
                && Math.abs(pUnscaled) <= Long.MAX_VALUE / POW10[-pScale]) {
            pUnscaled *= POW10[-pScale];
            pScale = 0;
        }
    }

    /**
     * Digits and multipliers: 三万五千, 一千零五, 两千四百五, 5万4千6百, 十五六, 一百多万, 几十, 十打.
     *
     * <p>Sections: {@code small} holds what is below 万 (digits times 十百千); a 万/亿/兆 closes it into a
     * tier. A bigger multiplier takes the tiers below it along ({@code 九千八百七十六万五千四百三十二亿}); a
     * multiplier right after another stacks ({@code 万亿} = 10^12, {@code 万万} = 10^8).
     */
    private void readCounted(int from, boolean arabicFirst) {
        long t4 = 0;
        long t8 = 0;
        long t12 = 0;
        long small = 0;
        int smallCap = 4;
        long pend = -1;           // a count waiting for its multiplier
        boolean pendSingle = false;
        boolean pendArabic = false;
        int lastUnitExp = -1;     // the multiplier right before the pending count (-1: none, or a 零 between)
        boolean zero = false;
        boolean lastWasUnit = false;
        int lastBig = 0;          // exponent of the 万/亿 just read, 0 when the last token was something else
        int pairDiff = 0;
        boolean pairPending = false;
        int pairExp = -1;
        int pairTier = 0;
        boolean approximate = false;
        boolean afterMore = false;
        boolean spaced = false;
        boolean lastArabic = false;
        boolean leadingUnit = false;
        boolean hasBig = false;
        int tokens = 0;
        int i = from;
        try {
            loop:
            while (i < limit) {
                char c = s.charAt(i);
                byte r = CHARS.role(c);
                boolean wasSpaced = spaced;
                spaced = false;
                switch (r) {
                    case SPACE -> {
                        int j = skipSpaces(i);
                        byte next = role(j);
                        if (tokens == 0 || j == i || !continuesAfterSpace(next) || (lastArabic && next == ARABIC)) {
                            break loop;
                        }
                        spaced = true;
                        i = j;
                    }
                    case DIGIT, READING -> {
                        int d = CHARS.value(c);
                        if (r == READING) {
                            fail(ErrorType.MISPLACED_DIGIT, i);
                            break loop;
                        }
                        if (d == 0) {
                            if (pend >= 0 && !(tokens == 1 && pend == 0)) {
                                fail(ErrorType.MISPLACED_ZERO, i);
                                break loop;
                            }
                            if (afterMore) {
                                fail(ErrorType.MISPLACED_ZERO, i);
                                break loop;
                            }
                            if (tokens == 0) {
                                pend = 0;
                                pendSingle = true;
                                tokens++;
                                i++;
                                accept(i, 0, 0, 0, approximate, hasBig, leadingUnit, false, false);
                                continue;
                            }
                            zero = true;
                            lastUnitExp = -1;
                            lastWasUnit = false;
                            lastBig = 0;
                            tokens++;
                            i++;
                            continue;
                        }
                        if (afterMore) {
                            fail(ErrorType.MISPLACED_DIGIT, i);
                            break loop;
                        }
                        if (pend >= 0) {
                            // 三四, 十五六, 一万六七: two neighbouring digits are a range
                            if (pendSingle && !pendArabic && pairDiff == 0 && !approximate && !wasSpaced
                                    && rangePair(pend, d) && CHARS.role(s.charAt(i - 1)) == DIGIT) {
                                pairDiff = (int) (d - pend);
                                pairPending = true;
                                i++;
                                tokens++;
                                long low = colloquial(pend, pendSingle, lastUnitExp);
                                int exp = lastUnitExp >= 2 ? lastUnitExp - 1 : 0;
                                accept(i, sum(t4, t8, t12, small, low), pairDiff, exp, approximate, hasBig,
                                        leadingUnit, false, false);
                                continue;
                            }
                            fail(ErrorType.MISPLACED_DIGIT, i);
                            break loop;
                        }
                        pend = d;
                        pendSingle = true;
                        pendArabic = false;
                        lastWasUnit = false;
                        lastBig = 0;
                        lastArabic = false;
                        tokens++;
                        i++;
                    }
                    case ARABIC -> {
                        if (pend >= 0 || afterMore || tokens > 0 && !zero && lastUnitExp < 0) {
                            fail(ErrorType.MISPLACED_DIGIT, i);
                            break loop;
                        }
                        readArabicLiteral(i);
                        if (litPoint || litExponent || litBig != null) {
                            if (tokens == 0 && litBig != null) {
                                pBig = litBig;
                                pEnd = litEnd;
                                pEndsArabic = true;
                            } else {
                                fail(ErrorType.OUT_OF_RANGE, i);
                            }
                            break loop;
                        }
                        pend = litUnscaled;
                        pendSingle = litDigits == 1;
                        pendArabic = true;
                        lastArabic = true;
                        lastWasUnit = false;
                        lastBig = 0;
                        tokens++;
                        i = litEnd;
                    }
                    case TEN, TENS, UNIT -> {
                        int e = r == UNIT ? CHARS.value(c) : 1;
                        if (afterMore || smallCap <= e || (r == TENS && pend >= 0)) {
                            fail(ErrorType.MISPLACED_UNIT, i);
                            break loop;
                        }
                        long count;
                        if (r == TENS) {
                            count = CHARS.value(c); // 廿 = 二十
                        } else if (pend >= 0) {
                            count = pend;
                        } else if (r == TEN || zero) {
                            count = 1; // 十五; 一万零百一十一 = 10111: 百 alone is one hundred
                        } else if (tokens == 0 && !scanning) {
                            count = 1; // 千一, 百万
                            leadingUnit = true;
                        } else {
                            fail(ErrorType.MISPLACED_UNIT, i);
                            break loop;
                        }
                        small = Math.addExact(small, Math.multiplyExact(count, POW10[e]));
                        if (pairPending) {
                            pairPending = false;
                            pairExp = e;
                            pairTier = 0;
                        }
                        smallCap = e;
                        lastUnitExp = e;
                        pend = -1;
                        zero = false;
                        lastWasUnit = true;
                        lastBig = 0;
                        lastArabic = false;
                        tokens++;
                        i++;
                    }
                    case BIG -> {
                        int e = CHARS.value(c);
                        if (tokens == 0) {
                            fail(ErrorType.MISPLACED_UNIT, i);
                            break loop;
                        }
                        if (lastBig > 0 && pend < 0 && small == 0 && !zero) {
                            // 万万, 万亿: a multiplier of a multiplier
                            int stacked = lastBig + e;
                            long moved = lastBig == 4 ? t4 : t8;
                            long target = stacked == 8 ? t8 : t12;
                            if (e < lastBig || (stacked != 8 && stacked != 12) || target != 0) {
                                fail(ErrorType.MISPLACED_UNIT, i);
                                break loop;
                            }
                            moved = Math.multiplyExact(moved, POW10[e]);
                            if (lastBig == 4) {
                                t4 = 0;
                            } else {
                                t8 = 0;
                            }
                            if (stacked == 8) {
                                t8 = moved;
                            } else {
                                t12 = moved;
                            }
                            if (pairExp >= 0 && pairTier == lastBig) {
                                pairExp += e;
                                pairTier = stacked;
                            }
                            lastBig = stacked;
                            lastUnitExp = stacked;
                        } else {
                            long count = Math.addExact(small, pend >= 0 ? pend : 0);
                            if (pairPending) {
                                pairPending = false;
                                pairExp = 0;
                                pairTier = 0;
                            }
                            if ((e == 4 && t4 != 0) || (e == 8 && t8 != 0) || (e == 12 && t12 != 0)) {
                                fail(ErrorType.MISPLACED_UNIT, i);
                                break loop;
                            }
                            // the tiers below this multiplier are part of its count
                            if (e > 4) {
                                count = Math.addExact(count, t4);
                                t4 = 0;
                            }
                            if (e > 8) {
                                count = Math.addExact(count, t8);
                                t8 = 0;
                            }
                            if (count == 0) {
                                fail(ErrorType.MISPLACED_UNIT, i);
                                break loop;
                            }
                            long v = Math.multiplyExact(count, POW10[e]);
                            if (pairExp >= 0 && pairTier < e) {
                                pairExp += e;
                                pairTier = e;
                            }
                            if (e == 4) {
                                t4 = v;
                            } else if (e == 8) {
                                t8 = v;
                            } else {
                                t12 = v;
                            }
                            lastBig = e;
                            lastUnitExp = e;
                        }
                        small = 0;
                        smallCap = 4;
                        pend = -1;
                        zero = false;
                        lastWasUnit = true;
                        lastArabic = false;
                        hasBig = true;
                        tokens++;
                        i++;
                    }
                    case SOME, SOME_LEADING -> {
                        if (pend >= 0 || pairDiff != 0 || afterMore || approximate
                                || (r == SOME_LEADING && tokens > 0)) {
                            fail(ErrorType.MISPLACED_APPROXIMATION, i);
                            break loop;
                        }
                        byte next = role(i + 1);
                        if (tokens == 0) {
                            // 几十, 数百: more than one of the multiplier
                            if (next != TEN && next != UNIT && next != BIG) {
                                fail(ErrorType.MISPLACED_APPROXIMATION, i);
                                break loop;
                            }
                            pend = 1;
                        } else {
                            pend = 0; // 十几, 一百零几万: a digit of at least one
                        }
                        pendSingle = true;
                        pendArabic = false;
                        lastUnitExp = -1;
                        approximate = true;
                        lastWasUnit = false;
                        lastBig = 0;
                        tokens++;
                        i++;
                        if (tokens == 1) {
                            continue;
                        }
                    }
                    case MORE -> {
                        boolean round = (lastWasUnit && pend < 0)
                                || (pendArabic && pend >= 10 && pend % 10 == 0);
                        if (approximate || pairDiff != 0 || !round) {
                            fail(ErrorType.MISPLACED_APPROXIMATION, i);
                            break loop;
                        }
                        if (pend >= 0) {
                            small = Math.addExact(small, pend);
                            pend = -1;
                        }
                        approximate = true;
                        afterMore = true;
                        lastWasUnit = false;
                        lastBig = 0;
                        lastArabic = false;
                        tokens++;
                        i++;
                    }
                    case DOZEN -> {
                        if (pEnd != i || pairDiff != 0 || pDiff != 0) {
                            fail(ErrorType.UNKNOWN_CHARACTER, i);
                            break loop;
                        }
                        pUnscaled = Math.multiplyExact(pUnscaled, 12);
                        pEnd = i + 1;
                        pDozen = true;
                        pEndsArabic = false;
                        return;
                    }
                    default -> {
                        if (r == NONE) {
                            fail(ErrorType.UNKNOWN_CHARACTER, i);
                        }
                        break loop;
                    }
                }
                if (r == SPACE) {
                    continue;
                }
                // every token but a 零 in the middle (and a leading 几) ends a numeral
                long low = 0;
                int exp = 0;
                if (pend >= 0) {
                    low = colloquial(pend, pendSingle, lastUnitExp);
                    exp = pendSingle && lastUnitExp >= 2 ? lastUnitExp - 1 : 0;
                }
                if (!pairPending) {
                    exp = pairExp;
                }
                accept(i, sum(t4, t8, t12, small, low), pairDiff, exp, approximate, hasBig, leadingUnit,
                        lastArabic, tokens == 1 && pendArabic);
            }
        } catch (ArithmeticException overflow) {
            fail(ErrorType.OUT_OF_RANGE, i);
        }
    }

    /** A single digit right after a multiplier counts in the next lower place: 三万五 = 35000, 一百二 = 120. */
    private static long colloquial(long pend, boolean single, int lastUnitExp) {
        if (single && lastUnitExp >= 2) {
            return Math.multiplyExact(pend, POW10[lastUnitExp - 1]);
        }
        return pend;
    }

    private static long sum(long a, long b, long c, long d, long e) {
        return Math.addExact(Math.addExact(Math.addExact(a, b), Math.addExact(c, d)), e);
    }

    private void accept(int at, long v, int diff, int diffExp, boolean approximate, boolean hasBig,
            boolean leadingUnit, boolean endsArabic, boolean arabicInt) {
        pEnd = at;
        pUnscaled = v;
        pScale = 0;
        pBig = null;
        pDiff = diff;
        pDiffExp = diff == 0 ? 0 : diffExp;
        pMore = approximate;
        pHasBig = hasBig;
        pLeadingUnit = leadingUnit;
        pEndsArabic = endsArabic;
        pArabicInt = arabicInt;
    }

    private static boolean continuesAfterSpace(byte r) {
        return r == DIGIT || r == TEN || r == TENS || r == UNIT || r == BIG || r == ARABIC || r == MORE
                || r == SOME || r == POINT || r == FEN || r == ZHI || r == YOU;
    }

    // ================================================================================ Arabic figures

    /**
     * Arabic digits at {@code from}: grouping in threes ({@code 1,040,000}, {@code ４，５６５}; with spaces in a
     * whole string: {@code 1 000 000}), a point ({@code 01.10}, {@code .77}), an exponent ({@code 2e5},
     * {@code 2.7890e-1}). Sets the lit-fields.
     */
    private void readArabicLiteral(int from) {
        litPoint = false;
        litExponent = false;
        litBig = null;
        int i = from;
        long v = 0;
        int significant = 0;
        int intDigits = 0;
        int groupLen = 0;
        boolean grouped = false;
        byte separator = COMMA; // or, in a whole string, a space: 1 000 000
        while (i < limit) {
            byte r = role(i);
            if (r == ARABIC) {
                int d = CHARS.value(s.charAt(i));
                if (significant > 0 || d != 0) {
                    significant++;
                }
                if (significant <= 18) {
                    v = v * 10 + d;
                }
                intDigits++;
                groupLen++;
                i++;
            } else if ((r == COMMA || r == SPACE && !scanning) && intDigits > 0
                    && (grouped ? groupLen == 3 && r == separator : groupLen <= 3) && threeDigitsAt(i + 1)) {
                grouped = true;
                separator = r;
                groupLen = 0;
                i++;
            } else {
                break;
            }
        }
        if (grouped && groupLen != 3) {
            fail(ErrorType.BAD_GROUPING, i);
        }
        int scale = 0;
        if (role(i) == DOT && role(i + 1) == ARABIC && !dottedChain(i + 1)) {
            int j = i + 1;
            while (role(j) == ARABIC) {
                int d = CHARS.value(s.charAt(j));
                if (significant > 0 || d != 0) {
                    significant++;
                }
                if (significant <= 18) {
                    v = v * 10 + d;
                    scale++;
                } else if (litBig == null) {
                    litBig = BigDecimal.ZERO; // marker: too many digits, read again below
                }
                j++;
            }
            litPoint = true;
            i = j;
        }
        int exponent = 0;
        char e = i < limit ? s.charAt(i) : ' ';
        if (e == 'e' || e == 'E') {
            int j = i + 1;
            boolean neg = false;
            if (role(j) == MINUS || role(j) == PLUS) {
                neg = role(j) == MINUS;
                j++;
            }
            int k = j;
            int n = 0;
            while (role(k) == ARABIC && n <= MAX_EXPONENT) {
                n = n * 10 + CHARS.value(s.charAt(k));
                k++;
            }
            if (k > j && n <= MAX_EXPONENT && role(k) != ARABIC) {
                exponent = neg ? -n : n;
                litExponent = true;
                i = k;
            }
        }
        if (significant > 18) {
            litBig = exactDigits(from, i).scaleByPowerOfTen(exponent);
        }
        litEnd = i;
        litUnscaled = v;
        litScale = scale - exponent;
        litDigits = intDigits;
    }

    /** 1.2.3, 127.0.0.1, 2023.12.19: digits after the point run into another point and digit. */
    private boolean dottedChain(int i) {
        int j = i;
        while (role(j) == ARABIC) {
            j++;
        }
        return role(j) == DOT && role(j + 1) == ARABIC;
    }

    private boolean threeDigitsAt(int i) {
        return role(i) == ARABIC && role(i + 1) == ARABIC && role(i + 2) == ARABIC && role(i + 3) != ARABIC;
    }

    /** The exact value of the digits and point in {@code [from, to)}, ignoring grouping and exponent. */
    private BigDecimal exactDigits(int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            byte r = CHARS.role(c);
            if (r == ARABIC) {
                b.append((char) ('0' + CHARS.value(c)));
            } else if (r == DOT) {
                b.append('.');
            } else if (c == 'e' || c == 'E') {
                break;
            }
        }
        if (b.charAt(0) == '.') {
            b.insert(0, '0');
        }
        return new BigDecimal(b.toString());
    }

    // ================================================================================ helpers

    private int skipSpaces(int i) {
        int j = i;
        while (j < limit && j - i < MAX_SPACES && CHARS.role(s.charAt(j)) == SPACE) {
            j++;
        }
        return j < limit && CHARS.role(s.charAt(j)) == SPACE ? i : j;
    }

    private boolean startsNumber(int i) {
        byte r = role(i);
        return r == DIGIT || r == ARABIC || r == TEN || r == TENS || r == READING
                || (r == DOT && role(i + 1) == ARABIC) || r == SOME || r == SOME_LEADING
                || (r == UNIT && !scanning);
    }

    /** {@code numerator / denominator}: exact where the decimal ends, else rounded to 10 places. */
    static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        BigInteger p = numerator.unscaledValue();
        BigInteger q = denominator.unscaledValue();
        BigInteger g = p.gcd(q);
        BigInteger rest = g.signum() == 0 ? BigInteger.ONE : q.divide(g).abs();
        rest = stripFactor(stripFactor(rest, 2), 5);
        if (rest.equals(BigInteger.ONE)) {
            return numerator.divide(denominator);
        }
        return numerator.divide(denominator, FRACTION_SCALE, RoundingMode.HALF_UP);
    }

    private static BigInteger stripFactor(BigInteger n, int factor) {
        BigInteger f = BigInteger.valueOf(factor);
        BigInteger m = n;
        while (m.signum() != 0) {
            BigInteger[] qr = m.divideAndRemainder(f);
            if (qr[1].signum() != 0) {
                break;
            }
            m = qr[0];
        }
        return m;
    }

    /** The contract's form: no trailing zeros after the point, never a negative scale. */
    static BigDecimal normalize(BigDecimal v) {
        if (v.scale() == 0) {
            return v;
        }
        if (v.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
