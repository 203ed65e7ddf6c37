package io.github.tiqu.extractors.date;

import io.github.tiqu.extractors.Mod;

/**
 * What one calendar point says, before resolution: the fields that were written and the relative
 * words with their anchors. Filled by {@link TimeGrammar} while it reads one expression; never
 * shared between threads or calls.
 */
final class Reading {

    static final int UNSET = Integer.MIN_VALUE;

    /** Grain levels: a point's components come from coarse to fine. */
    static final int G_YEAR = 1;
    static final int G_HALF = 2;
    static final int G_QUARTER = 3;
    static final int G_MONTH = 4;
    static final int G_SUBMONTH = 5;
    static final int G_DAY = 6;
    static final int G_PART = 7;
    static final int G_CLOCK = 8;

    int grain;            // the finest level read so far
    int first;            // the coarsest level read

    // Year: absolute, or an anchor plus an offset; yearTo closes a span of years (decades, plans).
    int year = UNSET;
    int yearTo = UNSET;
    boolean twoDigitYear;             // 21年: a year only when something finer follows
    boolean shortYear;                // a two-digit year, expanded against the reference
    TimeLexicon.Anchor yearAnchor;
    int yearOffset;

    boolean relativeCentury;          // 上世纪80年代, 九十年代: resolved against the reference
    int centuryRel = UNSET;           // centuries after the reference's (上世纪: -1); UNSET: the last one named so
    int decade = UNSET;               // 0..90

    int half = UNSET;                 // 1, 2
    int quarter = UNSET;              // 1..4
    int quarterTo = UNSET;
    TimeLexicon.Anchor quarterAnchor; // 本季度, 上季度
    int quarterOffset;
    int season = UNSET;               // 1 spring .. 4 winter

    int month = UNSET;
    int monthTo = UNSET;
    boolean lunar;
    boolean leapMonth;
    TimeLexicon.Anchor monthAnchor;
    int monthOffset;
    int firstMonths = UNSET;          // 前N个月
    int lastMonths = UNSET;           // 后N个月

    int xun = UNSET;                  // 上旬 1, 中旬 2, 下旬 3
    int xunTo = UNSET;                // 中下旬: 3 (with xun 2)
    int halfMonth = UNSET;            // 上半月 1, 下半月 2
    int weekOfPeriod = UNSET;         // 第N周
    TimeLexicon.Anchor weekAnchor;    // 本周, 上周
    int weekOffset;
    int weekday = UNSET;              // 1 Monday .. 7 Sunday
    int nthWeekday = UNSET;           // 第N个星期X (-1 = 最后一个)
    boolean weekend;

    int day = UNSET;
    boolean dayExplicit;              // written with 日 or 号
    TimeLexicon.Anchor dayAnchor;
    int dayOffset;
    TimeLexicon.Holiday holiday;

    TimeLexicon.DayPart part;
    int hour = UNSET;
    int minute = UNSET;
    int second = UNSET;
    boolean pm;                       // am/pm written after the clock: pm
    boolean am;
    boolean approxClock;              // 12月19日约18时: 约 between the date and its clock

    Mod partMod;                      // 年初 START, 年中 MID, 年底 END...

    int spanN = UNSET;                // 这个月前两天, 今年最后3周: the first or last N units of the period
    char spanUnit;                    // 'D' days, 'W' weeks (Monday to Sunday), 'M' months
    boolean spanFromEnd;

    boolean hasAny() {
        return grain > 0;
    }

    void level(int g) {
        if (first == 0) {
            first = g;
        }
        grain = g;
    }

    boolean hasDate() {
        return year != UNSET || yearAnchor != null || relativeCentury || half != UNSET || quarter != UNSET || quarterAnchor != null
                || season != UNSET || month != UNSET || monthAnchor != null || firstMonths != UNSET
                || lastMonths != UNSET || weekAnchor != null || weekday != UNSET || day != UNSET
                || dayAnchor != null || holiday != null || weekOfPeriod != UNSET;
    }

    boolean hasDateBelowMonth() {
        return day != UNSET || dayAnchor != null || weekAnchor != null || weekday != UNSET || holiday != null;
    }

    boolean hasClock() {
        return hour != UNSET;
    }

    Reading copy() {
        Reading r = new Reading();
        r.grain = grain;
        r.first = first;
        r.year = year;
        r.yearTo = yearTo;
        r.twoDigitYear = twoDigitYear;
        r.shortYear = shortYear;
        r.yearAnchor = yearAnchor;
        r.yearOffset = yearOffset;
        r.relativeCentury = relativeCentury;
        r.centuryRel = centuryRel;
        r.decade = decade;
        r.half = half;
        r.quarter = quarter;
        r.quarterTo = quarterTo;
        r.quarterAnchor = quarterAnchor;
        r.quarterOffset = quarterOffset;
        r.season = season;
        r.month = month;
        r.monthTo = monthTo;
        r.lunar = lunar;
        r.leapMonth = leapMonth;
        r.monthAnchor = monthAnchor;
        r.monthOffset = monthOffset;
        r.firstMonths = firstMonths;
        r.lastMonths = lastMonths;
        r.xun = xun;
        r.xunTo = xunTo;
        r.halfMonth = halfMonth;
        r.weekOfPeriod = weekOfPeriod;
        r.weekAnchor = weekAnchor;
        r.weekOffset = weekOffset;
        r.weekday = weekday;
        r.nthWeekday = nthWeekday;
        r.weekend = weekend;
        r.day = day;
        r.dayExplicit = dayExplicit;
        r.dayAnchor = dayAnchor;
        r.dayOffset = dayOffset;
        r.holiday = holiday;
        r.part = part;
        r.hour = hour;
        r.minute = minute;
        r.second = second;
        r.pm = pm;
        r.am = am;
        r.approxClock = approxClock;
        r.partMod = partMod;
        r.spanN = spanN;
        r.spanUnit = spanUnit;
        r.spanFromEnd = spanFromEnd;
        return r;
    }
}
