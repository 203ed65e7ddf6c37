package io.github.tiqu.core.numeral;

import java.util.Optional;

import io.github.tiqu.core.text.TextSpan;

/**
 * Finds numerals in running text (the normalized view): the longest numeral that starts at an offset.
 * Stateless and thread-safe; linear in the length it reads.
 */
public final class NumeralScanner {

    private static final NumeralScanner STANDARD = new NumeralScanner(NumeralParser.standard());

    private final NumeralParser parser;

    private NumeralScanner(NumeralParser parser) {
        this.parser = parser;
    }

    public static NumeralScanner standard() {
        return STANDARD;
    }

    /** Whether a numeral can start with {@code c}. */
    public boolean canStart(char c) {
        return NumeralParser.chineseDigit(c) >= 0 || c == '十' || c == '-' || c == '负';
    }

    /** The longest numeral starting exactly at {@code start}, or empty. */
    public Optional<NumeralMatch> matchAt(CharSequence text, int start) {
        int n = text.length();
        if (start >= n || !canStart(text.charAt(start))) {
            return Optional.empty();
        }
        int end = start + 1;
        int limit = Math.min(n, start + NumeralParser.MAX_LENGTH);
        while (end < limit) {
            char c = text.charAt(end);
            if (NumeralParser.chineseDigit(c) >= 0 || NumeralParser.multiplier(c) > 0) {
                end++;
            } else if ((c == '.' || c == '点' || c == ',') && end + 1 < n
                    && NumeralParser.chineseDigit(text.charAt(end + 1)) >= 0) {
                end += 2;
            } else {
                break;
            }
        }
        for (int e = end; e > start; e--) {
            Optional<Numeral> parsed = parser.tryParse(text.subSequence(start, e));
            if (parsed.isPresent()) {
                return Optional.of(new NumeralMatch(new TextSpan(start, e), parsed.get()));
            }
        }
        return Optional.empty();
    }
}
