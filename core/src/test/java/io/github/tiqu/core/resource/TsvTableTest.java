package io.github.tiqu.core.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class TsvTableTest {

    @Test
    void readsHeaderRowsAndSkipsComments() throws Exception {
        TsvTable t = TsvTable.parse("t.tsv", new StringReader("# comment\nsurface\tunit\texample\n亿元\tCNY\t1600亿元\n\n万吨\tt\n"));
        assertEquals(2, t.rows().size());
        assertEquals("CNY", t.rows().get(0).get("unit"));
        assertEquals("", t.rows().get(1).get("example"));
        assertEquals("t.tsv:5", t.rows().get(1).where());
    }

    @Test
    void failsWithWhereAndWhy() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TsvTable.parse("bad.tsv", new StringReader("a\tb\n1\t2\t3\n")));
        assertTrue(e.getMessage().startsWith("bad.tsv:2"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> TsvTable.parse("empty.tsv", new StringReader("# only\n")));
        assertThrows(IllegalStateException.class, () -> TsvTable.load(TsvTableTest.class, "missing.tsv"));
    }

    @Test
    void requireRejectsEmptyCells() throws Exception {
        TsvTable t = TsvTable.parse("t.tsv", new StringReader("a\tb\nx\t\n"));
        TsvTable.Row row = t.rows().get(0);
        assertThrows(IllegalStateException.class, () -> row.require("b"));
        assertThrows(IllegalStateException.class, () -> row.get("c"));
    }
}
