package io.github.tiqu.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexiconTest {

    private static final Lexicon<String> UNITS = Lexicon.<String>builder()
            .add("元", "CNY").add("亿元", "CNY×1e8").add("万元", "CNY×1e4").add("美元", "USD")
            .add("公里", "km").add("平方公里", "km2").add("米", "m").add("平方米", "m2")
            .build();

    @Test
    void longestFormStartingAtAnOffset() {
        String text = "突破1600亿元，面积3平方公里";
        assertEquals("亿元", UNITS.longestAt(text, 6).surface());
        assertEquals("CNY×1e8", UNITS.longestAt(text, 6).value());
        assertEquals("平方公里", UNITS.longestAt(text, 12).surface());
        assertNull(UNITS.longestAt(text, 0));
        assertNull(UNITS.longestAt(text, -1));
        assertNull(UNITS.longestAt(text, text.length()));
    }

    @Test
    void longestFormEndingAtAnOffset() {
        String text = "面积3平方米";
        assertEquals("平方米", UNITS.longestEndingAt(text, 6).surface());
        assertEquals("元", UNITS.longestEndingAt("三元", 2).surface());
        assertNull(UNITS.longestEndingAt(text, 0));
        assertNull(UNITS.longestEndingAt(text, 7));
    }

    @Test
    void exactLookupAndLaterFormsReplaceEarlier() {
        Lexicon<Integer> l = Lexicon.<Integer>builder().add("工程", 1).add("工程", 2).add("项目", 3).build();
        assertEquals(2, l.get("工程"));
        assertNull(l.get("工"));
        assertEquals(2, l.size());
        assertTrue(l.canStartWith('项'));
        assertFalse(l.canStartWith('目'));
        assertEquals(2, l.maxLength());
    }

    @Test
    void manyFormsSharingCharactersStillResolve() {
        Lexicon.Builder<Integer> b = Lexicon.builder();
        for (int i = 0; i < 2000; i++) {
            b.add("词" + (char) ('\u4e00' + i) + i, i);
        }
        Lexicon<Integer> l = b.build();
        assertEquals(1234, l.get("词" + (char) ('\u4e00' + 1234) + 1234));
        assertEquals(7, l.longestAt("前词" + (char) ('\u4e00' + 7) + "7后", 1).value());
    }

    @Test
    void rejectsEmptyForms() {
        assertThrows(IllegalArgumentException.class, () -> Lexicon.<String>builder().add("", "x"));
    }
}
