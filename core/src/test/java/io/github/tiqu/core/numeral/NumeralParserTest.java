package io.github.tiqu.core.numeral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.tiqu.core.numeral.NumeralParseException.ErrorType;
import io.github.tiqu.core.resource.TsvTable;

class NumeralParserTest {

    private static final NumeralParser PARSER = NumeralParser.standard();

    static Stream<Arguments> cases() {
        return TsvTable.load(NumeralParserTest.class, "numeral.cases.tsv").rows().stream()
                .map(r -> Arguments.of(r.where(), r.get("input"), r.require("value"), r.get("value_max"),
                        r.require("approximation")));
    }

    static Stream<Arguments> negatives() {
        return TsvTable.load(NumeralParserTest.class, "numeral.negatives.tsv").rows().stream()
                .map(r -> Arguments.of(r.where(), r.get("input"), r.require("error")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void readsTheExactValue(String where, String input, String value, String valueMax, String approximation)
            throws NumeralParseException {
        Numeral n = PARSER.parse(input);
        String got = Numeral.plain(n.value()) + " " + (n.valueMax() == null ? "" : Numeral.plain(n.valueMax()))
                + " " + n.approximation();
        assertEquals(value + " " + valueMax + " " + approximation, got, where);
        assertEquals(n, PARSER.tryParse(input).orElseThrow(), where);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @MethodSource("negatives")
    void refusesWithTheReason(String where, String input, String error) {
        NumeralParseException e = assertThrows(NumeralParseException.class, () -> PARSER.parse(input), where);
        assertEquals(ErrorType.valueOf(error), e.type(), where + ": " + e.getMessage());
        assertTrue(e.position() >= 0 && e.position() <= input.length(), where);
        assertTrue(PARSER.tryParse(input).isEmpty(), where);
    }

    @Test
    void valuesAreInTheContractsPlainForm() throws NumeralParseException {
        assertEquals("1.1", PARSER.parse("01.10").value().toPlainString());
        assertEquals("200000", PARSER.parse("2e5").value().toPlainString());
        assertEquals("0", PARSER.parse("零点零零").value().toPlainString());
        assertEquals(0, PARSER.parse("1.0").value().scale());
    }

    @Test
    void refusesWhatIsTooLong() {
        String longDigits = "1".repeat(NumeralParser.MAX_LENGTH + 1);
        NumeralParseException e = assertThrows(NumeralParseException.class, () -> PARSER.parse(longDigits));
        assertEquals(ErrorType.TOO_LONG, e.type());
    }

    @Test
    void everyCharacterRowReadsItsExample() {
        for (TsvTable.Row row : TsvTable.load(NumeralChars.class, "numeral-chars.tsv").rows()) {
            String example = row.require("example");
            assertTrue(PARSER.tryParse(example).isPresent(), row.where() + ": " + example);
        }
    }

    @Test
    void randomInputNeverThrowsAnythingElse() {
        RandomText random = new RandomText(20231225,
                "零一二两三四五六七八九十百千万亿兆壹贰拾佰仟萬億點点负-+.,，/^e分之又几多余打半数廿 0123456789０１\uD800\uDC00\u0000\n");
        for (int t = 0; t < 20_000; t++) {
            String s = random.next(12, 10);
            try {
                Numeral n = PARSER.parse(s);
                assertNotNull(n.value());
                assertFalse(n.value().toPlainString().contains("E"), s);
            } catch (NumeralParseException e) {
                assertTrue(e.position() >= 0 && e.position() <= s.length(), s + ": " + e.getMessage());
            }
        }
    }
}
