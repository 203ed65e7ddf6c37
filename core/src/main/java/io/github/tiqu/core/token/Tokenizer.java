package io.github.tiqu.core.token;

import java.util.List;

import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.core.text.TextSpan;

/**
 * Segments a part of a document into words with parts of speech.
 *
 * <p>Implementations are immutable and safe to share across threads. Token spans index the
 * original text of the {@link SourceText}; their text is the original characters.
 */
public interface Tokenizer {

    /** The tokens of {@code window}, which must lie inside the text; they cover it without gaps. */
    List<Token> tokenize(SourceText text, TextSpan window);

    /** The tokens of the whole text. */
    default List<Token> tokenize(SourceText text) {
        return tokenize(text, new TextSpan(0, text.length()));
    }
}
