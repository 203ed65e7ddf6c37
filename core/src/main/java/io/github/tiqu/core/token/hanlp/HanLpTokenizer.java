package io.github.tiqu.core.token.hanlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.core.text.TextSpan;
import io.github.tiqu.core.token.Token;
import io.github.tiqu.core.token.Tokenizer;

/**
 * The HanLP (portable 1.8.6) Viterbi segmenter with person-name recognition, the same model as HanLP's
 * {@code StandardTokenizer}; optionally with place and organization recognition.
 *
 * <p>This is the only package that touches HanLP. HanLP's static configuration ({@code HanLP.Config},
 * {@code CustomDictionary}) is never changed: each tokenizer owns its own {@link Segment}, configured
 * once at construction and only read afterwards, so one instance is safe to share across threads.
 * The segmenter reads the normalized view (full-width digits folded) and every token reports the
 * original characters at the same offsets.
 */
public final class HanLpTokenizer implements Tokenizer {

    private static final class StandardHolder {
        static final HanLpTokenizer INSTANCE = new HanLpTokenizer(false);
    }

    private final Segment segment;

    // HanLP loads its dictionaries here and on the first call, on the caller's thread: the library
    // starts no threads of its own.
    private HanLpTokenizer(boolean recognizePlacesAndOrganizations) {
        this.segment = HanLP.newSegment()
                .enablePlaceRecognize(recognizePlacesAndOrganizations)
                .enableOrganizationRecognize(recognizePlacesAndOrganizations);
    }

    /** The shared tokenizer with HanLP's standard settings. */
    public static HanLpTokenizer standard() {
        return StandardHolder.INSTANCE;
    }

    /** A tokenizer that also tags place ({@code ns}) and organization ({@code nt}) names; slower. */
    public static HanLpTokenizer withPlacesAndOrganizations() {
        return new HanLpTokenizer(true);
    }

    @Override
    public List<Token> tokenize(SourceText text, TextSpan window) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(window, "window");
        if (window.end() > text.length()) {
            throw new IllegalArgumentException(window + " is outside a text of length " + text.length());
        }
        if (window.isEmpty()) {
            return List.of();
        }
        Segment seg = segment;
        String normalized = text.normalized();
        String piece = normalized.substring(window.start(), window.end());
        List<Term> terms = seg.seg(piece);
        List<Token> tokens = new ArrayList<>(terms.size());
        int at = 0;
        for (Term term : terms) {
            String word = term.word;
            // The terms concatenate to the input; fall back to a search if HanLP ever rewrote a word.
            int found = piece.startsWith(word, at) ? at : piece.indexOf(word, at);
            if (found < 0 || word.isEmpty()) {
                continue;
            }
            int start = window.start() + found;
            int end = start + word.length();
            String pos = term.nature == null ? "x" : term.nature.toString();
            tokens.add(new Token(new TextSpan(start, end), text.cut(start, end), pos));
            at = found + word.length();
        }
        return List.copyOf(tokens);
    }
}
