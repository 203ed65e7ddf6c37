package io.github.tiqu.extractors.quantity;

import io.github.tiqu.core.rule.PhraseTrie;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.core.text.TextSpan;
import io.github.tiqu.extractors.Measure;
import io.github.tiqu.extractors.Mod;
import io.github.tiqu.extractors.QuantityMention;

/**
 * The rules of a QUANTITY around one figure, each named in {@link QuantityMention#rule()}:
 * <ul>
 * <li>{@code quantity.unit}: figure + unit ({@code 200米}, {@code 1000万元}; a multiplier that starts a
 *     unit belongs to it: {@code 一千克} is 1 kg);</li>
 * <li>{@code quantity.count}: figure + classifier ({@code 36项}; before a unit the unit wins:
 *     {@code 35742个标箱} is 35742 TEU);</li>
 * <li>{@code quantity.range}: {@code 3至5万元}, {@code 3万元至5万元}, {@code 从8500到3万港元} (the
 *     multiplier of the high end applies to the low end);</li>
 * <li>{@code quantity.prefix}: a unit said before the figure ({@code ￥300}, {@code 人民幣3.14},
 *     {@code 港币两千九百六十元}, {@code 摄氏37°}, {@code 零下5度});</li>
 * <li>{@code quantity.rate}: {@code 46微克/立方米}, {@code 时速350公里};</li>
 * <li>{@code quantity.composite}: {@code 5元3角}, {@code 3斤5两}, {@code 一块二}, {@code 一吨半};</li>
 * <li>{@code quantity.n-da}: {@code 5大领域} counts 领域.</li>
 * </ul>
 * Mods: a trigger just before the figure ({@code 突破}, {@code 约}) or just after the unit ({@code 以上},
 * {@code 左右}); else MORE_THAN where the figure says 多/余. Immutable and thread-safe.
 */
final class QuantityGrammar {

    /** How many spaces may stand between a figure and its unit ({@code 2 厘米}). */
    private static final int MAX_SPACES = 8;
    /** How far back the words that decide a 度 or ° are looked for. */
    private static final int DEGREE_CONTEXT = 15;

    private final UnitLexicon units;
    private final ModLexicon mods;
    private final Composites composites;
    private final CountNouns nouns;
    private final AmountReader reader;
    private final SessionNames sessions = SessionNames.standard();

    QuantityGrammar(UnitLexicon units, ModLexicon mods, Composites composites, CountNouns nouns, AmountReader reader) {
        this.units = units;
        this.mods = mods;
        this.composites = composites;
        this.nouns = nouns;
        this.reader = reader;
    }

    /** A match at a figure, or none; {@code resume} is where scanning goes on. */
    record Step(QuantityMention mention, int resume) {
    }

    /** A unit found after a figure: its entry, where its surface starts and ends, the figure's value. */
    private record UnitHit(Unit unit, int start, int end, BigDecimal value) {
    }

    /** How far a unit reaches with what follows it, and the value that results. */
    private record Extent(int end, BigDecimal value, String symbol, Measure measure, String rule) {
    }

    /** Reads the quantity around the figure at {@code i}; nothing before {@code floor} is taken. */
    Step at(SourceText text, int i, int floor) {
        String s = text.normalized();
        Amount a = reader.read(text, i);
        if (a == null && i > floor && AmountReader.isAsciiLetter(s.charAt(i - 1))
                && units.prefixEndingAt(s, i, floor) != null) {
            a = reader.readAfterMarker(text, i); // CNY1.25: the letters are a currency, not a code
        }
        if (a == null && i > floor && mods.before(s, i, floor) != null) {
            a = reader.readBareMultiplier(text, i); // 超千亿元, 近万人: one of that order
        }
        if (a == null && i > floor && s.charAt(i - 1) == '每' && startsNoUnit(s, i)) {
            a = reader.readBareMultiplier(text, i); // 每百元收入, 每万人口: the amount a ratio is per
        }
        if (a == null) {
            return new Step(null, reader.canStart(s.charAt(i)) ? reader.resumeAfterNothing(s, i) : i + 1);
        }
        Step none = new Step(null, Math.max(a.end(), i + 1));
        if (i > 0 && s.charAt(i - 1) == '第' || sharesOrdinal(s, i)) {
            return none; // an ordinal: 第3名, and the 3名 of 第1至3名
        }
        int before = i;
        while (before > floor && s.charAt(before - 1) == ' ' && i - before < MAX_SPACES) {
            before--;
        }
        PhraseTrie.Hit<Unit> prefix = units.prefixEndingAt(s, before, floor);
        if (prefix == null && i > 0 && (AmountReader.isAsciiLetter(s.charAt(i - 1)) || isHyphenAfterCode(s, i))) {
            return none; // a code: G4, PM2.5, NO2
        }
        if (prefix == null) {
            QuantityMention count = nDa(text, a, floor);
            if (count != null) {
                return new Step(count, count.end());
            }
        }
        QuantityMention m = prefix != null ? prefixed(text, a, prefix.value(), prefix.start(), floor) : null;
        if (m == null) {
            m = suffixed(text, a, floor); // 每小时十五美元: the prefix was no unit of this figure
        }
        return m == null ? none : new Step(m, m.end());
    }

