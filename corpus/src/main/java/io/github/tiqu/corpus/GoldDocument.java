package io.github.tiqu.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One annotated document (or one-line case): its text, the reference time relative dates resolve
 * against, and the expected mentions, whose offsets have been checked against the text.
 *
 * @param referenceTime the ISO date or date-time, or null
 */
public record GoldDocument(String id, String input, String referenceTime, List<MentionRecord> expected) {

    public GoldDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(input, "input");
        expected = List.copyOf(expected);
    }
}
