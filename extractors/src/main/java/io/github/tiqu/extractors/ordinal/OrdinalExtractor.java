package io.github.tiqu.extractors.ordinal;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.core.text.TextSpan;
import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.MentionType;
import io.github.tiqu.extractors.OrdinalMention;
import io.github.tiqu.extractors.pipeline.Document;
import io.github.tiqu.extractors.pipeline.TypeExtractor;
import io.github.tiqu.extractors.quantity.Amount;
import io.github.tiqu.extractors.quantity.AmountReader;
import io.github.tiqu.extractors.quantity.NotMentions;
import io.github.tiqu.core.rule.PhraseTrie;
import io.github.tiqu.extractors.quantity.Unit;
import io.github.tiqu.extractors.quantity.UnitLexicon;

/**
 * Finds ORDINAL mentions (rule {@code ordinal.di}): 第 + a whole numeral, with the classifier that
 * follows as its unit ({@code 第400列} -> 400, unit 列; {@code 第一} -> 1; {@code 第四个} -> 4, unit 个).
 * A time unit may be the unit too ({@code 第3天}), except 季度, which makes a DATE. Not mentions: sector
 * terms and fixed phrases ({@code 第三产业}, {@code 第一时间}, {@code 第三方}; {@code not-mentions.tsv}).
 *
 * <p>One linear pass over the 第 of the text; immutable and thread-safe.
 */
public final class OrdinalExtractor implements TypeExtractor {

    private final AmountReader reader = new AmountReader();
    private final UnitLexicon units = UnitLexicon.standard();
    private final NotMentions notMentions = NotMentions.forType(MentionType.ORDINAL);

    @Override
    public Set<MentionType> types() {
        return Set.of(MentionType.ORDINAL);
    }

    @Override
    public void extract(Document document, List<Mention> out) {
        SourceText text = document.text();
        String s = text.normalized();
        BitSet blocked = null;
        int i = s.indexOf('第');
        while (i >= 0 && i + 1 < s.length()) {
            OrdinalMention m = at(text, i);
            if (m != null) {
                if (blocked == null) {
                    blocked = notMentions.blocked(s);
                }
                if (!NotMentions.overlaps(blocked, m.start(), m.end())) {
                    out.add(m);
                }
            }
            i = s.indexOf('第', m != null ? m.end() : i + 1);
        }
    }

    private OrdinalMention at(SourceText text, int i) {
        String s = text.normalized();
        Amount a = reader.readAfterMarker(text, i + 1);
        if (a == null || !a.plain() || !a.isCount()) {
            return null;
        }
        int end = a.end();
        String unit = null;
        PhraseTrie.Hit<Unit> classifier = units.classifierAt(s, end);
        PhraseTrie.Hit<UnitLexicon.TimeUnit> time = units.timeUnitAt(s, end);
        if (time != null && (classifier == null || time.end() > classifier.end())) {
            if (time.value().surface().contains("季")) {
                return null; // 第一季度 is a DATE
            }
            unit = text.cut(end, time.end());
            end = time.end();
        } else if (classifier != null) {
            unit = text.cut(end, classifier.end());
            end = classifier.end();
        }
        return new OrdinalMention(new TextSpan(i, end), text.cut(i, end), a.value(), unit, "ordinal.di");
    }
}
