package io.github.tiqu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.tiqu.corpus.Json;
import io.github.tiqu.extractors.TiquExtractor;

class JsonLinesRunnerTest {

    private static final TiquExtractor TIQU = TiquExtractor.create();

    private record Run(int status, List<String> lines, String errors) {
    }

    private static Run run(String input) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new JsonLinesRunner(TIQU).run(new BufferedReader(new StringReader(input)), out,
                new PrintWriter(err, true));
        return new Run(status, out.toString().lines().toList(), err.toString());
    }

    @Test
    void oneLinePerInputLineInOrderWithErrorsInPlace() throws Exception {
        String input = String.join("\n",
                "{\"id\":\"a\",\"input\":\"三百五十\",\"reference_time\":\"2023-12-25\"}",
                "{not json",
                "{\"id\":\"b\"}",
                "{\"id\":\"c\",\"input\":\"x\",\"reference_time\":\"2023-13-45\"}",
                "",
                "[1,2]",
                "{\"id\":7,\"input\":\"\",\"extra\":true}",
                "{\"id\":\"d\",\"input\":\"二十\"}") + "\n";
        Run r = run(input);
        assertEquals(1, r.status());
        assertEquals(8, r.lines().size());
        JsonNode first = Json.MAPPER.readTree(r.lines().get(0));
        assertEquals("a", first.get("id").asText());
        JsonNode m = first.get("mentions").get(0);
        assertEquals("NUMBER", m.get("type").asText());
        assertEquals(0, m.get("start").asInt());
        assertEquals(4, m.get("end").asInt());
        assertEquals("350", m.get("value").asText());
        assertEquals("{\"id\":null,\"error\":\"not JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name\"}",
                r.lines().get(1));
        assertEquals("{\"id\":\"b\",\"error\":\"no input\"}", r.lines().get(2));
        assertTrue(r.lines().get(3).startsWith("{\"id\":\"c\",\"error\":\"bad reference_time '2023-13-45'"));
        assertEquals("{\"id\":null,\"error\":\"empty line\"}", r.lines().get(4));
        assertEquals("{\"id\":null,\"error\":\"not a JSON object\"}", r.lines().get(5));
        assertEquals("{\"id\":7,\"mentions\":[]}", r.lines().get(6));
        assertEquals("d", Json.MAPPER.readTree(r.lines().get(7)).get("id").asText());
        assertEquals(5, r.errors().lines().count(), r.errors());
        assertTrue(r.errors().startsWith("tiqu extract: line 2: not JSON"), r.errors());
    }

    @Test
    void allGoodLinesExitZeroAndOutputIsDeterministic() throws Exception {
        String input = "{\"id\":\"x\",\"input\":\"增长三十五万七千\",\"reference_time\":\"2023-12-25\"}\n"
                + "{\"id\":\"y\",\"input\":\"１２３\"}\n";
        Run a = run(input);
        Run b = run(input);
        assertEquals(0, a.status());
        assertEquals(a.lines(), b.lines());
        assertEquals("{\"id\":\"y\",\"mentions\":[{\"type\":\"NUMBER\",\"text\":\"１２３\",\"start\":0,\"end\":3,\"value\":\"123\"}]}",
                a.lines().get(1));
        assertEquals("", a.errors());
    }

    @Test
    void aReferenceOfReducedPrecisionKeepsMonthsInsideItsYear() throws Exception {
        String input = "{\"id\":\"y\",\"input\":\"九月下旬召开\",\"reference_time\":\"2021\"}\n"
                + "{\"id\":\"m\",\"input\":\"28日召开\",\"reference_time\":\"2021-05\"}\n"
                + "{\"id\":\"d\",\"input\":\"九月下旬召开\",\"reference_time\":\"2021-01-01\"}\n"
                + "{\"id\":\"bad\",\"input\":\"九月\",\"reference_time\":\"2021-13\"}\n";
        Run r = run(input);
        assertEquals(1, r.status());
        assertEquals("2021-09-21/2021-09-30", Json.MAPPER.readTree(r.lines().get(0)).get("mentions").get(0).get("value").asText());
        assertEquals("2021-05-28", Json.MAPPER.readTree(r.lines().get(1)).get("mentions").get(0).get("value").asText());
        assertEquals("2020-09-21/2020-09-30", Json.MAPPER.readTree(r.lines().get(2)).get("mentions").get(0).get("value").asText());
        assertTrue(r.lines().get(3).startsWith("{\"id\":\"bad\",\"error\":\"bad reference_time '2021-13'"), r.lines().get(3));
    }
}
