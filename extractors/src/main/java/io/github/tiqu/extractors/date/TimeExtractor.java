package io.github.tiqu.extractors.date;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.core.text.TextSpan;
import io.github.tiqu.extractors.DateMention;
import io.github.tiqu.extractors.DurationMention;
import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.MentionType;
import io.github.tiqu.extractors.ReferenceTime;
import io.github.tiqu.extractors.SetMention;
import io.github.tiqu.extractors.pipeline.Document;
import io.github.tiqu.extractors.pipeline.TypeExtractor;

/**
 * Finds DATE, DURATION and SET mentions: absolute, partial and relative dates, ranges, parts of
 * years and months, five-year plans, decades, times of day and holidays (lunar ones computed with
 * ICU4J); amounts of time units; recurring times. Relative words resolve against the document's
 * reference time and the year the passage is about (see docs/time.md); without a reference time the
 * fields that depend on it are written as X ({@code XXXX-12-20}).
 *
 * <p>The text is scanned once, left to right; at each offset the grammar reads the longest
 * expression, so the work is linear in the text's length. Immutable and thread-safe.
 */
public final class TimeExtractor implements TypeExtractor {

    private final TimeLexicon lexicon = TimeLexicon.get();

    @Override
    public Set<MentionType> types() {
        return Set.of(MentionType.DATE, MentionType.DURATION, MentionType.SET);
    }

    @Override
    public void extract(Document document, List<Mention> out) {
        SourceText text = document.text();
        String original = text.original();
        String t = lexicon.fold(text.normalized());
        LocalDateTime ref = document.reference().time().orElse(null);
        ReferenceTime.Precision precision = document.reference().precision();
        TimeGrammar grammar = new TimeGrammar(t, lexicon);
        TimeResolver resolver = new TimeResolver(ref, precision, TopicYears.find(t, ref), t);
        boolean[] inTitle = titles(t);
        int n = t.length();
        int i = 0;
        while (i < n) {
            TimeExpr e = inTitle[i] || !StartChars.mayStart(t, i) ? null : grammar.parseAt(i);
            if (e == null || e.end() <= i) {
                i++;
                continue;
            }
            Mention m = mention(e, t, original, resolver, inTitle);
            if (m != null) {
                out.add(m);
            }
            i = e.end();
        }
    }

    private static Mention mention(TimeExpr e, String t, String original, TimeResolver resolver, boolean[] inTitle) {
        if (inTitle[e.end() - 1] || lineBreakInside(original, e.start(), e.end()) || insideShortQuote(original, e.start(), e.end())) {
            return null;
        }
        TextSpan span = new TextSpan(e.start(), e.end());
        String surface = original.substring(e.start(), e.end());
        if (e instanceof TimeExpr.Date d) {
            Optional<TimeResolver.Resolved> r = resolver.resolve(d);
            return r.map(v -> (Mention) new DateMention(span, surface, v.iso(), v.mod(), d.rule())).orElse(null);
        }
        if (e instanceof TimeExpr.Duration d) {
            if (isCharacterizedYear(t, e.start(), e.end())) {
                return null;
            }
            return new DurationMention(span, surface, d.value().iso(), d.max() == null ? null : d.max().iso(), d.mod(), d.rule());
        }
        TimeExpr.Recurring s = (TimeExpr.Recurring) e;
        return new SetMention(span, surface, s.period().iso(), s.rule());
    }

    /** How many characters an adjective between 的 and 一年 may have (的重要一年, 的极不平凡一年). */
    private static final int EPITHET_REACH = 4;

    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    /** How far back in its clause a 是 may stand before …的一年. */
    private static final int CHARACTERIZED_REACH = 40;

    /**
     * 2023年是形势复杂、困难较多的一年, 也是打牢基础的重要一年: a year said to be of some kind (是 … 的
     * [adjective] 一年, then the clause ends) is the year itself, not a length of time, as in 关键一年 (ANNOTATION.md's fixed phrases).
     */
    private static boolean isCharacterizedYear(String t, int from, int to) {
        if (to - from != 2 || !t.startsWith("一年", from) || from == 0) {
            return false;
        }
        int de = from - 1; // 的一年, or 的 and a short adjective: 打牢基础的重要一年
        while (de >= 0 && from - de <= EPITHET_REACH && t.charAt(de) != '的' && isHan(t.charAt(de))) {
            de--;
        }
        if (de < 0 || t.charAt(de) != '的') {
            return false;
        }
        if (to < t.length() && "，。；,;！!？?、也\n\r".indexOf(t.charAt(to)) < 0) {
            return false;
        }
        for (int i = de - 1; i >= 0 && from - i <= CHARACTERIZED_REACH; i--) {
            char c = t.charAt(i);
            if (c == '是') {
                return true;
            }
            if ("，。；,;！!？?\n\r".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** How long a quoted name may be; longer quotes are quotations, whose dates count. */
    private static final int QUOTED_NAME = 12;

    /**
     * Whether a mention lies inside a short quoted name with other words (“中国这十年·浙江”,
     * “蓝天300天”): a figure inside a name is no mention. A quote that holds only the time words
     * (“十四五”) is not a name.
     */
    private static boolean insideShortQuote(String s, int from, int to) {
        int open = -1;
        for (int i = from - 1; i >= 0 && from - i <= QUOTED_NAME; i--) {
            char c = s.charAt(i);
            if (c == '“') {
                open = i;
                break;
            }
            if (c == '”' || c == '\n') {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = to; i < s.length() && i - open <= QUOTED_NAME + 1; i++) {
            char c = s.charAt(i);
            if (c == '”') {
                return !(open == from - 1 && i == to);
            }
            if (c == '“' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    private static boolean lineBreakInside(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Offsets inside a title in 《》: a date there belongs to the title (a PROJECT), not to the text. */
    private static boolean[] titles(String t) {
        boolean[] in = new boolean[t.length()];
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '《') {
                depth++;
            } else if (c == '》') {
                depth = Math.max(0, depth - 1);
            } else if (c == '\n') {
                depth = 0;
            }
            in[i] = depth > 0;
        }
        return in;
    }
}
