package io.github.tiqu.extractors.project;

import java.util.ArrayList;
import java.util.List;

import io.github.tiqu.extractors.ProjectKind;

/**
 * {@code listed-quote}: a quoted name listed with {@code 、} next to a programme is a programme of its own,
 * though it has no head word: {@code 继续实施“三支一扶”、特岗教师计划等}. A numbered formula
 * ({@code “两个毫不动摇”}) is not. Runs over the candidates the other rules found. Stateless.
 */
final class ListedQuoteRule {

    /** The longest quotation taken as a listed name. */
    static final int MAX_NAME = 12;

    void find(String s, List<Candidate> out) {
        List<Candidate> found = new ArrayList<>();
        for (Candidate c : out) {
            if (c.kind() != ProjectKind.PROGRAM) {
                continue;
            }
            // “三支一扶”、“西部计划”、特岗教师计划: the quotations before the programme, right to left
            int end = c.start();
            while (end >= 2 && s.charAt(end - 1) == '、' && Chars.isCloseQuote(s.charAt(end - 2))) {
                int open = Chars.openQuoteBefore(s, end - 2);
                if (open < 0 || !isListedName(s, open, end - 2)) {
                    break;
                }
                found.add(new Candidate(open, end - 1, ProjectKind.PROGRAM, "listed-quote"));
                end = open;
            }
            // 特岗教师计划、“三支一扶”等: a quotation after it that ends the list
            int start = c.end();
            if (start + 1 < s.length() && s.charAt(start) == '、' && Chars.isOpenQuote(s.charAt(start + 1))) {
                int close = Chars.closeQuoteAfter(s, start + 1);
                if (close > 0 && isListedName(s, start + 1, close) && endsItem(s, close + 1)) {
                    found.add(new Candidate(start + 1, close + 1, ProjectKind.PROGRAM, "listed-quote"));
                }
            }
        }
        out.addAll(found);
    }

    /** A short quotation of Han characters (and +) that is no numbered formula. */
    private static boolean isListedName(String s, int open, int close) {
        int n = close - open - 1;
        if (n < 2 || n > MAX_NAME || QuotedSummaryRule.isNumberedName(s.substring(open + 1, close))) {
            return false;
        }
        for (int k = open + 1; k < close; k++) {
            char c = s.charAt(k);
            if (!Chars.isHan(c) && !Chars.isDigit(c) && c != '+') {
                return false;
            }
        }
        return true;
    }

    /** What follows a list's last item: 等, a boundary, or the text's end. */
    private static boolean endsItem(String s, int k) {
        return k >= s.length() || s.charAt(k) == '等' || Chars.isBoundary(s, k);
    }
}
