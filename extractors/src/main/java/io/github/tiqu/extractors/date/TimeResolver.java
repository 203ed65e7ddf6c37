package io.github.tiqu.extractors.date;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import io.github.tiqu.extractors.Mod;
import io.github.tiqu.extractors.ReferenceTime;
import io.github.tiqu.extractors.date.TimeLexicon.Anchor;

/**
 * Turns a {@link Reading} into a calendar interval and its value in the contract's form, against the
 * reference time, the year the passage is about and the units last named in the text. Where an
 * anchor is unknown (no reference time), the unknown fields are written as X: {@code XXXX-12-20}.
 * One instance per text and call: it remembers the last named year, month and day.
 */
final class TimeResolver {

    /** Calendar grains, coarse to fine. */
    enum Grain { YEAR, HALF, QUARTER, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND }

    /** [start, end) with the grain each end is written at; unknown fields print as X. */
    record Interval(LocalDateTime start, LocalDateTime end, Grain grain, Grain endGrain,
                    boolean unknownYear, boolean unknownMonth, boolean unknownDay) {
    }

    /** A resolved value with the mod the words themselves carry (年底: END). */
    record Resolved(String iso, Mod mod, Interval interval) {
    }

    /** Stands in for an unknown reference; its fields are never printed. */
    private static final LocalDateTime PLACEHOLDER = LocalDateTime.of(2000, 1, 3, 0, 0);

    /** The reference, moved inside its known period (a year-only one to 1 July) so offsets rarely leave it. */
    private final LocalDateTime ref;
    /** Whether the reference's month, and its day, are known (a reference of reduced precision). */
    private final boolean monthKnown;
    private final boolean dayKnown;
    private final TopicYears topics;
    private Integer lastYear;
    private YearMonth lastMonth;
    /** The month last named as a point (not as a deadline: 9月底前), for a day said without its month. */
    private YearMonth lastPointMonth;
    /** Where the paragraph of {@link #lastPointMonth} ends (a bare day in a later paragraph ignores it). */
    private int lastPointLineEnd = Integer.MAX_VALUE;
    private LocalDate lastDay;
    /** The scanner's view, for paragraph bounds and the words before a date; null: no such checks. */
    private final String text;
    /** The next line break at or after the last offset asked (offsets only grow: linear in all). */
    private int breakAt = -1;

    TimeResolver(LocalDateTime ref, TopicYears topics) {
        this(ref, ReferenceTime.Precision.DAY, topics);
    }

    /**
     * {@code precision} below DAY: the reference says only its year (or month); a month (or day)
     * without a year (or month) resolves inside it, and what depends on the unknown part is written X.
     */
    TimeResolver(LocalDateTime ref, ReferenceTime.Precision precision, TopicYears topics) {
        this(ref, precision, topics, null);
    }

    /** {@code text}: the scanner's view, so a bare day takes a month only from its own paragraph. */
    TimeResolver(LocalDateTime ref, ReferenceTime.Precision precision, TopicYears topics, String text) {
        this.text = text;
        this.monthKnown = precision != ReferenceTime.Precision.YEAR;
        this.dayKnown = precision == ReferenceTime.Precision.DAY;
        this.ref = ref == null || dayKnown ? ref
                : monthKnown ? ref.toLocalDate().withDayOfMonth(15).atStartOfDay()
                : ref.toLocalDate().withDayOfYear(1).withMonth(7).atStartOfDay();
        this.topics = topics;
    }

    /** Flags that travel with a computation: which fields rest on an unknown anchor. */
    private static final class Unknown {
        boolean year;
        boolean month;
        boolean day;
    }

