package io.github.tiqu.extractors.quantity;

import io.github.tiqu.core.rule.PhraseTrie;
import io.github.tiqu.core.resource.TsvTable;
import io.github.tiqu.extractors.Measure;
import io.github.tiqu.extractors.Mod;

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
     * A trigger word, its mod, the characters that must not stand just before it, and the measures it
     * says nothing of (comma list, empty for none: {@code 最高35℃} is a day's high, not a ceiling).
     */
    public record Trigger(String surface, Mod mod, String notAfter, String notFor) {
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

    private ModLexicon(PhraseTrie<Trigger> before, PhraseTrie<Trigger> after) {
        this.before = before;
        this.after = after;
    }

    public static ModLexicon standard() {
        return Holder.STANDARD;
    }

    /** The longest trigger that ends at {@code figureStart} and starts at or after {@code floor}, or null. */
    public Found before(CharSequence text, int figureStart, int floor) {
        PhraseTrie.Hit<Trigger> hit = before.longestEndingAt(text, figureStart, floor);
        if (hit == null) {
            return null;
        }
        int start = hit.start();
        Trigger t = hit.value();
        if (start > 0 && t.notAfter().indexOf(text.charAt(start - 1)) >= 0) {
            return null;
        }
        return new Found(t.mod(), start, figureStart, t.notFor());
    }

    /** The longest trigger that starts at {@code figureEnd}, or null. */
    public Found after(CharSequence text, int figureEnd) {
        PhraseTrie.Hit<Trigger> hit = after.longestAt(text, figureEnd);
        return hit == null ? null : new Found(hit.value().mod(), figureEnd, hit.end(), hit.value().notFor());
    }

    private static ModLexicon load() {
        PhraseTrie.Builder<Trigger> before = PhraseTrie.builder();
        PhraseTrie.Builder<Trigger> after = PhraseTrie.builder();
        for (TsvTable.Row row : TsvTable.load(ModLexicon.class, "mods.tsv").rows()) {
            Trigger t = new Trigger(row.require("surface"), UnitLexicon.enumOf(Mod.class, row.require("mod"), row),
                    row.get("not_after"), row.get("not_for"));
            switch (row.require("position")) {
                case "before" -> before.add(t.surface(), t);
                case "after" -> after.add(t.surface(), t);
                default -> throw new IllegalStateException(row.where() + ": position is before or after");
            }
        }
        return new ModLexicon(before.build(), after.build());
    }
}
