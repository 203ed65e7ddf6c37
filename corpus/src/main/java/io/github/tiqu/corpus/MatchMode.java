package io.github.tiqu.corpus;

/** How a predicted mention is matched to a gold one (always within one type). */
public enum MatchMode {
    /** Same start and end. */
    SPAN,
    /** Overlapping spans, one to one, greedily by the largest overlap. */
    OVERLAP,
    /** Same start and end, and every normalized field of the gold mention equal. */
    STRICT
}
