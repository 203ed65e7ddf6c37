package io.github.tiqu.extractors;

import java.util.Objects;

import io.github.tiqu.core.text.TextSpan;

/**
 * A recurring time, valued by its period: {@code 每年} is {@code P1Y}, {@code 每周一} is {@code P1W}.
 *
 * <p>Immutable and thread-safe.
 */
public record SetMention(TextSpan span, String text, String iso, String rule) implements Mention {

    public SetMention {
        Checks.spanAndText(span, text, rule);
        Objects.requireNonNull(iso, "iso");
    }

    @Override
    public MentionType type() {
        return MentionType.SET;
    }

    @Override
    public String value() {
        return iso;
    }
}
