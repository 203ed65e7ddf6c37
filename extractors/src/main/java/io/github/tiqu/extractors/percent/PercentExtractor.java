package io.github.tiqu.extractors.percent;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.github.tiqu.core.resource.TsvTable;
import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.core.text.TextSpan;
import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.MentionType;
import io.github.tiqu.extractors.Mod;
import io.github.tiqu.extractors.PercentMention;
import io.github.tiqu.extractors.pipeline.Document;
import io.github.tiqu.extractors.pipeline.TypeExtractor;
import io.github.tiqu.extractors.quantity.Amount;
import io.github.tiqu.extractors.quantity.AmountReader;
import io.github.tiqu.extractors.quantity.ModLexicon;
import io.github.tiqu.extractors.quantity.NotMentions;
import io.github.tiqu.core.rule.PhraseTrie;

/**
 * Finds PERCENT mentions, in percent (ANNOTATION.md). Rules, named in {@link Mention#rule()}:
 * <ul>
 * <li>{@code percent.suffix}: figure + {@code %}, {@code ‰}, {@code 个百分点} ({@code pp}):
 *     {@code 61.7%}, {@code 2.4个百分点};</li>
 * <li>{@code percent.prefix}: {@code 百分之}/{@code 千分之}/{@code 万分之} + figure: {@code 百分之一百二十点五}
 *     -> 120.5, {@code 千分之三} -> 0.3;</li>
 * <li>{@code percent.tenths}: figure + {@code 成}: {@code 六成} -> 60, {@code 三成半} -> 35, {@code 九成五} -> 95;</li>
 * <li>{@code percent.discount}: figure + {@code 折}: {@code 打八折} -> 80 (打 outside), {@code 七五折} -> 75,
 *     {@code 打对折} -> 50;</li>
 * <li>{@code percent.range}: {@code 10%-15%}, {@code 10-15%}, {@code 10至15个百分点}, {@code 百分之三十到四十一}.</li>
 * </ul>
 * Mods as for QUANTITY: {@code 突破90%}, {@code 4%左右}. The words are in {@code percent-words.tsv}; the
 * figure is read by {@link AmountReader}. One linear pass; immutable and thread-safe.
 */
public final class PercentExtractor implements TypeExtractor {

    private static final int MAX_SPACES = 8;

    /** How a figure before (or after) a percent word is read. */
    enum Reading {
        NUMBER,
        TENTHS,
        DISCOUNT
    }

    /** One percent word of the table. */
    record Word(String surface, boolean prefix, BigDecimal scale, String unit, Reading reading) {
    }

    private final AmountReader reader = new AmountReader();
    private final ModLexicon mods = ModLexicon.standard();
    private final NotMentions notMentions = NotMentions.forType(MentionType.PERCENT);
    private final PhraseTrie<Word> prefixes;
    private final PhraseTrie<Word> suffixes;

    public PercentExtractor() {
        this.prefixes = Lexicon.STANDARD.prefixes();
        this.suffixes = Lexicon.STANDARD.suffixes();
    }

    /** percent-words.tsv, read once (on first use) and shared: the tries are immutable. */
    private record Lexicon(PhraseTrie<Word> prefixes, PhraseTrie<Word> suffixes) {

        static final Lexicon STANDARD = load();

        private static Lexicon load() {
            PhraseTrie.Builder<Word> pre = PhraseTrie.builder();
            PhraseTrie.Builder<Word> suf = PhraseTrie.builder();
            for (TsvTable.Row row : TsvTable.load(PercentExtractor.class, "percent-words.tsv").rows()) {
                boolean prefix = switch (row.require("position")) {
                    case "prefix" -> true;
                    case "suffix" -> false;
                    default -> throw new IllegalStateException(row.where() + ": position is prefix or suffix");
                };
                String unit = row.require("unit");
                if (!unit.equals(PercentMention.PERCENT) && !unit.equals(PercentMention.POINTS)) {
                    throw new IllegalStateException(row.where() + ": unit is % or pp");
                }
                Word w = new Word(row.require("surface"), prefix, new BigDecimal(row.require("scale")), unit,
                        Reading.valueOf(row.require("reading").toUpperCase(Locale.ROOT)));
                (prefix ? pre : suf).add(w.surface(), w);
            }
            return new Lexicon(pre.build(), suf.build());
        }
    }

