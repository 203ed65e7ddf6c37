package io.github.tiqu.core.numeral;

import java.util.Optional;

import io.github.tiqu.core.text.TextSpan;

/**
 * Finds numerals in running text (the normalized view, which has the length of the original): the
 * longest numeral that starts at an offset, read by the same single pass as {@link NumeralParser}.
 *
 * <p>Running text asks more than a whole string does:
 * <ul>
 * <li>no numeral starts with a bare multiplier ({@code 百姓}, {@code 千克}, {@code 万一}); the parser reads
 *     {@code 千一} = 1100 as a whole string, the scanner does not start at 千</li>
 * <li>a figure glued to a Latin letter on its left is part of a code ({@code G4}, {@code PM2.5},
 *     {@code H7N9}, {@code COVID-19}); what follows a figure ({@code 5G}, {@code 35kV}) is for the caller
 *     to judge, see {@link #gluedToLatinAfter}</li>
 * <li>{@code -} is a sign only where no letter, digit or closing bracket stands before it ({@code 3-5}
 *     is a range)</li>
 * <li>a numeral inside a fixed phrase ({@code 统一}, {@code 一带一路}, {@code 十四五}, {@code 三农}: data in
 *     {@code fixed-phrases.tsv}) is none</li>
 * <li>a lone capital numeral is none ({@code 大陆}, {@code 收拾}, {@code 队伍}, {@code 肆意})</li>
 * <li>打 is a dozen ({@code 五打} = 60) unless a verb starts there ({@code 打造})</li>
 * <li>in a clock time the point is not a decimal point ({@code 三点二十} reads {@code 三})</li>
 * </ul>
 * Each call reads at most {@link NumeralParser#MAX_LENGTH} characters, so scanning a text offset by
 * offset is linear. Stateless, immutable and thread-safe.
 */
public final class NumeralScanner {

    /** Which numerals a caller wants. */
    public enum Script {
        /** Any numeral. */
        ANY,
        /** A numeral that starts with an Arabic digit, with or without Chinese multipliers: 1.2万, 2023. */
        ARABIC,
        /** A numeral with no Arabic digit: 三万五千, 二〇二三. */
        CHINESE
    }

    private static final NumeralScanner STANDARD = new NumeralScanner();
    private static final NumeralChars CHARS = NumeralChars.standard();

    private NumeralScanner() {
    }

    public static NumeralScanner standard() {
        return STANDARD;
    }

    /**
     * Whether a numeral in running text can start with {@code c} (given what follows; {@code 几} and
     * {@code 数} start one only before a multiplier, {@code 负} only before a figure).
     */
    public boolean canStart(char c) {
        byte r = CHARS.role(c);
        return r == NumeralChars.DIGIT || r == NumeralChars.READING || r == NumeralChars.ARABIC
                || r == NumeralChars.TEN || r == NumeralChars.TENS || r == NumeralChars.NEGATIVE
                || r == NumeralChars.MINUS || r == NumeralChars.DOT || r == NumeralChars.SOME
                || r == NumeralChars.SOME_LEADING || r == NumeralChars.HALF;
    }

    /** Whether {@code c} can be part of a numeral (digits, multipliers, 点, 多, 分之...). */
    public boolean isNumeralChar(char c) {
        return CHARS.isNumeralChar(c);
    }

    /** An Arabic digit, ASCII or full-width. */
    public boolean isArabicDigit(char c) {
        return CHARS.role(c) == NumeralChars.ARABIC;
    }

    /** A Chinese digit ({@code 零一二两三...九}, capital {@code 壹贰}, {@code 〇}, {@code 幺}). */
    public boolean isChineseDigit(char c) {
        byte r = CHARS.role(c);
        return r == NumeralChars.DIGIT || r == NumeralChars.READING;
    }

    /** A multiplier: {@code 十百千万亿兆}, capital and traditional forms, {@code 廿卅}. */
    public boolean isMultiplier(char c) {
        byte r = CHARS.role(c);
        return r == NumeralChars.TEN || r == NumeralChars.TENS || r == NumeralChars.UNIT || r == NumeralChars.BIG;
    }

    /** The longest numeral starting exactly at {@code start}, or empty. */
    public Optional<NumeralMatch> matchAt(CharSequence text, int start) {
        return matchAt(text, start, Script.ANY);
    }

    /** The longest numeral of {@code script} starting exactly at {@code start}, or empty. */
    public Optional<NumeralMatch> matchAt(CharSequence text, int start, Script script) {
        return Optional.ofNullable(match(text, start, script, true));
    }

