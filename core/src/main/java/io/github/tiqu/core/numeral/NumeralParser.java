package io.github.tiqu.core.numeral;

import java.math.BigDecimal;
import java.util.Optional;

import io.github.tiqu.core.numeral.NumeralParseException.ErrorType;

/**
 * Reads a whole numeral string into an exact {@link Numeral}: Arabic digits with grouping and
 * decimals, Chinese numerals with 十百千万亿, and mixed forms ({@code 1.2万}, {@code 3千万}).
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class NumeralParser {

    private static final NumeralParser STANDARD = new NumeralParser();

    /** Longer input is refused rather than read: no real numeral has this many characters. */
    static final int MAX_LENGTH = 400;

    public static NumeralParser standard() {
        return STANDARD;
    }

    /** Reads all of {@code s}, or throws with the reason. */
    public Numeral parse(CharSequence s) throws NumeralParseException {
        int n = s.length();
        if (n == 0) {
            throw new NumeralParseException(ErrorType.EMPTY, 0, "empty numeral");
        }
        if (n > MAX_LENGTH) {
            throw new NumeralParseException(ErrorType.TOO_LONG, MAX_LENGTH, "longer than " + MAX_LENGTH);
        }
        int i = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '-' || first == '负' || first == '負' || first == '－') {
            negative = true;
            i = 1;
        } else if (first == '+') {
            i = 1;
        }
        if (i == n) {
            throw new NumeralParseException(ErrorType.MISPLACED_SIGN, 0, "a sign alone");
        }
        BigDecimal value = readUnsigned(s, i, n);
        return Numeral.exact(negative ? value.negate() : value);
    }

    /** Reads all of {@code s}, or returns empty. */
    public Optional<Numeral> tryParse(CharSequence s) {
        try {
            return Optional.of(parse(s));
        } catch (NumeralParseException e) {
            return Optional.empty();
        }
    }

    private static BigDecimal readUnsigned(CharSequence s, int from, int to) throws NumeralParseException {
        // An Arabic prefix (with grouping and decimals), then Chinese multipliers: 1.2万, 3千万, 1,600亿.
        int i = from;
        StringBuilder digits = new StringBuilder();
        boolean point = false;
        while (i < to) {
            char c = s.charAt(i);
            int d = arabicDigit(c);
            if (d >= 0) {
                digits.append((char) ('0' + d));
            } else if ((c == '.' || c == '．') && !point && digits.length() > 0) {
                point = true;
                digits.append('.');
            } else if ((c == ',' || c == '，') && digits.length() > 0 && !point) {
                // grouping separator: ignored
            } else {
                break;
            }
            i++;
        }
        if (digits.length() > 0) {
            if (digits.charAt(digits.length() - 1) == '.') {
                throw new NumeralParseException(ErrorType.MULTIPLE_DECIMAL_POINTS, i - 1, "a point with no digits after it");
            }
            BigDecimal value = new BigDecimal(digits.toString());
            while (i < to) {
                long m = multiplier(s.charAt(i));
                if (m <= 0) {
                    throw new NumeralParseException(ErrorType.UNKNOWN_CHARACTER, i, "'" + s.charAt(i) + "' after digits");
                }
                value = value.multiply(BigDecimal.valueOf(m));
                i++;
            }
            return value;
        }
        return readChinese(s, from, to);
    }

    /** Section algorithm: digits times 十百千 inside a section, sections closed by 万 and 亿. */
    private static BigDecimal readChinese(CharSequence s, int from, int to) throws NumeralParseException {
        BigDecimal total = BigDecimal.ZERO;   // closed by 亿
        BigDecimal section = BigDecimal.ZERO; // closed by 万
        long small = 0;                        // below 万
        int digit = -1;
        int i = from;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c == '点' || c == '點') {
                break;
            }
            int d = chineseDigit(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            switch (c) {
                case '十', '拾' -> {
                    small += (digit < 0 ? 1 : digit) * 10L;
                    digit = -1;
                }
                case '百', '佰' -> {
                    small += Math.max(digit, 0) * 100L;
                    digit = -1;
                }
                case '千', '仟' -> {
                    small += Math.max(digit, 0) * 1000L;
                    digit = -1;
                }
                case '万', '萬' -> {
                    section = section.add(BigDecimal.valueOf(small + Math.max(digit, 0))).multiply(BigDecimal.valueOf(10_000));
                    small = 0;
                    digit = -1;
                }
                case '亿', '億' -> {
                    total = total.add(section).add(BigDecimal.valueOf(small + Math.max(digit, 0)))
                            .multiply(BigDecimal.valueOf(100_000_000));
                    section = BigDecimal.ZERO;
                    small = 0;
                    digit = -1;
                }
                default -> throw new NumeralParseException(ErrorType.UNKNOWN_CHARACTER, i, "'" + c + "'");
            }
        }
        BigDecimal value = total.add(section).add(BigDecimal.valueOf(small + Math.max(digit, 0)));
        if (i < to) {
            StringBuilder fraction = new StringBuilder("0.");
            for (int j = i + 1; j < to; j++) {
                int d = chineseDigit(s.charAt(j));
                if (d < 0) {
                    throw new NumeralParseException(ErrorType.UNKNOWN_CHARACTER, j, "'" + s.charAt(j) + "' in decimals");
                }
                fraction.append((char) ('0' + d));
            }
            if (fraction.length() == 2) {
                throw new NumeralParseException(ErrorType.MULTIPLE_DECIMAL_POINTS, i, "a point with no digits after it");
            }
            value = value.add(new BigDecimal(fraction.toString()));
        }
        return value;
    }

    static int arabicDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return -1;
    }

    static int chineseDigit(char c) {
        return switch (c) {
            case '零', '〇', '○' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '兩', '贰', '貳' -> 2;
            case '三', '叁', '參' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆', '陸' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> arabicDigit(c);
        };
    }

    static long multiplier(char c) {
        return switch (c) {
            case '十', '拾' -> 10L;
            case '百', '佰' -> 100L;
            case '千', '仟' -> 1_000L;
            case '万', '萬' -> 10_000L;
            case '亿', '億' -> 100_000_000L;
            default -> -1L;
        };
    }
}
