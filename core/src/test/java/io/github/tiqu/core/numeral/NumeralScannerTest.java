package io.github.tiqu.core.numeral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.tiqu.core.numeral.NumeralScanner.Script;
import io.github.tiqu.core.resource.TsvTable;
import io.github.tiqu.core.text.CharNormalizer;

class NumeralScannerTest {

    private static final NumeralScanner SCANNER = NumeralScanner.standard();

    static Stream<Arguments> cases() {
        return TsvTable.load(NumeralScannerTest.class, "scanner.cases.tsv").rows().stream()
                .map(r -> Arguments.of(r.where(), r.require("text"), Integer.parseInt(r.require("start")),
                        r.require("match"), r.get("value"), r.get("value_max")));
    }

    /** The cases are written in the original form; the scanner reads the normalized view. */
    @ParameterizedTest(name = "{1} @{2}")
    @MethodSource("cases")
    void findsTheLongestNumeralAtAnOffset(String where, String text, int start, String match, String value,
            String valueMax) {
        String normalized = CharNormalizer.standard().normalize(text);
        Optional<NumeralMatch> m = SCANNER.matchAt(normalized, start);
        if (match.equals("-")) {
            assertTrue(m.isEmpty(), where + ": found " + m);
            return;
        }
        assertTrue(m.isPresent(), where + ": nothing found");
        assertEquals(match, text.substring(m.get().start(), m.get().end()), where);
        assertEquals(start, m.get().start(), where);
        assertEquals(value, Numeral.plain(m.get().numeral().value()), where);
        BigDecimalText max = new BigDecimalText(m.get().numeral().valueMax());
        assertEquals(valueMax, max.text, where);
    }

    private record BigDecimalText(String text) {
        BigDecimalText(java.math.BigDecimal v) {
            this(v == null ? "" : Numeral.plain(v));
        }
    }

    @Test
    void fixedPhraseExamplesHaveNoNumeralInsideThePhrase() {
        for (FixedPhrases.Row row : FixedPhrases.standard().rows()) {
            String example = row.example();
            int at = example.indexOf(row.phrase());
            if (row.kind() == FixedPhrases.Kind.NOT_DOZEN) {
                Optional<NumeralMatch> m = SCANNER.matchAt(example, 0);
                assertTrue(m.isPresent(), row.phrase());
                assertEquals(at, m.get().end(), row.phrase() + ": 打 of " + row.phrase() + " read as a dozen");
                continue;
            }
            for (int p = at; p < at + row.phrase().length(); p++) {
                Optional<NumeralMatch> m = SCANNER.matchAt(example, p);
                if (m.isPresent()) {
                    boolean inside = m.get().start() >= at && m.get().end() <= at + row.phrase().length();
                    assertFalse(inside, row.phrase() + ": found " + m.get() + " in " + example);
                }
            }
        }
    }

    @Test
    void scriptsFilterTheMatch() {
        assertTrue(SCANNER.matchAt("投资1.2万元", 2, Script.ARABIC).isPresent());
        assertTrue(SCANNER.matchAt("投资1.2万元", 2, Script.CHINESE).isEmpty());
        assertTrue(SCANNER.matchAt("三万五千人", 0, Script.CHINESE).isPresent());
        assertTrue(SCANNER.matchAt("三万五千人", 0, Script.ARABIC).isEmpty());
    }

    @Test
    void helpersAgreeWithTheTable() {
        assertTrue(SCANNER.canStart('三'));
        assertTrue(SCANNER.canStart('7'));
        assertFalse(SCANNER.canStart('万'));
        assertFalse(SCANNER.canStart('百'));
        assertTrue(SCANNER.isMultiplier('亿'));
        assertTrue(SCANNER.isChineseDigit('两'));
        assertTrue(SCANNER.isArabicDigit('７'));
        assertTrue(SCANNER.gluedToLatinAfter("5G网络", 1));
        assertFalse(SCANNER.gluedToLatinAfter("5个", 1));
        assertTrue(SCANNER.isDigitReading("二零二三年", 0, 4));
        assertFalse(SCANNER.isDigitReading("两千零二", 0, 4));
        assertTrue(SCANNER.isFixedPhrase("统一", 1, 2));
    }

    @Test
    void randomTextNeverThrowsAndMatchesStayInBounds() {
        RandomText random = new RandomText(7,
                "零一二两三四五六七八九十百千万亿壹拾陆点负-.,/分之又几多余打第年个G5PM ：%\uD83D\uDE00\uD800\u0007");
        for (int t = 0; t < 3_000; t++) {
            String s = random.next(40, 8);
            for (int i = 0; i < s.length(); i++) {
                Optional<NumeralMatch> m = SCANNER.matchAt(s, i);
                if (m.isPresent()) {
                    assertEquals(i, m.get().start(), s);
                    assertTrue(m.get().end() <= s.length() && m.get().end() > i, s);
                }
            }
        }
    }

    @Test
    void aMatchReadsBoundedInput() {
        String digits = "7".repeat(1_000_000);
        assertTrue(SCANNER.matchAt(digits, 0).isEmpty(), "a megabyte of digits is no numeral");
        String yi = "亿".repeat(100_000);
        for (int i = 0; i < yi.length(); i++) {
            assertTrue(SCANNER.matchAt(yi, i).isEmpty());
        }
        String many = "一" + yi;
        assertEquals(2, SCANNER.matchAt(many, 0).orElseThrow().end());
        String chain = "一万零一".repeat(50_000);
        Optional<NumeralMatch> m = SCANNER.matchAt(chain, 0);
        assertTrue(m.isPresent() && m.get().end() <= NumeralParser.MAX_LENGTH);
        String readings = "一二三四五六七八九零".repeat(50_000);
        for (int i = 0; i < 2_000; i++) {
            SCANNER.matchAt(readings, i).ifPresent(x -> assertTrue(x.end() - x.start() <= NumeralParser.MAX_LENGTH));
        }
    }
}