    /** {@code 5大领域}: a small count, 大 and a head noun. */
    private QuantityMention nDa(SourceText text, Amount a, int floor) {
        String s = text.normalized();
        if (!a.plain() || !a.isCount() || a.end() >= s.length() || s.charAt(a.end()) != '大') {
            return null;
        }
        int v = a.value().intValue();
        if (v < 2 || v > 20) {
            return null;
        }
        int nounEnd = nouns.nounEnd(s, a.end() + 1);
        if (nounEnd < 0) {
            return null;
        }
        return mention(text, a.start(), nounEnd, a.value(), null, text.cut(a.end() + 1, nounEnd), Measure.COUNT,
                null, "quantity.n-da");
    }

    /** A unit said before the figure: ￥300, 人民幣3.14, 时速350公里, 摄氏37°, 零下5度. */
    private QuantityMention prefixed(SourceText text, Amount a, Unit prefix, int start, int floor) {
        String s = text.normalized();
        if (a.value().signum() < 0) {
            return null;
        }
        int end = a.end();
        BigDecimal value = a.value();
        BigDecimal max = a.valueMax();
        String symbol = prefix.symbol();
        Measure measure = prefix.measure();
        int q = AmountReader.skipSpaces(s, end, MAX_SPACES);
        List<UnitHit> suffixes = unitsAfter(text, a, q, false);
        UnitHit suffix = suffixes.isEmpty() ? null : suffixes.get(0);
        switch (prefix.measure()) {
            case CURRENCY -> {
                // 港币两千九百六十元: a generic yuan after a named currency says nothing more
                if (suffix != null && suffix.unit().measure() == Measure.CURRENCY
                        && (suffix.unit().symbol().equals("CNY") || suffix.unit().symbol().equals(symbol))) {
                    value = suffix.value().multiply(suffix.unit().factor());
                    max = max == null || suffix.start() < a.numeralEnd() ? null : max.multiply(suffix.unit().factor());
                    end = suffix.end();
                    if (end < s.length() && s.charAt(end) == '整') {
                        end++;
                    }
                }
            }
            case TEMPERATURE -> {
                if (suffix != null && suffix.unit().measure() == Measure.TEMPERATURE) {
                    end = suffix.end();
                    if (prefix.has(Unit.Flag.NEGATE)) {
                        symbol = suffix.unit().has(Unit.Flag.DEGREE) ? "°C" : suffix.unit().symbol();
                    }
                } else if (suffix != null && suffix.unit().has(Unit.Flag.DEGREE)) {
                    end = suffix.end();
                } else if (prefix.has(Unit.Flag.NEGATE)) {
                    return null; // 零下 needs its degrees
                }
                if (prefix.has(Unit.Flag.NEGATE)) {
                    value = value.negate();
                    max = null;
                }
            }
            case RATE -> {
                // 时速350公里: a length after a speed word
                if (suffix == null || suffix.unit().measure() != Measure.LENGTH) {
                    return null;
                }
                value = suffix.value().multiply(suffix.unit().factor());
                max = max == null || suffix.start() < a.numeralEnd() ? null : max.multiply(suffix.unit().factor());
                symbol = suffix.unit().symbol() + prefix.symbol();
                end = suffix.end();
            }
            default -> {
                return null;
            }
        }
        Mods mod = modAround(s, start, end, floor, a, measure);
        return mention(text, mod.start, mod.end, value, max, symbol, measure, mod.mod, "quantity.prefix");
    }

    /** The figure, maybe a range, then its unit, and what follows the unit. */
    private QuantityMention suffixed(SourceText text, Amount a, int floor) {
        String s = text.normalized();
        int q = AmountReader.skipSpaces(s, a.end(), MAX_SPACES);
        List<UnitHit> candidates = unitsAfter(text, a, q, true);
        UnitHit first = candidates.isEmpty() ? null : candidates.get(0);
        // a range: 3至5万元, 3万元至5万元, 2-3L
        int conn = connectorEnd(s, first != null ? first.end() : a.end());
        if (conn > 0 && !a.isRange()) {
            QuantityMention range = range(text, a, first, conn, floor);
            if (range != null) {
                return range;
            }
        }
        for (UnitHit u : candidates) {
            if (isReduplicated(s, u)) {
                return null; // 一条条
            }
            if (u.unit().isClassifier() && (isRank(s, a, u) || isLoneZero(s, a) || isPhase(s, a, u))) {
                return null; // 前二十名, 零基预算, 3号线二期: a rank, a fixed term, a phase; no count
            }
            if (u.unit().isClassifier() && isZeroPaddedCode(s, a)) {
                return null; // 02组卫星, 01号机组: a zero-padded code, not a count
            }
            if (u.unit().isClassifier() && isQuotedFormula(s, a.start(), u.end())) {
                return null; // “五个跃升”: a numbered formula, not a count
            }
            if (u.unit().isClassifier() && !hasArabicDigit(s, a.start(), a.end())
                    && QuotedFormula.around(s, a.start(), u.end())) {
                return null; // “最多跑一次”, “一件事一次办”: a slogan, not a count
            }
            if (u.unit().isClassifier() && sessions.designates(s, a.start(), u.unit().surface(), u.end())) {
                return null; // 五届三次会议: which congress and which meeting, not how many
            }
            if (u.unit().isClassifier() && isIndefiniteArticle(s, a, u.end())) {
                return null; // 一款最大起飞重量达2吨的飞行器: "a", not a count
            }
            Extent ext = extend(text, a, u, true);
            if (ext == null) {
                continue;
            }
            Mods mod = modAround(s, a.start(), ext.end(), floor, a, ext.measure());
            BigDecimal max = a.valueMax() == null || u.start() < a.numeralEnd() ? null
                    : a.valueMax().multiply(u.unit().factor());
            return mention(text, mod.start, mod.end, ext.value(), max, ext.symbol(), ext.measure(), mod.mod,
                    ext.rule());
        }
        return null;
    }

