package io.github.tiqu.extractors;

import java.util.Objects;

import io.github.tiqu.core.text.TextSpan;

/**
 * A length of time as an ISO-8601 duration: {@code 319天} is {@code P319D}, {@code 两年零三个月} is
 * {@code P2Y3M}, {@code 十年来} is {@code P10Y} with {@link Mod#SINCE}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param isoMax the high end of a range ({@code 3至5年}), or null
 */
public record DurationMention(TextSpan span, String text, String iso, String isoMax, Mod mod, String rule)
        implements Mention {

    public DurationMention {
        Checks.spanAndText(span, text, rule);
        Objects.requireNonNull(iso, "iso");
    }

    @Override
    public MentionType type() {
        return MentionType.DURATION;
    }

    @Override
    public String value() {
        return iso;
    }

    @Override
    public String valueMax() {
        return isoMax;
    }
}
