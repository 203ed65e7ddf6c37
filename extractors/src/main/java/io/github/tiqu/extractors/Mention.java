package io.github.tiqu.extractors;

import io.github.tiqu.core.text.TextSpan;

/**
 * One fact found in a text: a span of the original input with a type and a normalized value, as
 * {@code shared/spec/ANNOTATION.md} defines them.
 *
 * <p>{@link #span()} holds UTF-16 offsets into the original input, end exclusive, so that
 * {@code input.substring(start(), end())} equals {@link #text()}. {@link #value()} is the value in the
 * contract's string form (a plain decimal, an ISO-8601 date, interval or duration, a project name);
 * each record also offers it typed. The optional fields of the contract return null where they do
 * not apply, as they are absent from the JSON form.
 * All implementations are immutable records.
 */
public sealed interface Mention permits DateMention, DurationMention, SetMention, QuantityMention,
        PercentMention, NumberMention, OrdinalMention, ProjectMention {

    MentionType type();

    TextSpan span();

    /** The original characters of the span. */
    String text();

    /** The normalized value in the contract's string form. */
    String value();

    /** The name of the rule that found the mention, for debugging. */
    String rule();

    default int start() {
        return span().start();
    }

    default int end() {
        return span().end();
    }

    /** The high end of a range in the contract's string form, or null. */
    default String valueMax() {
        return null;
    }

    /** The unit (QUANTITY, PERCENT, ORDINAL), or null. */
    default String unit() {
        return null;
    }

    /** The measure of a QUANTITY, or null. */
    default Measure measure() {
        return null;
    }

    /** The mod, or null. */
    default Mod mod() {
        return null;
    }

    /** The kind of a PROJECT, or null. */
    default ProjectKind kind() {
        return null;
    }
}
