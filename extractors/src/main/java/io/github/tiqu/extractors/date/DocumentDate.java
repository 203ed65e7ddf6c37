package io.github.tiqu.extractors.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import io.github.tiqu.core.text.SourceText;

/**
 * Finds the date a document was published, from a full date in its dateline or byline, so that
 * relative dates can resolve when the caller gives no reference time.
 *
 * <p>A full date (year, month and day) counts when it stands in the opening or closing lines of the
 * text and reads as a dateline: followed by 电 or 讯 ({@code 新华社北京2023年12月25日电}), introduced by
 * 发布, 日期, 时间, 来源 or 更新, or alone on a short line of its own. Never reads the clock.
 * Stateless and thread-safe.
 */
public final class DocumentDate {

    /** How far from each end of the text a dateline is looked for. */
    private static final int REACH = 300;

    /** A line this short around a date is a byline, not a sentence. */
    private static final int SHORT_LINE = 40;

    private DocumentDate() {
    }

    /** The publication date the text states, or empty. */
    public static Optional<LocalDateTime> find(SourceText text) {
        String t = TimeLexicon.get().fold(text.normalized());
        int n = t.length();
        Optional<LocalDateTime> head = scan(t, 0, Math.min(n, REACH));
        if (head.isPresent()) {
            return head;
        }
        return scan(t, Math.max(0, n - REACH), n);
    }

    private static Optional<LocalDateTime> scan(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!TimeNumbers.isArabic(t.charAt(i)) && TimeNumbers.digit(t.charAt(i)) < 0 || !TimeNumbers.boundaryBefore(t, i)) {
                continue;
            }
            int[] end = new int[1];
            LocalDate d = fullDate(t, i, end);
            if (d != null && dateline(t, i, end[0])) {
                return Optional.of(d.atStartOfDay());
            }
        }
        return Optional.empty();
    }

    /** 2023年12月25日, 2023-12-25, 2023/12/25, 2023.12.25, 二〇二三年十二月二十五日. */
    private static LocalDate fullDate(String t, int i, int[] end) {
        TimeNumbers.Num y = TimeNumbers.integer(t, i);
        if (y == null || y.digits() != 4) {
            return null;
        }
        int k = y.end();
        if (k >= t.length()) {
            return null;
        }
        char sep = t.charAt(k);
        if (sep != '年' && sep != '-' && sep != '/' && sep != '.') {
            return null;
        }
        TimeNumbers.Num m = TimeNumbers.integer(t, k + 1);
        if (m == null) {
            return null;
        }
        int k2 = m.end();
        char sep2 = sep == '年' ? '月' : sep;
        if (k2 >= t.length() || t.charAt(k2) != sep2) {
            return null;
        }
        TimeNumbers.Num d = TimeNumbers.integer(t, k2 + 1);
        if (d == null) {
            return null;
        }
        int e = d.end();
        if (sep == '年') {
            if (e >= t.length() || t.charAt(e) != '日' && t.charAt(e) != '号') {
                return null;
            }
            e++;
        } else if (e < t.length() && TimeNumbers.isArabic(t.charAt(e))) {
            return null;
        }
        end[0] = e;
        try {
            return LocalDate.of(y.intValue(), m.intValue(), d.intValue());
        } catch (DateTimeException ex) {
            return null;
        }
    }

    private static boolean dateline(String t, int start, int end) {
        int after = end;
        while (after < t.length() && after - end < 3 && t.charAt(after) == ' ') {
            after++;
        }
        if (after < t.length() && (t.charAt(after) == '电' || t.charAt(after) == '讯')) {
            return true;
        }
        int back = Math.max(0, start - 8);
        String before = t.substring(back, start);
        for (String w : new String[] {"发布", "日期", "时间", "来源", "更新", "发表"}) {
            if (before.contains(w)) {
                return true;
            }
        }
        // the line around the date, looked for no farther than a short line reaches (linear time)
        int ls = start;
        while (ls > 0 && t.charAt(ls - 1) != '\n' && end - ls <= SHORT_LINE) {
            ls--;
        }
        int le = end;
        while (le < t.length() && t.charAt(le) != '\n' && le - ls <= SHORT_LINE) {
            le++;
        }
        return le - ls <= SHORT_LINE && (end - start) * 2 >= (le - ls) / 2;
    }
}