    /** {@code lo conn hi unit}, or {@code lo unit conn hi unit} with the same unit. */
    private QuantityMention range(SourceText text, Amount lo, UnitHit loUnit, int conn, int floor) {
        String s = text.normalized();
        Amount hi = reader.read(text, conn);
        if (hi == null || hi.isRange() || (conn > 0 && AmountReader.isAsciiLetter(s.charAt(conn - 1)))) {
            return null;
        }
        int q = AmountReader.skipSpaces(s, hi.end(), MAX_SPACES);
        List<UnitHit> hiUnits = unitsAfter(text, hi, q, true);
        UnitHit hiUnit = hiUnits.isEmpty() ? null : hiUnits.get(0);
        if (hiUnit == null || (loUnit != null && !loUnit.unit().equals(hiUnit.unit()))) {
            return null;
        }
        BigDecimal low = loUnit != null ? loUnit.value() : lo.value();
        BigDecimal high = hiUnit.value();
        if (loUnit == null && !hasSectionMultiplier(s, lo.start(), lo.numeralEnd()) && lo.plain()) {
            BigDecimal m = trailingMultiplier(s, hi.start(), hiUnit.start() < hi.numeralEnd() ? hiUnit.start()
                    : hi.numeralEnd(), hasMultiplier(s, lo.start(), lo.numeralEnd()));
            if (m != null && low.multiply(m).compareTo(high) <= 0) {
                low = low.multiply(m);
            }
        }
        if (low.compareTo(high) > 0) {
            return null;
        }
        Extent ext = extend(text, hi, hiUnit, false);
        if (ext == null) {
            return null;
        }
        BigDecimal factor = hiUnit.unit().factor();
        int start = lo.start();
        if (start > floor && s.charAt(start - 1) == '从') {
            start--; // 从8500到3万港元
        }
        Mods mod = modAround(s, start, ext.end(), floor, lo, ext.measure());
        return mention(text, mod.start, mod.end, low.multiply(factor), ext.value(), ext.symbol(), ext.measure(),
                mod.mod, "quantity.range");
    }

    /**
     * The units that may follow figure {@code a}, best first: a unit that starts inside the numeral
     * ({@code 一千克}, {@code 1000万千瓦}, {@code 三十两}), then those at {@code q}, longest first. Empty
     * where a time unit or a percentage word comes first ({@code 319天}, {@code 2.4个百分点}).
     */
    private List<UnitHit> unitsAfter(SourceText text, Amount a, int q, boolean classifiers) {
        String s = text.normalized();
        List<UnitHit> out = new ArrayList<>(2);
        if (a.plain()) {
            int len = a.numeralEnd() - a.start();
            for (int k = Math.min(3, len - 1); k >= 1; k--) {
                UnitHit inside = unitInsideNumeral(text, a, a.numeralEnd() - k);
                if (inside != null) {
                    out.add(inside);
                    return out;
                }
            }
        }
        if (q >= s.length() || blockedAt(s, q)) {
            return out;
        }
        PhraseTrie.Hit<UnitLexicon.TimeUnit> time = units.timeUnitAt(s, q);
        for (PhraseTrie.Hit<Unit> hit : units.suffixesAt(s, q)) {
            Unit u = hit.value();
            if (time != null && time.end() >= hit.end()) {
                break;
            }
            if ((!classifiers && u.isClassifier()) || !accepts(s, a, u) || (u.isClassifier() && q > a.end())) {
                continue; // a classifier follows its figure at once: "## 2 基础设施" is a section number
            }
            if (cutsLatinWord(s, hit.end())) {
                continue; // 5MBytes, 3 mins: a Latin unit is a whole word, not the head of a longer one
            }
            if (u.isClassifier() && u.surface().equals("个")) {
                // 35742个标箱: a classifier before a real unit is inside, and the unit wins
                UnitHit real = realUnitAfterClassifier(s, a, hit.end());
                if (real != null) {
                    out.add(real);
                    continue;
                }
                if (followsTimeOrPercent(s, hit.end())) {
                    break;
                }
            }
            out.add(new UnitHit(u, q, hit.end(), a.value()));
        }
        return out;
    }

    /** A unit that starts at {@code p} inside the numeral and reaches past it. */
    private UnitHit unitInsideNumeral(SourceText text, Amount a, int p) {
        String s = text.normalized();
        for (int j = p; j < a.numeralEnd(); j++) {
            if (!AmountReader.isNumeralChar(s.charAt(j))) {
                return null;
            }
        }
        for (PhraseTrie.Hit<Unit> hit : units.suffixesAt(s, p)) {
            Unit u = hit.value();
            if (hit.end() < a.numeralEnd() || u.isClassifier() || !accepts(s, a, u)) {
                continue;
            }
            if (hit.end() < s.length() && startsFigureOrUnit(s, hit.end())) {
                continue; // 一两天, 一两个: the 两 is a numeral
            }
            Optional<BigDecimal> head = reader.exactValue(s.substring(a.start(), p));
            if (head.isPresent()) {
                return new UnitHit(u, p, hit.end(), head.get());
            }
        }
        return null;
    }

