package io.github.tiqu.extractors.date;

import java.time.LocalDateTime;
import java.util.Optional;

import io.github.tiqu.core.text.SourceText;

/**
 * Finds the date a document was published, from a full date in its dateline or byline, so that
 * relative dates can resolve when the caller gives no reference time.
 */
public final class DocumentDate {

    private DocumentDate() {
    }

    /** The publication date the text states, or empty. */
    public static Optional<LocalDateTime> find(SourceText text) {
        return Optional.empty();
    }
}
