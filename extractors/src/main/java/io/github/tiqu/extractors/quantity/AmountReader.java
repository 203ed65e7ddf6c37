package io.github.tiqu.extractors.quantity;

import java.math.BigDecimal;
import java.util.Optional;

import io.github.tiqu.core.numeral.Numeral;
import io.github.tiqu.core.numeral.NumeralMatch;
import io.github.tiqu.core.numeral.NumeralParser;
import io.github.tiqu.core.numeral.NumeralScanner;
import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.core.text.TextSpan;

/**
 * Reads the figure of a quantity, percentage or ordinal at an offset: a numeral of
 * {@link NumeralScanner} (every numeral goes through it), plus what only a figure before a unit says:
 * <ul>
 * <li>{@code 740多万}, {@code 2000余}, {@code 十几万}: more than (rule {@code more-than});</li>
 * <li>{@code 几十万}, {@code 数十亿}: 100000..1000000 (rule {@code vague-magnitude});</li>
 * <li>{@code 半}: 0.5, where a unit follows ({@code 半公升});</li>
 * <li>{@code 15k}: ×1000, and {@code 177.1 亿}: a multiplier after a space;</li>
 * <li>a full-width comma is a clause break, not grouping ({@code $20，300美圆}), unless decimals or
 *     more groups follow ({@code 82，225.00元}).</li>
 * </ul>
 * This is an adapter in front of the numeral parser, kept in this package; it never changes how a
 * numeral itself is read. Stateless and thread-safe; each call reads a bounded window past the numeral.
 */
public final class AmountReader {

    private static final int MAX_SPACES = 8;

    private final NumeralScanner scanner = NumeralScanner.standard();
    private final NumeralParser parser = NumeralParser.standard();

    /** Whether a figure can start with {@code c}. */
    public boolean canStart(char c) {
        return scanner.canStart(c) || c == '半' || c == '几' || c == '数';
    }

    /**
     * Where scanning goes on after no figure was read at {@code start}: past the whole run of numeral
     * characters there (a run longer than any numeral, a code), so that no character is read twice.
     * A run that opens with Chinese characters resumes at its first Arabic digit: the characters before
     * it end a word ({@code 户数157.9万户}, {@code 试点15个}, {@code 结余1500万元}), the figure is its own.
     */
    public int resumeAfterNothing(CharSequence s, int start) {
        int end = scanner.runEnd(s, start);
        if (start < s.length() && !isArabicDigit(s.charAt(start))) {
            for (int i = start + 1; i < end; i++) {
                if (isArabicDigit(s.charAt(i))) {
                    return i;
                }
            }
        }
        return Math.max(start + 1, end);
    }

    /** The figure at {@code start} of the normalized view, or null. */
    public Amount read(SourceText text, int start) {
        String s = text.normalized();
        int n = s.length();
        if (start >= n) {
            return null;
        }
        char c = s.charAt(start);
        if (c == '几' || c == '数') {
            return vagueMagnitude(s, start);
        }
        if (c == '半') {
            if (start + 1 < n && isNumeralChar(s.charAt(start + 1))) {
                return null;
            }
            return new Amount(start, start + 1, new BigDecimal("0.5"), null, false, start + 1, false);
        }
        Optional<NumeralMatch> found = scanner.matchAt(s, start);
        if (found.isEmpty() && isCapitalMoney(s, start)) {
            found = bare(s, start); // 壹元整, 萬分之肆: a lone capital numeral in money
        }
        if (found.isEmpty()) {
            return null;
        }
        return adapt(text, found.get());
    }

    /**
     * The figure at {@code start} where the words around it already say it is one, so that neither a
     * fixed phrase nor a code rule of the scanner applies: after 第 ({@code 第一批}), after 百分之
     * ({@code 百分之一}), after a currency code ({@code CNY1.25}). Null where no numeral stands there.
     */
    public Amount readAfterMarker(SourceText text, int start) {
        String s = text.normalized();
        if (start >= s.length()) {
            return null;
        }
        if (s.charAt(start) == '半' || s.charAt(start) == '几' || s.charAt(start) == '数') {
            return read(text, start);
        }
        Optional<NumeralMatch> found = scanner.matchAt(s, start);
        if (found.isEmpty()) {
            found = bare(s, start);
        }
        return found.isEmpty() ? null : adapt(text, found.get());
    }

