package io.github.tiqu.extractors.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.tiqu.core.resource.TsvTable;
import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.core.token.hanlp.HanLpTokenizer;
import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.Mod;
import io.github.tiqu.extractors.NumberMention;
import io.github.tiqu.extractors.ReferenceTime;
import io.github.tiqu.extractors.pipeline.Document;

class NumberExtractorTest {

    private static final NumberExtractor EXTRACTOR = new NumberExtractor();

    static Stream<Arguments> cases() {
        return TsvTable.load(NumberExtractorTest.class, "number.cases.tsv").rows().stream()
                .map(r -> Arguments.of(r.where(), r.get("text"), r.require("expected")));
    }

    private static List<Mention> extract(String text) {
        Document d = new Document(SourceText.of(text), ReferenceTime.none(), HanLpTokenizer.standard());
        List<Mention> out = new ArrayList<>();
        EXTRACTOR.extract(d, out);
        return out;
    }

    private static String describe(Mention m) {
        NumberMention n = (NumberMention) m;
        return m.text() + "@" + m.start() + "=" + m.value() + (m.valueMax() == null ? "" : "~" + m.valueMax())
                + (n.mod() == null ? "" : n.mod() == Mod.MORE_THAN ? "+" : n.mod() == Mod.LESS_THAN ? "<" : "?" + n.mod());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void findsTheNumbers(String where, String text, String expected) {
        List<Mention> found = extract(text);
        String got = found.isEmpty() ? "-" : found.stream().map(NumberExtractorTest::describe)
                .collect(Collectors.joining(" ; "));
        assertEquals(expected, got, where);
        for (Mention m : found) {
            assertEquals(text.substring(m.start(), m.end()), m.text(), where);
        }
    }

    @Test
    void randomTextNeverThrowsAndSpansAreInBounds() {
        Random random = new Random(11);
        String alphabet = "零一二两三四五六七八九十百千万亿壹拾点负-.,/分之几多余打第个年G5 ，。“”\uD83D\uDE00\uD800\n";
        for (int t = 0; t < 300; t++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(60);
            for (int i = 0; i < len; i++) {
                b.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x10000)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            int last = 0;
            for (Mention m : extract(s)) {
                assertTrue(m.start() >= last && m.end() <= s.length() && m.start() < m.end(), s);
                last = m.end();
            }
        }
    }

    @Test
    void longRunsAreReadInLinearTime() {
        assertTrue(extract("9".repeat(1_000_000)).isEmpty());
        assertTrue(extract("亿".repeat(100_000)).isEmpty());
        assertEquals(1, extract("三" + "亿".repeat(100_000)).size());
    }
}