    private UnitHit realUnitAfterClassifier(String s, Amount a, int p) {
        if (blockedAt(s, p)) {
            return null;
        }
        PhraseTrie.Hit<UnitLexicon.TimeUnit> time = units.timeUnitAt(s, p);
        for (PhraseTrie.Hit<Unit> hit : units.suffixesAt(s, p)) {
            Unit u = hit.value();
            if (time != null && time.end() >= hit.end()) {
                return null;
            }
            if (!u.isClassifier() && u.position().suffix() && u.measure() != Measure.CURRENCY && accepts(s, a, u)
                    && !u.has(Unit.Flag.END)) {
                return new UnitHit(u, p - 1, hit.end(), a.value());
            }
        }
        return null;
    }

    /** Composite parts, decimals, 半, a rate, 整; the value in the unit's canonical symbol. */
    private Extent extend(SourceText text, Amount a, UnitHit u, boolean allowComposite) {
        String s = text.normalized();
        Unit unit = u.unit();
        int end = u.end();
        BigDecimal value = u.value();
        String rule = unit.isClassifier() ? "quantity.count" : "quantity.unit";
        if (allowComposite && !a.isRange() && !a.moreThan()) {
            int[] endRef = {end};
            BigDecimal composite = composite(text, unit.surface(), value, endRef);
            if (composite != null) {
                value = composite;
                end = endRef[0];
                rule = "quantity.composite";
            } else if (unit.has(Unit.Flag.DECIMAL) && decimalsEnd(s, end) > end) {
                int d = decimalsEnd(s, end);
                value = value.add(new BigDecimal("0." + digits(s, end, d)));
                end = d;
                rule = "quantity.composite";
            }
            if (!unit.isClassifier() && end < s.length() && s.charAt(end) == '半' && !startsFigureOrUnit(s, end + 1)) {
                value = value.add(new BigDecimal("0.5"));
                end++;
                rule = "quantity.composite";
            }
        }
        if (unit.isClassifier() && a.start() == a.end() - 1 && s.charAt(a.start()) == '半') {
            return null; // 半个: a half of something, not a count
        }
        if (unit.has(Unit.Flag.END) && !endsWord(s, end)) {
            return null;
        }
        if (unit.has(Unit.Flag.SCALE) && !isMagnitude(s, a.start(), end)) {
            return null; // 三级医院, 一级响应: a grade, not a measured degree
        }
        String symbol = unit.symbol();
        Measure measure = unit.measure();
        if (unit.has(Unit.Flag.DEGREE)) {
            Measure m = degreeMeasure(s, a.start(), end);
            measure = m;
            symbol = m == Measure.ENERGY ? "kWh" : m == Measure.TEMPERATURE ? "°C" : unit.surface();
            rule = "quantity.degree";
        }
        value = value.multiply(unit.factor());
        // 28微克每立方米, 120公里每小时: 每 between two units says the same as a slash
        if (end + 1 < s.length() && s.charAt(end) == '每' && measure != Measure.TEMPERATURE) {
            PhraseTrie.Hit<Unit> den = denominator(s, end + 1);
            PhraseTrie.Hit<UnitLexicon.TimeUnit> time = units.timeUnitAt(s, end + 1);
            if (time != null && isClockUnit(time.value().symbol()) && (den == null || time.end() >= den.end())) {
                return new Extent(time.end(), value, symbol + "/" + time.value().symbol(), Measure.RATE, "quantity.rate");
            }
            if (den != null && !den.value().isClassifier() && (time == null || den.end() > time.end())) {
                return new Extent(den.end(), value, symbol + "/" + den.value().symbol(), Measure.RATE, "quantity.rate");
            }
        }
        // 112.3部/百人, 0.41吨标准煤/万元: a multiplier of the denominator divides the value (1.123 部/人)
        if (end + 2 < s.length() && s.charAt(end) == '/' && measure != Measure.TEMPERATURE) {
            Amount per = startsNoUnit(s, end + 1) ? reader.readBareMultiplier(text, end + 1) : null;
            PhraseTrie.Hit<Unit> den = per == null ? null : denominator(s, per.end(), true);
            if (den != null && measure == Measure.POWER && den.value().measure() == Measure.ENERGY) {
                return new Extent(end, value, symbol, measure, rule); // 3.1GW/6.9GWh: a storage rating, two amounts
            }
            if (den != null && units.timeUnitAt(s, per.end()) == null) {
                return new Extent(den.end(), value.divide(per.value()), symbol + "/" + den.value().symbol(),
                        Measure.RATE, "quantity.rate");
            }
            PhraseTrie.Hit<Unit> scaled = per == null ? scaledDenominator(s, end + 1) : null;
            if (scaled != null) { // 元/万千瓦: the unit's own multiplier divides as well
                return new Extent(scaled.end(), value.divide(scaled.value().factor()),
                        symbol + "/" + scaled.value().symbol(), Measure.RATE, "quantity.rate");
            }
        }
        // 46微克/立方米, 万元/亩: a unit per unit
        if (end + 1 < s.length() && s.charAt(end) == '/' && measure != Measure.TEMPERATURE) {
            PhraseTrie.Hit<Unit> den = denominator(s, end + 1);
            PhraseTrie.Hit<UnitLexicon.TimeUnit> time = units.timeUnitAt(s, end + 1);
            if (time != null && !time.value().symbol().isEmpty() && (den == null || time.end() >= den.end())) {
                return new Extent(time.end(), value, symbol + "/" + time.value().symbol(), Measure.RATE, "quantity.rate");
            }
            if (den != null) {
                return new Extent(den.end(), value, symbol + "/" + den.value().symbol(), Measure.RATE, "quantity.rate");
            }
        }
        if (measure == Measure.CURRENCY && end < s.length() && s.charAt(end) == '整') {
            end++;
        }
        return new Extent(end, value, symbol, measure, rule);
    }

