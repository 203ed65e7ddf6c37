package io.github.tiqu.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class GoldLoaderTest {

    @Test
    void loadsEveryBundledGoldFileWithCheckedOffsets() {
        List<GoldDocument> docs = GoldLoader.loadAllBundled();
        assertEquals(4, docs.size()); // the shared gold only; BENCH and SYNTHETIC are loaded apart
        GoldDocument seed = docs.get(0);
        assertEquals("seed/zhuzhou-2023", seed.id());
        assertEquals("2023-12-25", seed.referenceTime());
        assertEquals(93, seed.expected().size());
        MentionRecord m = seed.expected().stream().filter(x -> x.text().equals("突破1600亿元")).findFirst().orElseThrow();
        assertEquals("160000000000", m.value());
        assertEquals("CNY", m.unit());
        assertEquals("MORE_THAN", m.mod());
        assertNull(m.kind());
    }

    @Test
    void rejectsOffsetsThatDoNotPointAtTheirText() {
        String line = "{\"id\":\"x\",\"input\":\"增长61.7%\",\"expected\":[{\"type\":\"PERCENT\",\"text\":\"61.7%\","
                + "\"start\":1,\"end\":6,\"value\":\"61.7\",\"unit\":\"%\"}]}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldLoader.parse(line, "f:1"));
        assertTrue(e.getMessage().startsWith("f:1: PERCENT '61.7%' at [1,6) points at '长61.7'"), e.getMessage());
        String past = line.replace("\"start\":1,\"end\":6", "\"start\":2,\"end\":9");
        assertThrows(IllegalArgumentException.class, () -> GoldLoader.parse(past, "f:1"));
        assertThrows(IllegalArgumentException.class, () -> GoldLoader.parse("{\"id\":1}", "f:2"));
        assertThrows(IllegalArgumentException.class, () -> GoldLoader.parse("not json", "f:3"));
    }

    @Test
    void acceptsCorrectOffsetsWithSurrogatePairs() {
        String line = "{\"id\":\"y\",\"input\":\"𠀀增长5%\",\"expected\":[{\"type\":\"PERCENT\",\"text\":\"5%\","
                + "\"start\":4,\"end\":6,\"value\":\"5\",\"unit\":\"%\"}]}";
        assertEquals(1, GoldLoader.parse(line, "f:1").expected().size());
    }

    @Test
    void readsReferenceTimesOfEveryIsoForm() {
        assertEquals(LocalDateTime.of(2023, 12, 25, 0, 0), ReferenceTimes.parse("2023-12-25"));
        assertEquals(LocalDateTime.of(2013, 2, 12, 4, 30), ReferenceTimes.parse("2013-02-12T04:30:00-02:00"));
        assertEquals(LocalDateTime.of(2021, 6, 14, 1, 6, 40), ReferenceTimes.parse("2021-06-14 01:06:40"));
        assertEquals(LocalDateTime.of(2021, 5, 1, 0, 0), ReferenceTimes.parse("2021-05"));
        assertEquals(LocalDateTime.of(2019, 1, 1, 0, 0), ReferenceTimes.parse("2019"));
        assertThrows(IllegalArgumentException.class, () -> ReferenceTimes.parse("2023-13-45"));
        assertThrows(IllegalArgumentException.class, () -> ReferenceTimes.parse("yesterday"));
    }

    @Test
    void loadsTheBenchAndSyntheticCorporaWithCheckedOffsets() {
        List<GoldDocument> bench = GoldLoader.loadAll(GoldLoader.BENCH, GoldLoader::loadBundled);
        assertEquals(13, bench.size());
        assertEquals(379, bench.stream().mapToInt(d -> d.expected().size()).sum());
        List<GoldDocument> synthetic = GoldLoader.loadAll(GoldLoader.SYNTHETIC, GoldLoader::loadSynthetic);
        assertEquals(42, synthetic.size());
        assertTrue(synthetic.stream().allMatch(d -> d.referenceTime() != null));
    }
}
