package io.github.tiqu.extractors.quantity;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import io.github.tiqu.core.resource.TsvTable;

/**
 * The composite amounts of {@code composites.tsv}: a figure in a unit followed by a figure in a
 * smaller one ({@code 5元3角}, {@code 3斤5两}). Immutable and thread-safe.
 */
final class Composites {

    private static final class Holder {
        static final Composites STANDARD = load();
    }

    /** unit surface -> sub-unit surface -> how many units one sub-unit is */
    private final Map<String, Map<String, BigDecimal>> ratios;

    private Composites(Map<String, Map<String, BigDecimal>> ratios) {
        this.ratios = ratios;
    }

    static Composites standard() {
        return Holder.STANDARD;
    }

    boolean hasSubunits(String unit) {
        return ratios.containsKey(unit);
    }

    /** How many {@code unit}s one {@code sub} is, or null where {@code sub} is not its sub-unit. */
    BigDecimal ratio(String unit, String sub) {
        Map<String, BigDecimal> subs = ratios.get(unit);
        return subs == null ? null : subs.get(sub);
    }

    private static Composites load() {
        Map<String, Map<String, BigDecimal>> ratios = new HashMap<>();
        for (TsvTable.Row row : TsvTable.load(Composites.class, "composites.tsv").rows()) {
            ratios.computeIfAbsent(row.require("unit"), u -> new HashMap<>())
                    .put(row.require("sub"), new BigDecimal(row.require("ratio")));
        }
        Map<String, Map<String, BigDecimal>> frozen = new HashMap<>();
        ratios.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        return new Composites(Map.copyOf(frozen));
    }
}
