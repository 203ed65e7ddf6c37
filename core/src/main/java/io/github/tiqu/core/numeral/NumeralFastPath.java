package io.github.tiqu.core.numeral;

import static io.github.tiqu.core.numeral.NumeralChars.ARABIC;
import static io.github.tiqu.core.numeral.NumeralChars.BIG;
import static io.github.tiqu.core.numeral.NumeralChars.COMMA;
import static io.github.tiqu.core.numeral.NumeralChars.DIGIT;
import static io.github.tiqu.core.numeral.NumeralChars.DOT;
import static io.github.tiqu.core.numeral.NumeralChars.MINUS;
import static io.github.tiqu.core.numeral.NumeralChars.NEGATIVE;
import static io.github.tiqu.core.numeral.NumeralChars.NONE;
import static io.github.tiqu.core.numeral.NumeralChars.POINT;
import static io.github.tiqu.core.numeral.NumeralChars.READING;
import static io.github.tiqu.core.numeral.NumeralChars.TEN;
import static io.github.tiqu.core.numeral.NumeralChars.TENS;
import static io.github.tiqu.core.numeral.NumeralChars.UNIT;

import java.math.BigDecimal;

/**
 * The common numerals, read without a {@link NumeralReader}: the same values for a smaller grammar, in
 * {@code long} arithmetic, with one {@link BigDecimal} made at the end. Each method reads all of
 * {@code [from, to)} or returns null, and null only means "ask the full reader", never "no numeral".
 *
 * <p>The grammar, each with an example:
 * <ul>
 * <li>Arabic figures of up to 18 digits, grouped in threes or not, with a point: {@code 1600},
 *     {@code 1,234,567}, {@code ３６}, {@code -12.9}</li>
 * <li>an Arabic figure times one of 十百千 and one of 万亿兆: {@code 1.2万}, {@code 3千万}, {@code 36.57亿}</li>
 * <li>Chinese integers in sections: {@code 三十五万七千}, {@code 一千零五}, {@code 壹佰贰拾叁}, {@code 廿三},
 *     with the colloquial last digit ({@code 三万五} = 35000) and a sign ({@code 负五})</li>
 * <li>a Chinese integer with 点 and decimals, times one of 万亿兆: {@code 九十点四}, {@code 一点五万}</li>
 * <li>digit-by-digit readings of three digits or more: {@code 二〇二三}</li>
 * </ul>
 * Anything else (ranges, 多/余/几, fractions, spaces, exponents, 万亿, readings of two digits, a leading
 * 零 or multiplier, more than 18 digits) is left to the reader. {@code NumeralFastPathTest} checks
 * that both give the same answer on random strings. Stateless and thread-safe.
 */
final class NumeralFastPath {

    private static final NumeralChars CHARS = NumeralChars.standard();
    private static final byte[] ROLE = CHARS.roleTable();
    private static final byte[] VALUE = CHARS.valueTable();
    private static final long[] POW10 = new long[19];
    private static final int MAX_DIGITS = 18;

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private NumeralFastPath() {
    }

    /**
     * The numeral that the scanner would read at {@code from}, when the common grammar settles it, else
     * null. {@code to} is {@link #runEnd}, {@code limit} the scanner's reading limit. The numeral must
     * run up to a character that ends every numeral (a character with no numeral role, a comma or point that starts nothing), so
     * that the full reader could not read further.
     */
    static Numeral scanAt(CharSequence s, int from, int to, int limit) {
        if (to <= from || to == limit && limit < s.length()) {
            return null;
        }
        if (to < s.length()) {
            char c = s.charAt(to);
            byte r = ROLE[c];
            if (r == NONE) {
                byte last = ROLE[s.charAt(to - 1)];
                if ((c == 'e' || c == 'E') && last == ARABIC || c == '刻') {
                    return null; // 2e5, 三点一刻: the reader knows
                }
            } else if (r == DOT) {
                if (hasPoint(s, from, to)) {
                    return null; // 三点五.: the reader refuses the decimals
                }
            } else if (r != COMMA) {
                return null;
            }
        }
        return read(s, from, to);
    }

