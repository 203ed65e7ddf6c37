package io.github.tiqu.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Any string gets a result and never an exception; offsets are in bounds and cut the mention's text;
 * mentions do not overlap; the same input gives the same output.
 */
class RobustnessTest {

    private static final TiquExtractor TIQU = TiquExtractor.create();
    private static final LocalDate REFERENCE = LocalDate.of(2023, 12, 25);

    /** Characters that matter to the extractors, mixed with noise. */
    private static final String ALPHABET = "0123456789０１２３.,，%％零一二三四五六七八九十百千万亿两"
            + "年月日号时分秒天周第个项元米吨亿万千多余约近超过截至以来起前后—-~至到《》“”\"()（）"
            + "工程项目平台实验室博览会今去明上下半季度初末底春节国庆每GPMabcxyz \n\t。，、；";

    private static void assertWellFormed(String input, Extraction e) {
        assertNotNull(e);
        int lastEnd = 0;
        for (Mention m : e.mentions()) {
            assertTrue(m.start() >= 0 && m.end() <= input.length() && m.start() < m.end(), m.toString());
            assertEquals(input.substring(m.start(), m.end()), m.text(), m.toString());
            assertTrue(m.start() >= lastEnd, "overlap or disorder at " + m);
            assertNotNull(m.value(), m.toString());
            lastEnd = m.end();
        }
    }

    private static void check(String input) {
        Extraction first = TIQU.extract(input, REFERENCE);
        assertWellFormed(input, first);
        assertEquals(first, TIQU.extract(input, REFERENCE), "same output twice");
        assertWellFormed(input, TIQU.extract(input));
    }

    @Test
    void nullIsRefusedWithAClearMessage() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> TIQU.extract(null));
        assertTrue(e.getMessage().contains("text"), e.getMessage());
        assertThrows(NullPointerException.class, () -> TIQU.extract(null, REFERENCE));
        assertThrows(NullPointerException.class, () -> TIQU.extract("x", (LocalDate) null));
    }

    @Test
    void emptyWhitespaceAndControlCharacters() {
        for (String s : List.of("", " ", "\n\n\t", "\u0000\u0001\u001F\u007F", "\u3000\u3000", "\uFEFF")) {
            check(s);
        }
    }

    @Test
    void unpairedSurrogatesAndEmoji() {
        check("\uD800");
        check("\uDFFF3月\uD800");
        check("😀😀 增长😀5%😀 2023年😀");
        check("\uD83D");
        check("𠀀𠀁1600亿元𠀂");
    }

    @Test
    void randomStringsFromAnAlphabetThatMatters() {
        Random random = new Random(20231225);
        for (int i = 0; i < 400; i++) {
            int length = random.nextInt(60);
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < length; j++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            check(b.toString());
        }
    }

    @Test
    void randomUtf16IncludingLoneSurrogates() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            char[] chars = new char[random.nextInt(40)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = (char) random.nextInt(Character.MAX_VALUE + 1);
            }
            check(new String(chars));
        }
    }

    @Test
    void aMegabyteOfDigits() {
        String digits = "7".repeat(1 << 20);
        Extraction e = TIQU.extract(digits, REFERENCE);
        assertWellFormed(digits, e);
    }

    @Test
    void aHundredThousandYi() {
        String yi = "亿".repeat(100_000);
        assertWellFormed(yi, TIQU.extract(yi, REFERENCE));
        String mixed = "三亿".repeat(50_000);
        assertWellFormed(mixed, TIQU.extract(mixed, REFERENCE));
    }

    @Test
    void deeplyNestedBrackets() {
        String nested = "《".repeat(20_000) + "2023年工作方案" + "》".repeat(20_000)
                + "“".repeat(10_000) + "千百十" + "”".repeat(10_000) + "工程"
                + "(".repeat(10_000) + "3万元" + ")".repeat(10_000);
        assertWellFormed(nested, TIQU.extract(nested, REFERENCE));
    }

    @Test
    void longRealisticText() {
        String sentence = "截至12月19日，全市优良天数为319天，同比增长61.7%，完成投资突破1600亿元，"
                + "G4京港澳高速扩容工程加快建设，全省第1位。";
        String text = sentence.repeat(2_000);
        assertWellFormed(text, TIQU.extract(text, REFERENCE));
    }
}
