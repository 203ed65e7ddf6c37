package io.github.tiqu.core.numeral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.tiqu.core.resource.TsvTable;

/** The fast path gives the full reader's answer, wherever it gives one. */
class NumeralFastPathTest {

    private static final NumeralScanner SCANNER = NumeralScanner.standard();
    /** Characters of the common grammar, and a few that end it or send it to the reader. */
    private static final String ALPHABET = "零〇一二两三四五六七八九十百千万亿兆壹贰拾佰仟萬億廿卅幺点點.,，．"
            + "0123456789０１负-几多分之又打年 e刻";

    @Test
    void theCommonFormsTakeTheFastPath() {
        for (String s : List.of("1600", "1,234,567", "３６", "-12.9", "0.5", "1.2万", "3千万", "36.57亿",
                "三十五万七千", "一千零五", "壹佰贰拾叁", "廿三", "卅", "三万五", "负五", "九十点四", "二〇二三",
                "一点五万", "兩億", "三點五", "零", "零点零一")) {
            Numeral fast = NumeralFastPath.read(s, 0, s.length());
            assertNotNull(fast, s);
            assertEquals(NumeralParser.readFully(s, s.length()), fast, s);
        }
    }

    @Test
    void parserAgreesWithTheReaderOnTheCaseFiles() {
        for (TsvTable.Row row : TsvTable.load(NumeralParserTest.class, "numeral.cases.tsv").rows()) {
            agreeWhole(row.get("input"));
        }
        for (TsvTable.Row row : TsvTable.load(NumeralParserTest.class, "numeral.negatives.tsv").rows()) {
            agreeWhole(row.get("input"));
        }
    }

    @Test
    void parserAgreesWithTheReaderOnRandomStrings() {
        RandomText random = new RandomText(17, ALPHABET);
        int fast = 0;
        for (int t = 0; t < 200_000; t++) {
            String s = random.next(9, 50);
            if (agreeWhole(s)) {
                fast++;
            }
        }
        assertTrue(fast > 1_000, "the random strings should exercise the fast path: " + fast);
    }

    @Test
    void scannerAgreesWithTheReaderAtEveryOffset() {
        RandomText random = new RandomText(29, ALPHABET + "的人年元，。");
        int fast = 0;
        for (int t = 0; t < 50_000; t++) {
            String s = random.next(16, 40);
            for (int i = 0; i < s.length(); i++) {
                int limit = Math.min(s.length(), i + NumeralParser.MAX_LENGTH);
                if (SCANNER.canStart(s.charAt(i))
                        && NumeralFastPath.scanAt(s, i, NumeralFastPath.runEnd(s, i, limit), limit) != null) {
                    fast++;
                }
                for (NumeralScanner.Script script : NumeralScanner.Script.values()) {
                    assertEquals(SCANNER.match(s, i, script, false), SCANNER.match(s, i, script, true),
                            "'" + s + "' at " + i + " " + script);
                }
            }
        }
        assertTrue(fast > 20_000, "the random texts should exercise the fast path: " + fast);
    }

    /** Whether the fast path read {@code s}; fails when it reads it otherwise than the reader. */
    private static boolean agreeWhole(String s) {
        if (s.isEmpty() || s.length() > NumeralParser.MAX_LENGTH) {
            return false;
        }
        if (NumeralFastPath.refused(s, 0)) {
            assertEquals(null, NumeralParser.readFully(s, s.length()), "'" + s + "'");
        }
        Numeral fast = NumeralFastPath.read(s, 0, s.length());
        if (fast == null) {
            return false;
        }
        assertEquals(NumeralParser.readFully(s, s.length()), fast, "'" + s + "'");
        return true;
    }
}