    /** The end of the run of characters that the common grammar reads, from {@code from}. */
    static int runEnd(CharSequence s, int from, int limit) {
        int i = from;
        byte r0 = ROLE[s.charAt(i)];
        if (r0 == NEGATIVE || r0 == MINUS) {
            i++;
        }
        while (i < limit) {
            byte r = ROLE[s.charAt(i)];
            if (r == ARABIC || r == DIGIT || r == TEN || r == UNIT || r == BIG || r == POINT || r == READING
                    || r == TENS) {
                i++;
            } else if (r == COMMA && i > from && ROLE[s.charAt(i - 1)] == ARABIC
                    && threeDigitsAt(s, i + 1, limit)) {
                i++;
            } else if (r == DOT && i + 1 < limit && ROLE[s.charAt(i + 1)] == ARABIC) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean hasPoint(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (ROLE[s.charAt(i)] == POINT) {
                return true;
            }
        }
        return false;
    }

    /** Whether no numeral starts at {@code from} for sure: a bare 万, 亿 or 兆 ({@code 萬}, {@code 亿元}). */
    static boolean refused(CharSequence s, int from) {
        return ROLE[s.charAt(from)] == BIG;
    }

    /** All of {@code [from, to)} as one numeral of the common grammar, or null. */
    static Numeral read(CharSequence s, int from, int to) {
        if (from >= to) {
            return null;
        }
        int i = from;
        boolean negative = false;
        byte r = ROLE[s.charAt(i)];
        if (r == NEGATIVE || r == MINUS) {
            negative = true;
            i++;
            if (i == to) {
                return null;
            }
            r = ROLE[s.charAt(i)];
        }
        try {
            if (r == ARABIC) {
                return to - i <= MAX_DIGITS && plainDigits(s, i, to) ? digits(s, i, to, negative)
                        : arabic(s, i, to, negative);
            }
            if (r == DIGIT || r == READING) {
                if (i + 1 < to && CHARS.isReadingDigit(s.charAt(i)) && CHARS.isReadingDigit(s.charAt(i + 1))) {
                    return reading(s, i, to, negative);
                }
                return r == DIGIT ? chinese(s, i, to, negative) : null;
            }
            if (r == TEN || r == TENS) {
                return chinese(s, i, to, negative);
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
        return null;
    }

    /** Whether {@code [from, to)} is all Arabic digits: {@code 2023}, the most common numeral of all. */
    private static boolean plainDigits(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (ROLE[s.charAt(i)] != ARABIC) {
                return false;
            }
        }
        return true;
    }

    /** Up to 18 Arabic digits, no more checks: a small method that the compiler inlines. */
    private static Numeral digits(CharSequence s, int from, int to, boolean negative) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + VALUE[s.charAt(i)];
        }
        return Numeral.exact(BigDecimal.valueOf(negative ? -v : v));
    }

    /** Digits, grouping in threes, a point; then one of 十百千 and one of 万亿兆. */
    private static Numeral arabic(CharSequence s, int from, int to, boolean negative) {
        int i = from;
        long v = 0;
        int significant = 0;
        int intDigits = 0;
        int groupLen = 0;
        boolean grouped = false;
        while (i < to) {
            char c = s.charAt(i);
            byte r = ROLE[c];
            if (r == ARABIC) {
                int d = VALUE[c];
                if (significant > 0 || d != 0) {
                    if (++significant > MAX_DIGITS) {
                        return null;
                    }
                }
                v = v * 10 + d;
                intDigits++;
                groupLen++;
                i++;
            } else if (r == COMMA && (grouped ? groupLen == 3 : groupLen <= 3) && threeDigitsAt(s, i + 1, to)) {
                grouped = true;
                groupLen = 0;
                i++;
            } else {
                break;
            }
        }
        if (grouped && groupLen != 3 || intDigits == 0) {
            return null;
        }
        int scale = 0;
        if (i < to && ROLE[s.charAt(i)] == DOT) {
            int j = i + 1;
            while (j < to && ROLE[s.charAt(j)] == ARABIC) {
                int d = VALUE[s.charAt(j)];
                if (significant > 0 || d != 0) {
                    if (++significant > MAX_DIGITS) {
                        return null;
                    }
                }
                v = v * 10 + d;
                scale++;
                j++;
            }
            if (j == i + 1) {
                return null;
            }
            i = j;
        }
        if (i < to && v == 0) {
            return null; // 0万: the reader has its own view of a zero count
        }
        if (i < to) {
            byte r = ROLE[s.charAt(i)];
            if (r == TEN || r == UNIT) {
                scale -= r == TEN ? 1 : VALUE[s.charAt(i)];
                i++;
            }
        }
        if (i < to && ROLE[s.charAt(i)] == BIG) {
            scale -= VALUE[s.charAt(i)];
            i++;
        }
        return i == to ? exact(v, scale, negative) : null;
    }