    /**
     * A numeral written with single spaces between its characters ({@code 六 點 五}, {@code 7 2}), as
     * text extracted from a layout gives it; null where the figure at {@code start} has no such space.
     */
    public Amount readSpaced(SourceText text, int start) {
        String s = text.normalized();
        int n = s.length();
        StringBuilder compact = new StringBuilder();
        int i = start;
        int end = start;
        boolean spaced = false;
        while (i < n && i - start < 32) {
            char c = s.charAt(i);
            if (isSpacedNumeralChar(c)) {
                compact.append(c);
                end = ++i;
            } else if (c == ' ' && compact.length() > 0 && i + 1 < n && isSpacedNumeralChar(s.charAt(i + 1))) {
                spaced = true;
                i++;
            } else {
                break;
            }
        }
        if (!spaced) {
            return null;
        }
        Optional<Numeral> parsed = parser.tryParse(compact);
        if (parsed.isEmpty()) {
            return null;
        }
        Numeral v = parsed.get();
        return new Amount(start, end, v.value(), v.valueMax(), v.approximation() == Numeral.Approximation.MORE_THAN,
                end, false);
    }

    private boolean isSpacedNumeralChar(char c) {
        return scanner.isNumeralChar(c) || c == '.' || c == '点';
    }

    /** The longest whole numeral on the run of numeral characters at {@code start}, read by the parser. */
    private Optional<NumeralMatch> bare(String s, int start) {
        int end = start;
        int limit = Math.min(s.length(), start + 64);
        while (end < limit && (scanner.isNumeralChar(s.charAt(end)) || s.charAt(end) == '.')) {
            end++;
        }
        for (int e = end; e > start && e > end - 4; e--) {
            Optional<Numeral> parsed = parser.tryParse(s.substring(start, e));
            if (parsed.isPresent()) {
                return Optional.of(new NumeralMatch(new TextSpan(start, e), parsed.get()));
            }
        }
        return Optional.empty();
    }

    private boolean isCapitalMoney(String s, int start) {
        return start + 1 < s.length() && scanner.isChineseDigit(s.charAt(start))
                && ("元圆角分整".indexOf(s.charAt(start + 1)) >= 0 || (start > 0 && s.charAt(start - 1) == '之'));
    }

    /** What a figure before a unit adds to the numeral the scanner read. */
    private Amount adapt(SourceText text, NumeralMatch m) {
        String s = text.normalized();
        int n = s.length();
        int start = m.start();
        Numeral numeral = m.numeral();
        int end = m.end();
        if (numeral.approximation() == Numeral.Approximation.MORE_THAN && "几数".indexOf(s.charAt(start)) >= 0) {
            Amount vague = vagueMagnitude(s, start); // 几十万: 100000..1000000
            if (vague != null && vague.end() == end) {
                return vague;
            }
        }
        int cut = clauseComma(text.original(), s, start, end);
        if (cut > 0) {
            Optional<Numeral> shorter = parser.tryParse(s.substring(start, cut));
            if (shorter.isEmpty()) {
                return null;
            }
            numeral = shorter.get();
            end = cut;
        }
        BigDecimal value = numeral.value();
        BigDecimal max = numeral.valueMax();
        boolean moreThan = numeral.approximation() == Numeral.Approximation.MORE_THAN;
        int numeralEnd = end;
        boolean plain = true;
        // 15k: a thousand, where no letter follows
        if (isArabicDigit(s.charAt(end - 1))) {
            int j = skipSpaces(s, end, 1);
            if (j < n && (s.charAt(j) == 'k' || s.charAt(j) == 'K') && (j + 1 >= n || !isAsciiLetter(s.charAt(j + 1)))) {
                value = value.multiply(BigDecimal.valueOf(1000));
                max = max == null ? null : max.multiply(BigDecimal.valueOf(1000));
                end = j + 1;
                plain = false;
            }
        }
        // 177.1 亿, 一点五万: a multiplier after a space or after Chinese decimals
        if (end < n && (s.charAt(end) == ' ' || (hasChinesePoint(s, start, end) && max == null))) {
            int j = skipSpaces(s, end, MAX_SPACES);
            int k = j;
            BigDecimal mult = BigDecimal.ONE;
            while (k < n && (s.charAt(k) == '万' || s.charAt(k) == '亿')) {
                mult = mult.multiply(multiplier(s.charAt(k)));
                k++;
            }
            if (k > j) {
                value = value.multiply(mult);
                max = max == null ? null : max.multiply(mult);
                end = k;
                plain = false;
            }
        }
        // 740多万, 2000余, 十几万: more than
        if (end < n && max == null && isMoreThanMark(s.charAt(end))) {
            int j = end + 1;
            BigDecimal mult = BigDecimal.ONE;
            // 30多万千瓦: after 多 only 万 and 亿 multiply; a 千 there starts the unit
            while (j < n && (s.charAt(j) == '万' || s.charAt(j) == '亿')) {
                mult = mult.multiply(multiplier(s.charAt(j)));
                j++;
            }
            value = value.multiply(mult);
            moreThan = true;
            end = j;
            plain = false;
        }
        return new Amount(start, end, value, max, moreThan, numeralEnd, plain);
    }

