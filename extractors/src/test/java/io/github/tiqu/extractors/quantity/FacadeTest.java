package io.github.tiqu.extractors.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.MentionType;
import io.github.tiqu.extractors.TiquExtractor;

/**
 * The figure types through the facade, where the number extractor runs too and the overlap policy
 * decides: {@code 个百分点} is a PERCENT, never {@code N个} plus a NUMBER.
 */
class FacadeTest {

    private static final TiquExtractor TIQU = TiquExtractor.builder()
            .types(MentionType.QUANTITY, MentionType.PERCENT, MentionType.ORDINAL, MentionType.NUMBER)
            .build();

    private static String run(String input) {
        List<Mention> found = TIQU.extract(input, LocalDate.of(2023, 12, 25)).mentions();
        return String.join(" ; ", found.stream().map(Cases::render).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', value = {
        "同比下降1.3个百分点\tPERCENT|4|11|1.3个百分点|1.3|unit=pp",
        "提高两个百分点\tPERCENT|2|7|两个百分点|2|unit=pp",
        "提高10至15个百分点\tPERCENT|2|11|10至15个百分点|10|max=15|unit=pp",
        "湘粤非共发运35742个标箱\tQUANTITY|6|14|35742个标箱|35742|measure=CONTAINER|unit=TEU",
        "第400列班列发车\tORDINAL|0|5|第400列|400|unit=列",
        "突破1600亿元\tQUANTITY|0|8|突破1600亿元|160000000000|measure=CURRENCY|mod=MORE_THAN|unit=CNY",
        "投资超过三万亿\tNUMBER|2|7|超过三万亿|3000000000000|mod=MORE_THAN",
        "3至5万元\tQUANTITY|0|5|3至5万元|30000|max=50000|measure=CURRENCY|unit=CNY",
        "百分之一百二十点五\tPERCENT|0|9|百分之一百二十点五|120.5|unit=%",
    })
    void oneMentionWins(String input, String expected) {
        assertEquals(expected, run(input));
    }

    @Test
    void percentPointsAreNoCount() {
        String text = "优良天数比例为81.9%，同比下降1.3个百分点，较疫情前的2019年同期上升4.9个百分点";
        List<Mention> found = TIQU.extract(text, LocalDate.of(2023, 12, 25)).of(MentionType.QUANTITY);
        assertEquals(List.of(), found);
    }
}
