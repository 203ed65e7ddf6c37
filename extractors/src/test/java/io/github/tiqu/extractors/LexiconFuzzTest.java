package io.github.tiqu.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.tiqu.core.resource.TsvTable;

/**
 * Grammar-aware fuzzing: random sequences of the words the extractors know (the first column of every
 * lexicon), numerals and punctuation, cut at random places, so that every rule meets the end of the text
 * and odd neighbours. No input may throw; every mention must cut its own text.
 */
class LexiconFuzzTest {

    private static final TiquExtractor TIQU = TiquExtractor.create();

    private static List<String> lexiconWords() throws IOException, URISyntaxException {
        // The shipped lexicons (main resources), found from one of them: the test resources share the path.
        Path root = Path.of(TiquExtractor.class.getResource("quantity/units.tsv").toURI()).getParent().getParent();
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).toList()) {
                TsvTable table;
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    table = TsvTable.parse(f.toString(), r);
                }
                String first = table.header().get(0);
                for (TsvTable.Row row : table.rows()) {
                    String w = row.get(first);
                    if (!w.isBlank() && w.length() <= 12) {
                        words.add(w);
                    }
                }
            }
        }
        return words;
    }

    @Test
    void randomSequencesOfKnownWordsNeverThrow() throws Exception {
        List<String> words = new ArrayList<>(lexiconWords());
        assertTrue(words.size() > 500, "lexicons found: " + words.size());
        words.addAll(List.of("1", "12", "2023", "3.5", "十", "二十", "一百", "两", "半", "第", "每", "前", "后",
                "至", "—", "-", "~", "到", "，", "。", " ", "\n", "“", "”", "《", "》", "(", ")", "%", "年", "月",
                "日", "号", "点", "时", "分", "上", "下", "本", "今", "明", "去", "礼拜", "星期", "周"));
        Random random = new Random(7);
        LocalDate reference = LocalDate.of(2023, 12, 25);
        for (int i = 0; i < 6000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(6);
            for (int j = 0; j < n; j++) {
                b.append(words.get(random.nextInt(words.size())));
            }
            String text = b.substring(0, 1 + random.nextInt(b.length()));
            if (random.nextInt(3) == 0) {
                text += random.nextBoolean() ? " " : "。";
            }
            try {
                for (Extraction e : List.of(TIQU.extract(text, reference), TIQU.extract(text))) {
                    for (Mention m : e.mentions()) {
                        assertEquals(text.substring(m.start(), m.end()), m.text(), text);
                    }
                }
            } catch (RuntimeException e) {
                fail("input '" + text + "' threw " + e, e);
            }
        }
    }
}
