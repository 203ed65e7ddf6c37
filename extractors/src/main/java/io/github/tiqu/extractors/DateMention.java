package io.github.tiqu.extractors;

import java.util.Objects;

import io.github.tiqu.core.text.TextSpan;

/**
 * A calendar point or period: {@code 截至12月19日} is {@code 2023-12-19} with {@link Mod#UNTIL};
 * {@code 1至11月} is the interval {@code 2023-01/2023-11}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param iso the ISO-8601 style value of the contract: {@code 2023}, {@code 2023-Q4}, {@code 2023-H1},
 *            {@code 2023-12-20T10:00}, or an interval {@code a/b}
 */
public record DateMention(TextSpan span, String text, String iso, Mod mod, String rule) implements Mention {

    public DateMention {
        Checks.spanAndText(span, text, rule);
        Objects.requireNonNull(iso, "iso");
    }

    @Override
    public MentionType type() {
        return MentionType.DATE;
    }

    @Override
    public String value() {
        return iso;
    }
}