    /**
     * Hours, minutes and seconds: the time units a rate says with 每 ({@code 公里每小时}); after 每 a
     * day, month or year begins a frequency of its own ({@code 3000元每月} stays a SET's word).
     */
    private static boolean isClockUnit(String symbol) {
        return symbol.equals("h") || symbol.equals("min") || symbol.equals("s");
    }

    /** 5元3角, 六十四万零一百四十三元一角七分, 3斤5两: the value in the first unit, or null. */
    private BigDecimal composite(SourceText text, String unit, BigDecimal value, int[] endRef) {
        if (!composites.hasSubunits(unit)) {
            return null;
        }
        String s = text.normalized();
        String current = unit;
        BigDecimal total = value;
        BigDecimal scale = BigDecimal.ONE;
        int end = endRef[0];
        boolean any = false;
        while (end < s.length()) {
            int j = end;
            if (s.charAt(j) == '零' || s.charAt(j) == '又') {
                j++;
            }
            Amount b = reader.read(text, j);
            if (b == null || !b.plain() || b.isRange() || b.value().signum() < 0) {
                break;
            }
            PhraseTrie.Hit<Unit> sub = subunitAt(s, current, b.end());
            BigDecimal bValue = b.value();
            if (sub == null && b.numeralEnd() - b.start() > 1) {
                // 六斤八两: the sub-unit 两 was read into the numeral
                sub = subunitAt(s, current, b.numeralEnd() - 1);
                Optional<BigDecimal> head = sub == null ? Optional.empty()
                        : reader.exactValue(s.substring(b.start(), b.numeralEnd() - 1));
                if (head.isEmpty()) {
                    sub = null;
                } else {
                    bValue = head.get();
                }
            }
            if (sub == null) {
                break;
            }
            BigDecimal ratio = composites.ratio(current, sub.value().surface());
            scale = scale.multiply(ratio);
            total = total.add(bValue.multiply(scale));
            current = sub.value().surface();
            end = sub.end();
            any = true;
            if (!composites.hasSubunits(current)) {
                break;
            }
        }
        if (!any) {
            return null;
        }
        endRef[0] = end;
        return total;
    }

    private PhraseTrie.Hit<Unit> subunitAt(String s, String unit, int p) {
        for (PhraseTrie.Hit<Unit> hit : units.suffixesAt(s, p)) {
            if (composites.ratio(unit, hit.value().surface()) != null) {
                return hit;
            }
        }
        return null;
    }

    /** The end of bare decimals after a unit (一块二, 三蚊零四): one or two Chinese digits, no more. */
    private int decimalsEnd(String s, int from) {
        int j = from;
        while (j < s.length() && j - from < 2 && isChineseDigitChar(s.charAt(j))) {
            j++;
        }
        if (j == from || (j < s.length() && (startsFigureOrUnit(s, j) || "是要、".indexOf(s.charAt(j)) >= 0))) {
            return from; // 100元一张, 800元二是
        }
        return j;
    }

