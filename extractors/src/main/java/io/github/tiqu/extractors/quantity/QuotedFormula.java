package io.github.tiqu.extractors.quantity;

import io.github.tiqu.core.numeral.NumeralScanner;

/**
 * A short quotation that holds words besides a figure: a slogan or a numbered formula
 * ({@code “两不愁三保障”}, {@code ‘两型’}, {@code “最多跑一次”}, {@code “一件事一次办”}), whose
 * numerals are no NUMBER and whose Chinese counts are no QUANTITY (ANNOTATION.md: numbered formulas).
 * Stateless and thread-safe.
 */
public final class QuotedFormula {

    /** A quoted slogan is at most this long ({@code “两不愁三保障”}). */
    private static final int MAX_LENGTH = 10;
    private static final NumeralScanner SCANNER = NumeralScanner.standard();

    private QuotedFormula() {
    }

    /**
     * Whether {@code [start, end)} stands inside “…” or ‘…’ of at most {@value #MAX_LENGTH} characters,
     * within one clause, that hold a Chinese word outside {@code [start, end)}, or that hold just
     * {@code [start, end)} as a numeral and one more character ({@code “两节”}).
     */
    public static boolean around(String s, int start, int end) {
        int open = start - 1;
        while (open >= 0 && start - open <= MAX_LENGTH && !isQuote(s.charAt(open), true)) {
            if (isQuote(s.charAt(open), false) || isClauseEnd(s.charAt(open))) {
                return false;
            }
            open--;
        }
        int close = end;
        while (close < s.length() && close - open <= MAX_LENGTH + 1 && !isQuote(s.charAt(close), false)) {
            if (isQuote(s.charAt(close), true) || isClauseEnd(s.charAt(close))) {
                return false;
            }
            close++;
        }
        if (open < 0 || close >= s.length() || close - open > MAX_LENGTH + 1
                || !isQuote(s.charAt(open), true) || !isQuote(s.charAt(close), false)) {
            return false;
        }
        if (close - open == 3 && start == open + 1 && end == close && !SCANNER.isNumeralChar(s.charAt(end - 1))) {
            return true; // “两节”, “三农”, “两会”: a two-character formula
        }
        for (int i = open + 1; i < close; i++) {
            char c = s.charAt(i);
            if ((i < start || i >= end) && AmountReader.isIdeograph(c) && !SCANNER.isNumeralChar(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuote(char c, boolean opening) {
        return opening ? c == '“' || c == '‘' || c == '「' || c == '『' : c == '”' || c == '’' || c == '」' || c == '』';
    }

    private static boolean isClauseEnd(char c) {
        return c == '。' || c == ',' || c == ';' || c == '\n' || c == '!' || c == '?' || c == '，' || c == '；';
    }
}
