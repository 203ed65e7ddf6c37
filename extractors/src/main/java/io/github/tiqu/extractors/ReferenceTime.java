package io.github.tiqu.extractors;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The time relative dates resolve against, and where it came from.
 *
 * @param time   the reference time, empty when neither the caller nor the document gave one
 * @param source who gave it
 */
public record ReferenceTime(Optional<LocalDateTime> time, Source source) {

    /** Where a reference time came from. */
    public enum Source {
        /** Passed to {@code extract} by the caller. */
        CALLER,
        /** Read from the document itself: a full date in a dateline or byline. */
        DOCUMENT,
        /** None: relative dates stay unresolved rather than being guessed from the clock. */
        NONE
    }

    public ReferenceTime {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(source, "source");
        if (time.isPresent() == (source == Source.NONE)) {
            throw new IllegalArgumentException("a reference time has a source other than NONE, and only then");
        }
    }

    public static ReferenceTime caller(LocalDateTime time) {
        return new ReferenceTime(Optional.of(time), Source.CALLER);
    }

    public static ReferenceTime document(LocalDateTime time) {
        return new ReferenceTime(Optional.of(time), Source.DOCUMENT);
    }

    public static ReferenceTime none() {
        return new ReferenceTime(Optional.empty(), Source.NONE);
    }
}
