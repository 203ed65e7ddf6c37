package io.github.tiqu.cli;

import java.util.List;

import io.github.tiqu.corpus.MentionRecord;
import io.github.tiqu.extractors.Extraction;

/** A plain-text table of mentions for a person to read. */
final class MentionTable {

    private MentionTable() {
    }

    static String render(String text, Extraction result, List<MentionRecord> mentions) {
        StringBuilder b = new StringBuilder();
        b.append("reference time: ")
                .append(result.reference().time().map(Object::toString).orElse("none"))
                .append(" (").append(result.reference().source()).append(")\n");
        b.append(mentions.size()).append(" mentions in ").append(text.length()).append(" characters\n\n");
        String[] header = {"#", "start", "end", "type", "text", "value", "unit", "measure", "mod", "kind"};
        String[][] rows = new String[mentions.size()][];
        for (int i = 0; i < mentions.size(); i++) {
            MentionRecord m = mentions.get(i);
            String value = m.valueMax() == null ? m.value() : m.value() + ".." + m.valueMax();
            rows[i] = new String[] {String.valueOf(i + 1), String.valueOf(m.start()), String.valueOf(m.end()),
                m.type(), m.text(), value, m.unit(), m.measure(), m.mod(), m.kind()};
        }
        int[] widths = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            widths[c] = width(header[c]);
            for (String[] r : rows) {
                widths[c] = Math.max(widths[c], width(r[c]));
            }
        }
        appendRow(b, header, widths);
        for (String[] r : rows) {
            appendRow(b, r, widths);
        }
        return b.toString();
    }

    private static void appendRow(StringBuilder b, String[] cells, int[] widths) {
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c] == null ? "" : cells[c];
            b.append(cell);
            if (c < cells.length - 1) {
                b.append(" ".repeat(widths[c] - width(cell) + 2));
            }
        }
        b.append('\n');
    }

    /** Display width: CJK characters take two columns in a terminal. */
    private static int width(String s) {
        if (s == null) {
            return 0;
        }
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += (c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                    || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                    || (c >= 0xFFE0 && c <= 0xFFE6))) ? 2 : 1;
        }
        return w;
    }
}
