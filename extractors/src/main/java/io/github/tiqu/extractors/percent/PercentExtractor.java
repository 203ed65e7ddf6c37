package io.github.tiqu.extractors.percent;

import java.util.List;
import java.util.Set;

import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.MentionType;
import io.github.tiqu.extractors.pipeline.Document;
import io.github.tiqu.extractors.pipeline.TypeExtractor;

/** Finds PERCENT mentions. Not built yet: see the issue of its type. */
public final class PercentExtractor implements TypeExtractor {

    @Override
    public Set<MentionType> types() {
        return Set.of(MentionType.PERCENT);
    }

    @Override
    public void extract(Document document, List<Mention> out) {
        // Not built yet.
    }
}
