package io.github.tiqu.cli;

import java.util.List;

import io.github.tiqu.corpus.MentionRecord;
import io.github.tiqu.extractors.Extraction;

/** A self-contained HTML page of the text with each mention highlighted and its value on hover. */
final class MentionHtml {

    private MentionHtml() {
    }

    static String render(String title, String text, Extraction result, List<MentionRecord> mentions) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.9;white-space:pre-wrap}")
                .append("mark{border-radius:3px;padding:0 1px}")
                .append(".DATE{background:#cde8ff}.DURATION{background:#d8f0e0}.SET{background:#e6dcff}")
                .append(".QUANTITY{background:#ffe3b3}.PERCENT{background:#ffd0d0}.ORDINAL{background:#f0f0b0}")
                .append(".NUMBER{background:#eee}.PROJECT{background:#c8f2ee;font-weight:bold}")
                .append("</style></head><body>\n<p>reference time: ")
                .append(escape(result.reference().time().map(Object::toString).orElse("none")))
                .append(" (").append(result.reference().source()).append("), ").append(mentions.size())
                .append(" mentions</p>\n");
        int at = 0;
        for (MentionRecord m : mentions) {
            b.append(escape(text.substring(at, m.start())));
            b.append("<mark class=\"").append(m.type()).append("\" title=\"").append(escape(describe(m))).append("\">")
                    .append(escape(m.text())).append("</mark>");
            at = m.end();
        }
        b.append(escape(text.substring(at))).append("\n</body></html>\n");
        return b.toString();
    }

    private static String describe(MentionRecord m) {
        StringBuilder d = new StringBuilder(m.type()).append(' ').append(m.value());
        if (m.valueMax() != null) {
            d.append("..").append(m.valueMax());
        }
        for (String extra : new String[] {m.unit(), m.measure(), m.mod(), m.kind()}) {
            if (extra != null) {
                d.append(' ').append(extra);
            }
        }
        return d.toString();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
