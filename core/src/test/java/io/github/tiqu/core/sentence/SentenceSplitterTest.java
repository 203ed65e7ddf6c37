package io.github.tiqu.core.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.tiqu.core.resource.TsvTable;

class SentenceSplitterTest {

    static Stream<Arguments> cases() {
        return TsvTable.load(SentenceSplitterTest.class, "sentences.cases.tsv").rows().stream()
                .map(r -> Arguments.of(r.get("input").replace("\\n", "\n"), r.get("sentences")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void splits(String input, String expected) {
        String got = SentenceSplitter.standard().split(input).stream()
                .map(s -> s.cut(input)).collect(Collectors.joining("|"));
        assertEquals(expected, got);
    }
}
