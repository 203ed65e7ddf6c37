package io.github.tiqu.extractors.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.tiqu.core.numeral.Numeral;
import io.github.tiqu.core.numeral.NumeralMatch;
import io.github.tiqu.core.numeral.NumeralParser;
import io.github.tiqu.core.numeral.NumeralScanner;
import io.github.tiqu.core.resource.TsvTable;
import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.core.text.TextSpan;
import io.github.tiqu.core.token.Token;
import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.MentionType;
import io.github.tiqu.extractors.Mod;
import io.github.tiqu.extractors.NumberMention;
import io.github.tiqu.extractors.pipeline.Document;
import io.github.tiqu.extractors.pipeline.TypeExtractor;
import io.github.tiqu.extractors.quantity.ModLexicon;
import io.github.tiqu.extractors.quantity.NotMentions;
import io.github.tiqu.extractors.quantity.QuotedFormula;

/**
 * Finds bare numerals (NUMBER). Longer mentions with a unit, a date or an ordinal win over these by
 * {@link io.github.tiqu.extractors.OverlapPolicy}, so a NUMBER may overlap them.
 *
 * <p>Rules, in order:
 * <ol>
 * <li><b>whole</b>: an input that is one numeral (the numeral suites' cases: {@code 三万五}, {@code 负 1200000})
 *     is one NUMBER over the whole input (spaces around it left out).</li>
 * <li><b>scan</b>: in prose, every numeral the {@link NumeralScanner} reads at a word boundary, except
 *     <ul>
 *     <li>the tail of a code or a chain: {@code G4}, {@code 5G}, {@code 2023/12/19}, {@code 10:30} (but the parts
 *         of a ratio are NUMBERs, rule {@code number.ratio}: {@code 6.0:39.8:54.2}, {@code 之比为6:4});</li>
 *     <li>the numeral of an ordinal ({@code 第三}): ORDINAL's;</li>
 *     <li>a two-character digit reading ({@code 五一}, {@code 一一}): a name or an adverb, not 51 or 11;</li>
 *     <li>a numeral of one or two Chinese characters that is part of a longer word for the tokenizer
 *         ({@code 四川}, {@code 一个}, {@code 一对}, {@code 三五成群});</li>
 *     <li>a lone {@code 零} opening a word ({@code 零基预算}, {@code 零容忍}: a fixed term);</li>
 *     <li>a lone {@code 一} before a classifier ({@code 一项}, {@code 一批}: an article, not a count), a lone
 *         digit before {@code 是} (list markers) or after {@code 前 初 周} (ranks, days);</li>
 *     <li><b>marker</b>: a list or section marker: {@code 一、} at the start of a line, {@code （一）},
 *         {@code (3)};</li>
 *     <li><b>name</b>: a numeral in a numbered name ({@code 党的十九大}, {@code 十九届四中全会}: data in
 *         {@code numbered-names.tsv});</li>
 *     <li><b>formula</b>: a Chinese numeral in a short quoted phrase with other words, a slogan or
 *         numbered formula ({@code “两不愁三保障”}, {@code “六增六强”}, {@code ‘两型’});</li>
 *     <li>a reading of three digits with no zero ({@code 一二三产业}, {@code 九一八}): a name, not 123;</li>
 *     <li>Arabic digits with a leading zero ({@code 001号}, {@code 007}): a code;</li>
 *     <li>a numeral inside a word of {@code not-mentions.tsv} whose row names NUMBER
 *         ({@code 第一、二、三产业}).</li>
 *     </ul></li>
 * </ol>
 * Immutable and thread-safe; the tokens of a sentence are cached only for the length of one call.
 */
public final class NumberExtractor implements TypeExtractor {

    private static final NumeralScanner SCANNER = NumeralScanner.standard();
    private static final NumeralParser PARSER = NumeralParser.standard();
    /** Numerals of at most this many Chinese characters are checked against the tokenizer's words. */
    private static final int WORD_CHECK_LENGTH = 2;
    /** A section marker in brackets is at most this long ({@code （十二）}, {@code (12)}). */
    private static final int MARKER_LENGTH = 3;

    /** Signs of money written before a figure; the figure after one is an amount, not a NUMBER. */
    private static final String CURRENCY_SIGNS = "$￥¥€£";

    private final List<NumberedName> names;
    /** The rows of {@code not-mentions.tsv} that name NUMBER ({@code 第一、二、三产业}). */
    private final NotMentions notMentions = NotMentions.forType(MentionType.NUMBER);
    private final ModLexicon mods = ModLexicon.standard();

