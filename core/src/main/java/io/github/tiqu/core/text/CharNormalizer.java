package io.github.tiqu.core.text;

import io.github.tiqu.core.resource.TsvTable;

/**
 * Folds characters one to one, so that the normalized view has the length of the original and every
 * offset stays valid: full-width ASCII to half-width, the ideographic space to a space, the full-width
 * and ideographic punctuation that numbers use ({@code ，．％：}), {@code 〇} to {@code 零}, and the
 * traditional numeral characters to their simplified forms.
 *
 * <p>The table beyond the full-width block is data ({@code char-folds.tsv}). Immutable and thread-safe.
 */
public final class CharNormalizer {

    private static final class DefaultHolder {
        static final CharNormalizer INSTANCE = load();
    }

    private final char[] table;

    private CharNormalizer(char[] table) {
        this.table = table;
    }

    /** The shared default normalizer. */
    public static CharNormalizer standard() {
        return DefaultHolder.INSTANCE;
    }

    private static CharNormalizer load() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        // Full-width ASCII block U+FF01..U+FF5E sits at a fixed distance from ASCII 0x21..0x7E.
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            table[c] = (char) (c - 0xFEE0);
        }
        TsvTable folds = TsvTable.load(CharNormalizer.class, "char-folds.tsv");
        for (TsvTable.Row row : folds.rows()) {
            String from = row.get("from");
            String to = row.get("to");
            if (from.length() != 1 || to.length() != 1) {
                throw new IllegalStateException(row.where() + ": a fold maps one char to one char");
            }
            table[from.charAt(0)] = to.charAt(0);
        }
        return new CharNormalizer(table);
    }

    public char fold(char c) {
        return table[c];
    }

    /** The folded view of {@code original}, of the same length. */
    public String normalize(String original) {
        char[] chars = original.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char folded = table[chars[i]];
            if (folded != chars[i]) {
                chars[i] = folded;
                changed = true;
            }
        }
        return changed ? new String(chars) : original;
    }
}
