package io.github.tiqu.extractors.date;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Calendar arithmetic the time words need: Chinese lunar dates (ICU4J's {@link ChineseCalendar}),
 * Islamic dates (ICU4J's {@link IslamicCalendar}, Umm al-Qura), Hebrew dates (ICU4J's
 * {@link HebrewCalendar}), Easter (the computus), solar terms, n-th weekdays and week numbering.
 * Stateless.
 */
final class CalendarMath {

    /** ICU's UTC, in a holder so that ICU4J loads only when a lunar, Islamic or Hebrew date is computed. */
    private static final class Icu {
        static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    }

    private CalendarMath() {
    }

    /**
     * The Gregorian date of lunar month {@code month} (1..12), day {@code day} of the Chinese year
     * that begins in Gregorian year {@code year}; empty when that day does not exist (a 30th in a
     * short month) or the year is out of range.
     */
    static Optional<LocalDate> lunar(int year, int month, int day, boolean leap) {
        if (year < 1 || year > 2900 || month < 1 || month > 12 || day < 1 || day > 30) {
            return Optional.empty();
        }
        ChineseCalendar cal = new ChineseCalendar(Icu.UTC);
        // Mid-year lies in the Chinese year that began in this Gregorian year's first months.
        cal.setTimeInMillis(LocalDate.of(year, 7, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
        int extendedYear = cal.get(ChineseCalendar.EXTENDED_YEAR);
        ChineseCalendar target = new ChineseCalendar(Icu.UTC);
        target.clear();
        target.set(ChineseCalendar.EXTENDED_YEAR, extendedYear);
        target.set(ChineseCalendar.MONTH, month - 1);
        target.set(ChineseCalendar.IS_LEAP_MONTH, leap ? 1 : 0);
        target.set(ChineseCalendar.DAY_OF_MONTH, 1);
        LocalDate first = toDate(target.getTimeInMillis());
        ChineseCalendar check = new ChineseCalendar(Icu.UTC);
        check.setTimeInMillis(target.getTimeInMillis());
        if (check.get(ChineseCalendar.MONTH) != month - 1
                || (check.get(ChineseCalendar.IS_LEAP_MONTH) == 1) != leap) {
            return Optional.empty(); // no such (leap) month this year
        }
        int length = check.getActualMaximum(ChineseCalendar.DAY_OF_MONTH);
        if (day > length) {
            return Optional.empty();
        }
        return Optional.of(first.plusDays(day - 1L));
    }

    /**
     * The first Gregorian date in {@code year} of Islamic month {@code month} (1..12), day {@code day}
     * (the Umm al-Qura calendar; an Islamic year is shorter, so a feast may fall twice in one year: the
     * first is taken). Empty outside the calendar's range.
     */
    static Optional<LocalDate> islamic(int year, int month, int day) {
        if (year < 700 || year > 2900 || month < 1 || month > 12 || day < 1 || day > 30) {
            return Optional.empty();
        }
        IslamicCalendar probe = islamicCalendar();
        probe.setTimeInMillis(millis(LocalDate.of(year, 1, 1)));
        int first = probe.get(Calendar.EXTENDED_YEAR);
        for (int iy = first; iy <= first + 1; iy++) {
            IslamicCalendar c = islamicCalendar();
            c.clear();
            c.set(Calendar.EXTENDED_YEAR, iy);
            c.set(Calendar.MONTH, month - 1);
            c.set(Calendar.DAY_OF_MONTH, day);
            LocalDate d = toDate(c.getTimeInMillis());
            if (d.getYear() == year) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The length in days of the Islamic month that starts on {@code first}. */
    static int islamicMonthLength(LocalDate first) {
        IslamicCalendar c = islamicCalendar();
        c.setTimeInMillis(millis(first));
        return c.getActualMaximum(Calendar.DAY_OF_MONTH);
    }

    private static IslamicCalendar islamicCalendar() {
        IslamicCalendar c = new IslamicCalendar(Icu.UTC, ULocale.ROOT);
        c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        return c;
    }

    /** Hebrew month names as ICU numbers them (Adar is the only Adar of a common year, Adar II of a leap year). */
    static int hebrewMonth(String name) {
        return switch (name) {
            case "TISHRI" -> HebrewCalendar.TISHRI;
            case "HESHVAN" -> HebrewCalendar.HESHVAN;
            case "KISLEV" -> HebrewCalendar.KISLEV;
            case "TEVET" -> HebrewCalendar.TEVET;
            case "SHEVAT" -> HebrewCalendar.SHEVAT;
            case "ADAR" -> HebrewCalendar.ADAR;
            case "NISAN" -> HebrewCalendar.NISAN;
            case "IYAR" -> HebrewCalendar.IYAR;
            case "SIVAN" -> HebrewCalendar.SIVAN;
            case "TAMUZ" -> HebrewCalendar.TAMUZ;
            case "AV" -> HebrewCalendar.AV;
            case "ELUL" -> HebrewCalendar.ELUL;
            default -> throw new IllegalArgumentException("no Hebrew month " + name);
        };
    }

    /**
     * The Gregorian date in {@code year} of Hebrew month {@code month} (an ICU month number), day
     * {@code day}: the day itself, not the evening before on which it begins at sundown. Empty
     * outside 1000..2900.
     */
    static Optional<LocalDate> hebrew(int year, int month, int day) {
        if (year < 1000 || year > 2900 || day < 1 || day > 30) {
            return Optional.empty();
        }
        HebrewCalendar probe = new HebrewCalendar(Icu.UTC);
        probe.setTimeInMillis(millis(LocalDate.of(year, 1, 1)));
        int first = probe.get(Calendar.EXTENDED_YEAR);
        for (int hy = first; hy <= first + 1; hy++) {
            HebrewCalendar c = new HebrewCalendar(Icu.UTC);
            c.clear();
            c.set(Calendar.EXTENDED_YEAR, hy);
            c.set(Calendar.MONTH, month);
            c.set(Calendar.DAY_OF_MONTH, day);
            LocalDate d = toDate(c.getTimeInMillis());
            if (d.getYear() == year) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Israel's Independence Day: 5 Iyar, brought forward to Thursday when that falls on a Friday or a
     * Saturday, and put off to Tuesday when it falls on a Monday.
     */
    static Optional<LocalDate> israelIndependenceDay(int year) {
        return hebrew(year, HebrewCalendar.IYAR, 5).map(d -> switch (d.getDayOfWeek()) {
            case FRIDAY -> d.minusDays(1);
            case SATURDAY -> d.minusDays(2);
            case MONDAY -> d.plusDays(1);
            default -> d;
        });
    }

    private static long millis(LocalDate d) {
        return d.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** The length in days of a lunar month, or 0 when it does not exist. */
    static int lunarMonthLength(int year, int month, boolean leap) {
        Optional<LocalDate> first = lunar(year, month, 1, leap);
        if (first.isEmpty()) {
            return 0;
        }
        return lunar(year, month, 30, leap).isPresent() ? 30 : 29;
    }

    /** 除夕: the day before the Spring Festival of this Gregorian year. */
    static Optional<LocalDate> lunarNewYearsEve(int year) {
        return lunar(year, 1, 1, false).map(d -> d.minusDays(1));
    }

    private static LocalDate toDate(long millis) {
        return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Western Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Orthodox Easter Sunday (the Julian computus), as a Gregorian date; valid 1900..2099. */
    static LocalDate orthodoxEaster(int year) {
        int a = year % 4;
        int b = year % 7;
        int c = year % 19;
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        return LocalDate.of(year, month, day).plusDays(13);
    }

    /** The 寿星 formula's mean length of a year's drift, in days. */
    private static final BigDecimal TERM_DRIFT = new BigDecimal("0.2422");

    /**
     * A solar term by the 寿星 formula for 2000-2099 (empty outside): {@code c} is the term's constant
     * (清明 4.81), in exact decimal so that the floor never lands on a rounding error.
     */
    static Optional<LocalDate> solarTerm(int year, int month, BigDecimal c) {
        if (year < 2000 || year > 2099) {
            return Optional.empty();
        }
        int yy = year % 100;
        int leapBase = month <= 2 ? yy - 1 : yy;
        int day = TERM_DRIFT.multiply(BigDecimal.valueOf(yy)).add(c)
                .setScale(0, RoundingMode.FLOOR).intValueExact() - Math.floorDiv(leapBase, 4);
        if (day < 1 || day > 31) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    /** The n-th weekday (1 = Monday) of a month; n = -1 is the last one. */
    static Optional<LocalDate> nthWeekday(int year, int month, int n, int weekday) {
        LocalDate first = LocalDate.of(year, month, 1);
        DayOfWeek dow = DayOfWeek.of(weekday);
        if (n < 0) {
            return Optional.of(first.with(TemporalAdjusters.lastInMonth(dow)));
        }
        LocalDate d = first.with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
        return d.getMonthValue() == month ? Optional.of(d) : Optional.empty();
    }

    /** The Monday of the n-th week that starts inside the period beginning at {@code start}. */
    static LocalDate nthMondayFrom(LocalDate start, int n) {
        LocalDate monday = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        return monday.plusWeeks(n - 1L);
    }
}
