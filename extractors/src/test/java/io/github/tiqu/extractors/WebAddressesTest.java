package io.github.tiqu.extractors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** No mention inside a web address; the text around it is read as usual. */
class WebAddressesTest {

    private static final TiquExtractor TIQU = TiquExtractor.create();

    private static List<String> found(String text) {
        return TIQU.extract(text, LocalDate.of(2024, 1, 1)).mentions().stream()
                .map(m -> m.type() + " " + m.text() + " " + m.start()).toList();
    }

    @Test
    void addressesEndAtSpacesQuotesAndChinesePunctuation() {
        String text = "详见 https://www.gov.cn/2023/12/19/content_50.htm，另见www.stats.gov.cn。\"http://a.cn/1\"";
        assertArrayEquals(new int[] {3, 47, 50, 66, 68, 81}, WebAddresses.spans(text));
        assertArrayEquals(new int[0], WebAddresses.spans("增长5%，访问量增长3倍"));
    }

    @Test
    void figuresInsideAnAddressAreNoMentions() {
        assertEquals(List.of(), found("你可以访问一下 https://www.test.com/search?q=30%25%2020%"));
        assertEquals(List.of("DATE 2023年 19", "PERCENT 5% 26"), found("详见www.stats.gov.cn，2023年增长5%。"));
        assertEquals(List.of("PERCENT 5% 22"), found("网址:HTTP://X.CN/2020 增长5%"));
    }
}
