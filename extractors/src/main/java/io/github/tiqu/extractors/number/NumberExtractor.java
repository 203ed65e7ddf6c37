package io.github.tiqu.extractors.number;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.tiqu.core.numeral.Numeral;
import io.github.tiqu.core.numeral.NumeralMatch;
import io.github.tiqu.core.numeral.NumeralScanner;
import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.MentionType;
import io.github.tiqu.extractors.Mod;
import io.github.tiqu.extractors.NumberMention;
import io.github.tiqu.extractors.pipeline.Document;
import io.github.tiqu.extractors.pipeline.TypeExtractor;

/**
 * Finds bare numerals (NUMBER): every numeral the scanner reads that is not part of a code such as
 * {@code G4} or {@code PM2.5}. Longer mentions with a unit win over these by the overlap policy.
 */
public final class NumberExtractor implements TypeExtractor {

    private final NumeralScanner scanner = NumeralScanner.standard();

    @Override
    public Set<MentionType> types() {
        return Set.of(MentionType.NUMBER);
    }

    @Override
    public void extract(Document document, List<Mention> out) {
        SourceText text = document.text();
        String s = text.normalized();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!scanner.canStart(c) || (i > 0 && isCodeLetter(s.charAt(i - 1)))) {
                i++;
                continue;
            }
            Optional<NumeralMatch> match = scanner.matchAt(s, i);
            if (match.isEmpty()) {
                i++;
                continue;
            }
            NumeralMatch m = match.get();
            Numeral num = m.numeral();
            Mod mod = num.approximation() == Numeral.Approximation.MORE_THAN ? Mod.MORE_THAN : null;
            out.add(new NumberMention(m.span(), text.cut(m.span()), num.value(), num.valueMax(), mod,
                    "number"));
            i = m.end();
        }
    }

    private static boolean isCodeLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
