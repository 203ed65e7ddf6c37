package io.github.tiqu.extractors.project;

/**
 * Character classes of the normalized view (full-width ASCII is already folded: {@code ，} is
 * {@code ,}, {@code （} is {@code (}): clause boundaries, quotes, brackets and dashes.
 */
final class Chars {

    /** How far a quotation may reach: longer quoted passages are speech, not names. */
    static final int MAX_QUOTE = 40;

    private static final String BOUNDARIES = "。,;:!?、\n\r\t \u3000《》〈〉【】[]{}▲▼△▽■□●○◆◇★☆…|/\"";
    private static final String HARD = "。,;:!?\n\r《》【】…";
    /** Bit c set for each boundary character c (the strings above and the ISO control characters). */
    private static final long[] BOUNDARY_BITS = bits(BOUNDARIES);
    private static final long[] HARD_BITS = bits(HARD);

    private Chars() {
    }

    private static long[] bits(String chars) {
        long[] b = new long[(Character.MAX_VALUE + 1) / 64];
        for (char c : chars.toCharArray()) {
            b[c >>> 6] |= 1L << c;
        }
        for (char c = 0; c <= '\u009f'; c++) {
            if (Character.isISOControl(c)) {
                b[c >>> 6] |= 1L << c;
            }
        }
        return b;
    }

    private static boolean has(long[] bits, char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }

    /** Ends a clause: punctuation, line breaks, spaces, bullets, titles (not quotes or brackets). */
    static boolean isBoundary(String s, int i) {
        char c = s.charAt(i);
        if (c == '.') {
            return !(i > 0 && i + 1 < s.length() && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1)));
        }
        if (c == '/' && isCapacityPair(s, i)) {
            return false; // 200兆瓦/400兆瓦时, 300MW/1200MWh: a works' power and energy
        }
        return has(BOUNDARY_BITS, c);
    }

    /** A slash between a number with its unit and a number: 200兆瓦|/|400兆瓦时. */
    private static boolean isCapacityPair(String s, int i) {
        if (i < 2 || i + 1 >= s.length() || !isDigit(s.charAt(i + 1)) || isDigit(s.charAt(i - 1))) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (isDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Ends a sentence part even inside quotes: a quotation that holds one of these is not a name. */
    static boolean isHardBoundary(char c) {
        return has(HARD_BITS, c);
    }

    static boolean isOpenQuote(char c) {
        return c == '“' || c == '‘' || c == '「' || c == '『';
    }

    static boolean isCloseQuote(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』';
    }

    static boolean isQuote(char c) {
        return isOpenQuote(c) || isCloseQuote(c);
    }

    /** 东, 西, 南, 北: a direction, which often opens a place's name (东澳县, 南岫市). */
    static boolean isDirection(char c) {
        return c == '东' || c == '西' || c == '南' || c == '北';
    }

    static boolean isDash(char c) {
        return c == '—' || c == '-';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A CJK unified ideograph of the basic block. */
    static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    /**
     * The opening quote that matches the closing quote at {@code close}, or -1: the nearest opening
     * quote to the left within {@link #MAX_QUOTE} characters, with no hard boundary or other quote
     * between them.
     */
    static int openQuoteBefore(String s, int close) {
        int limit = Math.max(0, close - MAX_QUOTE);
        for (int j = close - 1; j >= limit; j--) {
            char c = s.charAt(j);
            if (isOpenQuote(c)) {
                return j + 1 < close ? j : -1;
            }
            if (isCloseQuote(c) || isHardBoundary(c)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The opening quote that matches the closing quote at {@code close} with quotations nested inside
     * (“率先建成‘两型’城市”), or -1 when a hard boundary or no opening quote comes first.
     */
    static int matchingOpenQuote(String s, int close) {
        int depth = 0;
        int limit = Math.max(0, close - MAX_QUOTE);
        for (int j = close - 1; j >= limit; j--) {
            char c = s.charAt(j);
            if (isCloseQuote(c)) {
                depth++;
            } else if (isOpenQuote(c)) {
                if (depth == 0) {
                    return j + 1 < close ? j : -1;
                }
                depth--;
            } else if (isHardBoundary(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** The closing quote that matches the opening quote at {@code open}, or -1 (as above). */
    static int closeQuoteAfter(String s, int open) {
        int limit = Math.min(s.length(), open + MAX_QUOTE);
        for (int j = open + 1; j < limit; j++) {
            char c = s.charAt(j);
            if (isCloseQuote(c)) {
                return j > open + 1 ? j : -1;
            }
            if (isOpenQuote(c) || isHardBoundary(c)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The start of the clause that ends at {@code end}: the offset after the nearest boundary to the
     * left, at most {@code maxLength} characters back. Quotations are stepped over whole, so that a
     * {@code 、} inside “闯新路、进中游” does not end the clause; with {@code enumerations} a {@code 、}
     * does not end it either (a list before 等项目).
     */
    static int clauseStart(String s, int end, int maxLength, boolean enumerations) {
        int limit = Math.max(0, end - maxLength);
        int j = end - 1;
        while (j >= limit) {
            char c = s.charAt(j);
            if (isCloseQuote(c)) {
                int open = openQuoteBefore(s, j);
                if (open < 0) {
                    return j + 1;
                }
                j = open - 1;
                continue;
            }
            if (isOpenQuote(c)) {
                return j + 1;
            }
            if (isBoundary(s, j) && !(enumerations && c == '、')) {
                return j + 1;
            }
            j--;
        }
        return Math.max(limit, j + 1);
    }

    /**
     * The last {@code c} in {@code [floor, from]}, or -1: a bounded {@code lastIndexOf}, so that a rule
     * looking back from each head never scans the whole document (time stays linear).
     */
    static int lastIndexIn(String s, char c, int from, int floor) {
        for (int k = Math.min(from, s.length() - 1); k >= Math.max(floor, 0); k--) {
            if (s.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }

    /** The first {@code c} in {@code [from, to)}, or -1: a bounded {@code indexOf}. */
    static int indexIn(String s, char c, int from, int to) {
        for (int k = Math.max(from, 0); k < Math.min(to, s.length()); k++) {
            if (s.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }
}
