package io.github.tiqu.extractors.quantity;

import io.github.tiqu.core.rule.PhraseTrie;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.Set;

import io.github.tiqu.core.resource.TsvTable;
import io.github.tiqu.extractors.MentionType;

/**
 * The words of {@code not-mentions.tsv} in which a numeral is no mention of a type (一带一路, 三甲医院,
 * 一批, 第三产业, 一成不变). A text is read leftmost-longest, so that a longer word protects what it
 * covers ({@code 百分之一} is not {@code 之一}); the result is the set of blocked offsets.
 *
 * <p>Immutable and thread-safe.
 */
public final class NotMentions {

    private record Rule(boolean block) {
    }

    private static final Rule BLOCK = new Rule(true);
    private static final Rule KEEP = new Rule(false);

    private final PhraseTrie<Rule> words;

    private NotMentions(PhraseTrie<Rule> words) {
        this.words = words;
    }

    /** The words that block mentions of {@code type}. */
    public static NotMentions forType(MentionType type) {
        PhraseTrie.Builder<Rule> words = PhraseTrie.builder();
        for (TsvTable.Row row : TsvTable.load(NotMentions.class, "not-mentions.tsv").rows()) {
            if (!types(row).contains(type)) {
                continue;
            }
            switch (row.require("action")) {
                case "block" -> words.add(row.require("phrase"), BLOCK);
                case "keep" -> words.add(row.require("phrase"), KEEP);
                default -> throw new IllegalStateException(row.where() + ": action is block or keep");
            }
        }
        return new NotMentions(words.build());
    }

    /** The blocked offsets of {@code text}; linear in its length (times the longest word). */
    public BitSet blocked(CharSequence text) {
        BitSet blocked = new BitSet(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            PhraseTrie.Hit<Rule> hit = words.longestAt(text, i);
            if (hit == null) {
                i++;
                continue;
            }
            if (hit.value().block()) {
                blocked.set(hit.start(), hit.end());
            }
            i = hit.end();
        }
        return blocked;
    }

    /** Whether any offset of {@code [start, end)} is blocked. */
    public static boolean overlaps(BitSet blocked, int start, int end) {
        int next = blocked.nextSetBit(start);
        return next >= 0 && next < end;
    }

    private static Set<MentionType> types(TsvTable.Row row) {
        String types = row.require("types");
        if (types.equals("ALL")) {
            return EnumSet.of(MentionType.QUANTITY, MentionType.PERCENT, MentionType.ORDINAL);
        }
        Set<MentionType> set = EnumSet.noneOf(MentionType.class);
        for (String t : types.split(",")) {
            set.add(UnitLexicon.enumOf(MentionType.class, t.trim(), row));
        }
        return set;
    }
}