    /** A numbered name around a numeral: {@code 党的#大}, {@code #届}. */
    private record NumberedName(String before, String after) {
        boolean matches(String s, int start, int end) {
            return start >= before.length() && s.startsWith(before, start - before.length())
                    && s.startsWith(after, end);
        }
    }

    public NumberExtractor() {
        this.names = NamesHolder.STANDARD;
    }

    /** numbered-names.tsv, read once (on first use) and shared. */
    private static final class NamesHolder {
        static final List<NumberedName> STANDARD = load();

        private static List<NumberedName> load() {
            List<NumberedName> rows = new ArrayList<>();
            for (TsvTable.Row row : TsvTable.load(NumberExtractor.class, "numbered-names.tsv").rows()) {
                String before = row.get("before");
                String after = row.get("after");
                if (before.isEmpty() && after.isEmpty()) {
                    throw new IllegalStateException(row.where() + ": a numbered name needs a before or an after");
                }
                rows.add(new NumberedName(before, after));
            }
            return List.copyOf(rows);
        }
    }

    @Override
    public Set<MentionType> types() {
        return Set.of(MentionType.NUMBER);
    }

    @Override
    public void extract(Document document, List<Mention> out) {
        SourceText text = document.text();
        String s = text.normalized();
        int from = 0;
        int to = s.length();
        while (from < to && Character.isWhitespace(s.charAt(from)) || from < to && s.charAt(from) == '\u3000') {
            from++;
        }
        while (to > from && (Character.isWhitespace(s.charAt(to - 1)) || s.charAt(to - 1) == '\u3000')) {
            to--;
        }
        if (to > from && !SCANNER.isFixedPhrase(s, from, to)) {
            Optional<Numeral> whole = PARSER.tryParse(s.substring(from, to));
            if (whole.isPresent()) {
                out.add(mention(text, new TextSpan(from, to), whole.get(), "number.whole"));
                return;
            }
        }
        Words words = new Words(document);
        NotMentions.Scan blocked = notMentions.scan(s);
        int n = s.length();
        int i = 0;
        int floor = 0;
        while (i < n) {
            if (!SCANNER.canStart(s.charAt(i)) || !boundaryBefore(s, i)) {
                i++;
                continue;
            }
            Optional<NumeralMatch> found = SCANNER.matchAt(s, i);
            if (found.isEmpty()) {
                int run = SCANNER.runEnd(s, i);
                i = run - i >= NumeralParser.MAX_LENGTH ? run : i + 1;
                continue;
            }
            NumeralMatch m = found.get();
            List<NumeralMatch> ratio = ratioParts(s, m);
            if (ratio != null) {
                for (NumeralMatch part : ratio) {
                    out.add(mention(text, part.span(), part.numeral(), "number.ratio"));
                }
                i = ratio.get(ratio.size() - 1).end();
                continue;
            }
            if (isNumber(s, m, words) && !blocked.overlaps(m.start(), m.end())) {
                out.add(withMod(text, m, floor));
            }
            i = m.end();
            floor = i;
        }
    }

    /** {@code 约35万}, {@code 3万以上}: a trigger that touches the numeral is in the span and gives its mod. */
    private NumberMention withMod(SourceText text, NumeralMatch m, int floor) {
        String s = text.normalized();
        ModLexicon.Found before = mods.before(s, m.start(), floor);
        if (before != null && !before.bounds(null)) {
            before = null; // 最高35℃: whether 最高 bounds the figure depends on a measure a NUMBER has not
        }
        ModLexicon.Found after = mods.after(s, m.end());
        if (before == null && after == null) {
            return mention(text, m.span(), m.numeral(), "number.scan");
        }
        TextSpan span = new TextSpan(before != null ? before.start() : m.start(), after != null ? after.end() : m.end());
        Mod mod = before != null ? before.mod() : after.mod();
        return new NumberMention(span, text.cut(span), m.numeral().value(), m.numeral().valueMax(), mod,
                "number.mod");
    }

    /** The most parts a ratio is read with ({@code 6.0:39.8:54.2} has three). */
    private static final int MAX_RATIO_PARTS = 8;

