package io.github.tiqu.extractors;

import java.util.List;
import java.util.Objects;

/**
 * What one call of {@link TiquExtractor#extract} found: the mentions in text order, and the reference
 * time that relative dates were resolved against.
 *
 * <p>Immutable and thread-safe: the list of mentions is copied and unmodifiable.
 */
public record Extraction(List<Mention> mentions, ReferenceTime reference) {

    public Extraction {
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(reference, "reference");
    }

    /** The mentions of one type, in text order. */
    public List<Mention> of(MentionType type) {
        return mentions.stream().filter(m -> m.type() == type).toList();
    }
}
