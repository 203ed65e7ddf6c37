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

    /** The longest noun whose first head word is a modifier ({@code 特色农业产业链}). */
    static final int MAX_MODIFIED = 8;
    /** The most characters a modifier may stand before the next head word ({@code 特色|农业|产业链}). */
    static final int MAX_MODIFIER_GAP = 2;

    /** A head word; a modifier ({@code 特色}, {@code 重点}) may also qualify a head word further on. */
    private record Head(String noun, boolean modifier) {
    }

    private final PhraseTrie<Head> heads;

    private CountNouns(PhraseTrie<Head> heads) {
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
            PhraseTrie.Hit<Head> hit = heads.longestAt(text, j);
            if (hit != null && hit.end() - start <= MAX_NOUN) {
                if (!allIdeographs(text, j, hit.end())) {
                    return -1;
                }
                int end = compoundEnd(text, start, hit.end(), MAX_NOUN);
                int modified = hit.value().modifier() && end == hit.end() ? modifiedEnd(text, start, end) : -1;
                return modified > 0 ? modified : end;
            }
        }
        return -1;
    }

    /**
     * 十大特色农业产业链: a modifier head, a short word, then a head word make one noun, where the noun then
     * closes (punctuation, the end, a particle). Else -1: 三大特色 alone counts 特色.
     */
    private int modifiedEnd(CharSequence text, int start, int from) {
        for (int j = from + 1; j <= from + MAX_MODIFIER_GAP && j < text.length(); j++) {
            char c = text.charAt(j - 1);
            if (!AmountReader.isIdeograph(c) || CLOSERS.indexOf(c) >= 0 || AmountReader.isNumeralChar(c)) {
                return -1;
            }
            PhraseTrie.Hit<Head> next = heads.longestAt(text, j);
            if (next != null && next.end() - start <= MAX_MODIFIED && allIdeographs(text, j, next.end())) {
                int end = compoundEnd(text, start, next.end(), MAX_MODIFIED);
                return closes(text, end) ? end : -1;
            }
        }
        return -1;
    }

    /** Whether a noun ending at {@code end} is closed: punctuation, the end of the text, or a particle. */
    private static boolean closes(CharSequence text, int end) {
        return end >= text.length() || !AmountReader.isIdeograph(text.charAt(end))
                || CLOSERS.indexOf(text.charAt(end)) >= 0;
    }

    /**
     * A head word right after a head word makes one noun: 两大重点工程 counts 重点工程, not 重点. A
     * one-character head is a measure (五大类指标 counts 类: the 指标 are what is measured).
     */
    private int compoundEnd(CharSequence text, int start, int end, int max) {
        if (end - start == 1) {
            return end;
        }
        PhraseTrie.Hit<Head> next = heads.longestAt(text, end);
        while (next != null && next.end() - start <= max && allIdeographs(text, end, next.end())) {
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
        PhraseTrie.Builder<Head> heads = PhraseTrie.builder();
        for (TsvTable.Row row : TsvTable.load(CountNouns.class, "count-nouns.tsv").rows()) {
            heads.add(row.require("noun"), new Head(row.require("noun"), row.get("modifier").equals("yes")));
        }
        return new CountNouns(heads.build());
    }
}
