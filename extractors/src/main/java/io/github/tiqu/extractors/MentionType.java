package io.github.tiqu.extractors;

/**
 * The kinds of facts Tiqu reports, in the order of specificity that breaks ties between overlapping
 * mentions of equal length (see {@link OverlapPolicy}): a PROJECT name is more specific than a date
 * inside it, a DATE more than a bare NUMBER.
 */
public enum MentionType {
    PROJECT,
    DATE,
    DURATION,
    SET,
    QUANTITY,
    PERCENT,
    ORDINAL,
    NUMBER
}
