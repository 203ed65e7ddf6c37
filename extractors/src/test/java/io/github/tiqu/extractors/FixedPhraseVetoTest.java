package io.github.tiqu.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A mention that a fixed phrase holds whole is no mention, whichever type it has. */
class FixedPhraseVetoTest {

    private static final TiquExtractor TIQU = TiquExtractor.create();

    private static List<String> found(String text) {
        return TIQU.extract(text, LocalDate.of(2021, 3, 1)).mentions().stream()
                .map(m -> m.type() + " " + m.text() + " " + m.start()).toList();
    }

    @Test
    void formulasAndIdiomsHoldNoMention() {
        assertEquals(List.of(), found("实现“两个一百年”奋斗目标"));
        assertEquals(List.of(), found("世界百年未有之大变局加速演进"));
        assertEquals(List.of(), found("推进“一带一路”建设"));
    }

    @Test
    void figuresBesideTheFormulaStay() {
        assertEquals(List.of("QUANTITY 两个 1", "ORDINAL 第二个 7"), found("分两个阶段实现第二个百年奋斗目标"));
        assertEquals(List.of("DURATION 百年 2"), found("建党百年之际"));
    }
}
