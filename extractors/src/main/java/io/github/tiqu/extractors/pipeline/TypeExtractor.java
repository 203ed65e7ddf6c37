package io.github.tiqu.extractors.pipeline;

import java.util.List;
import java.util.Set;

import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.MentionType;

/**
 * One family of mention types (numbers, quantities, time, projects...). Each recognizes candidates in
 * the document and resolves them to mentions; overlaps between families are settled afterwards, once,
 * by {@link io.github.tiqu.extractors.OverlapPolicy}. Implementations are immutable and thread-safe;
 * they keep no state between calls.
 */
public interface TypeExtractor {

    /** The types this extractor can emit. */
    Set<MentionType> types();

    /** Adds the mentions found in {@code document} to {@code out}; they may overlap each other. */
    void extract(Document document, List<Mention> out);
}
