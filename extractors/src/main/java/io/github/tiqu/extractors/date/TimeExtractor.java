package io.github.tiqu.extractors.date;

import java.util.List;
import java.util.Set;

import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.MentionType;
import io.github.tiqu.extractors.pipeline.Document;
import io.github.tiqu.extractors.pipeline.TypeExtractor;

/** Finds DATE, DURATION and SET mentions. Not built yet: see the time issue. */
public final class TimeExtractor implements TypeExtractor {

    @Override
    public Set<MentionType> types() {
        return Set.of(MentionType.DATE, MentionType.DURATION, MentionType.SET);
    }

    @Override
    public void extract(Document document, List<Mention> out) {
        // Not built yet.
    }
}