    Optional<Resolved> resolve(TimeExpr.Date d) {
        Unknown u = new Unknown();
        Interval iv;
        Mod mod = null;
        if (d.shift() != null) {
            iv = shift(d.shift(), u);
        } else {
            Optional<Interval> a = interval(d.from(), d.start(), u);
            if (a.isEmpty()) {
                return Optional.empty();
            }
            iv = a.get();
            mod = d.from().partMod;
            if (d.to() != null) {
                Unknown ub = new Unknown();
                Optional<Interval> b = interval(d.to(), d.start(), ub);
                if (b.isEmpty()) {
                    return Optional.empty();
                }
                Interval bi = b.get();
                boolean derived = d.from().year == Reading.UNSET && d.from().yearAnchor == null
                        && d.to().year == Reading.UNSET && d.to().yearAnchor == null;
                boolean leapDay = d.from().month == 2 && d.from().day == 29 && !d.from().lunar;
                if (derived && bi.start().getYear() < iv.start().getYear() && !u.year && !leapDay) {
                    // 1—12月 said in January: both ends in the year just past (read again: a weekday moves)
                    iv = inYear(d.from(), bi.start().getYear(), d.start(), u);
                } else if (derived && leapDay && bi.start().getYear() != iv.start().getYear() && !ub.year) {
                    // 2月29日-3月1日 said in a year without a 29 February: the end follows the start's year
                    bi = inYear(d.to(), iv.start().getYear(), d.start(), ub);
                }
                if (iv == null || bi == null) {
                    return Optional.empty();
                }
                if (!bi.end().isAfter(iv.start())) {
                    bi = shiftForward(bi, d.to());
                }
                if (!bi.end().isAfter(iv.start())) {
                    return Optional.empty();
                }
                iv = new Interval(iv.start(), bi.end(), iv.grain(), bi.endGrain(), u.year || ub.year,
                        u.month || ub.month, u.day || ub.day);
                mod = null;
            }
        }
        if (iv == null) {
            return Optional.empty();
        }
        Mod m = d.mod() != null ? d.mod() : mod;
        remember(iv, m, d.start());
        return Optional.of(new Resolved(render(iv), m, iv));
    }

    /** A point read again in a given year; null when it has no such day there. */
    private Interval inYear(Reading r, int year, int offset, Unknown u) {
        Reading again = r.copy();
        again.year = year;
        again.shortYear = false;
        return interval(again, offset, u).orElse(null);
    }

    /** 8月至2月, 晚上9:30到凌晨3:00: the end wraps to the next year or day. */
    private Interval shiftForward(Interval b, Reading r) {
        if (r.weekday != Reading.UNSET && r.weekAnchor == null && r.month == Reading.UNSET && r.day == Reading.UNSET
                && r.nthWeekday == Reading.UNSET && !r.hasClock()) {
            // 周一到周五: the Friday after that Monday
            return new Interval(b.start().plusWeeks(1), b.end().plusWeeks(1), b.grain(), b.endGrain(), b.unknownYear(),
                    b.unknownMonth(), b.unknownDay());
        }
        if (r.hasClock() && !r.hasDate()) {
            return new Interval(b.start().plusDays(1), b.end().plusDays(1), b.grain(), b.endGrain(), b.unknownYear(),
                    b.unknownMonth(), b.unknownDay());
        }
        if (r.year == Reading.UNSET && r.yearAnchor == null && b.grain().compareTo(Grain.YEAR) > 0) {
            return new Interval(b.start().plusYears(1), b.end().plusYears(1), b.grain(), b.endGrain(), b.unknownYear(),
                    b.unknownMonth(), b.unknownDay());
        }
        return b;
    }

    private void remember(Interval iv, Mod m, int offset) {
        if (!iv.unknownYear()) {
            lastYear = iv.start().getYear();
        }
        if (iv.grain().compareTo(Grain.MONTH) >= 0 && !iv.unknownMonth()) {
            lastMonth = YearMonth.from(iv.start());
            boolean aDay = iv.grain().compareTo(Grain.DAY) >= 0 && !iv.unknownDay();
            if ((aDay || m != Mod.UNTIL && (ref == null || iv.start().getYear() == ref.getYear())) && !planned(iv, offset)) {
                // a day named (截至14日11时), or a month of the reference year named as a point (7月以来);
                // not a deadline (计划于9月底前完成) nor a month of another year (于2022年10月开工)
                lastPointMonth = lastMonth;
                lastPointLineEnd = lineEnd(offset);
            }
        }
        if (iv.grain().compareTo(Grain.DAY) >= 0 && !iv.unknownDay()) {
            lastDay = iv.start().toLocalDate();
        }
    }

    /** Words before a date in its clause that make it a plan or a forecast: 将延期至9月下旬, 计划于10月. */
    private static final String[] PLAN_WORDS = {"将", "计划", "预计", "拟", "力争", "预期"};
    private static final int PLAN_REACH = 12;

