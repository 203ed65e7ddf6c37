package io.github.tiqu.extractors.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.tiqu.core.resource.TsvTable;
import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.MentionType;
import io.github.tiqu.extractors.TiquExtractor;

/** Every row of session-names.tsv: its example holds the word and gives no QUANTITY. */
class SessionNamesTest {

    private static final TiquExtractor QUANTITIES = TiquExtractor.builder().types(MentionType.QUANTITY).build();

    static Stream<TsvTable.Row> rows() {
        return TsvTable.load(SessionNames.class, "session-names.tsv").rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void exampleHasTheWordAndNoCount(TsvTable.Row row) {
        String example = row.require("example");
        assertTrue(example.contains(row.require("classifier") + row.require("word")), row.where());
        List<Mention> found = QUANTITIES.extract(example, LocalDate.of(2021, 3, 1)).mentions();
        assertEquals(List.of(), found, row.where());
    }
}
