package io.github.tiqu.extractors.date;

import java.util.List;

import io.github.tiqu.core.rule.PhraseTrie;

/**
 * Where the scanner tries the grammar. A time expression starts with a digit or a numeral, a quote
 * (“十四五”), a trigger character of the grammar or the first character of a lexicon word; of those,
 * a character that no rule tests on its own ({@link #GUARDED_BY_WORDS}: 农 of 农历, 国 of 国庆节) starts
 * one only with a whole word, so the grammar is tried there only when a word of the grammar or of the
 * lexicons is written at the offset. {@code StartCharsTest} checks these lists against the grammar's
 * source. Built once; immutable.
 */
final class StartChars {

    private static final String GRAMMAR = "截自从大约超过不逾近至每过公纪农阴旧阳上本这下首前后第春夏秋冬正腊闰最星礼周年月初中底末半分差"
            + "“‘\"今去明昨当同次翌全来当整元";

    /**
     * Characters the rules test one at a time (alone, in a character set, inside a word) or read as
     * numerals: an expression may start with one whatever follows it.
     */
    static final String ALWAYS = "\"0123456789‘“一七万三上下不世两中九二五今从令以会元先光八六冬分初前十千卅半去同后周四夏夜大天太头小差平年广底廿开当截拜教整文早明星春晚景月末本来次每百礼秋端第约纪结自至超过近这逾闰零马全成旧转重阿青";

    /** The grammar's words that begin an expression with a character that is not in {@link #ALWAYS}. */
    static final List<String> GRAMMAR_WORDS = List.of("伊斯兰", "伊斯兰教", "全年", "全年度", "公元", "公元前", "公历", "农历", "劳动奖", "基督教", "旧历", "最后", "最后一个", "正月", "清明", "犹太", "犹太教", "穆斯林", "腊月", "阳历", "阴历", "首季", "首季度", "首季节", "长达");

    private static final boolean[] START = build();
    /**
     * Characters that start an expression only as the first of a bound word of quantity's mods.tsv
     * (将 of 将近, 高 of 高于): guarded by those words, whatever the grammar tests them for elsewhere.
     */
    private static final boolean[] BOUND_ONLY = boundOnly();
    /** Start characters outside {@link #ALWAYS}: they start an expression only with a whole word. */
    private static final boolean[] GUARDED_BY_WORDS = guarded();
    private static final PhraseTrie<Boolean> WORDS = words();

    private StartChars() {
    }

    private static boolean[] build() {
        boolean[] s = new boolean[Character.MAX_VALUE + 1];
        for (char c = '0'; c <= '9'; c++) {
            s[c] = true;
        }
        for (char c : "零一二三四五六七八九十百千两廿卅".toCharArray()) {
            s[c] = true;
        }
        for (char c : GRAMMAR.toCharArray()) {
            s[c] = true;
        }
        TimeLexicon lex = TimeLexicon.get();
        for (String w : lex.words()) {
            s[w.charAt(0)] = true;
        }
        for (String w : lex.boundWords()) {
            s[w.charAt(0)] = true;
        }
        return s;
    }

    private static boolean[] boundOnly() {
        boolean[] b = new boolean[Character.MAX_VALUE + 1];
        for (String w : TimeLexicon.get().boundWords()) {
            b[w.charAt(0)] = true;
        }
        for (String w : TimeLexicon.get().words()) {
            b[w.charAt(0)] = false;
        }
        for (String w : GRAMMAR_WORDS) {
            b[w.charAt(0)] = false;
        }
        for (char c : (GRAMMAR + ALWAYS).toCharArray()) {
            b[c] = false;
        }
        return b;
    }

    private static boolean[] guarded() {
        boolean[] g = START.clone();
        for (char c : ALWAYS.toCharArray()) {
            g[c] = false;
        }
        return g;
    }

    private static PhraseTrie<Boolean> words() {
        PhraseTrie.Builder<Boolean> b = PhraseTrie.builder();
        for (String w : GRAMMAR_WORDS) {
            b.add(w, Boolean.TRUE);
        }
        for (String w : TimeLexicon.get().words()) {
            if (!w.isEmpty()) {
                b.add(w, Boolean.TRUE);
            }
        }
        for (String w : TimeLexicon.get().boundWords()) {
            b.add(w, Boolean.TRUE);
        }
        return b.build();
    }

    /** Whether the character starts an expression only as the first of a bound word (将近, 高于). */
    static boolean startsOnlyBoundWords(char c) {
        return BOUND_ONLY[c];
    }

    /** Whether the character may start an expression at all. */
    static boolean mayStart(char c) {
        return START[c];
    }

    /** Whether an expression may start at {@code i} of the scanner's view {@code t}. */
    static boolean mayStart(String t, int i) {
        char c = t.charAt(i);
        return START[c] && (!GUARDED_BY_WORDS[c] || WORDS.matchesAt(t, i));
    }
}
