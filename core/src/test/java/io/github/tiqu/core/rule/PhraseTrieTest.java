package io.github.tiqu.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PhraseTrieTest {

    private static final PhraseTrie<String> UNITS = PhraseTrie.<String>builder()
            .add("元", "CNY").add("亿元", "CNY×1e8").add("万元", "CNY×1e4").add("美元", "USD")
            .add("公里", "km").add("平方公里", "km2").add("米", "m").add("平方米", "m2").add("个百分点", "pp")
            .build();

    @Test
    void longestWordStartingAtAnOffset() {
        String text = "突破1600亿元，面积3平方公里";
        assertEquals(new PhraseTrie.Hit<>("CNY×1e8", 6, 8), UNITS.longestAt(text, 6));
        assertEquals(new PhraseTrie.Hit<>("km2", 12, 16), UNITS.longestAt(text, 12));
        assertNull(UNITS.longestAt(text, 0));
        assertNull(UNITS.longestAt(text, text.length()));
        assertNull(UNITS.longestAt(text, -1));
        assertTrue(UNITS.matchesAt(text, 7));
        assertFalse(UNITS.matchesAt(text, 8));
    }

    @Test
    void longestWordEndingAtAnOffsetAboveAFloor() {
        String text = "面积3平方米";
        assertEquals(new PhraseTrie.Hit<>("m2", 3, 6), UNITS.longestEndingAt(text, 6, 0));
        assertEquals(new PhraseTrie.Hit<>("m", 5, 6), UNITS.longestEndingAt(text, 6, 4));
        assertNull(UNITS.longestEndingAt(text, 3, 0));
        assertNull(UNITS.longestEndingAt(text, 9, 0));
    }

    @Test
    void allWordsLongestFirstWithEveryValue() {
        PhraseTrie<String> t = PhraseTrie.<String>builder().add("个", "count").add("个百分点", "pp")
                .add("个", "again").build();
        List<PhraseTrie.Hit<String>> hits = t.allAt("2.4个百分点", 3);
        assertEquals(List.of(new PhraseTrie.Hit<>("pp", 3, 7), new PhraseTrie.Hit<>("count", 3, 4),
                new PhraseTrie.Hit<>("again", 3, 4)), hits);
        assertEquals(List.of(), t.allAt("无", 0));
        assertEquals(2, t.size());
    }

    @Test
    void spacesMayStandBetweenTheCharacters() {
        assertEquals(new PhraseTrie.Hit<>("pp", 0, 5), UNITS.longestAtSkippingSpaces("个百分 点。", 0));
        assertNull(UNITS.longestAtSkippingSpaces(" 个百分点", 0));
    }

    @Test
    void exactLookupAndMapConstruction() {
        PhraseTrie<Integer> t = PhraseTrie.of(Map.of("工程", 1, "项目", 2));
        assertEquals(1, t.get("工程"));
        assertNull(t.get("工"));
        assertTrue(t.canStartWith('项'));
        assertFalse(t.canStartWith('目'));
        assertEquals(2, t.maxLength());
        assertThrows(IllegalArgumentException.class, () -> PhraseTrie.<String>builder().add("", "x"));
    }
}
