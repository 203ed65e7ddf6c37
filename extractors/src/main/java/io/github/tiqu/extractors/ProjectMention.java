package io.github.tiqu.extractors;

import java.util.Objects;

import io.github.tiqu.core.text.TextSpan;

/**
 * A named project, programme, plan, policy document, platform, facility or event.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the span's text with every quotation mark and 《》 removed
 */
public record ProjectMention(TextSpan span, String text, String name, ProjectKind kind, String rule)
        implements Mention {

    public ProjectMention {
        Checks.spanAndText(span, text, rule);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public MentionType type() {
        return MentionType.PROJECT;
    }

    @Override
    public String value() {
        return name;
    }
}
