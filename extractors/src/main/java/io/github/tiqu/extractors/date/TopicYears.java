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
 * Inside a prose line, a year that opens a sentence and is followed by a comma ({@code 。2024年，…})
 * sets the topic for the rest of that line only. Immutable.
 */
final class TopicYears {

    /** How far into a line (after markers) a heading's year may stand. */
    private static final int HEADING_REACH = 12;

    private final int[] offsets;
    private final int[] years;
    /** Sentence topics: from {@code sentStarts[k]} to {@code sentEnds[k]} (its line's end), {@code sentYears[k]}. */
    private final int[] sentStarts;
    private final int[] sentEnds;
    private final int[] sentYears;

    private TopicYears(int[] offsets, int[] years, int[] sentStarts, int[] sentEnds, int[] sentYears) {
        this.offsets = offsets;
        this.years = years;
        this.sentStarts = sentStarts;
        this.sentEnds = sentEnds;
        this.sentYears = sentYears;
    }

    static TopicYears none() {
        return new TopicYears(new int[0], new int[0], new int[0], new int[0], new int[0]);
    }

    /** Finds the heading years of a text (the scanner's view). */
    static TopicYears find(String t, LocalDateTime ref) {
        List<int[]> found = new ArrayList<>();
        List<int[]> sentences = new ArrayList<>();
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
            sentenceYears(t, ref, s, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        int[] o = new int[found.size()];
        int[] y = new int[found.size()];
        for (int k = 0; k < o.length; k++) {
            o[k] = found.get(k)[0];
            y[k] = found.get(k)[1];
        }
        int[] ss = new int[sentences.size()];
        int[] se = new int[ss.length];
        int[] sy = new int[ss.length];
        for (int k = 0; k < ss.length; k++) {
            ss[k] = sentences.get(k)[0];
            se[k] = sentences.get(k)[1];
            sy[k] = sentences.get(k)[2];
        }
        return new TopicYears(o, y, ss, se, sy);
    }

    /** Sentence ends after which a sentence's opening year may set the topic. */
    private static final String SENTENCE_ENDS = "。！？；!?;";

    /**
     * {@code …。2024年，全县…比上年增长11.2%}: a year (or a year and a period, {@code 2024年上半年，}) that
     * opens a sentence inside a prose line and is followed directly by a comma sets the topic from
     * there to the end of the line (its paragraph). A year inside a clause ({@code 创办于2011年，}) or
     * after a label ({@code 发言人：2024年，}) does not open a sentence and sets nothing.
     */
    private static void sentenceYears(String t, LocalDateTime ref, int from, int lineEnd, List<int[]> out) {
        for (int k = from; k < lineEnd; k++) {
            if (SENTENCE_ENDS.indexOf(t.charAt(k)) < 0) {
                continue;
            }
            int i = k + 1;
            while (i < lineEnd && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            Integer y = openingYear(t, ref, i, lineEnd);
            if (y != null) {
                out.add(new int[] {i, lineEnd, y});
            }
        }
    }

    /** Characters of a period after a year's 年 before its comma: 上半年, 前三季度, 1—9月, 年末. */
    private static final String PERIOD_CHARS = "上下半年前第一二三四季度全末底初月份0123456789—-－~～";

    /** How many period characters may stand between a year's 年 and its comma. */
    private static final int PERIOD_REACH = 6;

    /** The year at {@code i} when it is {@code 2024年，} or {@code 2024年上半年，}; else null. */
    private static Integer openingYear(String t, LocalDateTime ref, int i, int lineEnd) {
        TimeNumbers.Num num = TimeNumbers.integer(t, i);
        if (num == null || num.digits() != 4
                || (num.kind() != TimeNumbers.Kind.ARABIC && num.kind() != TimeNumbers.Kind.SEQUENCE)) {
            return null;
        }
        int y = num.intValue();
        int e = num.end();
        if (e >= lineEnd || t.charAt(e) != '年' || y < 1900 || y > 2999 || (ref != null && y > ref.getYear() + 1)) {
            return null;
        }
        int j = e + 1;
        int limit = Math.min(lineEnd, j + PERIOD_REACH + 1);
        while (j < limit && PERIOD_CHARS.indexOf(t.charAt(j)) >= 0) {
            j++;
        }
        if (j >= limit || (t.charAt(j) != '，' && t.charAt(j) != ',')) {
            return null;
        }
        return y;
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

    /** The index of the last of the ascending {@code starts} at or before {@code offset}, or -1. */
    private static int lastAtOrBefore(int[] starts, int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The heading year in force at {@code offset}, or null (then the reference year applies). */
    Integer yearAt(int offset) {
        int last = lastAtOrBefore(sentStarts, offset);
        if (last >= 0 && offset < sentEnds[last]) {
            return sentYears[last];
        }
        Integer y = null;
        for (int k = 0; k < offsets.length && offsets[k] <= offset; k++) {
            y = years[k];
        }
        return y;
    }
}
