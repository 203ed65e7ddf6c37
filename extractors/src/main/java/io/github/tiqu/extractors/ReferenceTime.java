package io.github.tiqu.extractors;

import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The time relative dates resolve against, where it came from, and how much of it is known.
 *
 * <p>A reference of reduced precision says only the year ({@code 2021}) or the month
 * ({@code 2021-05}) the document is about or was written in: {@link #time()} is then the first
 * moment of that period, and a month or a day written without a year (or a day without a month)
 * resolves within it; fields that depend on the unknown part of the reference (the day of
 * {@code 今天} under a year) are written as X.
 *
 * <p>Immutable and thread-safe.
 *
 * @param time      the reference time, empty when neither the caller nor the document gave one
 * @param source    who gave it
 * @param precision how much of {@code time} is known ({@link Precision#DAY} when it is empty)
 */
public record ReferenceTime(Optional<LocalDateTime> time, Source source, Precision precision) {

    /** Where a reference time came from. */
    public enum Source {
        /** Passed to {@code extract} by the caller. */
        CALLER,
        /** Read from the document itself: a full date in a dateline or byline. */
        DOCUMENT,
        /** None: relative dates stay unresolved rather than being guessed from the clock. */
        NONE
    }

    /** How much of a reference time is known. */
    public enum Precision {
        /** Only the year: {@code 2021}. */
        YEAR,
        /** The year and the month: {@code 2021-05}. */
        MONTH,
        /** A full date, with the time of day where one was given. */
        DAY
    }

    public ReferenceTime {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(precision, "precision");
        if (time.isPresent() == (source == Source.NONE)) {
            throw new IllegalArgumentException("a reference time has a source other than NONE, and only then");
        }
        if (time.isEmpty() && precision != Precision.DAY) {
            throw new IllegalArgumentException("an absent reference time has no precision but DAY");
        }
    }

    /** A reference of full precision (the form before precisions existed). */
    public ReferenceTime(Optional<LocalDateTime> time, Source source) {
        this(time, source, Precision.DAY);
    }

    public static ReferenceTime caller(LocalDateTime time) {
        return new ReferenceTime(Optional.of(time), Source.CALLER, Precision.DAY);
    }

    /** A caller's reference known to the month: {@code 2021-05}. */
    public static ReferenceTime caller(YearMonth month) {
        return new ReferenceTime(Optional.of(month.atDay(1).atStartOfDay()), Source.CALLER, Precision.MONTH);
    }

    /** A caller's reference known to the year: {@code 2021}. */
    public static ReferenceTime caller(Year year) {
        return new ReferenceTime(Optional.of(year.atDay(1).atStartOfDay()), Source.CALLER, Precision.YEAR);
    }

    public static ReferenceTime document(LocalDateTime time) {
        return new ReferenceTime(Optional.of(time), Source.DOCUMENT, Precision.DAY);
    }

    public static ReferenceTime none() {
        return new ReferenceTime(Optional.empty(), Source.NONE, Precision.DAY);
    }
}
