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
        int limit = Math.min(text.length(), start + MAX_NOUN);
        for (int j = start; j < limit; j++) {
            if (!AmountReader.isIdeograph(text.charAt(j))) {
                return -1;
            }
            PhraseTrie.Hit<String> hit = heads.longestAt(text, j);
            if (hit != null && hit.end() - start <= MAX_NOUN) {
                for (int k = j; k < hit.end(); k++) {
                    if (!AmountReader.isIdeograph(text.charAt(k))) {
                        return -1;
                    }
                }
                return hit.end();
            }
        }
        return -1;
    }

    private static CountNouns load() {
        PhraseTrie.Builder<String> heads = PhraseTrie.builder();
        for (TsvTable.Row row : TsvTable.load(CountNouns.class, "count-nouns.tsv").rows()) {
            heads.add(row.require("noun"), row.require("noun"));
        }
        return new CountNouns(heads.build());
    }
}
