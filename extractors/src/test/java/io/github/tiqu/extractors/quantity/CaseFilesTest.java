package io.github.tiqu.extractors.quantity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The case files of QUANTITY, PERCENT and ORDINAL (one per package under test resources): every case
 * with exact offsets, values and fields, and no other mention of these types.
 */
class CaseFilesTest {

    private static final String[] FILES = {
        "/io/github/tiqu/extractors/quantity/cases.tsv",
        "/io/github/tiqu/extractors/percent/cases.tsv",
        "/io/github/tiqu/extractors/ordinal/cases.tsv",
    };

    static List<Cases.Case> cases() {
        List<Cases.Case> all = new ArrayList<>();
        for (String f : FILES) {
            all.addAll(Cases.load(CaseFilesTest.class, f));
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extracts(Cases.Case c) {
        Cases.check(c, Cases.extract(c.input()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/io/github/tiqu/extractors/quantity/cases.tsv, 200, 60",
        "/io/github/tiqu/extractors/percent/cases.tsv, 80, 14",
        "/io/github/tiqu/extractors/ordinal/cases.tsv, 30, 15",
    })
    void hasEnoughCases(String file, int positives, int negatives) {
        List<Cases.Case> cases = Cases.load(CaseFilesTest.class, file);
        assertTrue(cases.stream().filter(c -> !c.negative()).count() >= positives, "positive cases in " + file);
        assertTrue(cases.stream().filter(Cases.Case::negative).count() >= negatives, "negative cases in " + file);
    }
}
