package io.github.tiqu.extractors.quantity;

import io.github.tiqu.core.rule.PhraseTrie;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.github.tiqu.core.resource.TsvTable;
import io.github.tiqu.extractors.MentionType;

/**
 * The words of {@code not-mentions.tsv} in which a numeral is no mention of a type (一带一路, 三甲医院,
 * 一批, 第三产业, 一成不变). A text is read leftmost-longest, so that a longer word protects what it
 * covers ({@code 百分之一} is not {@code 之一}); the result is the set of blocked offsets, read as far as
 * the questions about it need.
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

    /** {@code not-mentions.tsv}, read once on first use, as one word list per type. */
    private static final class Standard {
        static final Map<MentionType, NotMentions> BY_TYPE = load();
    }

    /** The words that block mentions of {@code type}. */
    public static NotMentions forType(MentionType type) {
        return Standard.BY_TYPE.get(java.util.Objects.requireNonNull(type, "type"));
    }

    private static Map<MentionType, NotMentions> load() {
        Map<MentionType, PhraseTrie.Builder<Rule>> words = new EnumMap<>(MentionType.class);
        for (MentionType type : MentionType.values()) {
            words.put(type, PhraseTrie.builder());
        }
        for (TsvTable.Row row : TsvTable.load(NotMentions.class, "not-mentions.tsv").rows()) {
            Rule rule = switch (row.require("action")) {
                case "block" -> BLOCK;
                case "keep" -> KEEP;
                default -> throw new IllegalStateException(row.where() + ": action is block or keep");
            };
            for (MentionType type : types(row)) {
                words.get(type).add(row.require("phrase"), rule);
            }
        }
        Map<MentionType, NotMentions> byType = new EnumMap<>(MentionType.class);
        words.forEach((type, builder) -> byType.put(type, new NotMentions(builder.build())));
        return java.util.Collections.unmodifiableMap(byType);
    }

    /**
     * The blocked offsets of {@code text}, read on demand: a question about {@code [start, end)} reads
     * the text only as far as {@code end}, so a text is read at most once, and only up to its last
     * candidate. Local to one call; not thread-safe.
     */
    public Scan scan(CharSequence text) {
        return new Scan(text);
    }

    /** The leftmost-longest reading of one text, as far as it was needed. */
    public final class Scan {
        private final CharSequence text;
        /** The blocked words read so far, in text order: start, end, start, end... */
        private int[] spans = new int[16];
        private int size;
        /** Where reading goes on: every word starting before it has been read. */
        private int next;

        private Scan(CharSequence text) {
            this.text = text;
        }

        /** Whether any offset of {@code [start, end)} is blocked; linear in the text over all questions. */
        public boolean overlaps(int start, int end) {
            if (start >= end) {
                return false;
            }
            readTo(end);
            // the first blocked word that ends after start
            int lo = 0;
            int hi = size / 2;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (spans[2 * mid + 1] <= start) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo < size / 2 && spans[2 * lo] < end;
        }

        private void readTo(int end) {
            int n = text.length();
            int i = next;
            while (i < end && i < n) {
                if (!words.canStartWith(text.charAt(i))) {
                    i++;
                    continue;
                }
                PhraseTrie.Hit<Rule> hit = words.longestAt(text, i);
                if (hit == null) {
                    i++;
                    continue;
                }
                if (hit.value().block()) {
                    add(hit.start(), hit.end());
                }
                i = hit.end();
            }
            next = Math.max(next, i);
        }

        private void add(int start, int end) {
            if (size == spans.length) {
                spans = java.util.Arrays.copyOf(spans, size * 2);
            }
            spans[size++] = start;
            spans[size++] = end;
        }
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
