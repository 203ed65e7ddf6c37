package io.github.tiqu.extractors.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.tiqu.core.resource.TsvTable;
import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.MentionType;
import io.github.tiqu.extractors.percent.PercentExtractor;

/** Runs the example of every lexicon row: each row says what its example must give. */
class LexiconExamplesTest {

    private static Stream<TsvTable.Row> rows(Class<?> anchor, String file) {
        return TsvTable.load(anchor, file).rows().stream();
    }

    /** The one mention of {@code type} in the example whose text contains {@code word}. */
    private static Mention covering(String example, String word, MentionType type, String where) {
        assertTrue(example.contains(word), where + ": the example does not contain " + word);
        List<Mention> all = Cases.extract(example);
        List<Mention> hits = all.stream().filter(m -> m.type() == type && m.text().contains(word)).toList();
        assertEquals(1, hits.size(), where + ": " + type + " with " + word + " in " + example + ": "
                + all.stream().map(Cases::render).toList());
        return hits.get(0);
    }

    private static void assertValue(String expected, Mention m, String where) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(m.value())), where + ": " + Cases.render(m));
    }

    static Stream<TsvTable.Row> units() {
        return rows(UnitLexicon.class, "units.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    void unitRowGivesItsQuantity(TsvTable.Row row) {
        String surface = row.require("surface");
        Mention m = covering(row.require("example"), surface, MentionType.QUANTITY, row.where());
        assertValue(row.require("value"), m, row.where());
        String unit = row.require("unit");
        if (row.require("measure").equals("RATE")) {
            assertTrue(m.unit().endsWith(unit), row.where() + ": " + m.unit());
        } else {
            assertEquals(unit, m.unit(), row.where());
            assertEquals(row.require("measure"), m.measure().name(), row.where());
        }
    }

    static Stream<TsvTable.Row> classifiers() {
        return rows(UnitLexicon.class, "classifiers.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classifiers")
    void classifierRowGivesItsCount(TsvTable.Row row) {
        String surface = row.require("surface");
        Mention m = covering(row.require("example"), surface, MentionType.QUANTITY, row.where());
        assertValue(row.require("value"), m, row.where());
        assertEquals(surface, m.unit(), row.where());
        assertEquals("COUNT", m.measure().name(), row.where());
    }

    static Stream<TsvTable.Row> mods() {
        return rows(ModLexicon.class, "mods.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mods")
    void modRowGivesItsMod(TsvTable.Row row) {
        String surface = row.require("surface");
        String example = row.require("example");
        List<Mention> hits = Cases.extract(example).stream()
                .filter(m -> Cases.TYPES.contains(m.type()) && m.text().contains(surface)).toList();
        assertEquals(1, hits.size(), row.where() + ": " + Cases.extract(example).stream().map(Cases::render).toList());
        assertEquals(row.require("mod"), hits.get(0).mod().name(), row.where());
        assertValue(row.require("value"), hits.get(0), row.where());
    }

    static Stream<TsvTable.Row> countNouns() {
        return rows(CountNouns.class, "count-nouns.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("countNouns")
    void countNounRowIsCounted(TsvTable.Row row) {
        Mention m = covering(row.require("example"), row.require("noun"), MentionType.QUANTITY, row.where());
        assertEquals(row.require("unit"), m.unit(), row.where());
        assertEquals("COUNT", m.measure().name(), row.where());
    }

    static Stream<TsvTable.Row> composites() {
        return rows(Composites.class, "composites.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composites")
    void compositeRowGivesOneAmount(TsvTable.Row row) {
        Mention m = covering(row.require("example"), row.require("sub"), MentionType.QUANTITY, row.where());
        assertTrue(m.text().contains(row.require("unit")), row.where() + ": " + Cases.render(m));
        assertValue(row.require("value"), m, row.where());
    }

    static Stream<TsvTable.Row> timeUnits() {
        return rows(UnitLexicon.class, "time-units.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timeUnits")
    void timeUnitRowGivesNoQuantity(TsvTable.Row row) {
        List<Mention> found = Cases.extract(row.require("example")).stream()
                .filter(m -> m.type() == MentionType.QUANTITY).toList();
        assertTrue(found.isEmpty(), row.where() + ": " + found.stream().map(Cases::render).toList());
    }

    static Stream<TsvTable.Row> notMentions() {
        return rows(NotMentions.class, "not-mentions.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notMentions")
    void notMentionRowBlocksItsTypes(TsvTable.Row row) {
        String phrase = row.require("phrase");
        String example = row.require("example");
        int at = example.indexOf(phrase);
        assertTrue(at >= 0, row.where());
        Set<MentionType> types = row.require("types").equals("ALL") ? Cases.TYPES
                : Set.of(Stream.of(row.require("types").split(",")).map(MentionType::valueOf).toArray(MentionType[]::new));
        List<Mention> over = Cases.extract(example).stream()
                .filter(m -> types.contains(m.type()) && m.start() < at + phrase.length() && at < m.end()).toList();
        if (row.require("action").equals("block")) {
            assertTrue(over.isEmpty(), row.where() + ": " + over.stream().map(Cases::render).toList());
        } else {
            assertFalse(over.isEmpty(), row.where() + ": a kept word keeps its figure");
        }
    }

    static Stream<TsvTable.Row> percentWords() {
        return rows(PercentExtractor.class, "percent-words.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("percentWords")
    void percentWordRowGivesItsPercent(TsvTable.Row row) {
        Mention m = covering(row.require("example"), row.require("surface"), MentionType.PERCENT, row.where());
        assertValue(row.require("value"), m, row.where());
        assertEquals(row.require("unit"), m.unit(), row.where());
    }

    static Stream<TsvTable.Row> ordinalNameHeads() {
        return rows(io.github.tiqu.extractors.ordinal.OrdinalExtractor.class, "name-heads.tsv");
    }

    /** 第一人民医院, 第三开标室: the example's 第N is part of a name, so no ORDINAL covers the word. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("ordinalNameHeads")
    void ordinalNameHeadRowGivesNoOrdinal(TsvTable.Row row) {
        String word = row.require("word");
        String example = row.require("example");
        assertTrue(example.contains(word) && example.contains("第"), row.where() + ": the example lacks 第 or " + word);
        List<Mention> all = Cases.extract(example);
        assertFalse(all.stream().anyMatch(m -> m.type() == MentionType.ORDINAL), row.where() + ": "
                + all.stream().map(Cases::render).toList());
    }
}
