package io.github.tiqu.corpus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import io.github.tiqu.extractors.ReferenceTime;

/**
 * Reads the {@code reference_time} of a JSON line: an ISO date ({@code 2023-12-25}), a date-time
 * ({@code 2023-12-25T10:00}, {@code 2023-12-25 10:00:00}, with or without an offset, which is dropped:
 * the local time is what the text speaks of), or a reduced precision ({@code 2021-05}, {@code 2019}),
 * which {@link #parse} reads as its first day and {@link #read} keeps as a reference of that precision.
 */
public final class ReferenceTimes {

    private ReferenceTimes() {
    }

    /**
     * The caller's reference with its precision: {@code 2021} is known to the year, {@code 2021-05} to
     * the month, a date or date-time to the day; or {@link IllegalArgumentException} saying what is wrong.
     */
    public static ReferenceTime read(String s) {
        String t = s.strip();
        try {
            if (t.matches("\\d{4}")) {
                return ReferenceTime.caller(Year.of(Integer.parseInt(t)));
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                return ReferenceTime.caller(YearMonth.parse(t));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("bad reference_time '" + s + "': not an ISO date or date-time", e);
        }
        return ReferenceTime.caller(parse(s));
    }

    /** The reference time (a reduced precision stands for its first day), or {@link IllegalArgumentException} saying what is wrong. */
    public static LocalDateTime parse(String s) {
        String t = s.strip().replace(' ', 'T');
        try {
            if (t.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(t), 1, 1).atStartOfDay();
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(t).atDay(1).atStartOfDay();
            }
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay();
            }
            try {
                return LocalDateTime.parse(t);
            } catch (DateTimeParseException e) {
                return OffsetDateTime.parse(t).toLocalDateTime();
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("bad reference_time '" + s + "': not an ISO date or date-time", e);
        }
    }
}