    /**
     * 6.0:39.8:54.2, 2.10:1, 之比为6:4: the parts of a ratio, each a NUMBER; null where the chain of
     * figures and colons is a clock time or a code (10:30, 1:2:3 with no word of ratio before it).
     * A ratio has a decimal part or a ratio word before it (比, 比例, 结构, skipping 为/是/约).
     */
    private static List<NumeralMatch> ratioParts(String s, NumeralMatch first) {
        int n = s.length();
        if (first.end() + 1 >= n || s.charAt(first.end()) != ':' || !SCANNER.isArabicDigit(s.charAt(first.end() + 1))
                || !arabicFigure(s, first) || (first.start() > 0 && !boundaryOfChain(s.charAt(first.start() - 1)))) {
            return null;
        }
        List<NumeralMatch> parts = new ArrayList<>(3);
        parts.add(first);
        boolean decimal = s.charAt(first.start()) != '.' && s.substring(first.start(), first.end()).indexOf('.') > 0;
        int p = first.end();
        while (p + 1 < n && s.charAt(p) == ':' && SCANNER.isArabicDigit(s.charAt(p + 1))) {
            Optional<NumeralMatch> next = SCANNER.matchAt(s, p + 1);
            if (next.isEmpty() || !arabicFigure(s, next.get()) || parts.size() == MAX_RATIO_PARTS) {
                return null;
            }
            NumeralMatch part = next.get();
            decimal |= s.substring(part.start(), part.end()).indexOf('.') > 0;
            parts.add(part);
            p = part.end();
        }
        if (p < n && !boundaryOfChain(s.charAt(p))) {
            return null; // 1:2.3.4, 3:1a
        }
        return decimal || ratioWordBefore(s, first.start()) ? parts : null;
    }

