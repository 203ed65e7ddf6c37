package io.github.tiqu.corpus;

import java.util.Objects;

import io.github.tiqu.extractors.Mention;

/**
 * A mention as the JSON contract writes it: every field a string, absent fields null. Gold
 * annotations and predictions (from this library or any other) meet in this form to be scored.
 */
public record MentionRecord(String type, String text, int start, int end, String value, String valueMax,
        String unit, String measure, String mod, String kind) {

    public MentionRecord {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + text);
        }
    }

    /** The contract form of one of our mentions. */
    public static MentionRecord of(Mention m) {
        return new MentionRecord(m.type().name(), m.text(), m.start(), m.end(), m.value(), m.valueMax(),
                m.unit(), m.measure() == null ? null : m.measure().name(), m.mod() == null ? null : m.mod().name(),
                m.kind() == null ? null : m.kind().name());
    }

    /** The normalized field called {@code name} in the contract ({@code value}, {@code value_max}...). */
    public String field(String name) {
        return switch (name) {
            case "value" -> value;
            case "value_max" -> valueMax;
            case "unit" -> unit;
            case "measure" -> measure;
            case "mod" -> mod;
            case "kind" -> kind;
            default -> throw new IllegalArgumentException("no field " + name);
        };
    }
}
