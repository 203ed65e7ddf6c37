package io.github.tiqu.extractors.ordinal;

import java.util.ArrayList;
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
import io.github.tiqu.core.resource.TsvTable;
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
    private final PhraseTrie<String> nameHeads = nameHeads();

    /** name-heads.tsv: 人民医院, 中学, 开标室... after 第N make it part of a name. */
    private static PhraseTrie<String> nameHeads() {
        PhraseTrie.Builder<String> b = PhraseTrie.builder();
        for (TsvTable.Row row : TsvTable.load(OrdinalExtractor.class, "name-heads.tsv").rows()) {
            b.add(row.require("word"), row.require("word"));
        }
        return b.build();
    }

    @Override
    public Set<MentionType> types() {
        return Set.of(MentionType.ORDINAL);
    }

    @Override
    public void extract(Document document, List<Mention> out) {
        SourceText text = document.text();
        String s = text.normalized();
        NotMentions.Scan blocked = null;
        int i = s.indexOf('第');
        while (i >= 0 && i + 1 < s.length()) {
            List<OrdinalMention> chain = at(text, i);
            int end = i + 1;
            if (!chain.isEmpty()) {
                if (blocked == null) {
                    blocked = notMentions.scan(s);
                }
                end = chain.get(chain.size() - 1).end();
                if (!blocked.overlaps(i, end)) {
                    out.addAll(chain);
                }
            }
            i = s.indexOf('第', end);
        }
    }

    /** The most numerals one 第 governs in a list or range ({@code 第二、三、四位}). */
    private static final int MAX_CHAIN = 6;

    /**
     * 第 + numeral, or 第 before a list or range of numerals that share it and the unit after the last
     * ({@code 第1至3名} -> 第1, 3名; {@code 第二、三位} -> 第二, 三位; each with unit 名 or 位), ascending;
     * empty where none, or where the last is followed by 季度 (a DATE's).
     */
    private List<OrdinalMention> at(SourceText text, int i) {
        String s = text.normalized();
        List<Amount> figures = new ArrayList<>(2);
        Amount a = reader.readAfterMarker(text, i + 1);
        while (a != null && a.plain() && a.isCount()) {
            figures.add(a);
            int next = linkEnd(s, a.end());
            if (next < 0 || figures.size() == MAX_CHAIN) {
                break;
            }
            Amount b = reader.read(text, next);
            if (b == null || b.start() != next || !b.plain() || !b.isCount() || b.value().compareTo(a.value()) <= 0) {
                break;
            }
            a = b;
        }
        if (figures.isEmpty() || nameHeads.longestAt(s, figures.get(figures.size() - 1).end()) != null) {
            return List.of(); // 第一人民医院, 第三开标室: a name, not a rank
        }
        OrdinalMention last = single(text, figures.get(figures.size() - 1).start(), figures.get(figures.size() - 1));
        if (last == null) {
            return List.of();
        }
        if (figures.size() == 1) {
            return List.of(new OrdinalMention(new TextSpan(i, last.end()), text.cut(i, last.end()), last.ordinal(),
                    last.unit(), "ordinal.di"));
        }
        List<OrdinalMention> out = new ArrayList<>(figures.size());
        for (int k = 0; k < figures.size() - 1; k++) {
            Amount f = figures.get(k);
            int start = k == 0 ? i : f.start();
            out.add(new OrdinalMention(new TextSpan(start, f.end()), text.cut(start, f.end()), f.value(), last.unit(),
                    "ordinal.shared"));
        }
        out.add(new OrdinalMention(last.span(), last.text(), last.ordinal(), last.unit(), "ordinal.shared"));
        return out;
    }

    /** After a numeral of a 第, the start of the next one it shares: 至 到 、 - — ~; or -1. */
    private static int linkEnd(String s, int p) {
        if (p + 1 >= s.length()) {
            return -1;
        }
        char c = s.charAt(p);
        return c == '至' || c == '到' || c == '、' || c == '-' || c == '—' || c == '~' ? p + 1 : -1;
    }

    /** Figure {@code a} from {@code start}, with the classifier or time unit after it; null before 季度. */
    private OrdinalMention single(SourceText text, int start, Amount a) {
        String s = text.normalized();

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
        return new OrdinalMention(new TextSpan(start, end), text.cut(start, end), a.value(), unit, "ordinal.di");
    }
}