    /** Reads a whole numeral string (the start of a figure whose last characters turned out to be a unit). */
    public Optional<BigDecimal> exactValue(CharSequence numeral) {
        Optional<Numeral> parsed = parser.tryParse(numeral);
        return parsed.filter(Numeral::isExact).map(Numeral::value);
    }

    /** 几十万 -> 100000..1000000; 数十亿 -> 1000000000..10000000000. */
    private static Amount vagueMagnitude(String s, int start) {
        int j = multiplierRunEnd(s, start + 1);
        if (j == start + 1) {
            return null;
        }
        BigDecimal mult = multiplierRunValue(s, start + 1, j);
        return new Amount(start, j, mult, mult.multiply(BigDecimal.TEN), false, j, false);
    }

    /**
     * The end of a run of multipliers at {@code from}: at most one of 十百千, then 万 and 亿 only
     * ({@code 百万}, {@code 千亿}, {@code 十万亿}); in {@code 数十亿千瓦时} the 千 starts the unit.
     */
    static int multiplierRunEnd(String s, int from) {
        int j = from;
        if (j < s.length() && "十百千".indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        while (j < s.length() && (s.charAt(j) == '万' || s.charAt(j) == '亿')) {
            j++;
        }
        return j;
    }

    /** The product of the multipliers in {@code [from, to)}. */
    static BigDecimal multiplierRunValue(String s, int from, int to) {
        BigDecimal mult = BigDecimal.ONE;
        for (int i = from; i < to; i++) {
            mult = mult.multiply(multiplier(s.charAt(i)));
        }
        return mult;
    }

    /** Whether {@code c} may open a bare run of multipliers ({@link #readBareMultiplier}). */
    public static boolean isBareMultiplier(char c) {
        return c == '百' || c == '千' || c == '万' || c == '亿';
    }

    /**
     * A bare run of multipliers as a figure ({@code 千亿} in {@code 超千亿元}, {@code 万} in {@code 近万人}):
     * one of that order. Only the caller knows where this reading holds (after a mod trigger); null
     * where no multiplier stands at {@code start}.
     */
    public Amount readBareMultiplier(SourceText text, int start) {
        String s = text.normalized();
        if (start >= s.length() || !isBareMultiplier(s.charAt(start))) {
            return null;
        }
        int j = multiplierRunEnd(s, start);
        return new Amount(start, j, multiplierRunValue(s, start, j), null, false, j, false);
    }

    /**
     * The offset of a full-width comma inside {@code [start, end)} that breaks a clause rather than
     * grouping digits, or -1. It groups where the digits are full-width too ({@code ９，９９９}), or where
     * decimals or another group follow its group ({@code 82，225.00}).
     */
    private static int clauseComma(String original, String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (original.charAt(i) != '，') {
                continue;
            }
            if (i > start && original.charAt(i - 1) >= '０' && original.charAt(i - 1) <= '９') {
                continue;
            }
            int digits = 0;
            int j = i + 1;
            while (j < end && isArabicDigit(s.charAt(j))) {
                digits++;
                j++;
            }
            boolean grouping = digits == 3 && j < end && (s.charAt(j) == '.' || s.charAt(j) == ',');
            if (!grouping) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasChinesePoint(String s, int from, int to) {
        return s.substring(from, to).indexOf('点') >= 0;
    }

    public static boolean isMoreThanMark(char c) {
        return c == '多' || c == '余' || c == '几';
    }

    /** The value of a multiplier character (十百千万亿), or null. */
    static BigDecimal multiplier(char c) {
        return switch (c) {
            case '十' -> BigDecimal.TEN;
            case '百' -> BigDecimal.valueOf(100);
            case '千' -> BigDecimal.valueOf(1000);
            case '万' -> BigDecimal.valueOf(10_000);
            case '亿' -> BigDecimal.valueOf(100_000_000);
            default -> null;
        };
    }

    /** A character a numeral can contain: digits, Chinese digits, 十百千万亿, 两. */
    public static boolean isNumeralChar(char c) {
        return chineseDigit(c) >= 0 || multiplier(c) != null || c == '兆';
    }

    /** The value of a digit, Arabic or Chinese (零〇一二两...九), or -1. */
    public static int chineseDigit(char c) {
        if (isArabicDigit(c)) {
            return c - '0';
        }
        return switch (c) {
            case '零', '〇' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '贰' -> 2;
            case '三', '叁' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    public static boolean isArabicDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Whether {@code c} is a CJK ideograph (a word character of Chinese text). */
    public static boolean isIdeograph(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The offset after at most {@code max} spaces from {@code i}. */
    public static int skipSpaces(CharSequence s, int i, int max) {
        int j = i;
        while (j < s.length() && j - i < max && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j++;
        }
        return j;
    }
}
