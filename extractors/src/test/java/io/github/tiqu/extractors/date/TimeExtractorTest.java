package io.github.tiqu.extractors.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the time case files: exact spans, values and mods; every case fixes its reference time. */
class TimeExtractorTest {

    private static final TimeExtractor EXTRACTOR = new TimeExtractor();

    static Stream<TimeCases.Case> cases() {
        List<TimeCases.Case> all = new ArrayList<>();
        for (String f : List.of("dates.cases.tsv", "relative.cases.tsv", "ranges.cases.tsv", "clock.cases.tsv",
                "holidays.cases.tsv", "calendars.cases.tsv", "durations.cases.tsv", "sets.cases.tsv", "topic.cases.tsv", "precision.cases.tsv", "prose.cases.tsv",
                "negative.cases.tsv")) {
            all.addAll(TimeCases.load(f));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extracts(TimeCases.Case c) {
        List<String> got = TimeCases.run(EXTRACTOR, c.input(), TimeCases.reference(c.reference(), c.input()));
        assertEquals(c.expected(), got, c.toString());
    }
}