    /** Only Arabic digits and a point: a part of a written ratio. */
    private static boolean arabicFigure(String s, NumeralMatch m) {
        for (int i = m.start(); i < m.end(); i++) {
            char c = s.charAt(i);
            if (!SCANNER.isArabicDigit(c) && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** A character that may stand next to a ratio: no letter, digit, colon, point, slash or hyphen. */
    private static boolean boundaryOfChain(char c) {
        return !(SCANNER.isArabicDigit(c) || isLatin(c) || c == ':' || c == '.' || c == '/' || c == '-');
    }

    /** 比, 比例, 之比, 结构 right before {@code start}, maybe with 为, 是 or 约 between. */
    private static boolean ratioWordBefore(String s, int start) {
        int j = start;
        while (j > 0 && start - j < 2 && "为是约达".indexOf(s.charAt(j - 1)) >= 0) {
            j--;
        }
        return j > 0 && (s.charAt(j - 1) == '比' || s.startsWith("比例", j - 2) || s.startsWith("结构", j - 2));
    }

    private static NumberMention mention(SourceText text, TextSpan span, Numeral numeral, String rule) {
        Mod mod = numeral.approximation() == Numeral.Approximation.MORE_THAN ? Mod.MORE_THAN : null;
        return new NumberMention(span, text.cut(span), numeral.value(), numeral.valueMax(), mod, rule);
    }

    /** Not inside a run that a numeral before has claimed, a chain of figures, or an ordinal. */
    private static boolean boundaryBefore(String s, int i) {
        if (i == 0) {
            return true;
        }
        char before = s.charAt(i - 1);
        char c = s.charAt(i);
        if (before == '第') {
            return false;
        }
        if (SCANNER.isArabicDigit(before) && (SCANNER.isArabicDigit(c) || c == '.')) {
            return false;
        }
        if ((SCANNER.isChineseDigit(before) || SCANNER.isMultiplier(before)) && !SCANNER.isArabicDigit(c)) {
            return false;
        }
        if ((before == '.' || before == '/' || before == ':') && i >= 2) {
            char b2 = s.charAt(i - 2);
            return !(SCANNER.isArabicDigit(b2) || isLatin(b2));
        }
        return true;
    }

    private boolean isNumber(String s, NumeralMatch m, Words words) {
        int start = m.start();
        int end = m.end();
        if (isListMarker(s, start, end) || isNumberedName(s, start, end)) {
            return false;
        }
        if (SCANNER.gluedToLatinAfter(s, end)) {
            return false; // 5G, 4K, 35kV: a code, or a unit for QUANTITY
        }
        if (start > 0 && CURRENCY_SIGNS.indexOf(s.charAt(start - 1)) >= 0) {
            return false; // $20，300美圆: after a currency sign the figure is QUANTITY's, which reads the comma
        }
        if (end + 1 < s.length() && (s.charAt(end) == ':' || s.charAt(end) == '.')
                && SCANNER.isArabicDigit(s.charAt(end + 1))) {
            return false; // 10:30, 1.2.3, 127.0.0.1
        }
        boolean arabic = false;
        for (int i = start; i < end && !arabic; i++) {
            arabic = SCANNER.isArabicDigit(s.charAt(i));
        }
        if (arabic && NoticeCodes.isCode(s, start, end)) {
            return false; // 0736-8826517, 〔2025〕86号, 人民路188号, 4楼: a code in a notice
        }
        if (arabic) {
            // 001, 007: a code or a serial number, not a count
            return !(s.charAt(start) == '0' && end - start >= 2 && SCANNER.isArabicDigit(s.charAt(start + 1)));
        }
        if (QuotedFormula.around(s, start, end)) {
            return false;
        }
        if (SCANNER.isDigitReading(s, start, end) && (end - start == 2 || end - start == 3 && !hasZero(s, start, end))) {
            return false; // 五一, 一一, 八一; 一二三产业, 九一八
        }
        if (end - start > WORD_CHECK_LENGTH) {
            return true;
        }
        if (end - start == 1) {
            char before = start > 0 ? s.charAt(start - 1) : ' ';
            char after = end < s.length() ? s.charAt(end) : ' ';
            if (after == '是' || before == '前' || before == '初' || before == '周') {
                return false;
            }
            if (s.charAt(start) == '一' && (isHan(before) || isHan(after))) {
                return false; // 一 in running words is an article (一折, 一对, 一项), not a count
            }
            if ((s.charAt(start) == '零' || s.charAt(start) == '〇') && isHan(after)) {
                return false; // 零基预算, 零容忍, 零距离: a lone 零 opening a word is no figure
            }
        }
        List<Token> tokens = words.around(start);
        for (Token t : tokens) {
            if (t.end() <= start || t.start() >= end) {
                continue;
            }
            if ((t.start() < start || t.end() > end) && !t.isPos("m")) {
                return false; // 四川, 九台, 三五成群
            }
            if (end - start == 1 && t.end() > end) {
                return false; // 一个, 一对, 四不
            }
        }
        return true;
    }

    /** 一、 or 1. at the start of a line; （一）, (3), 【二】 anywhere: a list or section marker. */
    static boolean isListMarker(String s, int start, int end) {
        char before = start > 0 ? s.charAt(start - 1) : '\n';
        char after = end < s.length() ? s.charAt(end) : '\n';
        if (isOpening(before) && isClosing(after)) {
            return end - start <= MARKER_LENGTH;
        }
        if (after != '、' && !((after == '.' || after == '．') && end - start <= 2)) {
            return false;
        }
        int i = start - 1;
        while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '\u3000' || s.charAt(i) == '\t')) {
            i--;
        }
        char c = i < 0 ? '\n' : s.charAt(i);
        return c == '\n' || c == '\r' || c == '。' || c == ';' || c == '；';
    }

    private static boolean isOpening(char c) {
        return c == '（' || c == '(' || c == '【' || c == '[' || c == '〔';
    }

    private static boolean isClosing(char c) {
        return c == '）' || c == ')' || c == '】' || c == ']' || c == '〕';
    }

    private boolean isNumberedName(String s, int start, int end) {
        for (NumberedName name : names) {
            if (name.matches(s, start, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasZero(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '零' || c == '〇' || c == '○' || c == '幺') {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** The tokens of one sentence at a time, asked for only when a short Chinese numeral needs them. */
    private static final class Words {
        private final Document document;
        private final List<TextSpan> sentences;
        private int next;
        private TextSpan sentence;
        private List<Token> tokens = List.of();

        Words(Document document) {
            this.document = document;
            this.sentences = document.text().sentences();
        }

        List<Token> around(int offset) {
            if (sentence == null || !sentence.contains(offset)) {
                sentence = sentenceAt(offset);
                tokens = document.tokenizer().tokenize(document.text(), sentence);
            }
            return tokens;
        }

        /** Offsets are asked in increasing order, so the search goes on from the last sentence. */
        private TextSpan sentenceAt(int offset) {
            while (next < sentences.size() && sentences.get(next).end() <= offset) {
                next++;
            }
            if (next < sentences.size() && sentences.get(next).contains(offset)) {
                return sentences.get(next);
            }
            int n = document.text().length();
            return new TextSpan(Math.max(0, offset - 20), Math.min(n, offset + 20));
        }
    }
}
