package io.github.tiqu.extractors.project;

import java.util.List;

import io.github.tiqu.extractors.ProjectKind;

/**
 * {@code quoted-summary}: a quoted numbered name that sums up the list before it is a programme:
 * {@code 推进产业升级、城乡融合、生态优先“三个突破”}. A numbered formula standing alone
 * ({@code 增强“四个意识”}) is not. Stateless.
 */
final class QuotedSummaryRule {

    private static final String NUMERALS = "0123456789一二三四五六七八九十百千两";
    private static final String COUNTERS = "个大项";

    void find(String s, List<Candidate> out) {
        for (int i = 0; i < s.length(); i++) {
            if (!Chars.isOpenQuote(s.charAt(i))) {
                continue;
            }
            int close = Chars.closeQuoteAfter(s, i);
            if (close < 0) {
                continue;
            }
            if (isNumberedName(s.substring(i + 1, close)) && enumerationsBefore(s, i) >= 2) {
                out.add(new Candidate(i, close + 1, ProjectKind.PROGRAM, "quoted-summary"));
            }
            i = close;
        }
    }

    /** 五个跃升, 三大突破, 10项行动: a numeral, a counter (个, 大, 项) and two to four characters. */
    static boolean isNumberedName(String q) {
        int k = 0;
        while (k < q.length() && NUMERALS.indexOf(q.charAt(k)) >= 0) {
            k++;
        }
        if (k == 0 || k > 3) {
            return false;
        }
        if (k >= q.length() || COUNTERS.indexOf(q.charAt(k)) < 0) {
            return false;
        }
        k++;
        int rest = q.length() - k;
        if (rest < 2 || rest > 4) {
            return false;
        }
        for (int j = k; j < q.length(); j++) {
            if (!Chars.isHan(q.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private static int enumerationsBefore(String s, int open) {
        int start = Chars.clauseStart(s, open, 80, true);
        int n = 0;
        for (int k = start; k < open; k++) {
            // 增强“四个意识”、坚定“四个自信”: quoted formulas in a row are not an enumeration
            if (s.charAt(k) == '、' && (k == 0 || !Chars.isCloseQuote(s.charAt(k - 1)))) {
                n++;
            }
        }
        return n;
    }
}
