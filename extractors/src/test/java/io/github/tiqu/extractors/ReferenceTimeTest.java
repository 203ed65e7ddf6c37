package io.github.tiqu.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReferenceTimeTest {

    private static final TiquExtractor TIQU = TiquExtractor.builder().types(MentionType.DATE).build();

    @Test
    void theTwoArgumentFormIsAFullDate() {
        ReferenceTime r = new ReferenceTime(Optional.of(LocalDateTime.of(2021, 5, 7, 0, 0)), ReferenceTime.Source.CALLER);
        assertEquals(ReferenceTime.Precision.DAY, r.precision());
        assertEquals(ReferenceTime.caller(LocalDateTime.of(2021, 5, 7, 0, 0)), r);
        assertEquals(ReferenceTime.Precision.DAY, ReferenceTime.none().precision());
    }

    @Test
    void reducedPrecisionStartsAtTheFirstDay() {
        assertEquals(LocalDateTime.of(2021, 1, 1, 0, 0), ReferenceTime.caller(Year.of(2021)).time().orElseThrow());
        assertEquals(ReferenceTime.Precision.YEAR, ReferenceTime.caller(Year.of(2021)).precision());
        assertEquals(LocalDateTime.of(2021, 5, 1, 0, 0), ReferenceTime.caller(YearMonth.of(2021, 5)).time().orElseThrow());
        assertEquals(ReferenceTime.Precision.MONTH, ReferenceTime.caller(YearMonth.of(2021, 5)).precision());
        assertThrows(IllegalArgumentException.class,
                () -> new ReferenceTime(Optional.empty(), ReferenceTime.Source.NONE, ReferenceTime.Precision.YEAR));
    }

    @Test
    void theFacadeHonoursThePrecision() {
        String text = "九月下旬，全市召开招商推介会";
        assertEquals("2021-09-21/2021-09-30", TIQU.extract(text, ReferenceTime.caller(Year.of(2021))).mentions().get(0).value());
        assertEquals("2020-09-21/2020-09-30", TIQU.extract(text, LocalDate.of(2021, 1, 1)).mentions().get(0).value());
        Extraction e = TIQU.extract(text, ReferenceTime.caller(Year.of(2021)));
        assertEquals(ReferenceTime.Precision.YEAR, e.reference().precision());
    }
}
