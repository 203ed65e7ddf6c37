package io.github.tiqu.extractors.quantity;

import io.github.tiqu.core.rule.PhraseTrie;
import io.github.tiqu.core.resource.TsvTable;
import io.github.tiqu.extractors.Measure;
import io.github.tiqu.extractors.Mod;
import java.util.ArrayList;
import java.util.List;

/**
 * The mod triggers of {@code mods.tsv} ({@code 超过}, {@code 约}, {@code 以上}, {@code 左右}...): a
 * trigger counts only where it touches the figure, before it or after its unit.
 *
 * <p>Immutable and thread-safe; {@link #standard()} is loaded once.
 */
public final class ModLexicon {

    private static final class Holder {
        static final ModLexicon STANDARD = load();
    }

    /**
     * A trigger word, its mod, the characters that must not stand just before it, the words ending in
     * such a character that still free it (they close a word of their own: {@code 损失约} is 损失 + 约,
     * not 失约), and the measures it says nothing of (comma list, empty for none: {@code 最高35℃} is a
     * day's high, not a ceiling).
     */
    public record Trigger(String surface, Mod mod, String notAfter, List<String> butAfter, String notFor) {

        public Trigger {
            butAfter = List.copyOf(butAfter);
        }

        /** Whether the text before {@code start} makes this trigger part of another word (节约, 附近). */
        boolean boundBefore(CharSequence text, int start) {
            if (start == 0 || notAfter.indexOf(text.charAt(start - 1)) < 0) {
                return false;
            }
            for (String w : butAfter) {
                if (start >= w.length() && CharSequence.compare(text.subSequence(start - w.length(), start), w) == 0) {
                    return false; // 损失约, 折合约, 补贴近: the character before closes a word of its own
                }
            }
            return true;
        }
    }

    /** A trigger found in a text: where it starts and ends, and the measures it does not bound. */
    public record Found(Mod mod, int start, int end, String notFor) {

        /** Whether this trigger bounds a figure of {@code measure}; with null (not known), only a trigger for all. */
        public boolean bounds(Measure measure) {
            return notFor.isEmpty() || measure != null && !("," + notFor + ",").contains("," + measure.name() + ",");
        }
    }

    private final PhraseTrie<Trigger> before;
    private final PhraseTrie<Trigger> after;
    private final List<Trigger> beforeRows;
    private final List<Trigger> afterRows;

    private ModLexicon(List<Trigger> beforeRows, List<Trigger> afterRows) {
        this.beforeRows = List.copyOf(beforeRows);
        this.afterRows = List.copyOf(afterRows);
        this.before = trie(beforeRows);
        this.after = trie(afterRows);
    }

    private static PhraseTrie<Trigger> trie(List<Trigger> rows) {
        PhraseTrie.Builder<Trigger> b = PhraseTrie.builder();
        for (Trigger t : rows) {
            b.add(t.surface(), t);
        }
        return b.build();
    }

    /** The triggers that stand before a figure, in file order: the one list other types read too. */
    public List<Trigger> triggersBefore() {
        return beforeRows;
    }

    /** The triggers that stand after a figure (or its unit), in file order. */
    public List<Trigger> triggersAfter() {
        return afterRows;
    }

    public static ModLexicon standard() {
        return Holder.STANDARD;
    }

    /**
     * The longest trigger that ends at {@code figureStart}, starts at or after {@code floor} and is no part
     * of a word before it, or null: in {@code 扩大约3倍} the 大约 is bound to 扩大, and 约 is the trigger.
     */
    public Found before(CharSequence text, int figureStart, int floor) {
        int from = floor;
        PhraseTrie.Hit<Trigger> hit;
        while ((hit = before.longestEndingAt(text, figureStart, from)) != null) {
            Trigger t = hit.value();
            if (!t.boundBefore(text, hit.start())) {
                return new Found(t.mod(), doubled(text, t, hit.start(), floor), figureStart, t.notFor());
            }
            from = hit.start() + 1;
        }
        return null;
    }

    /**
     * Where a bound word said twice begins: 最高不超过50万元, 最少不低于: a trigger of the same mod just before
     * {@code start} belongs to the span; else {@code start}.
     */
    private int doubled(CharSequence text, Trigger inner, int start, int floor) {
        PhraseTrie.Hit<Trigger> hit = before.longestEndingAt(text, start, floor);
        return hit != null && hit.value().mod() == inner.mod()
                && !hit.value().boundBefore(text, hit.start()) ? hit.start() : start;
    }

    /** The longest trigger that starts at {@code figureEnd}, or null. */
    public Found after(CharSequence text, int figureEnd) {
        PhraseTrie.Hit<Trigger> hit = after.longestAt(text, figureEnd);
        return hit == null ? null : new Found(hit.value().mod(), figureEnd, hit.end(), hit.value().notFor());
    }

    private static ModLexicon load() {
        List<Trigger> before = new ArrayList<>();
        List<Trigger> after = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.load(ModLexicon.class, "mods.tsv").rows()) {
            Trigger t = new Trigger(row.require("surface"), UnitLexicon.enumOf(Mod.class, row.require("mod"), row),
                    row.get("not_after"), words(row.get("but_after")), row.get("not_for"));
            switch (row.require("position")) {
                case "before" -> before.add(t);
                case "after" -> after.add(t);
                default -> throw new IllegalStateException(row.where() + ": position is before or after");
            }
        }
        return new ModLexicon(before, after);
    }

    private static List<String> words(String commaList) {
        return commaList.isBlank() ? List.of() : List.of(commaList.split(","));
    }
}
