package io.github.tiqu.extractors.date;

/**
 * The characters a time expression can start with, so the scanner tries the grammar only there:
 * digits and numerals, quotes (“十四五”), the first characters of the grammar's trigger words and of
 * every lexicon word. Built once; immutable.
 */
final class StartChars {

    private static final String GRAMMAR = "截自从大约超过不逾近至每过公纪农阴旧阳上本这下首前后第春夏秋冬正腊闰最星礼周年月初中底末半分差"
            + "“‘\"今去明昨当同次翌全来当整元";

    private static final boolean[] START = build();

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
        return s;
    }

    static boolean mayStart(char c) {
        return START[c];
    }
}
