package io.github.tiqu.extractors.quantity;

import io.github.tiqu.core.resource.TsvTable;
import io.github.tiqu.core.rule.PhraseTrie;

/**
 * Session designations: {@code 五届三次会议}, {@code 十三届全国人大}. The figure before 届 or 次 there names
 * which congress or which meeting, it does not count them (session-names.tsv). Immutable.
 */
final class SessionNames {

    private static final class Holder {
        static final SessionNames STANDARD = load();
    }

    /** How far before a 次 the 届 of its session may stand: 十三届全国人民代表大会常务委员会第 is the longest. */
    private static final int MAX_GAP = 14;

    private final PhraseTrie<String> afterClassifier;

    private SessionNames(PhraseTrie<String> afterClassifier) {
        this.afterClassifier = afterClassifier;
    }

    static SessionNames standard() {
        return Holder.STANDARD;
    }

    private static SessionNames load() {
        PhraseTrie.Builder<String> b = PhraseTrie.builder();
        for (TsvTable.Row row : TsvTable.load(SessionNames.class, "session-names.tsv").rows()) {
            String classifier = row.require("classifier");
            if (!classifier.equals("届") && !classifier.equals("次")) {
                throw new IllegalStateException(row.where() + ": classifier is 届 or 次");
            }
            b.add(row.require("word"), classifier);
        }
        return new SessionNames(b.build());
    }

    /**
     * Whether the count of {@code classifier} at {@code [figureStart, end)} designates a session: 届 followed
     * by a session word or by another figure of 次 (五届三次); 次 followed by 会议/全会 with a 届 shortly before.
     */
    boolean designates(String s, int figureStart, String classifier, int end) {
        if (classifier.equals("届")) {
            PhraseTrie.Hit<String> word = afterClassifier.longestAt(s, end);
            if (word != null && word.value().equals("届")) {
                return true;
            }
            int p = end;
            while (p < s.length() && AmountReader.isNumeralChar(s.charAt(p))) {
                p++;
            }
            return p > end && p < s.length() && s.charAt(p) == '次';
        }
        if (classifier.equals("次")) {
            PhraseTrie.Hit<String> word = afterClassifier.longestAt(s, end);
            if (word == null || !word.value().equals("次")) {
                return false;
            }
            for (int i = figureStart - 1; i >= 0 && i >= figureStart - MAX_GAP; i--) {
                char c = s.charAt(i);
                if (c == '届') {
                    return true;
                }
                if (!AmountReader.isIdeograph(c)) {
                    return false;
                }
            }
        }
        return false;
    }
}