    /**
     * The match at {@code start}, or null. The common numerals ({@code 2023}, {@code 三万五千}) are read by
     * {@link NumeralFastPath}; {@code fast = false} reads everything with the full reader (for the test
     * that both agree).
     */
    NumeralMatch match(CharSequence text, int start, Script script, boolean fast) {
        int n = text.length();
        if (start < 0 || start >= n || !canStart(text.charAt(start)) || !startsHere(text, start)) {
            return null;
        }
        int limit = Math.min(n, start + NumeralParser.MAX_LENGTH);
        if (fast) {
            int to = NumeralFastPath.runEnd(text, start, limit);
            Numeral common = NumeralFastPath.scanAt(text, start, to, limit);
            if (common != null) {
                return accepted(text, start, to, script) ? new NumeralMatch(new TextSpan(start, to), common) : null;
            }
        }
        NumeralReader reader = new NumeralReader(text, limit, true);
        reader.read(start);
        if (reader.end > start && text.charAt(reader.end - 1) == '打'
                && FixedPhrases.standard().blocksDozen(text, reader.end - 1)) {
            reader = new NumeralReader(text, reader.end - 1, true);
            reader.read(start);
        }
        int end = reader.end;
        if (end <= start || (end == limit && limit < n && CHARS.isNumeralChar(text.charAt(limit)))) {
            return null; // nothing, or a run longer than any numeral
        }
        if (!accepted(text, start, end, script)) {
            return null;
        }
        return new NumeralMatch(new TextSpan(start, end), NumeralParser.toNumeral(reader));
    }

    /** Not a lone capital numeral ({@code 大陆}), of the script asked for, not in a fixed phrase. */
    private static boolean accepted(CharSequence text, int start, int end, Script script) {
        if (end - start == 1 && CHARS.isFinancial(text.charAt(start))) {
            return false;
        }
        return hasScript(text, start, end, script) && !FixedPhrases.standard().covers(text, start, end);
    }

    /**
     * Whether the figure ending at {@code end} is glued to a Latin letter after it ({@code 5G},
     * {@code 4K}, {@code 35kV}): a code or a unit symbol, which the caller tells apart.
     */
    public boolean gluedToLatinAfter(CharSequence text, int end) {
        return end < text.length() && end > 0 && isLatin(text.charAt(end))
                && CHARS.role(text.charAt(end - 1)) == NumeralChars.ARABIC;
    }

    /** Whether the numeral {@code [start, end)} is a digit-by-digit reading ({@code 二零二三}, {@code 幺幺零}). */
    public boolean isDigitReading(CharSequence text, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        int from = start;
        byte r = CHARS.role(text.charAt(from));
        if (r == NumeralChars.NEGATIVE || r == NumeralChars.MINUS) {
            from++;
        }
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            byte ri = CHARS.role(c);
            if (ri == NumeralChars.POINT) {
                return i - from >= 2;
            }
            if (!CHARS.isReadingDigit(c)) {
                return false;
            }
        }
        return end - from >= 2;
    }

    /** Whether a fixed phrase ({@code 统一}, {@code 十四五}) holds {@code [start, end)} of {@code text} entirely. */
    public boolean isFixedPhrase(CharSequence text, int start, int end) {
        return start < end && FixedPhrases.standard().covers(text, start, end);
    }

    /** The end of the run of numeral characters (and single spaces) that starts at {@code start}. */
    public int runEnd(CharSequence text, int start) {
        int i = start;
        int n = text.length();
        while (i < n && (CHARS.isNumeralChar(text.charAt(i)) || isLatin(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** Where the text around {@code start} lets a numeral begin: not inside a code or after a hyphen. */
    private static boolean startsHere(CharSequence text, int start) {
        char c = text.charAt(start);
        byte r = CHARS.role(c);
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        byte rb = CHARS.role(before);
        if (r == NumeralChars.MINUS) {
            // a sign, not a hyphen or a range dash: nothing word-like before, a figure after
            if (isLatin(before) || rb == NumeralChars.ARABIC || before == ')' || before == '）'
                    || CHARS.isNumeralChar(before) && rb != NumeralChars.SPACE && rb != NumeralChars.COMMA) {
                return false;
            }
            byte after = start + 1 < text.length() ? CHARS.role(text.charAt(start + 1)) : NumeralChars.NONE;
            return after == NumeralChars.ARABIC || after == NumeralChars.DOT;
        }
        if (r == NumeralChars.DOT) {
            // .5, but not the tail of 2.5 or of v1.5
            return !(isLatin(before) || rb == NumeralChars.ARABIC || rb == NumeralChars.DOT)
                    && start + 1 < text.length() && CHARS.role(text.charAt(start + 1)) == NumeralChars.ARABIC;
        }
        if (r == NumeralChars.ARABIC) {
            if (isLatin(before)) {
                return false; // G4, PM2.5, H7N9
            }
            if ((rb == NumeralChars.MINUS || before == '_') && start > 1 && isLatin(text.charAt(start - 2))) {
                return false; // COVID-19
            }
        }
        if (r == NumeralChars.NEGATIVE || r == NumeralChars.SOME_LEADING || r == NumeralChars.HALF) {
            return start + 1 < text.length() && CHARS.role(text.charAt(start + 1)) != NumeralChars.NONE;
        }
        return true;
    }

    private static boolean hasScript(CharSequence text, int start, int end, Script script) {
        if (script == Script.ANY) {
            return true;
        }
        boolean arabic = false;
        for (int i = start; i < end && !arabic; i++) {
            arabic = CHARS.role(text.charAt(i)) == NumeralChars.ARABIC;
        }
        if (script == Script.CHINESE) {
            return !arabic;
        }
        byte first = CHARS.role(text.charAt(start));
        return arabic && (first == NumeralChars.ARABIC || first == NumeralChars.DOT || first == NumeralChars.MINUS);
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
