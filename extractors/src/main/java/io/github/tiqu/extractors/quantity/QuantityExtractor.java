package io.github.tiqu.extractors.quantity;

import java.util.List;
import java.util.Set;

import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.MentionType;
import io.github.tiqu.extractors.QuantityMention;
import io.github.tiqu.extractors.pipeline.Document;
import io.github.tiqu.extractors.pipeline.TypeExtractor;

/**
 * Finds QUANTITY mentions: a figure with its unit, money included ({@code 突破1600亿元},
 * {@code 35742个标箱}, {@code 3至5万元}, {@code 46微克/立方米}, {@code 5大领域}). The rules are in
 * {@link QuantityGrammar}, the units, classifiers, mods and fixed phrases in this package's TSV files.
 *
 * <p>One left-to-right pass over the normalized view: each figure is read once, and scanning resumes
 * after the figure or after the mention it gave, so time is linear in the length of the text (the
 * look-arounds of a figure are bounded by the longest lexicon word). Immutable and thread-safe.
 */
public final class QuantityExtractor implements TypeExtractor {

    private final AmountReader reader = new AmountReader();
    private final QuantityGrammar grammar = new QuantityGrammar(UnitLexicon.standard(), ModLexicon.standard(),
            Composites.standard(), CountNouns.standard(), reader);
    private final NotMentions notMentions = NotMentions.forType(MentionType.QUANTITY);

    @Override
    public Set<MentionType> types() {
        return Set.of(MentionType.QUANTITY);
    }

    @Override
    public void extract(Document document, List<Mention> out) {
        SourceText text = document.text();
        String s = text.normalized();
        NotMentions.Scan blocked = notMentions.scan(s);
        int floor = 0;
        int i = 0;
        while (i < s.length()) {
            if (!reader.canStart(s.charAt(i)) && !AmountReader.isBareMultiplier(s.charAt(i))) {
                i++;
                continue;
            }
            QuantityGrammar.Step step = grammar.at(text, i, floor);
            QuantityMention m = step.mention();
            if (m != null && !blocked.overlaps(m.start(), m.end())) {
                out.add(m);
                floor = m.end();
            }
            i = Math.max(step.resume(), i + 1);
        }
    }
}
