package io.github.tiqu.extractors.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.MentionType;

/**
 * Any string gives a result and no exception: empty, control characters, unpaired surrogates, random
 * characters from the figure alphabet, a megabyte of digits, and 100,000 figures in one text (each
 * found once: the pass is linear, one figure read once; no timing here, see docs/quantity.md).
 */
class RobustnessTest {

    private static final String ALPHABET = "0123456789一二三四五六七八九十百千万亿两零点.,-~至到第个项元米%％成折"
            + "百分之千分万分以上左右约近超过突破多余几数半大度°/￥$人民币港币时速每小时公里斤两块毛角分整 \n\t\u0000"
            + "\uD800\uDC00\uDFFF";

    @Test
    void oddInputsGiveResults() {
        for (String s : List.of("", " ", "\u0000\u0001\u0002", "\uD800", "\uDC00第", "第", "百分之", "%", "个百分点",
                "元", "￥", "时速", "零下", "5大", "第一", "几", "数", "半", "-", "1-", "3至", "1.", "１，",
                "一点", "5元3", "3斤", "1000万千", "二十五千")) {
            for (Mention m : Cases.extract(s)) {
                assertEquals(m.text(), s.substring(m.start(), m.end()));
            }
        }
    }

    @Test
    void randomStringsGiveResults() {
        Random random = new Random(20231225L);
        for (int k = 0; k < 3000; k++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = b.toString();
            for (Mention m : Cases.extract(s)) {
                assertEquals(m.text(), s.substring(m.start(), m.end()), s);
            }
        }
    }

    @Test
    void aMegabyteOfDigits() {
        String digits = "9".repeat(1 << 20);
        for (String s : List.of(digits, digits + "元", "一".repeat(1 << 18) + "万元")) {
            for (Mention m : Cases.extract(s)) {
                assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= s.length(), m::toString);
                assertEquals(m.text(), s.substring(m.start(), m.end()));
            }
        }
    }

    @Test
    void aHundredThousandFigures() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            b.append(i % 3 == 0 ? "投资" + (i + 1) + "万元，" : i % 3 == 1 ? "增长" + (i % 100) + ".5%，" : "第" + i + "名；");
        }
        List<Mention> found = Cases.extract(b.toString());
        assertEquals(100_000, found.size());
        assertTrue(found.stream().allMatch(m -> Cases.TYPES.contains(m.type())));
    }
}
