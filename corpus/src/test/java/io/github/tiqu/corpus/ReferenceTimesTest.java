package io.github.tiqu.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import io.github.tiqu.extractors.ReferenceTime;
import io.github.tiqu.extractors.ReferenceTime.Precision;

class ReferenceTimesTest {

    @Test
    void readKeepsThePrecisionWritten() {
        assertEquals(Precision.YEAR, ReferenceTimes.read("2021").precision());
        assertEquals(LocalDateTime.of(2021, 1, 1, 0, 0), ReferenceTimes.read("2021").time().orElseThrow());
        assertEquals(Precision.MONTH, ReferenceTimes.read(" 2021-05 ").precision());
        assertEquals(LocalDateTime.of(2021, 5, 1, 0, 0), ReferenceTimes.read("2021-05").time().orElseThrow());
        assertEquals(Precision.DAY, ReferenceTimes.read("2021-05-07").precision());
        assertEquals(LocalDateTime.of(2021, 5, 7, 10, 30), ReferenceTimes.read("2021-05-07 10:30:00").time().orElseThrow());
        assertEquals(ReferenceTime.Source.CALLER, ReferenceTimes.read("2021").source());
    }

    @Test
    void parseStillGivesTheFirstDay() {
        assertEquals(LocalDateTime.of(2019, 1, 1, 0, 0), ReferenceTimes.parse("2019"));
        assertEquals(LocalDateTime.of(2021, 5, 1, 0, 0), ReferenceTimes.parse("2021-05"));
    }

    @Test
    void badValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ReferenceTimes.read("2021-13"));
        assertThrows(IllegalArgumentException.class, () -> ReferenceTimes.read("May 2021"));
        assertThrows(IllegalArgumentException.class, () -> ReferenceTimes.read(""));
    }
}
