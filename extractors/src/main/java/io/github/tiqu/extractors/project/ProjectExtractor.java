package io.github.tiqu.extractors.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.MentionType;
import io.github.tiqu.extractors.pipeline.Document;
import io.github.tiqu.extractors.pipeline.TypeExtractor;

/** Finds PROJECT mentions. Not built yet: see the project issue. */
public final class ProjectExtractor implements TypeExtractor {

    private ProjectExtractor() {
    }

    /** The extractor with the default lexicons plus the user's files. */
    public static ProjectExtractor create(List<Path> userLexicons) {
        return new ProjectExtractor();
    }

    @Override
    public Set<MentionType> types() {
        return Set.of(MentionType.PROJECT);
    }

    @Override
    public void extract(Document document, List<Mention> out) {
        // Not built yet.
    }
}
