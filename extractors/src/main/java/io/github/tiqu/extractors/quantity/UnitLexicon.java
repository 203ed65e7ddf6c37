package io.github.tiqu.extractors.quantity;

import io.github.tiqu.core.rule.PhraseTrie;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.tiqu.core.resource.TsvTable;
import io.github.tiqu.extractors.Measure;

/**
 * The units and classifiers of {@code units.tsv} and {@code classifiers.tsv}, and the time units of
 * {@code time-units.tsv} that stop a figure from being a QUANTITY. Lookups are longest-match tries.
 *
 * <p>Immutable and thread-safe; {@link #standard()} is loaded once.
 */
public final class UnitLexicon {

    private static final class Holder {
        static final UnitLexicon STANDARD = load();
    }

    /** A time unit: {@code 小时}, with the symbol it has in a rate ({@code h}), or "" where it has none. */
    public record TimeUnit(String surface, String symbol) {
    }

    private final PhraseTrie<Unit> suffixes;
    private final PhraseTrie<Unit> prefixes;
    private final PhraseTrie<TimeUnit> timeUnits;
    private final List<Unit> all;

    private UnitLexicon(PhraseTrie<Unit> suffixes, PhraseTrie<Unit> prefixes, PhraseTrie<TimeUnit> timeUnits,
            List<Unit> all) {
        this.suffixes = suffixes;
        this.prefixes = prefixes;
        this.timeUnits = timeUnits;
        this.all = List.copyOf(all);
    }

    public static UnitLexicon standard() {
        return Holder.STANDARD;
    }

    /** Units and classifiers that can follow a figure at {@code start}, longest first. */
    public List<PhraseTrie.Hit<Unit>> suffixesAt(CharSequence text, int start) {
        return suffixes.allAt(text, start);
    }

    /** The longest prefix unit ({@code ￥}, {@code 人民币}, {@code 时速}) that ends at {@code end}, or null. */
    public PhraseTrie.Hit<Unit> prefixEndingAt(CharSequence text, int end, int floor) {
        return prefixes.longestEndingAt(text, end, floor);
    }

    /** The longest time unit at {@code start}, or null. */
    public PhraseTrie.Hit<TimeUnit> timeUnitAt(CharSequence text, int start) {
        return timeUnits.longestAt(text, start);
    }

    /** The longest classifier at {@code start}, or null. */
    public PhraseTrie.Hit<Unit> classifierAt(CharSequence text, int start) {
        for (PhraseTrie.Hit<Unit> hit : suffixes.allAt(text, start)) {
            if (hit.value().isClassifier()) {
                return hit;
            }
        }
        return null;
    }

    /** Every unit and classifier, in file order (for tests). */
    public List<Unit> all() {
        return all;
    }

    private static UnitLexicon load() {
        PhraseTrie.Builder<Unit> suffixes = PhraseTrie.builder();
        PhraseTrie.Builder<Unit> prefixes = PhraseTrie.builder();
        List<Unit> all = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.load(UnitLexicon.class, "units.tsv").rows()) {
            Unit unit = new Unit(row.require("surface"), row.require("unit"),
                    enumOf(Measure.class, row.require("measure"), row),
                    new BigDecimal(row.require("factor")),
                    enumOf(Unit.Position.class, row.require("position"), row), flags(row));
            all.add(unit);
            if (unit.position().suffix()) {
                suffixes.add(unit.surface(), unit);
            }
            if (unit.position().prefix()) {
                prefixes.add(unit.surface(), unit);
            }
        }
        // Classifiers come after the units: where a surface is both (块), the unit is tried first.
        for (TsvTable.Row row : TsvTable.load(UnitLexicon.class, "classifiers.tsv").rows()) {
            String surface = row.require("surface");
            Unit unit = new Unit(surface, surface, Measure.COUNT, BigDecimal.ONE, Unit.Position.SUFFIX, flags(row));
            all.add(unit);
            suffixes.add(surface, unit);
        }
        PhraseTrie.Builder<TimeUnit> times = PhraseTrie.builder();
        for (TsvTable.Row row : TsvTable.load(UnitLexicon.class, "time-units.tsv").rows()) {
            times.add(row.require("surface"), new TimeUnit(row.require("surface"), row.get("symbol")));
        }
        return new UnitLexicon(suffixes.build(), prefixes.build(), times.build(), all);
    }

    private static Set<Unit.Flag> flags(TsvTable.Row row) {
        Set<Unit.Flag> flags = EnumSet.noneOf(Unit.Flag.class);
        for (String f : row.get("flags").split(",")) {
            if (!f.isBlank()) {
                flags.add(enumOf(Unit.Flag.class, f.trim(), row));
            }
        }
        return flags;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name, TsvTable.Row row) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(row.where() + ": no " + type.getSimpleName() + " '" + name + "'", e);
        }
    }
}
