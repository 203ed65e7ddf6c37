package io.github.tiqu.extractors.quantity;

import io.github.tiqu.core.rule.PhraseTrie;
import io.github.tiqu.core.resource.TsvTable;

/**
 * The head nouns that {@code N大} counts ({@code count-nouns.tsv}): {@code 5大领域}, {@code 三大科创高地}.
 * Immutable and thread-safe.
 */
final class CountNouns {

    /** The longest counted noun, head word included. */
    static final int MAX_NOUN = 6;

    private static final class Holder {
        static final CountNouns STANDARD = load();
    }

    private final PhraseTrie<String> heads;

    private CountNouns(PhraseTrie<String> heads) {
        this.heads = heads;
    }

    static CountNouns standard() {
        return Holder.STANDARD;
    }

    /**
     * The end of the counted noun that starts at {@code start} (just after 大), or -1: the first head
     * word within {@link #MAX_NOUN} Chinese characters, taken whole ({@code 三大产业集群}).
     */
    int nounEnd(CharSequence text, int start) {
        int head = headEnd(text, start);
        return head >= 0 ? head : bareNounEnd(text, start);
    }

    /** The shortest and longest noun taken without a head word of the list ({@code 8大展区，}). */
    static final int MIN_BARE = 2;
    static final int MAX_BARE = 3;
    /** Particles that close a noun after {@code N大} ({@code 8大展区等}, {@code 两大赛区和}). */
    private static final String CLOSERS = "的等和与及或是为在将已均都共也";

    /**
     * A noun with no head word of the list: 2 or 3 Chinese characters, no numeral among them, closed
     * by punctuation, the end of the text or a particle ({@code 等8大展区，} counts 展区). Where a verb
     * or more words follow, the noun's end is unknown and nothing is counted.
     */
    private static int bareNounEnd(CharSequence text, int start) {
        int j = start;
        while (j < text.length() && j - start <= MAX_BARE && AmountReader.isIdeograph(text.charAt(j))
                && CLOSERS.indexOf(text.charAt(j)) < 0 && !AmountReader.isNumeralChar(text.charAt(j))) {
            j++;
        }
        int len = j - start;
        if (len < MIN_BARE || len > MAX_BARE) {
            return -1;
        }
        if (j < text.length() && AmountReader.isIdeograph(text.charAt(j)) && CLOSERS.indexOf(text.charAt(j)) < 0) {
            return -1; // 五大三粗, 三大战役胜利: a numeral or more words follow
        }
        return j;
    }

    private int headEnd(CharSequence text, int start) {
        int limit = Math.min(text.length(), start + MAX_NOUN);
        for (int j = start; j < limit; j++) {
            if (!AmountReader.isIdeograph(text.charAt(j))) {
                return -1;
            }
            PhraseTrie.Hit<String> hit = heads.longestAt(text, j);
            if (hit != null && hit.end() - start <= MAX_NOUN) {
                return allIdeographs(text, j, hit.end()) ? compoundEnd(text, start, hit.end()) : -1;
            }
        }
        return -1;
    }

    /**
     * A head word right after a head word makes one noun: 两大重点工程 counts 重点工程, not 重点. A
     * one-character head is a measure (五大类指标 counts 类: the 指标 are what is measured).
     */
    private int compoundEnd(CharSequence text, int start, int end) {
        if (end - start == 1) {
            return end;
        }
        PhraseTrie.Hit<String> next = heads.longestAt(text, end);
        while (next != null && next.end() - start <= MAX_NOUN && allIdeographs(text, end, next.end())) {
            end = next.end();
            next = heads.longestAt(text, end);
        }
        return end;
    }

    private static boolean allIdeographs(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!AmountReader.isIdeograph(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static CountNouns load() {
        PhraseTrie.Builder<String> heads = PhraseTrie.builder();
        for (TsvTable.Row row : TsvTable.load(CountNouns.class, "count-nouns.tsv").rows()) {
            heads.add(row.require("noun"), row.require("noun"));
        }
        return new CountNouns(heads.build());
    }
}