    private static String digits(String s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append((char) ('0' + AmountReader.chineseDigit(s.charAt(i))));
        }
        return b.toString();
    }

    private static boolean isChineseDigitChar(char c) {
        return !AmountReader.isArabicDigit(c) && c != '两' && AmountReader.chineseDigit(c) >= 0;
    }

    private PhraseTrie.Hit<Unit> denominator(String s, int p) {
        return denominator(s, p, false);
    }

    /**
     * The unit of a rate's denominator at {@code p}, with no multiplier of its own. Money only after a
     * multiplier ({@code 吨标准煤/万元}): a bare {@code 8元/10元} is two prices, not a rate.
     */
    private PhraseTrie.Hit<Unit> denominator(String s, int p, boolean afterMultiplier) {
        for (PhraseTrie.Hit<Unit> hit : units.suffixesAt(s, p)) {
            Unit u = hit.value();
            if (u.factor().compareTo(BigDecimal.ONE) == 0 && !u.has(Unit.Flag.DEGREE)
                    && (afterMultiplier || u.measure() != Measure.CURRENCY)) {
                return hit;
            }
        }
        return null;
    }

    /** A denominator whose unit carries a power of ten ({@code 万千瓦}, {@code 万吨}), which divides the value. */
    private PhraseTrie.Hit<Unit> scaledDenominator(String s, int p) {
        for (PhraseTrie.Hit<Unit> hit : units.suffixesAt(s, p)) {
            Unit u = hit.value();
            BigDecimal f = u.factor().stripTrailingZeros();
            if (f.compareTo(BigDecimal.ONE) > 0 && f.unscaledValue().equals(java.math.BigInteger.ONE)
                    && !u.isClassifier() && !u.has(Unit.Flag.DEGREE)) {
                return hit;
            }
        }
        return null;
    }

    /** 度 and °: energy where electricity is spoken of, temperature where heat is, else as written. */
    private static Measure degreeMeasure(String s, int figureStart, int end) {
        if (end < s.length() && s.charAt(end) == '电') {
            return Measure.ENERGY;
        }
        int from = figureStart;
        while (from > 0 && figureStart - from < DEGREE_CONTEXT) {
            char c = s.charAt(from - 1);
            if (c == '。' || c == '；' || c == '\n' || c == '!' || c == '?') {
                break;
            }
            from--;
        }
        String context = s.substring(from, figureStart);
        if (context.indexOf('温') >= 0 || context.contains("摄氏") || context.contains("零下") || context.contains("热")
                || context.contains("冷") || context.contains("冰")) {
            return Measure.TEMPERATURE;
        }
        if (context.indexOf('电') >= 0) {
            return Measure.ENERGY;
        }
        return Measure.OTHER;
    }

    /** Whether no unit or time unit starts at {@code p}: in 每千瓦时, 每千米 the 千 is the unit's. */
    private boolean startsNoUnit(String s, int p) {
        return units.suffixesAt(s, p).isEmpty() && units.timeUnitAt(s, p) == null;
    }

    /** The most numerals one 第 governs in a list or range (as the ordinal extractor reads them). */
    private static final int MAX_SHARED = 6;
    /** The longest numeral looked back over for a shared 第 ({@code 一百二十三}); the walk stays bounded. */
    private static final int MAX_SHARED_NUMERAL = 12;

    /** 第1至3名, 第二、三位: the figure at {@code i} follows a link and numerals back to a 第, which it shares. */
    private boolean sharesOrdinal(String s, int i) {
        int p = i;
        for (int k = 0; k < MAX_SHARED; k++) {
            if (p < 2 || "至到、-—~".indexOf(s.charAt(p - 1)) < 0) {
                return false;
            }
            int q = p - 1;
            while (q > 0 && p - 1 - q < MAX_SHARED_NUMERAL && reader.canStart(s.charAt(q - 1)) && s.charAt(q - 1) != '第') {
                q--;
            }
            if (q == p - 1) {
                return false;
            }
            if (q > 0 && s.charAt(q - 1) == '第') {
                return true;
            }
            p = q;
        }
        return false;
    }

    /** Words that name what a 级 measures, just before the figure (里氏5.8级) or after 级 (5.8级地震). */
    private static final List<String> SCALE_BEFORE = List.of("里氏", "震级", "风力", "阵风", "地震");
    private static final List<String> SCALE_AFTER = List.of("地震", "余震", "强震", "大风", "阵风", "台风", "风",
            "以上地震", "以上余震", "以上大风", "以上阵风", "左右的地震", "的地震", "的余震", "的台风");
    /** How far before the figure a scale word may end ({@code 风力达6级}, {@code 里氏 5.8级}). */
    private static final int SCALE_GAP = 2;

    /** 5.8级地震, 里氏5.8级, 风力6级以上: a magnitude of an earthquake or a force of wind. */
    private static boolean isMagnitude(String s, int figureStart, int end) {
        for (String w : SCALE_AFTER) {
            if (s.startsWith(w, end)) {
                return true;
            }
        }
        for (int gap = 0; gap <= SCALE_GAP; gap++) {
            for (String w : SCALE_BEFORE) {
                int at = figureStart - gap - w.length();
                if (at >= 0 && s.startsWith(w, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The mod around {@code [start, end)}: a trigger before, else after, else the figure's 多/余. */
    private Mods modAround(String s, int start, int end, int floor, Amount a, Measure measure) {
        ModLexicon.Found before = mods.before(s, start, floor);
        if (before != null && !before.bounds(measure)) {
            before = null; // 最高35℃: the day's high, no ceiling
        }
        ModLexicon.Found after = mods.after(s, end);
        int newStart = before != null ? before.start() : start;
        int newEnd = after != null ? after.end() : end;
        Mod mod = before != null ? before.mod() : after != null ? after.mod() : a.moreThan() ? Mod.MORE_THAN : null;
        return new Mods(mod, newStart, newEnd);
    }

    private record Mods(Mod mod, int start, int end) {
    }

    private boolean accepts(String s, Amount a, Unit u) {
        if (u.has(Unit.Flag.DIGITS) && !hasArabicDigit(s, a.start(), a.numeralEnd())) {
            return false;
        }
        if (u.has(Unit.Flag.CODE) && isInstituteCode(s, a)) {
            return false;
        }
        if (u.has(Unit.Flag.SMALL) && s.substring(a.start(), a.end()).indexOf('亿') >= 0) {
            return false; // 集成电路18.5亿块: a count of pieces, no sum said in 块
        }
        return u.position().suffix();
    }

    /**
     * 中航608所: three Arabic digits, not a round number, glued to the organization's name. After a
     * counted noun or a verb of counting (学校191所, 新建191所), after no word at all, or before an
     * institution it counts (国内外126所高校), it is a count.
     */
    /** Last characters of the words after which 所 counts (学校, 幼儿园, 中学, 初中, 机构; 新建, 共有, 新增, 达). */
    private static final String COUNT_CONTEXT_BEFORE_CODE = "校园学中馆站构建有增达计共办设";

    private static boolean isInstituteCode(String s, Amount a) {
        if (a.numeralEnd() - a.start() != 3 || !a.plain() || a.start() == 0) {
            return false;
        }
        char before = s.charAt(a.start() - 1);
        if (!Character.isLetter(before) || COUNT_CONTEXT_BEFORE_CODE.indexOf(before) >= 0
                || countedInstitutionFollows(s, a.numeralEnd() + 1)) {
            return false;
        }
        for (int i = a.start(); i < a.numeralEnd(); i++) {
            if (!AmountReader.isArabicDigit(s.charAt(i))) {
                return false;
            }
        }
        return s.charAt(a.numeralEnd() - 1) != '0';
    }

    /** Arabic digits that start with a 0 and go on with a digit (01, 007): a code; no count is written so. */
    /** Institutions that 所 counts when they follow it (国内外126所高校, 新增108所幼儿园). */
    private static final List<String> COUNTED_INSTITUTIONS = List.of(
            "高校", "大学", "学校", "院校", "科研院所", "中学", "小学", "中小学", "幼儿园", "医院", "卫生院");

    /** Whether the word at {@code from} is an institution that 所 counts (126所高校). */
    private static boolean countedInstitutionFollows(String s, int from) {
        for (String w : COUNTED_INSTITUTIONS) {
            if (s.startsWith(w, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZeroPaddedCode(String s, Amount a) {
        return a.numeralEnd() - a.start() >= 2 && s.charAt(a.start()) == '0'
                && AmountReader.isArabicDigit(s.charAt(a.start() + 1));
    }

    /** Last characters of words ending in 前 that say "before" or "now", not "the top": 目前5名, 此前3位. */
    private static final String NOT_RANK_BEFORE = "目当此之事赛会节提空以眼跟面生从向史日年";

    /** 前二十名, 前10位: the top places of a ranking (ANNOTATION.md: ranks, 前三名, are no mention). */
    private static boolean isRank(String s, Amount a, UnitHit u) {
        String c = u.unit().surface();
        return (c.equals("名") || c.equals("位")) && a.start() > 0 && s.charAt(a.start() - 1) == '前'
                && (a.start() < 2 || NOT_RANK_BEFORE.indexOf(s.charAt(a.start() - 2)) < 0);
    }

    /**
     * A lone 零 before a classifier opens a fixed term (零基预算, 零部件, 零件), not a count of none: a
     * report writes a count of nothing with a verb (实现零突破) or the digit 0.
     */
    private static boolean isLoneZero(String s, Amount a) {
        return a.end() == a.start() + 1 && (s.charAt(a.start()) == '零' || s.charAt(a.start()) == '〇');
    }

    /** Words after which 一期, 二期 name a phase of the works (3号线二期, 龙潭段二期, 产业园三期), not a count. */
    private static final List<String> PHASE_AFTER = List.of("号线", "线", "段", "园", "园区", "新区", "小区", "港",
            "港区", "码头", "路", "大道", "桥", "机场", "厂", "站", "楼", "城", "基地", "地铁", "铁路", "隧道", "水库",
            "中心", "工程", "项目");

    private static boolean isPhase(String s, Amount a, UnitHit u) {
        if (!u.unit().surface().equals("期")) {
            return false;
        }
        if (opensPhase(s, a, u.end())) {
            return true;
        }
        for (String w : PHASE_AFTER) {
            if (a.start() >= w.length() && s.startsWith(w, a.start() - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Characters before a figure that open a clause or a bracket. */
    private static final String CLAUSE_OPENERS = "，,；;。：:（(\n";

    /**
     * 一期, 二期 alone at a clause's start or in brackets name a phase of the works: 分两期建设，一期建设厂房；
     * 二期将视情况启动, 提升工程（一期）. A single figure word only; 两期 and digits stay counts.
     */
    private static boolean opensPhase(String s, Amount a, int phaseEnd) {
        if (a.end() != a.start() + 1 || "一二三四五六".indexOf(s.charAt(a.start())) < 0) {
            return false;
        }
        char before = a.start() == 0 ? '\n' : s.charAt(a.start() - 1);
        if (CLAUSE_OPENERS.indexOf(before) < 0) {
            return false;
        }
        char after = phaseEnd < s.length() ? s.charAt(phaseEnd) : '。';
        return before == '（' || before == '(' ? after == '）' || after == ')' : "，,；;。：:、".indexOf(after) < 0;
    }

    /** How far after 一 + classifier a 的 may close the described noun phrase it opens. */
    private static final int ARTICLE_REACH = 16;

    /**
     * 一 + classifier as an indefinite article: where it opens a noun phrase described by a clause with
     * 的 ({@code 一款最大起飞重量达2吨的飞行器}). The figure says "a", the description is the news;
     * {@code 打造一个平台}, {@code 新增一家}, {@code 一支笔2角} stay counts.
     */
    private static boolean isIndefiniteArticle(String s, Amount a, int classifierEnd) {
        if (a.end() != a.start() + 1 || s.charAt(a.start()) != '一') {
            return false;
        }
        for (int j = classifierEnd; j < s.length() && j < classifierEnd + ARTICLE_REACH; j++) {
            char c = s.charAt(j);
            if (c == '的') {
                return j > classifierEnd;
            }
            if ("，。；：、！？,;:!?（）()“”\"\n是".indexOf(c) >= 0) {
                return false; // 一位是最小的存储单位: a predicate, not a description
            }
        }
        return false;
    }

    /** Whether a Latin unit ending at {@code end} runs on into more Latin letters (5MBytes). */
    private static boolean cutsLatinWord(String s, int end) {
        return end > 0 && end < s.length() && AmountReader.isAsciiLetter(s.charAt(end - 1))
                && AmountReader.isAsciiLetter(s.charAt(end));
    }

    /** Percent words and time units after a figure make it no QUANTITY. */
    private boolean blockedAt(String s, int q) {
        if (q >= s.length()) {
            return false;
        }
        char c = s.charAt(q);
        return c == '%' || c == '‰' || c == '‱' || s.startsWith("个百分点", q) || s.startsWith("百分点", q);
    }

    private boolean followsTimeOrPercent(String s, int p) {
        if (p >= s.length()) {
            return false;
        }
        if (blockedAt(s, p)) {
            return true;
        }
        int q = p;
        if (s.charAt(q) == '多' || s.charAt(q) == '半') {
            q++;
        }
        PhraseTrie.Hit<UnitLexicon.TimeUnit> time = q < s.length() ? units.timeUnitAt(s, q) : null;
        if (time == null || units.classifierAt(s, q) != null) {
            return false;
        }
        // 6个代表团, 两个时段: a one-character time unit straight after 个 that opens a word is no time unit
        return q > p || time.end() - time.start() > 1 || time.end() >= s.length()
                || !Character.isIdeographic(s.charAt(time.end()));
    }

    /** Whether a figure, a unit, a classifier or a time unit starts at {@code p}. */
    private boolean startsFigureOrUnit(String s, int p) {
        if (p >= s.length()) {
            return false;
        }
        char c = s.charAt(p);
        return AmountReader.isNumeralChar(c) || !units.suffixesAt(s, p).isEmpty() || units.timeUnitAt(s, p) != null;
    }

    /** After a unit flagged END: the end of the text, a non-word character, or a word that goes with figures. */
    private static boolean endsWord(String s, int end) {
        if (end >= s.length()) {
            return true;
        }
        char c = s.charAt(end);
        return !AmountReader.isIdeograph(c) || "以左上下钱整的和与及或至到每多余".indexOf(c) >= 0;
    }

    /** The longest formula after its classifier inside quotes: “四个全面”, “两个一百年”. */
    private static final int MAX_FORMULA_TAIL = 5;

    /** “五个跃升”: a figure and classifier that open a short quotation, which closes soon after. */
    private static boolean isQuotedFormula(String s, int start, int end) {
        if (start == 0 || "“\"「『‘".indexOf(s.charAt(start - 1)) < 0) {
            return false;
        }
        for (int i = end; i < s.length() && i <= end + MAX_FORMULA_TAIL; i++) {
            char c = s.charAt(i);
            if ("”\"」』’".indexOf(c) >= 0) {
                return i > end;
            }
            if (!AmountReader.isIdeograph(c)) {
                return false;
            }
        }
        return false;
    }

    /** 一条条, 一个个: a reduplicated classifier. */
    private static boolean isReduplicated(String s, UnitHit u) {
        return u.unit().isClassifier() && u.end() - u.start() == 1 && u.end() < s.length()
                && s.charAt(u.end()) == s.charAt(u.start());
    }

    /** 3至5, 3-5, 3~5, 3—5 (spaces allowed around the signs); the offset after the connector, or -1. */
    static int connectorEnd(String s, int p) {
        int j = AmountReader.skipSpaces(s, p, 2);
        if (j >= s.length()) {
            return -1;
        }
        char c = s.charAt(j);
        if (c == '至' || c == '到') {
            return j + 1 < s.length() ? j + 1 : -1;
        }
        if (c == '-' || c == '~' || c == '—' || c == '―') {
            int k = j + 1;
            if (c == '—' && k < s.length() && s.charAt(k) == '—') {
                k++;
            }
            k = AmountReader.skipSpaces(s, k, 2);
            return k < s.length() ? k : -1;
        }
        return -1;
    }

    /** Whether {@code [from, to)} contains 十百千万亿. */
    static boolean hasMultiplier(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (AmountReader.multiplier(s.charAt(i)) != null || s.charAt(i) == '兆') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code [from, to)} contains 万, 亿 or 兆 (a multiplier that closes a section). */
    static boolean hasSectionMultiplier(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '万' || c == '亿' || c == '兆') {
                return true;
            }
        }
        return false;
    }

    /**
     * The multiplier that ends the high end of a range and applies to the low end: a run of 万/亿
     * ({@code 三十万} -> 10000), else a final 千 or 百 where the low end has no multiplier of its own
     * ({@code 3-5千} -> 1000); null for none.
     */
    static BigDecimal trailingMultiplier(String s, int from, int to, boolean lowHasMultiplier) {
        int j = to;
        BigDecimal m = BigDecimal.ONE;
        while (j > from + 1 && (s.charAt(j - 1) == '万' || s.charAt(j - 1) == '亿')) {
            m = m.multiply(AmountReader.multiplier(s.charAt(j - 1)));
            j--;
        }
        if (j < to) {
            return m;
        }
        if (!lowHasMultiplier && to - from >= 2 && (s.charAt(to - 1) == '千' || s.charAt(to - 1) == '百')) {
            return AmountReader.multiplier(s.charAt(to - 1));
        }
        return null;
    }

    private static boolean hasArabicDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (AmountReader.isArabicDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** G4-1: a hyphen after a code letter or digit run is no minus sign. */
    private static boolean isHyphenAfterCode(String s, int i) {
        return s.charAt(i) == '-' && i > 0 && (AmountReader.isAsciiLetter(s.charAt(i - 1))
                || AmountReader.isArabicDigit(s.charAt(i - 1)));
    }

    private static QuantityMention mention(SourceText text, int start, int end, BigDecimal value, BigDecimal max,
            String unit, Measure measure, Mod mod, String rule) {
        return new QuantityMention(new TextSpan(start, end), text.cut(start, end), value, max, unit, measure, mod, rule);
    }

    /** Units in a list, for tests. */
    List<Unit> units() {
        return units.all();
    }
}