    /**
     * A Chinese integer in sections (below 万, then 万 亿 兆 tiers), then 点 and decimals. The rules are
     * those of the reader's counted numerals, and where the reader would stop early, this gives up.
     */
    private static Numeral chinese(CharSequence s, int from, int to, boolean negative) {
        long t4 = 0;
        long t8 = 0;
        long t12 = 0;
        long small = 0;
        int smallCap = 4;
        long pend = -1;
        int lastUnitExp = -1;
        boolean zero = false;
        boolean lastZero = false;
        int lastBig = 0;
        boolean hasBig = false;
        int i = from;
        if (VALUE[s.charAt(i)] == 0 && ROLE[s.charAt(i)] == DIGIT) {
            // a leading 零: alone, or before 点
            if (i + 1 == to) {
                return exact(0, 0, negative);
            }
            if (ROLE[s.charAt(i + 1)] != POINT) {
                return null;
            }
            return decimals(s, i + 1, to, 0, false, negative);
        }
        loop:
        while (i < to) {
            char c = s.charAt(i);
            byte r = ROLE[c];
            switch (r) {
                case DIGIT -> {
                    int d = VALUE[c];
                    if (pend >= 0) {
                        return null; // 三四: a range, or no numeral
                    }
                    if (d == 0) {
                        zero = true;
                        lastZero = true;
                        lastUnitExp = -1;
                    } else {
                        pend = d;
                        lastZero = false;
                    }
                    lastBig = 0;
                }
                case TEN, TENS, UNIT -> {
                    int e = r == UNIT ? VALUE[c] : 1;
                    if (smallCap <= e || r == TENS && pend >= 0) {
                        return null;
                    }
                    long count;
                    if (r == TENS) {
                        count = VALUE[c];
                    } else if (pend >= 0) {
                        count = pend;
                    } else if (r == TEN || zero) {
                        count = 1;
                    } else {
                        return null;
                    }
                    small += count * POW10[e];
                    smallCap = e;
                    lastUnitExp = e;
                    pend = -1;
                    zero = false;
                    lastZero = false;
                    lastBig = 0;
                }
                case BIG -> {
                    int e = VALUE[c];
                    if (i == from || lastBig > 0 && pend < 0 && small == 0 && !zero) {
                        return null; // 万 alone, 万亿
                    }
                    long count = small + (pend >= 0 ? pend : 0);
                    if (e == 4 && t4 != 0 || e == 8 && t8 != 0 || e == 12 && t12 != 0) {
                        return null;
                    }
                    if (e > 4) {
                        count = Math.addExact(count, t4);
                        t4 = 0;
                    }
                    if (e > 8) {
                        count = Math.addExact(count, t8);
                        t8 = 0;
                    }
                    if (count == 0) {
                        return null;
                    }
                    long v = Math.multiplyExact(count, POW10[e]);
                    if (e == 4) {
                        t4 = v;
                    } else if (e == 8) {
                        t8 = v;
                    } else {
                        t12 = v;
                    }
                    lastBig = e;
                    lastUnitExp = e;
                    small = 0;
                    smallCap = 4;
                    pend = -1;
                    zero = false;
                    lastZero = false;
                    hasBig = true;
                }
                case POINT -> {
                    break loop;
                }
                default -> {
                    return null;
                }
            }
            i++;
        }
        if (lastZero) {
            return null; // 一千零: the reader stops before the 零
        }
        long low = 0;
        if (pend >= 0) {
            low = lastUnitExp >= 2 ? pend * POW10[lastUnitExp - 1] : pend;
        }
        long whole = Math.addExact(Math.addExact(Math.addExact(t4, t8), Math.addExact(t12, small)), low);
        if (i == to) {
            return exact(whole, 0, negative);
        }
        return decimals(s, i, to, whole, hasBig, negative);
    }

    /** 点 at {@code point} and the digits after it, then one of 万亿兆 where the integer part had none. */
    private static Numeral decimals(CharSequence s, int point, int to, long whole, boolean hasBig,
            boolean negative) {
        int i = point + 1;
        long v = whole;
        int digits = 0;
        while (i < to) {
            char c = s.charAt(i);
            byte r = ROLE[c];
            if (r != DIGIT && r != ARABIC && r != READING) {
                break;
            }
            if (++digits > MAX_DIGITS) {
                return null;
            }
            v = Math.addExact(Math.multiplyExact(v, 10), VALUE[c]);
            i++;
        }
        if (digits == 0) {
            return null;
        }
        int scale = digits;
        if (i < to && !hasBig && ROLE[s.charAt(i)] == BIG) {
            scale -= VALUE[s.charAt(i)];
            i++;
        }
        return i == to ? exact(v, scale, negative) : null;
    }

    /** 二〇二三, 幺八九: three reading digits or more, and nothing else. */
    private static Numeral reading(CharSequence s, int from, int to, boolean negative) {
        if (to - from < 3 || to - from > MAX_DIGITS) {
            return null;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!CHARS.isReadingDigit(c) || ROLE[c] == ARABIC) {
                return null;
            }
            v = v * 10 + VALUE[c];
        }
        return exact(v, 0, negative);
    }

    private static boolean threeDigitsAt(CharSequence s, int i, int limit) {
        return i + 2 < limit && ROLE[s.charAt(i)] == ARABIC && ROLE[s.charAt(i + 1)] == ARABIC
                && ROLE[s.charAt(i + 2)] == ARABIC
                && (i + 3 >= limit || ROLE[s.charAt(i + 3)] != ARABIC);
    }

    /**
     * {@code unscaled * 10^-scale} in the contract's form (no trailing zeros after the point, never a
     * negative scale), as the reader's {@code normalize} gives it.
     */
    private static Numeral exact(long unscaled, int scale, boolean negative) {
        long v = unscaled;
        int sc = scale;
        if (sc < 0) {
            if (-sc >= POW10.length) {
                return null;
            }
            v = Math.multiplyExact(v, POW10[-sc]);
            sc = 0;
        }
        if (v == 0) {
            return Numeral.exact(BigDecimal.ZERO);
        }
        while (sc > 0 && v % 10 == 0) {
            v /= 10;
            sc--;
        }
        return Numeral.exact(BigDecimal.valueOf(negative ? -v : v, sc));
    }
}