    /**
     * A date after the reference day said as a plan or a forecast: a month or a part of one (9月下旬,
     * 10月底), or any date after 将/计划/预计 in its clause. A bare day never takes its month.
     */
    private boolean planned(Interval iv, int offset) {
        if (ref == null || !monthKnown || !iv.start().isAfter(ref)) {
            return false;
        }
        boolean oneDay = iv.grain().compareTo(Grain.DAY) >= 0 && !iv.end().isAfter(iv.start().plusDays(1));
        if (!oneDay && YearMonth.from(iv.start()).isAfter(YearMonth.from(ref))) {
            return true;
        }
        if (text == null) {
            return false;
        }
        for (int k = offset - 1; k >= 0 && k >= offset - PLAN_REACH; k--) {
            char c = text.charAt(k);
            if ("。；;！？!?\n".indexOf(c) >= 0) {
                return false;
            }
            for (String w : PLAN_WORDS) {
                if (text.startsWith(w, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words in a holiday's clause that speak of it as still to come: 元旦假期将实行, 即将到来的元旦. */
    private static final List<String> FUTURE_WORDS = List.of("即将", "将", "届时", "前夕", "临近");
    /** How far (characters) a future word may stand from the holiday in its clause. */
    private static final int FUTURE_REACH = 10;

    /**
     * A holiday of the reference year already past by more than six months and spoken of as still to
     * come in its clause is the next one (元旦假期将... written 2025-12-27 -> 2026-01-01).
     */
    private boolean comingHoliday(LocalDate first, int offset) {
        if (ref == null || !dayKnown || text == null || !first.plusMonths(6).isBefore(ref.toLocalDate())) {
            return false;
        }
        for (int k = offset; k < text.length() && k <= offset + FUTURE_REACH; k++) {
            if ("，,。；;！？!?\n".indexOf(text.charAt(k)) >= 0) {
                break;
            }
            if (futureWordAt(k)) {
                return true;
            }
        }
        for (int k = offset - 1; k >= 0 && k >= offset - FUTURE_REACH; k--) {
            if ("，,。；;！？!?\n".indexOf(text.charAt(k)) >= 0) {
                break;
            }
            if (futureWordAt(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean futureWordAt(int k) {
        for (String w : FUTURE_WORDS) {
            if (text.startsWith(w, k)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the line (paragraph) that holds {@code offset}; the text's end when there is no text. */
    private int lineEnd(int offset) {
        if (text == null) {
            return Integer.MAX_VALUE;
        }
        if (breakAt < offset) {
            breakAt = text.indexOf('\n', offset);
            if (breakAt < 0) {
                breakAt = Integer.MAX_VALUE;
            }
        }
        return breakAt;
    }

    private LocalDateTime reference(Unknown u, boolean year, boolean month, boolean day) {
        if (ref == null) {
            u.year |= year;
            u.month |= month;
            u.day |= day;
            return PLACEHOLDER;
        }
        u.month |= month && !monthKnown;
        u.day |= day && !dayKnown;
        return ref;
    }

    private int topicYear(int offset, Unknown u) {
        Integer y = topics.yearAt(offset);
        if (y != null) {
            return y;
        }
        return reference(u, true, false, false).getYear();
    }

    /**
     * The leap year whose 29 February lies nearest the reference day (said in 2019-09: 2020; in
     * 2019-03: 2020; in 2018-01: 2016), for a 2月29日 said without a year in a year that has none.
     */
    private int nearestLeapYear(int y) {
        int before = y;
        while (!Year.isLeap(before)) {
            before--;
        }
        int after = y;
        while (!Year.isLeap(after)) {
            after++;
        }
        LocalDate r = ref != null && ref.getYear() == y ? ref.toLocalDate() : LocalDate.of(y, 7, 1);
        long toBefore = Math.abs(r.toEpochDay() - LocalDate.of(before, 2, 29).toEpochDay());
        long toAfter = Math.abs(LocalDate.of(after, 2, 29).toEpochDay() - r.toEpochDay());
        return toAfter < toBefore ? after : before;
    }

    private int expandShortYear(int yy, Unknown u) {
        int refYear = ref != null ? ref.getYear() : 2050;
        int y = 2000 + yy;
        return y > refYear + 10 ? 1900 + yy : y;
    }

    /** The year a reading names, or null when it names none. */
    private Integer year(Reading r, int offset, Unknown u) {
        if (r.year != Reading.UNSET) {
            return r.shortYear ? expandShortYear(r.year, u) : r.year;
        }
        if (r.yearAnchor != null) {
            return switch (r.yearAnchor) {
                case REF -> reference(u, true, false, false).getYear() + r.yearOffset;
                case TOPIC -> topicYear(offset, u) + r.yearOffset;
                case LAST -> (lastYear != null ? lastYear : topicYear(offset, u)) + r.yearOffset;
            };
        }
        return null;
    }

    private Optional<Interval> interval(Reading r, int offset, Unknown u) {
        Interval date = dateInterval(r, offset, u);
        if (date == null) {
            if (!r.hasClock() && r.part == null) {
                return Optional.empty();
            }
            LocalDateTime base = reference(u, true, true, true);
            date = new Interval(base.toLocalDate().atStartOfDay(), base.toLocalDate().plusDays(1).atStartOfDay(),
                    Grain.DAY, Grain.DAY, u.year, u.month, u.day);
        }
        if (r.spanN != Reading.UNSET) {
            return Optional.ofNullable(firstOrLast(date, r, u));
        }
        if (r.hasClock()) {
            if (date.grain() != Grain.DAY || !date.end().equals(date.start().plusDays(1))) {
                return Optional.empty(); // a clock needs one day
            }
            return Optional.ofNullable(clock(r, date.start().toLocalDate(), u));
        }
        return Optional.of(new Interval(date.start(), date.end(), date.grain(), date.endGrain(), u.year, u.month, u.day));
    }

    /** The first or last N days, weeks (Monday to Sunday, whole inside the period) or months of a period. */
    private static Interval firstOrLast(Interval period, Reading r, Unknown u) {
        LocalDate s = period.start().toLocalDate();
        LocalDate e = period.end().toLocalDate();
        LocalDate from;
        LocalDate to;
        int n = r.spanN;
        switch (r.spanUnit) {
            case 'D' -> {
                from = r.spanFromEnd ? e.minusDays(n) : s;
                to = r.spanFromEnd ? e : s.plusDays(n);
            }
            case 'W' -> {
                LocalDate firstMonday = s.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                LocalDate endMonday = e.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                from = r.spanFromEnd ? endMonday.minusWeeks(n) : firstMonday;
                to = r.spanFromEnd ? endMonday : firstMonday.plusWeeks(n);
            }
            default -> {
                from = r.spanFromEnd ? e.minusMonths(n) : s;
                to = r.spanFromEnd ? e : s.plusMonths(n);
            }
        }
        if (from.isBefore(s) || to.isAfter(e) || !to.isAfter(from)) {
            return null;
        }
        Grain g = r.spanUnit == 'M' ? Grain.MONTH : Grain.DAY;
        return new Interval(from.atStartOfDay(), to.atStartOfDay(), g, g, u.year, u.month, u.day);
    }

    private Interval clock(Reading r, LocalDate day, Unknown u) {
        int h = r.hour;
        LocalDate d = day;
        TimeLexicon.DayPart part = r.part;
        if (r.pm && h < 12) {
            h += 12;
        } else if (r.am && h == 12) {
            h = 0;
        } else if (part != null) {
            switch (part.clock()) {
                case PM -> {
                    if (h >= 1 && h < 12) {
                        h += 12;
                    } else if (h == 12 && part.from() >= 18) {
                        h = 0; // 晚上12点: midnight, the start of the next day
                        d = d.plusDays(1);
                    }
                }
                case NOON -> {
                    if (h >= 1 && h <= 5) {
                        h += 12;
                    }
                }
                case NIGHT -> {
                    if (h == 12 || h == 24) {
                        h = 0;
                        d = d.plusDays(1);
                    } else if (h >= 6 && h < 12) {
                        h += 12;
                    }
                }
                default -> {
                    if (h == 12 && part.from() < 6) {
                        h = 0;
                    }
                }
            }
        }
        if (h == 24) {
            h = 0;
            d = d.plusDays(1);
        }
        if (h > 23) {
            return null;
        }
        int min = r.minute == Reading.UNSET ? 0 : r.minute;
        int sec = r.second == Reading.UNSET ? 0 : r.second;
        LocalDateTime st = d.atTime(h, min, sec);
        Grain g = r.second != Reading.UNSET ? Grain.SECOND : r.minute != Reading.UNSET ? Grain.MINUTE : Grain.HOUR;
        return new Interval(st, plus(st, g, 1), g, g, u.year, u.month, u.day);
    }

    /** The calendar part of a reading, without the clock; null when there is none or it is invalid. */
    private Interval dateInterval(Reading r, int offset, Unknown u) {
        try {
            return dateIntervalUnchecked(r, offset, u);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            return null; // 2月30日 and the like: no such day
        }
    }

    private Interval dateIntervalUnchecked(Reading r, int offset, Unknown u) {
        // days named relative to the reference or the last day
        if (r.dayAnchor != null) {
            LocalDate base = r.dayAnchor == Anchor.LAST && lastDay != null ? lastDay
                    : reference(u, true, true, true).toLocalDate();
            if (r.dayAnchor == Anchor.LAST && lastDay == null && ref == null) {
                u.year = u.month = u.day = true;
            }
            LocalDate d = base.plusDays(r.dayOffset);
            return day(d);
        }
        if (r.weekAnchor != null) {
            LocalDate monday = reference(u, true, true, true).toLocalDate().with(DayOfWeek.MONDAY).plusWeeks(r.weekOffset);
            if (r.weekday != Reading.UNSET) {
                return day(monday.plusDays(r.weekday - 1L));
            }
            if (r.weekend) {
                LocalDate sat = monday.plusDays(5);
                return new Interval(sat.atStartOfDay(), sat.plusDays(2).atStartOfDay(), Grain.DAY, Grain.DAY, false, false, false);
            }
            return new Interval(monday.atStartOfDay(), monday.plusWeeks(1).atStartOfDay(), Grain.WEEK, Grain.WEEK, false, false, false);
        }
        if (r.quarterAnchor != null) {
            LocalDate b = reference(u, true, true, false).toLocalDate();
            int q = (b.getMonthValue() - 1) / 3 + r.quarterOffset;
            LocalDate st = LocalDate.of(b.getYear(), 1, 1).plusMonths(3L * q);
            return new Interval(st.atStartOfDay(), st.plusMonths(3).atStartOfDay(), Grain.QUARTER, Grain.QUARTER, false, false, false);
        }
        Integer y = year(r, offset, u);
        if (r.relativeCentury) {
            return century(r, u);
        }
        if (r.monthAnchor != null) {
            YearMonth ym;
            if (r.monthAnchor == Anchor.LAST && lastMonth != null) {
                ym = lastMonth.plusMonths(r.monthOffset);
            } else {
                ym = YearMonth.from(reference(u, true, true, false)).plusMonths(r.monthOffset);
            }
            return inMonth(r, ym, u);
        }
        boolean needsYear = r.month != Reading.UNSET || r.day != Reading.UNSET || r.half != Reading.UNSET
                || r.quarter != Reading.UNSET || r.season != Reading.UNSET || r.holiday != null
                || r.firstMonths != Reading.UNSET || r.lastMonths != Reading.UNSET || r.weekOfPeriod != Reading.UNSET
                || r.partMod != null;
        if (r.weekday != Reading.UNSET && r.month == Reading.UNSET && r.nthWeekday == Reading.UNSET
                && r.day == Reading.UNSET && r.holiday == null) {
            // a weekday alone: the next one after the reference day
            LocalDate b = reference(u, true, true, true).toLocalDate();
            return day(b.with(TemporalAdjusters.next(DayOfWeek.of(r.weekday))));
        }
        boolean implicitYear = y == null && topics.yearAt(offset) == null;
        if (y == null) {
            if (!needsYear) {
                return null;
            }
            y = topicYear(offset, u);
            if (ref != null && monthKnown && topics.yearAt(offset) == null && r.month != Reading.UNSET && !r.lunar
                    && r.month > ref.getMonthValue() + 6) {
                y = y - 1; // 12月 said in January: the December just past
            }
            if (r.month == 2 && r.day == 29 && !r.lunar && !Year.isLeap(y)) {
                y = nearestLeapYear(y); // 2月29日 said in a year without one
            }
        }
        if (r.yearTo != Reading.UNSET && r.month == Reading.UNSET) {
            LocalDate st = LocalDate.of(y, 1, 1);
            LocalDate en = LocalDate.of(r.yearTo, 1, 1).plusYears(1);
            return new Interval(st.atStartOfDay(), en.atStartOfDay(), Grain.YEAR, Grain.YEAR, false, false, false);
        }
        int year = y;
        if (r.holiday != null) {
            Optional<LocalDate> h = holiday(r.holiday, year);
            if (h.isEmpty()) {
                return null;
            }
            LocalDate first = h.get();
            if (implicitYear && comingHoliday(first, offset)) {
                h = holiday(r.holiday, year + 1);
                if (h.isEmpty()) {
                    return null;
                }
                first = h.get(); // 元旦假期将实行... said in late December: the coming one
            }
            int days = holidayDays(r.holiday, first);
            return days <= 1 ? day(first)
                    : new Interval(first.atStartOfDay(), first.plusDays(days).atStartOfDay(), Grain.DAY, Grain.DAY, false, false, false);
        }
        if (r.half != Reading.UNSET) {
            LocalDate st = LocalDate.of(year, r.half == 1 ? 1 : 7, 1);
            return new Interval(st.atStartOfDay(), st.plusMonths(6).atStartOfDay(), Grain.HALF, Grain.HALF, false, false, false);
        }
        if (r.quarter != Reading.UNSET) {
            LocalDate st = LocalDate.of(year, 3 * r.quarter - 2, 1);
            int to = r.quarterTo != Reading.UNSET ? r.quarterTo : r.quarter;
            LocalDate en = LocalDate.of(year, 3 * to - 2, 1).plusMonths(3);
            return new Interval(st.atStartOfDay(), en.atStartOfDay(), Grain.QUARTER, Grain.QUARTER, false, false, false);
        }
        if (r.season != Reading.UNSET) {
            LocalDate st = LocalDate.of(year, 3 * r.season, 1);
            return new Interval(st.atStartOfDay(), st.plusMonths(3).atStartOfDay(), Grain.MONTH, Grain.MONTH, false, false, false);
        }
        if (r.firstMonths != Reading.UNSET) {
            LocalDate st = LocalDate.of(year, 1, 1);
            return new Interval(st.atStartOfDay(), st.plusMonths(r.firstMonths).atStartOfDay(), Grain.MONTH, Grain.MONTH, false, false, false);
        }
        if (r.lastMonths != Reading.UNSET) {
            LocalDate en = LocalDate.of(year + 1, 1, 1);
            return new Interval(en.minusMonths(r.lastMonths).atStartOfDay(), en.atStartOfDay(), Grain.MONTH, Grain.MONTH, false, false, false);
        }
        if (r.month != Reading.UNSET) {
            if (r.lunar) {
                return lunarInterval(r, year);
            }
            return inMonth(r, YearMonth.of(year, r.month), u);
        }
        if (r.weekOfPeriod != Reading.UNSET) {
            LocalDate monday = CalendarMath.nthMondayFrom(LocalDate.of(year, 1, 1), r.weekOfPeriod);
            return week(monday);
        }
        if (r.day != Reading.UNSET) {
            // the month last named as a point, in this paragraph only (today's news: 14日 is this month)
            YearMonth named = offset < lastPointLineEnd ? lastPointMonth : null;
            YearMonth ym = named != null ? named : YearMonth.from(reference(u, true, true, false));
            if (named == null && r.day > ym.lengthOfMonth()) {
                ym = ym.minusMonths(1); // 29日 said in a February of 28 days: the one just past
            }
            return day(ym.atDay(r.day));
        }
        LocalDate st = LocalDate.of(year, 1, 1);
        return new Interval(st.atStartOfDay(), st.plusYears(1).atStartOfDay(), Grain.YEAR, Grain.YEAR, false, false, false);
    }

    private Interval century(Reading r, Unknown u) {
        int refYear = reference(u, true, false, false).getYear();
        int start;
        int length;
        if (r.centuryRel != Reading.UNSET) {
            int c = Math.floorDiv(refYear, 100) + r.centuryRel;
            start = c * 100 + (r.decade == Reading.UNSET ? 0 : r.decade);
            length = r.decade == Reading.UNSET ? 100 : 10;
        } else {
            // 九十年代: the last such decade that began before the reference
            start = Math.floorDiv(refYear, 100) * 100 + r.decade;
            if (start > refYear) {
                start -= 100;
            }
            length = 10;
        }
        LocalDate st = LocalDate.of(start, 1, 1);
        return new Interval(st.atStartOfDay(), st.plusYears(length).atStartOfDay(), Grain.YEAR, Grain.YEAR, false, false, false);
    }

    private Interval inMonth(Reading r, YearMonth ym, Unknown u) {
        if (r.monthTo != Reading.UNSET) {
            YearMonth to = YearMonth.of(ym.getYear(), r.monthTo);
            return new Interval(ym.atDay(1).atStartOfDay(), to.plusMonths(1).atDay(1).atStartOfDay(), Grain.MONTH, Grain.MONTH,
                    false, false, false);
        }
        if (r.day != Reading.UNSET) {
            if (r.day > ym.lengthOfMonth()) {
                return null;
            }
            return day(ym.atDay(r.day));
        }
        if (r.nthWeekday != Reading.UNSET && r.weekday != Reading.UNSET) {
            return CalendarMath.nthWeekday(ym.getYear(), ym.getMonthValue(), r.nthWeekday, r.weekday).map(this::day).orElse(null);
        }
        if (r.weekOfPeriod != Reading.UNSET) {
            LocalDate monday = CalendarMath.nthMondayFrom(ym.atDay(1), r.weekOfPeriod);
            if (monday.getMonthValue() != ym.getMonthValue()) {
                return null;
            }
            return week(monday);
        }
        if (r.xun != Reading.UNSET) {
            int from = r.xun == 1 ? 1 : r.xun == 2 ? 11 : 21;
            int last = r.xunTo != Reading.UNSET ? r.xunTo : r.xun;
            int to = last == 1 ? 10 : last == 2 ? 20 : ym.lengthOfMonth();
            return new Interval(ym.atDay(from).atStartOfDay(), ym.atDay(to).plusDays(1).atStartOfDay(), Grain.DAY, Grain.DAY,
                    false, false, false);
        }
        if (r.halfMonth != Reading.UNSET) {
            int from = r.halfMonth == 1 ? 1 : 16;
            int to = r.halfMonth == 1 ? 15 : ym.lengthOfMonth();
            return new Interval(ym.atDay(from).atStartOfDay(), ym.atDay(to).plusDays(1).atStartOfDay(), Grain.DAY, Grain.DAY,
                    false, false, false);
        }
        return new Interval(ym.atDay(1).atStartOfDay(), ym.plusMonths(1).atDay(1).atStartOfDay(), Grain.MONTH, Grain.MONTH,
                false, false, false);
    }

    private Interval lunarInterval(Reading r, int year) {
        if (r.day != Reading.UNSET) {
            return CalendarMath.lunar(year, r.month, r.day, r.leapMonth).map(this::day).orElse(null);
        }
        Optional<LocalDate> first = CalendarMath.lunar(year, r.month, 1, r.leapMonth);
        if (first.isEmpty()) {
            return null;
        }
        int len = CalendarMath.lunarMonthLength(year, r.month, r.leapMonth);
        LocalDate st = first.get();
        return new Interval(st.atStartOfDay(), st.plusDays(len).atStartOfDay(), Grain.DAY, Grain.DAY, false, false, false);
    }

    private Interval day(LocalDate d) {
        return new Interval(d.atStartOfDay(), d.plusDays(1).atStartOfDay(), Grain.DAY, Grain.DAY, false, false, false);
    }

    private Interval week(LocalDate monday) {
        return new Interval(monday.atStartOfDay(), monday.plusWeeks(1).atStartOfDay(), Grain.WEEK, Grain.WEEK, false, false, false);
    }

    static Optional<LocalDate> holiday(TimeLexicon.Holiday h, int year) {
        List<String> p = h.params();
        try {
            return switch (h.kind()) {
                case FIXED -> Optional.of(LocalDate.of(year, Integer.parseInt(p.get(0)), Integer.parseInt(p.get(1))));
                case LUNAR -> CalendarMath.lunar(year, Integer.parseInt(p.get(0)), Integer.parseInt(p.get(1)), false);
                case LUNAR_EVE -> CalendarMath.lunarNewYearsEve(year);
                case NTH_WEEKDAY -> CalendarMath.nthWeekday(year, Integer.parseInt(p.get(0)), Integer.parseInt(p.get(1)),
                        Integer.parseInt(p.get(2)));
                case EASTER -> Optional.of(CalendarMath.easter(year).plusDays(Integer.parseInt(p.get(0))));
                case ORTHODOX -> Optional.of(CalendarMath.orthodoxEaster(year).plusDays(Integer.parseInt(p.get(0))));
                case SOLAR_TERM -> CalendarMath.solarTerm(year, Integer.parseInt(p.get(0)), new BigDecimal(p.get(1)));
                case ISLAMIC -> CalendarMath.islamic(year, Integer.parseInt(p.get(0)), Integer.parseInt(p.get(1)));
                case HEBREW -> CalendarMath.hebrew(year, CalendarMath.hebrewMonth(p.get(0)), Integer.parseInt(p.get(1)));
                case ISRAEL_INDEPENDENCE -> CalendarMath.israelIndependenceDay(year);
            };
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * How many days a holiday lasts: the third parameter of an Islamic or Hebrew feast (M: its whole
     * month), the second of a season counted from Easter (大斋期).
     */
    static int holidayDays(TimeLexicon.Holiday h, LocalDate first) {
        List<String> p = h.params();
        if ((h.kind() == TimeLexicon.HolidayKind.ISLAMIC || h.kind() == TimeLexicon.HolidayKind.HEBREW) && p.size() > 2) {
            return p.get(2).equals("M") ? CalendarMath.islamicMonthLength(first) : Integer.parseInt(p.get(2));
        }
        if ((h.kind() == TimeLexicon.HolidayKind.EASTER || h.kind() == TimeLexicon.HolidayKind.ORTHODOX) && p.size() > 1) {
            return Integer.parseInt(p.get(1));
        }
        return 1;
    }

    private Interval shift(TimeExpr.Shift s, Unknown u) {
        LocalDateTime b = reference(u, true, true, true);
        int amount = s.amount().intValue();
        if (s.unit() == 'Y') {
            LocalDate st = LocalDate.of(b.getYear() - amount, 1, 1);
            return new Interval(st.atStartOfDay(), LocalDate.of(b.getYear(), 1, 1).atStartOfDay(), Grain.YEAR, Grain.YEAR,
                    u.year, false, false);
        }
        YearMonth ym = YearMonth.from(b);
        return new Interval(ym.minusMonths(amount).atDay(1).atStartOfDay(), ym.atDay(1).atStartOfDay(), Grain.MONTH,
                Grain.MONTH, u.year, u.month, false);
    }

    private static LocalDateTime plus(LocalDateTime t, Grain g, long n) {
        return switch (g) {
            case YEAR -> t.plusYears(n);
            case HALF -> t.plusMonths(6 * n);
            case QUARTER -> t.plusMonths(3 * n);
            case MONTH -> t.plusMonths(n);
            case WEEK -> t.plusWeeks(n);
            case DAY -> t.plusDays(n);
            case HOUR -> t.plusHours(n);
            case MINUTE -> t.plusMinutes(n);
            case SECOND -> t.plusSeconds(n);
        };
    }

    /** The contract's form: one unit as a point ({@code 2023-Q4}), else {@code a/b} with b inclusive. */
    static String render(Interval iv) {
        if (plus(iv.start(), iv.grain(), 1).equals(iv.end())) {
            return point(iv.start(), iv.grain(), iv);
        }
        LocalDateTime lastStart = plus(iv.end(), iv.endGrain(), -1);
        return point(iv.start(), iv.grain(), iv) + "/" + point(lastStart, iv.endGrain(), iv);
    }

    private static String point(LocalDateTime t, Grain g, Interval iv) {
        String y = iv.unknownYear() ? "XXXX" : year(t.getYear());
        String m = iv.unknownMonth() ? "XX" : two(t.getMonthValue());
        String d = iv.unknownDay() ? "XX" : two(t.getDayOfMonth());
        return switch (g) {
            case YEAR -> y;
            case HALF -> y + "-H" + (iv.unknownMonth() ? "X" : t.getMonthValue() <= 6 ? "1" : "2");
            case QUARTER -> y + "-Q" + (iv.unknownMonth() ? "X" : Integer.toString((t.getMonthValue() - 1) / 3 + 1));
            case MONTH -> y + "-" + m;
            case WEEK -> (iv.unknownYear() ? "XXXX" : year(t.get(IsoFields.WEEK_BASED_YEAR))) + "-W"
                    + (iv.unknownDay() ? "XX" : two(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            case DAY -> y + "-" + m + "-" + d;
            case HOUR, MINUTE -> y + "-" + m + "-" + d + "T" + two(t.getHour()) + ":" + two(t.getMinute());
            case SECOND -> y + "-" + m + "-" + d + "T" + two(t.getHour()) + ":" + two(t.getMinute()) + ":" + two(t.getSecond());
        };
    }

    private static String year(int y) {
        if (y < 0) {
            return "-" + String.format("%04d", -y);
        }
        return String.format("%04d", y);
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
