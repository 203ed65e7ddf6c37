package io.github.tiqu.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextSpanTest {

    @Test
    void rejectsReversedAndNegativeSpans() {
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(-1, 2));
    }

    @Test
    void overlapIsHalfOpen() {
        assertTrue(TextSpan.of(0, 3).overlaps(TextSpan.of(2, 5)));
        assertFalse(TextSpan.of(0, 3).overlaps(TextSpan.of(3, 5)));
        assertTrue(TextSpan.of(0, 5).contains(TextSpan.of(1, 5)));
        assertFalse(TextSpan.of(0, 5).contains(5));
    }

    @Test
    void cutsTheOriginalText() {
        assertEquals("1600亿元", TextSpan.of(2, 8).cut("突破1600亿元，"));
        assertEquals(6, TextSpan.of(2, 8).length());
    }

    @Test
    void sortsLeftToRightOuterFirst() {
        List<TextSpan> spans = new ArrayList<>(List.of(TextSpan.of(4, 6), TextSpan.of(0, 2), TextSpan.of(0, 5)));
        spans.sort(null);
        assertEquals(List.of(TextSpan.of(0, 5), TextSpan.of(0, 2), TextSpan.of(4, 6)), spans);
    }

    @Test
    void sourceTextKeepsLengthAndCutsOriginal() {
        SourceText t = SourceText.of("增长６１．７％。");
        assertEquals("增长61.7%。", t.normalized());
        assertEquals("６１．７％", t.cut(2, 7));
        assertEquals(List.of(TextSpan.of(0, 8)), t.sentences());
    }
}
