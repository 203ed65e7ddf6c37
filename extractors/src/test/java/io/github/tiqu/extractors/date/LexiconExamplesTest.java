package io.github.tiqu.extractors.date;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.tiqu.core.resource.TsvTable;
import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.ReferenceTime;
import io.github.tiqu.extractors.pipeline.Document;

/** Every row of every time lexicon has an example; each must give a time mention over its word. */
class LexiconExamplesTest {

    private static final TimeExtractor EXTRACTOR = new TimeExtractor();

    record Example(String file, int line, String word, String example) {
        @Override
        public String toString() {
            return file + ":" + line + " " + word + " in " + example;
        }
    }

    static Stream<Example> examples() {
        List<Example> all = new ArrayList<>();
        for (String[] f : new String[][] {{"holidays.tsv", "name"}, {"relative-words.tsv", "word"},
                {"day-parts.tsv", "word"}, {"time-folds.tsv", "from"}, {"eras.tsv", "name"}}) {
            for (TsvTable.Row row : TsvTable.load(TimeLexicon.class, f[0]).rows()) {
                all.add(new Example(f[0], row.line(), row.require(f[1]), row.require("example")));
            }
        }
        return all.stream();
    }

    static Stream<Example> neighbours() {
        List<Example> all = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.load(TimeLexicon.class, "year-word-neighbours.tsv").rows()) {
            all.add(new Example(row.require("side"), row.line(), row.require("word"), row.require("example")));
        }
        return all.stream();
    }

    /** year-word-neighbours.tsv: in each example, no DATE covers the character the word shares with a relative year word. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("neighbours")
    void neighbourKeepsItsCharacter(Example e) {
        int at = e.example().indexOf(e.word());
        assertTrue(at >= 0, "the example holds the word: " + e);
        int shared = e.file().equals("BEFORE") ? at + e.word().length() - 1 : at;
        List<Mention> out = new ArrayList<>();
        EXTRACTOR.extract(new Document(SourceText.of(e.example()),
                ReferenceTime.caller(LocalDate.of(2023, 12, 25).atStartOfDay()), (t, w) -> List.of()), out);
        boolean covered = out.stream().anyMatch(m -> m.start() <= shared && m.end() > shared);
        assertTrue(!covered, "a time mention takes the word's character: " + e + " -> " + out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleIsFound(Example e) {
        int at = e.example().indexOf(e.word());
        assertTrue(at >= 0, "the example holds the word: " + e);
        List<Mention> out = new ArrayList<>();
        EXTRACTOR.extract(new Document(SourceText.of(e.example()),
                ReferenceTime.caller(LocalDate.of(2023, 12, 25).atStartOfDay()), (t, w) -> List.of()), out);
        boolean covered = out.stream().anyMatch(m -> m.start() <= at && m.end() >= at + e.word().length());
        assertTrue(covered, "no time mention covers the word: " + e + " -> " + out);
    }
}
