package io.github.tiqu.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.tiqu.core.text.TextSpan;

class OverlapPolicyTest {

    private static final String TEXT = "“蓝天300天”目标，2023年增长";

    private static Mention number(int start, int end) {
        return new NumberMention(TextSpan.of(start, end), TEXT.substring(start, end), BigDecimal.ONE, null, null, "t");
    }

    private static Mention duration(int start, int end) {
        return new DurationMention(TextSpan.of(start, end), TEXT.substring(start, end), "P300D", null, null, "t");
    }

    private static Mention date(int start, int end) {
        return new DateMention(TextSpan.of(start, end), TEXT.substring(start, end), "2023", null, "t");
    }

    private static Mention project(int start, int end) {
        return new ProjectMention(TextSpan.of(start, end), TEXT.substring(start, end), "蓝天300天目标",
                ProjectKind.PROGRAM, "t");
    }

    @Test
    void aFigureInsideAProjectNameLosesToTheName() {
        Mention name = project(0, 10);
        List<Mention> kept = OverlapPolicy.resolve(List.of(duration(3, 7), number(3, 6), name));
        assertEquals(List.of(name), kept);
    }

    @Test
    void longestWinsThenTheMoreSpecificType() {
        Mention year = date(11, 16);
        assertEquals(List.of(year), OverlapPolicy.resolve(List.of(number(11, 15), year)));
        // Same span: DATE is more specific than NUMBER.
        Mention sameSpanNumber = number(11, 16);
        assertEquals(List.of(year), OverlapPolicy.resolve(List.of(sameSpanNumber, year)));
    }

    @Test
    void disjointMentionsAllSurviveInTextOrder() {
        Mention a = number(3, 6);
        Mention b = date(11, 16);
        assertEquals(List.of(a, b), OverlapPolicy.resolve(List.of(b, a)));
    }

    @Test
    void aPartialOverlapKeepsTheLongerAndDropsTheOther() {
        Mention longer = date(11, 16);
        Mention crossing = number(15, 18);
        assertEquals(List.of(longer), OverlapPolicy.resolve(List.of(crossing, longer)));
    }
}
