package io.github.tiqu.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.tiqu.extractors.TiquExtractor;

/**
 * The shipping extractor on the bundled gold documents: a floor per type under which a change does not
 * land. The floors are the issues' targets; the figures reached are in the closing notes.
 */
class GoldCorpusTest {

    /** Strict F1 floors per type (span, value and every field right). */
    private static final Map<String, Double> STRICT_F1_FLOOR = Map.of(
            "DATE", 0.95,
            "DURATION", 0.95,
            "QUANTITY", 0.95,
            "PERCENT", 0.95,
            "ORDINAL", 0.95,
            "PROJECT", 0.75);

    private static EvaluationReport report;

    @BeforeAll
    static void evaluate() {
        List<GoldDocument> gold = GoldLoader.loadAllBundled();
        report = Evaluator.evaluate(TiquExtractor.create(), gold);
    }

    @Test
    void strictF1PerTypeIsAtLeastItsFloor() {
        STRICT_F1_FLOOR.forEach((type, floor) -> {
            double f1 = report.get(type, MatchMode.STRICT).f1();
            assertTrue(f1 >= floor, type + " strict F1 " + f1 + " < " + floor + "\n" + report.toTable(40));
        });
    }

    @Test
    void projectOverlapF1IsAtLeastItsFloor() {
        double f1 = report.get("PROJECT", MatchMode.OVERLAP).f1();
        assertTrue(f1 >= 0.85, "PROJECT overlap F1 " + f1 + "\n" + report.toTable(40));
    }
}
