package io.github.tiqu.extractors.date;

import java.math.BigDecimal;

import io.github.tiqu.core.numeral.Numeral;
import io.github.tiqu.core.numeral.NumeralParser;

/**
 * Reads the numerals of time expressions at an offset of the scanner's view: Arabic digits
 * ({@code 2023}, {@code 1.5}), Chinese numerals ({@code 二十一}, {@code 两}, {@code 廿七}, read by
 * core's {@link NumeralParser}) and digit-by-digit years ({@code 二零二三}). An adapter over
 * core.numeral for the few forms dates need. Stateless.
 */
final class TimeNumbers {

    /** How a numeral was written. */
    enum Kind {
        /** Arabic digits. */
        ARABIC,
        /** A Chinese numeral with 十百千: 二十一. */
        CHINESE,
        /** Chinese digits read one by one: 二零二三, 九七. */
        SEQUENCE
    }

    /** A numeral in the text. {@code digits}: how many digit characters (for years). */
    record Num(int start, int end, BigDecimal value, Kind kind, int digits) {
        int intValue() {
            return value.intValue();
        }

        boolean isInteger() {
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        }
    }

    private static final int MAX_DIGITS = 12;

    private TimeNumbers() {
    }

    static int digit(char c) {
        return switch (c) {
            case '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    static boolean isArabic(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isChineseNumeralChar(char c) {
        return digit(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '万' || c == '廿' || c == '卅';
    }

    /** Whether a numeral may start at {@code i}: not in the middle of another numeral or a code. */
    /**
     * 。2.2024年同期: a list marker (one or two digits and a dot at a line or sentence start) ends just
     * before {@code i}, where a four-digit year with 年 begins.
     */
    static boolean listMarkerBefore(String t, int i) {
        if (i < 2 || i + 5 > t.length() || t.charAt(i - 1) != '.' || t.charAt(i + 4) != '年') {
            return false;
        }
        for (int d = 0; d < 4; d++) {
            if (!isArabic(t.charAt(i + d))) {
                return false;
            }
        }
        int y = Integer.parseInt(t.substring(i, i + 4));
        int s = i - 2;
        if (!isArabic(t.charAt(s))) {
            return false;
        }
        if (s > 0 && isArabic(t.charAt(s - 1))) {
            s--;
        }
        return y >= 1900 && y <= 2099 && (s == 0 || "\n。；;！？!?：: \u3000".indexOf(t.charAt(s - 1)) >= 0);
    }

    static boolean boundaryBefore(String t, int i) {
        if (i == 0 || i >= t.length()) {
            return true; // nothing before, or no character here (read as '\0' like the grammar's at())
        }
        char p = t.charAt(i - 1);
        char c = t.charAt(i);
        if (isArabic(c)) {
            // a colon glues digits only after a digit (10:30); 发布：10月份 starts a date after it
            return !isArabic(p) && !(p >= 'A' && p <= 'Z') && !(p >= 'a' && p <= 'z') && p != '.'
                    && (p != '.' || listMarkerBefore(t, i))
                    && p != '/' && !(p == ':' && i >= 2 && isArabic(t.charAt(i - 2))) && p != '_';
        }
        if (isChineseNumeralChar(c)) {
            return !isChineseNumeralChar(p) && p != '第' && p != '点';
        }
        return true;
    }

    /**
     * An integer numeral (no decimal point) at {@code i}: Arabic up to 12 digits, or Chinese. Null if
     * there is none.
     */
    static Num integer(String t, int i) {
        return read(t, i, false);
    }

    /** A numeral at {@code i} that may have a decimal part (1.5, 一点五 is not read: 点 is a clock word). */
    static Num amount(String t, int i) {
        return read(t, i, true);
    }

    private static Num read(String t, int i, boolean decimals) {
        int n = t.length();
        if (i >= n) {
            return null;
        }
        char c = t.charAt(i);
        if (isArabic(c)) {
            int j = i;
            while (j < n && isArabic(t.charAt(j))) {
                j++;
            }
            if (j - i > MAX_DIGITS) {
                return null;
            }
            int digits = j - i;
            if (decimals && j + 1 < n && t.charAt(j) == '.' && isArabic(t.charAt(j + 1))) {
                j++;
                while (j < n && isArabic(t.charAt(j)) && j - i < 24) {
                    j++;
                }
            }
            return new Num(i, j, new BigDecimal(t.substring(i, j)), Kind.ARABIC, digits);
        }
        if (!isChineseNumeralChar(c) || c == '万') {
            return null;
        }
        int j = i;
        boolean multipliers = false;
        while (j < n && isChineseNumeralChar(t.charAt(j)) && j - i < 16) {
            char d = t.charAt(j);
            if (d == '十' || d == '百' || d == '千' || d == '万' || d == '廿' || d == '卅') {
                multipliers = true;
            }
            j++;
        }
        // A trailing 万 belongs to an amount (三万) only; dates never need it, amounts read it.
        if (!multipliers) {
            StringBuilder sb = new StringBuilder();
            for (int k = i; k < j; k++) {
                sb.append((char) ('0' + digit(t.charAt(k))));
            }
            Kind kind = j - i >= 2 ? Kind.SEQUENCE : Kind.CHINESE;
            return new Num(i, j, new BigDecimal(sb.toString()), kind, j - i);
        }
        // Read the longest prefix the numeral parser accepts.
        for (int e = j; e > i; e--) {
            String s = expand(t.substring(i, e));
            java.util.Optional<Numeral> v = NumeralParser.standard().tryParse(s);
            if (v.isPresent() && v.get().isExact()) {
                return new Num(i, e, v.get().value(), Kind.CHINESE, e - i);
            }
        }
        return null;
    }

    /** 廿 and 卅 are 二十 and 三十 in day numbers. */
    private static String expand(String s) {
        if (s.indexOf('廿') < 0 && s.indexOf('卅') < 0) {
            return s;
        }
        return s.replace("廿", "二十").replace("卅", "三十");
    }
}
