package io.github.tiqu.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.tiqu.core.resource.TsvTable;

class CharNormalizerTest {

    static Stream<Arguments> cases() {
        List<TsvTable.Row> rows = TsvTable.load(CharNormalizerTest.class, "normalize.cases.tsv").rows();
        return rows.stream().map(r -> Arguments.of(r.get("input"), r.get("normalized")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void normalizesOneToOne(String input, String expected) {
        String normalized = CharNormalizer.standard().normalize(input);
        assertEquals(expected, normalized);
        assertEquals(input.length(), normalized.length(), "offsets must not move");
    }

    /** Every row of the shipped fold table carries an example that contains the folded character. */
    @Test
    void everyFoldRowHasAWorkingExample() {
        TsvTable folds = TsvTable.load(CharNormalizer.class, "char-folds.tsv");
        assertTrue(folds.rows().size() > 5);
        for (TsvTable.Row row : folds.rows()) {
            String from = row.require("from");
            String example = row.require("example");
            assertTrue(example.contains(from), row.where() + ": example lacks " + from);
            String folded = CharNormalizer.standard().normalize(example);
            assertEquals(example.length(), folded.length(), row.where());
            assertTrue(folded.contains(row.require("to")), row.where() + ": " + folded);
            assertNotEquals(-1, folded.indexOf(row.require("to")));
        }
    }

    @Test
    void unchangedTextIsReturnedAsIs() {
        String s = "没有需要折叠的字符";
        assertTrue(s == CharNormalizer.standard().normalize(s));
    }

    @Test
    void surrogatesAndControlCharactersPassThrough() {
        String s = "\uD83D\uDE00\uD800x\u0000\u001F\uDFFF";
        assertEquals(s, CharNormalizer.standard().normalize(s));
    }
}
