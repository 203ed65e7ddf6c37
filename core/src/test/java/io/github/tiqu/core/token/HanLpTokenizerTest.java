package io.github.tiqu.core.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.core.text.TextSpan;
import io.github.tiqu.core.token.hanlp.HanLpTokenizer;

class HanLpTokenizerTest {

    private static final String SEED_LINE = "株洲全力推进３６项具体工作，G4京港澳高速扩容工程加快建设，"
            + "长株潭教师培训共享平台上线运行。截至12月19日，全市优良天数为319天。";

    @Test
    void tokensCoverTheWindowWithOriginalTextAndOffsets() {
        SourceText text = SourceText.of(SEED_LINE);
        List<Token> tokens = HanLpTokenizer.standard().tokenize(text);
        assertFalse(tokens.isEmpty());
        int at = 0;
        for (Token t : tokens) {
            assertEquals(at, t.start(), "no gap before " + t);
            assertEquals(SEED_LINE.substring(t.start(), t.end()), t.text());
            at = t.end();
        }
        assertEquals(SEED_LINE.length(), at);
        // Full-width digits are read as digits but reported as written.
        assertTrue(tokens.stream().anyMatch(t -> t.text().equals("３６") && t.isPos("m")), tokens.toString());
    }

    @Test
    void windowOffsetsIndexTheWholeText() {
        SourceText text = SourceText.of(SEED_LINE);
        int start = SEED_LINE.indexOf("长株潭");
        TextSpan window = new TextSpan(start, SEED_LINE.indexOf("上线"));
        List<Token> tokens = HanLpTokenizer.standard().tokenize(text, window);
        assertEquals(start, tokens.get(0).start());
        assertEquals(window.end(), tokens.get(tokens.size() - 1).end());
        assertEquals("平台", tokens.get(tokens.size() - 1).text());
    }

    @Test
    void emptyAndOddInputs() {
        assertEquals(List.of(), HanLpTokenizer.standard().tokenize(SourceText.of("")));
        String odd = "\uD800a\u0000b\uDFFF😀";
        List<Token> tokens = HanLpTokenizer.standard().tokenize(SourceText.of(odd));
        for (Token t : tokens) {
            assertEquals(odd.substring(t.start(), t.end()), t.text());
        }
        assertThrows(IllegalArgumentException.class,
                () -> HanLpTokenizer.standard().tokenize(SourceText.of("短"), new TextSpan(0, 5)));
    }

    @Test
    void oneInstanceFromEightThreadsGivesTheSameTokensAsOneThread() throws Exception {
        Tokenizer tokenizer = HanLpTokenizer.standard();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add(SEED_LINE.substring(i % 7) + "第" + i + "届北斗规模应用国际峰会在株洲举行。");
        }
        List<List<Token>> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(tokenizer.tokenize(SourceText.of(t)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<List<Token>>>> futures = new ArrayList<>();
            for (int th = 0; th < 8; th++) {
                futures.add(pool.submit(() -> {
                    List<List<Token>> got = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        got.clear();
                        for (String t : texts) {
                            got.add(tokenizer.tokenize(SourceText.of(t)));
                        }
                    }
                    return got;
                }));
            }
            for (Future<List<List<Token>>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