    @Override
    public Set<MentionType> types() {
        return Set.of(MentionType.PERCENT);
    }

    @Override
    public void extract(Document document, List<Mention> out) {
        SourceText text = document.text();
        String s = text.normalized();
        NotMentions.Scan blocked = notMentions.scan(s);
        int floor = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            PercentMention m = null;
            int resume = i + 1;
            PhraseTrie.Hit<Word> prefix = prefixes.canStartWith(c) ? prefixes.longestAtSkippingSpaces(s, i) : null;
            if (prefix == null && c == '负' && i + 1 < s.length() && prefixes.canStartWith(s.charAt(i + 1))) {
                prefix = prefixes.longestAtSkippingSpaces(s, i + 1); // 负百分之一: not a numeral 负百
            }
            if (prefix != null) {
                m = prefixed(text, prefix, floor);
                resume = prefix.end();
            } else if (c == '对' && i > 0 && s.charAt(i - 1) == '打' && s.startsWith("对折", i)) {
                // 打对折: half price
                m = mention(text, i, i + 2, BigDecimal.valueOf(50), null, PercentMention.PERCENT, null, floor,
                        "percent.discount");
            } else if (reader.canStart(c)) {
                Amount a = reader.read(text, i);
                resume = a == null ? reader.resumeAfterNothing(s, i) : resume;
                if (a != null) {
                    resume = Math.max(a.end(), i + 1);
                    if (!isCode(s, i)) {
                        m = suffixed(text, a, floor);
                    }
                }
            }
            if (m != null && !blocked.overlaps(m.start(), m.end())) {
                out.add(m);
                floor = m.end();
                resume = m.end();
            }
            i = Math.max(resume, i + 1);
        }
    }

    /** 百分之三十, 千分之三, 百分之三十到四十一, 百分之三十一到百分之百. */
    private PercentMention prefixed(SourceText text, PhraseTrie.Hit<Word> word, int floor) {
        String s = text.normalized();
        Word w = word.value();
        int at = w.surface().equals("百分") ? word.end() : AmountReader.skipSpaces(s, word.end(), MAX_SPACES);
        Amount a = figureAfterPrefix(text, at);
        if (a == null || (w.surface().equals("百分") && !isChineseNumeral(s, a))) {
            return null;
        }
        BigDecimal low = a.value().multiply(w.scale());
        BigDecimal high = a.valueMax() == null ? null : a.valueMax().multiply(w.scale());
        int end = a.end();
        String rule = "percent.prefix";
        int conn = connectorEnd(s, end);
        if (conn > 0 && high == null) {
            int at2 = conn;
            PhraseTrie.Hit<Word> again = prefixes.longestAtSkippingSpaces(s, conn);
            if (again != null && again.value().equals(w)) {
                at2 = AmountReader.skipSpaces(s, again.end(), MAX_SPACES);
            }
            Amount b = figureAfterPrefix(text, at2);
            if (b != null && !b.isRange() && b.value().multiply(w.scale()).compareTo(low) >= 0) {
                high = b.value().multiply(w.scale());
                end = b.end();
                rule = "percent.range";
            }
        }
        int start = word.start();
        if (high == null && low.signum() > 0 && writtenMinusBefore(s, start)) {
            start--; // 负百分之一: the sign is written before the word
            low = low.negate();
        }
        return mention(text, start, end, low, high, w.unit(), a.moreThan() ? Mod.MORE_THAN : null, floor, rule);
    }

    /** 负 just before {@code at}, and not the 负 of 正负 (a tolerance, ±). */
    private static boolean writtenMinusBefore(String s, int at) {
        return at > 0 && s.charAt(at - 1) == '负' && !(at > 1 && s.charAt(at - 2) == '正');
    }

    /** The figure after 百分之; {@code 百} alone is 100 ({@code 百分之百}). */
    private Amount figureAfterPrefix(SourceText text, int at) {
        String s = text.normalized();
        Amount a = reader.readAfterMarker(text, at);
        if (a == null && at < s.length() && s.charAt(at) == '百' && !startsFigure(s, at + 1)) {
            a = new Amount(at, at + 1, BigDecimal.valueOf(100), null, false, at + 1, true);
        }
        if (a != null) {
            Amount spaced = reader.readSpaced(text, at); // 百分之 一 百二 十点 五
            if (spaced != null) {
                a = spaced;
            }
        }
        return a;
    }

    /** A figure (or a range of two) and a percent word after it. */
    private PercentMention suffixed(SourceText text, Amount a, int floor) {
        String s = text.normalized();
        int last = a.numeralEnd() - 1;
        if (a.plain() && last > a.start() && s.startsWith("百分点", last)) {
            // 0.5百分点: the 百 that the numeral took belongs to the word
            Optional<BigDecimal> head = reader.exactValue(s.substring(a.start(), last));
            if (head.isEmpty()) {
                return null;
            }
            a = new Amount(a.start(), last, head.get(), null, false, last, true);
        }
        PhraseTrie.Hit<Word> word = suffixes.longestAtSkippingSpaces(s, AmountReader.skipSpaces(s, a.end(), MAX_SPACES));
        boolean more = false;
        if (word == null && s.startsWith("个多百分点", a.end()) && a.isCount()) {
            word = suffixes.longestAtSkippingSpaces(s, a.end() + 2); // 1个多百分点: more than one point
            more = true;
        }
        if (word == null) {
            Amount spaced = reader.readSpaced(text, a.start()); // 六 點 五 成
            if (spaced != null) {
                a = spaced;
                word = suffixes.longestAtSkippingSpaces(s, AmountReader.skipSpaces(s, a.end(), MAX_SPACES));
            }
        }
        Amount lo = a;
        Amount hi = null;
        int conn = connectorEnd(s, word != null ? word.end() : a.end());
        if (conn > 0 && !a.isRange()) {
            Amount b = reader.read(text, conn);
            if (b != null && !b.isRange()) {
                PhraseTrie.Hit<Word> w2 = suffixes.longestAtSkippingSpaces(s, AmountReader.skipSpaces(s, b.end(), MAX_SPACES));
                if (w2 != null && (word == null || word.value().equals(w2.value()))) {
                    hi = b;
                    word = w2;
                }
            }
        }
        if (word == null) {
            return null;
        }
        Word w = word.value();
        BigDecimal[] low = read(s, lo, w);
        if (low == null) {
            return null;
        }
        int end = word.end();
        BigDecimal high = low[1];
        String rule = switch (w.reading()) {
            case TENTHS -> "percent.tenths";
            case DISCOUNT -> "percent.discount";
            case NUMBER -> "percent.suffix";
        };
        if (hi != null) {
            BigDecimal[] h = read(s, hi, w);
            if (h == null || h[0].compareTo(low[0]) < 0) {
                return null;
            }
            high = h[0];
            rule = "percent.range";
        } else if (w.reading() == Reading.TENTHS && high == null) {
            // 九成五, 三成半: what follows 成 is a tenth of it
            if (end < s.length() && s.charAt(end) == '半' && !startsFigure(s, end + 1)) {
                low[0] = low[0].add(BigDecimal.valueOf(5));
                end++;
            } else if (end < s.length() && isSingleChineseDigit(s, end)) {
                low[0] = low[0].add(BigDecimal.valueOf(AmountReader.chineseDigit(s.charAt(end))));
                end++;
            } else if (end < s.length() && AmountReader.isMoreThanMark(s.charAt(end)) && s.charAt(end) != '几'
                    && !startsFigure(s, end + 1)) {
                more = true; // 三成多: more than three tenths, 多 in the span
                end++;
            }
        }
        Mod mod = lo.moreThan() || more ? Mod.MORE_THAN : null;
        return mention(text, lo.start(), end, low[0], high, w.unit(), mod, floor, rule);
    }

    /** The value of figure {@code a} before word {@code w} in percent, as {low, high or null}; null if it is none. */
    private static BigDecimal[] read(String s, Amount a, Word w) {
        switch (w.reading()) {
            case TENTHS -> {
                BigDecimal top = a.valueMax() != null ? a.valueMax() : a.value();
                if (a.value().signum() <= 0 || top.compareTo(BigDecimal.TEN) > 0 || a.moreThan()) {
                    return null;
                }
            }
            case DISCOUNT -> {
                return discount(s, a);
            }
            default -> {
            }
        }
        BigDecimal high = a.valueMax() == null ? null : a.valueMax().multiply(w.scale());
        return new BigDecimal[] {a.value().multiply(w.scale()), high};
    }

    /** 八折 -> 80, 七五折 -> 75, 8.5折 -> 85; 十折 and 100折 are no discounts. */
    private static BigDecimal[] discount(String s, Amount a) {
        if (a.isRange() || a.value().signum() <= 0 || a.end() != a.numeralEnd()) {
            return null;
        }
        String figure = s.substring(a.start(), a.numeralEnd()).replace(" ", "");
        int digits = 0;
        boolean point = false;
        for (int i = 0; i < figure.length(); i++) {
            char c = figure.charAt(i);
            if (c == '.' || c == '点') {
                point = true;
            } else if (AmountReader.chineseDigit(c) >= 0) {
                digits++;
            } else {
                return null; // 十, 百: no discount is written so
            }
        }
        if (!point && digits == 2) {
            int v = AmountReader.chineseDigit(figure.charAt(0)) * 10 + AmountReader.chineseDigit(figure.charAt(1));
            return new BigDecimal[] {BigDecimal.valueOf(v), null};
        }
        if (a.value().compareTo(BigDecimal.TEN) >= 0) {
            return null;
        }
        return new BigDecimal[] {a.value().multiply(BigDecimal.TEN), null};
    }

    private PercentMention mention(SourceText text, int start, int end, BigDecimal value, BigDecimal max, String unit,
            Mod inner, int floor, String rule) {
        String s = text.normalized();
        ModLexicon.Found before = mods.before(s, start, floor);
        ModLexicon.Found after = mods.after(s, end);
        Mod mod = before != null ? before.mod() : after != null ? after.mod() : inner;
        int from = before != null ? before.start() : start;
        int to = after != null ? after.end() : end;
        return new PercentMention(new TextSpan(from, to), text.cut(from, to), value, max, unit, mod, rule);
    }

    /** 3至5, 10%-15%, 百分之三十到四十一: the offset after the connector, or -1. */
    private static int connectorEnd(String s, int p) {
        int j = AmountReader.skipSpaces(s, p, 2);
        if (j + 1 >= s.length()) {
            return -1;
        }
        char c = s.charAt(j);
        if (c == '至' || c == '到') {
            return j + 1;
        }
        if (c == '-' || c == '~' || c == '—') {
            return AmountReader.skipSpaces(s, j + 1, 2);
        }
        return -1;
    }

    /** PM2.5, G4: a figure right after a Latin letter is part of a code; 第 makes an ordinal. */
    private static boolean isCode(String s, int i) {
        return i > 0 && (AmountReader.isAsciiLetter(s.charAt(i - 1)) || s.charAt(i - 1) == '第'
                || (s.charAt(i) == '-' && AmountReader.isArabicDigit(s.charAt(i - 1))));
    }

    private static boolean isChineseNumeral(String s, Amount a) {
        return !AmountReader.isArabicDigit(s.charAt(a.start()));
    }

    private static boolean isSingleChineseDigit(String s, int i) {
        char c = s.charAt(i);
        return !AmountReader.isArabicDigit(c) && AmountReader.chineseDigit(c) > 0 && !startsFigure(s, i + 1)
                && (i + 1 >= s.length() || s.charAt(i + 1) != '是');
    }

    private static boolean startsFigure(String s, int i) {
        return i < s.length() && AmountReader.isNumeralChar(s.charAt(i));
    }
}
