package io.github.tiqu.extractors.project;

import io.github.tiqu.core.rule.PhraseTrie;
import java.util.ArrayList;
import java.util.List;

import io.github.tiqu.core.text.TextSpan;
import io.github.tiqu.core.token.Token;
import io.github.tiqu.extractors.ProjectKind;
import io.github.tiqu.extractors.pipeline.Document;

/**
 * {@code listed-before-head}: the names listed before {@code 等项目} / {@code 等工程} (also
 * {@code 等重点项目}, {@code 等12个项目}) are projects even without a head word of their own:
 * {@code 推进岳麓污水厂三期、洋湖再生水厂等项目}. Each item must still be specific enough to be a name.
 * Stateless apart from its immutable lexicon.
 */
final class ListRule {

    /** The longest list read before 等. */
    static final int MAX_LIST = 100;
    /** The most characters of a count beside the list head: 等18个项目, 等项目486个. */
    private static final int MAX_COUNTED = 6;

    private static final String NUMERALS = "0123456789一二三四五六七八九十百千两多几";

    private final ProjectLexicon lexicon;
    private final NameGrower grower;

    ListRule(ProjectLexicon lexicon, NameGrower grower) {
        this.lexicon = lexicon;
        this.grower = grower;
    }

    void find(Document doc, List<Candidate> out) {
        String s = doc.text().normalized();
        int i = s.indexOf('等', 1);
        while (i >= 0) {
            if (listHead(s, i + 1) != null) {
                items(doc, s, i, isCounted(s, i + 1), out);
            }
            i = s.indexOf('等', i + 1);
        }
    }

    /** The 项目/工程 head after 等 and an optional count or generic word, or null. */
    private Head listHead(String s, int from) {
        int p = from;
        for (int step = 0; step < 3 && p < s.length(); step++) {
            PhraseTrie.Hit<Head> m = lexicon.headAt(s, p);
            if (m != null) {
                Head h = m.value();
                boolean works = h.scope() == Head.Scope.NAME && h.kind() == ProjectKind.ENGINEERING
                        && h.quotedKind() != h.kind();
                return works ? h : null;
            }
            int q = p;
            while (q < s.length() && q - p < 4 && NUMERALS.indexOf(s.charAt(q)) >= 0) {
                q++;
            }
            if (q > p && q < s.length() && (lexicon.is(s.substring(q, q + 1), TokenClass.COUNT)
                    || s.charAt(q) == '大')) {
                p = q + 1;
                continue;
            }
            int g = genericWordEnd(s, p);
            if (g < 0) {
                return null;
            }
            p = g;
        }
        return null;
    }

    /**
     * 等18个项目, 等项目486个: a count with the list head makes the items a tally of kinds or tasks, so only
     * items with their own head, a proper name or a quotation stay names.
     */
    private boolean isCounted(String s, int from) {
        int p = from;
        int end = Math.min(s.length(), from + MAX_COUNTED);
        while (p < end) {
            PhraseTrie.Hit<Head> m = lexicon.headAt(s, p);
            if (m != null) {
                return isCountAt(s, from) || isCountAt(s, m.end());
            }
            p++;
        }
        return false;
    }

    /** 18个, 486个: numerals and a classifier at p. */
    private boolean isCountAt(String s, int p) {
        int q = p;
        while (q < s.length() && q - p < MAX_COUNTED && NUMERALS.indexOf(s.charAt(q)) >= 0) {
            q++;
        }
        return q > p && q < s.length() && lexicon.is(s.substring(q, q + 1), TokenClass.COUNT);
    }

    private int genericWordEnd(String s, int p) {
        for (int len = 4; len >= 2; len--) {
            if (p + len <= s.length() && lexicon.is(s.substring(p, p + len), TokenClass.GENERIC)) {
                return p + len;
            }
        }
        return -1;
    }

    private void items(Document doc, String s, int deng, boolean counted, List<Candidate> out) {
        int rs = Chars.clauseStart(s, deng, MAX_LIST, true);
        if (rs >= deng) {
            return;
        }
        List<Token> tokens = doc.tokenizer().tokenize(doc.text(), new TextSpan(rs, deng + 1));
        if (tokens.isEmpty() || !NameGrower.word(s, tokens.get(tokens.size() - 1)).equals("等")) {
            return;
        }
        List<Token> item = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String w = NameGrower.word(s, t);
            if (w.equals("、") || k == tokens.size() - 1) {
                addItem(s, item, counted, out);
                item = new ArrayList<>();
            } else {
                item.add(t);
            }
        }
    }

    private void addItem(String s, List<Token> item, boolean counted, List<Candidate> out) {
        if (item.isEmpty()) {
            return;
        }
        NameGrower.Growth g = grower.grow(item, s, false, false);
        if (!g.found() || !g.isSpecific()) {
            return;
        }
        int end = item.get(item.size() - 1).end();
        if (end - g.start() < 2) {
            return;
        }
        ProjectKind own = ownHeadKind(s, g.start(), end);
        // 利用闲置农房发展民宿, 养老: activities, not names; 洋湖再生水厂, 铁山灌区: works
        if (!g.proper() && !g.quoted() && !g.works() && own == null) {
            return;
        }
        boolean activity = item.get(item.size() - 1).pos().startsWith("v");
        if (counted && activity && !g.quoted() && own == null) {
            return; // 城中村改造、保障性住房等项目486个, 加注前功能检查等18个项目: kinds or tasks counted
        }
        out.add(new Candidate(g.start(), end, own == null ? ProjectKind.ENGINEERING : own, "listed-before-head"));
    }

    /** The kind of the item's own head word where it ends with one, else null. */
    private ProjectKind ownHeadKind(String s, int start, int end) {
        for (int p = start; p < end; p++) {
            PhraseTrie.Hit<Head> m = lexicon.headAt(s, p);
            if (m != null && m.end() == end && m.value().scope() == Head.Scope.NAME) {
                return m.value().kind();
            }
        }
        return null;
    }
}
