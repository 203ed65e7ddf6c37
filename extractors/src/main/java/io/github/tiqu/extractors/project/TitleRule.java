package io.github.tiqu.extractors.project;

import java.util.List;

import io.github.tiqu.extractors.ProjectKind;

/**
 * {@code title}: a title in 《》 is a DOCUMENT ({@code 《湘江新区2024年工作要点》}, also a short form such as
 * {@code 《意见》}), unless it names a newspaper, periodical, book or programme (publications.tsv).
 * Stateless apart from its immutable lexicon.
 */
final class TitleRule {

    /** The longest title read; a 《 without its 》 nearby is a stray mark. */
    static final int MAX_TITLE = 120;

    private final ProjectLexicon lexicon;

    TitleRule(ProjectLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void find(String s, List<Candidate> out) {
        int i = s.indexOf('《');
        while (i >= 0) {
            int close = closeAfter(s, i);
            if (close < 0) {
                i = s.indexOf('《', i + 1);
                continue;
            }
            String title = s.substring(i + 1, close).strip();
            String after = s.substring(close + 1, Math.min(s.length(), close + 5));
            if (!title.isEmpty() && !lexicon.isPublication(title, after)) {
                out.add(new Candidate(i, close + 1, ProjectKind.DOCUMENT, "title"));
            }
            i = s.indexOf('《', close + 1);
        }
    }

    private static int closeAfter(String s, int open) {
        int limit = Math.min(s.length(), open + MAX_TITLE);
        for (int j = open + 1; j < limit; j++) {
            char c = s.charAt(j);
            if (c == '》') {
                return j;
            }
            if (c == '《' || c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }
}
