package io.github.tiqu.extractors.date;

import java.math.BigDecimal;

import io.github.tiqu.extractors.Mod;

/** One recognized time expression, before resolution. Offsets index the original text. */
sealed interface TimeExpr {

    int start();

    int end();

    String rule();

    /**
     * A calendar point or period; {@code to} closes a range ({@code 1至11月}); {@code shift} is an
     * amount counted from the reference ({@code 三年后}, {@code 前两天}, {@code 过去一年}).
     */
    record Date(int start, int end, Reading from, Reading to, Shift shift, Mod mod, String rule) implements TimeExpr {
    }

    /** A length of time: amounts per ISO designator, e.g. {@code 两年零三个月}. */
    record Duration(int start, int end, Amounts value, Amounts max, Mod mod, String rule) implements TimeExpr {
    }

    /** A recurring time with the length of its period. */
    record Recurring(int start, int end, Amounts period, String rule) implements TimeExpr {
    }

    /**
     * An amount of one unit counted from the reference: {@code direction} -1 before, +1 after;
     * {@code window}: the whole stretch ({@code 前两天}: the two days before today), else the point
     * reached ({@code 两天前}); {@code calendar}: 过去一年 names whole calendar units.
     */
    record Shift(BigDecimal amount, char unit, int direction, boolean window, boolean calendar) {
    }

    /** Amounts by ISO-8601 designator: years, months, weeks, days, hours, minutes, seconds. */
    record Amounts(BigDecimal years, BigDecimal months, BigDecimal weeks, BigDecimal days, BigDecimal hours,
                   BigDecimal minutes, BigDecimal seconds) {

        static Amounts of(char unit, BigDecimal n) {
            BigDecimal z = BigDecimal.ZERO;
            return switch (unit) {
                case 'Y' -> new Amounts(n, z, z, z, z, z, z);
                case 'M' -> new Amounts(z, n, z, z, z, z, z);
                case 'W' -> new Amounts(z, z, n, z, z, z, z);
                case 'D' -> new Amounts(z, z, z, n, z, z, z);
                case 'h' -> new Amounts(z, z, z, z, n, z, z);
                case 'm' -> new Amounts(z, z, z, z, z, n, z);
                default -> new Amounts(z, z, z, z, z, z, n);
            };
        }

        Amounts plus(Amounts o) {
            return new Amounts(years.add(o.years), months.add(o.months), weeks.add(o.weeks), days.add(o.days),
                    hours.add(o.hours), minutes.add(o.minutes), seconds.add(o.seconds));
        }

        /**
         * One fractional amount said in the next smaller unit where that is whole: a half year is
         * {@code P6M}, a half day {@code PT12H}, a half hour {@code PT30M}; a half month stays
         * {@code P0.5M} (a month has no fixed number of days), a half week {@code P0.5W}.
         */
        Amounts wholeSmaller() {
            BigDecimal z = BigDecimal.ZERO;
            if (years.stripTrailingZeros().scale() > 0 && rest(years) && whole(years.multiply(BigDecimal.valueOf(12)))) {
                return new Amounts(z, years.multiply(BigDecimal.valueOf(12)), z, z, z, z, z);
            }
            if (days.stripTrailingZeros().scale() > 0 && rest(days) && whole(days.multiply(BigDecimal.valueOf(24)))) {
                return new Amounts(z, z, z, z, days.multiply(BigDecimal.valueOf(24)), z, z);
            }
            if (hours.stripTrailingZeros().scale() > 0 && rest(hours) && whole(hours.multiply(BigDecimal.valueOf(60)))) {
                return new Amounts(z, z, z, z, z, hours.multiply(BigDecimal.valueOf(60)), z);
            }
            if (minutes.stripTrailingZeros().scale() > 0 && rest(minutes) && whole(minutes.multiply(BigDecimal.valueOf(60)))) {
                return new Amounts(z, z, z, z, z, z, minutes.multiply(BigDecimal.valueOf(60)));
            }
            return this;
        }

        /** Whether {@code only} is the one amount that is not zero. */
        private boolean rest(BigDecimal only) {
            int nonZero = 0;
            for (BigDecimal v : new BigDecimal[] {years, months, weeks, days, hours, minutes, seconds}) {
                nonZero += v.signum() != 0 ? 1 : 0;
            }
            return nonZero == 1 && only.signum() != 0;
        }

        private static boolean whole(BigDecimal v) {
            return v.stripTrailingZeros().scale() <= 0;
        }

        /** ISO-8601: P2Y3M, PT1.5H, P1W. */
        String iso() {
            StringBuilder sb = new StringBuilder("P");
            append(sb, years, 'Y');
            append(sb, months, 'M');
            append(sb, weeks, 'W');
            append(sb, days, 'D');
            if (hours.signum() != 0 || minutes.signum() != 0 || seconds.signum() != 0) {
                sb.append('T');
                append(sb, hours, 'H');
                append(sb, minutes, 'M');
                append(sb, seconds, 'S');
            }
            return sb.length() == 1 ? "PT0S" : sb.toString();
        }

        private static void append(StringBuilder sb, BigDecimal v, char d) {
            if (v.signum() != 0) {
                sb.append(io.github.tiqu.core.numeral.Numeral.plain(v)).append(d);
            }
        }
    }
}
