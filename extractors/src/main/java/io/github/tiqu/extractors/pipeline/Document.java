package io.github.tiqu.extractors.pipeline;

import java.util.Objects;

import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.core.token.Tokenizer;
import io.github.tiqu.extractors.ReferenceTime;

/**
 * What every type extractor reads: the text (original and normalized view), the reference time that
 * relative dates resolve against, and the tokenizer for the windows that need words.
 *
 * <p>Immutable and safe to share between threads (the tokenizer is thread-safe by its contract).
 */
public record Document(SourceText text, ReferenceTime reference, Tokenizer tokenizer) {

    public Document {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(tokenizer, "tokenizer");
    }
}
