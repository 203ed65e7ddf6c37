package io.github.tiqu.extractors.date;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The year a passage is about, for the words that point at it ({@code 全年}, {@code 当年},
 * {@code 上年}) and for months and days written without a year.
 *
 * <p>The heuristic (docs/time.md): it is the reference year, unless a line opens with a year of its
 * own, as a title or a heading does ({@code 2023年全国环境空气质量状况}, {@code 一、2024年工作回顾});
 * from that line on, the passage is about that year, until another such line. A year counts only
 * when it is written in full, stands within the first characters of its line (after list markers),
 * is not a comparison base ({@code 2019年同期}) and is not more than a year after the reference; a year
 * after other words on its line counts only where the line is a title or heading (no sentence punctuation).
 * Immutable.
 */
final class TopicYears {

    /** How far into a line (after markers) a heading's year may stand. */
    private static final int HEADING_REACH = 12;

    private final int[] offsets;
    private final int[] years;

    private TopicYears(int[] offsets, int[] years) {
        this.offsets = offsets;
        this.years = years;
    }

    static TopicYears none() {
        return new TopicYears(new int[0], new int[0]);
    }

    /** Finds the heading years of a text (the scanner's view). */
    static TopicYears find(String t, LocalDateTime ref) {
        List<int[]> found = new ArrayList<>();
        int n = t.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = t.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int s = skipMarkers(t, lineStart, lineEnd);
            int reach = Math.min(lineEnd, s + HEADING_REACH);
            for (int i = s; i < reach; i++) {
                TimeNumbers.Num num = TimeNumbers.integer(t, i);
                if (num == null || !TimeNumbers.boundaryBefore(t, i)) {
                    continue;
                }
                int y = num.intValue();
                int e = num.end();
                boolean full = num.digits() == 4 && (num.kind() == TimeNumbers.Kind.ARABIC || num.kind() == TimeNumbers.Kind.SEQUENCE);
                if (full && e < n && t.charAt(e) == '年' && y >= 1900 && y <= 2999 && !t.startsWith("年代", e)
                        && !t.startsWith("年同期", e) && !t.startsWith("年以来", e) && !t.startsWith("年来", e)
                        && (ref == null || y <= ref.getYear() + 1) && !comparison(t, i) && !rangeToAnotherYear(t, e, lineEnd, y)
                        && (i == s || isHeadingLine(t, s, lineEnd)) && !dateline(t, e + 1, s, lineEnd)) {
                    found.add(new int[] {lineStart, y});
                }
                break;
            }
            lineStart = lineEnd + 1;
        }
        int[] o = new int[found.size()];
        int[] y = new int[found.size()];
        for (int k = 0; k < o.length; k++) {
            o[k] = found.get(k)[0];
            y[k] = found.get(k)[1];
        }
        return new TopicYears(o, y);
    }

    /** How far after the opening year a range's second year may stand: 2023年12月至2024年2月. */
    private static final int RANGE_REACH = 10;

    /**
     * 2023年12月至2024年2月, 2019—2022年: a line that opens with a range into another year is about
     * that span, not about its first year ({@code e}: after the first year's digits).
     */
    private static boolean rangeToAnotherYear(String t, int e, int lineEnd, int y) {
        int end = Math.min(lineEnd, e + RANGE_REACH);
        for (int k = e; k < end; k++) {
            char c = t.charAt(k);
            if (c == '，' || c == ',' || c == '。' || c == '；') {
                return false;
            }
            if ("至到—-~".indexOf(c) >= 0) {
                TimeNumbers.Num b = TimeNumbers.integer(t, k + 1);
                return b != null && b.digits() == 4 && b.intValue() != y;
            }
        }
        return false;
    }

    /**
     * 澜溪县统计局　2025年4月10日: a short line (no sentence punctuation) whose year carries a month and a
     * day is a signature or a dateline; it dates the document, it does not name the topic year
     * ({@code a}: after the year's 年).
     */
    private static boolean dateline(String t, int a, int from, int lineEnd) {
        TimeNumbers.Num m = TimeNumbers.integer(t, a);
        if (m == null || m.end() >= lineEnd || t.charAt(m.end()) != '月') {
            return false;
        }
        TimeNumbers.Num d = TimeNumbers.integer(t, m.end() + 1);
        return d != null && d.end() < lineEnd && (t.charAt(d.end()) == '日' || t.charAt(d.end()) == '号')
                && isHeadingLine(t, from, lineEnd);
    }

    /** Sentence punctuation: a line that holds any is prose, not a title or a heading. */
    private static final String PROSE_MARKS = "，,。；;：:！!？?";

    /**
     * Whether a line is a title or a heading (no sentence punctuation in it): a year inside such a line
     * sets the topic ({@code 云岫省2024年统计公报}, {@code 关于2024年预算执行情况的报告}); in a prose line only
     * a year that opens it does ({@code 2024年，全省...}), not one inside a background clause
     * ({@code 某会创办于2011年，...}) or after a speaker's label ({@code 发言人（某某）：2024年，...}).
     */
    private static boolean isHeadingLine(String t, int from, int lineEnd) {
        for (int k = from; k < lineEnd; k++) {
            if (PROSE_MARKS.indexOf(t.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean comparison(String t, int i) {
        char p = i > 0 ? t.charAt(i - 1) : '\0';
        return p == '较' || p == '比' || p == '与' || p == '同' || p == '从' || p == '自' || p == '至' || p == '到';
    }

    private static int skipMarkers(String t, int from, int to) {
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || c == '—' || c == '-' || c == '#' || c == '*' || c == '•' || c == '、'
                    || c == '(' || c == ')' || c == '（' || c == '）' || c == '.' || c == '【' || c == '】') {
                i++;
            } else if ((TimeNumbers.digit(c) >= 0 || c == '十') && i + 1 < to && "、.)）".indexOf(t.charAt(i + 1)) >= 0) {
                i += 2; // 一、 1. (一)
            } else {
                break;
            }
        }
        return i;
    }

    /** The heading year in force at {@code offset}, or null (then the reference year applies). */
    Integer yearAt(int offset) {
        Integer y = null;
        for (int k = 0; k < offsets.length && offsets[k] <= offset; k++) {
            y = years[k];
        }
        return y;
    }
}
