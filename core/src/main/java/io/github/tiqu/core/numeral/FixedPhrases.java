package io.github.tiqu.core.numeral;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.tiqu.core.resource.TsvTable;

/**
 * The words of {@code fixed-phrases.tsv}: phrases whose numeral characters are no numbers ({@code 统一},
 * {@code 十四五}), and the verbs that keep 打 from being a dozen ({@code 打造}). Indexed by each numeral
 * character of a phrase, so that a check costs a few region comparisons. Immutable and thread-safe.
 */
final class FixedPhrases {

    /** What a row of the file is. */
    enum Kind {
        FIXED,
        NOT_DOZEN
    }

    /** One phrase, and where in it a numeral character stands. */
    private record Anchor(String phrase, int offset) {
    }

    /** One row of the file, for the test of the examples. */
    record Row(String phrase, Kind kind, String example) {
    }

    private static final class Holder {
        static final FixedPhrases STANDARD = load();
    }

    /** The numeral characters of the phrases, sorted, and the anchors of each: no boxing on lookups. */
    private final char[] keys;
    private final Anchor[][] anchors;
    private final List<String> notDozen;
    private final List<Row> rows;

    private FixedPhrases(Map<Character, Anchor[]> byChar, List<String> notDozen, List<Row> rows) {
        this.keys = new char[byChar.size()];
        this.anchors = new Anchor[byChar.size()][];
        int k = 0;
        for (char c : new TreeMap<>(byChar).keySet()) {
            keys[k] = c;
            anchors[k] = byChar.get(c);
            k++;
        }
        this.notDozen = List.copyOf(notDozen);
        this.rows = List.copyOf(rows);
    }

    static FixedPhrases standard() {
        return Holder.STANDARD;
    }

    List<Row> rows() {
        return rows;
    }

    /** Whether a fixed phrase holds the numeral {@code [start, end)} of {@code text} entirely. */
    boolean covers(CharSequence text, int start, int end) {
        int k = Arrays.binarySearch(keys, text.charAt(start));
        if (k < 0) {
            return false;
        }
        for (Anchor a : anchors[k]) {
            int from = start - a.offset();
            int to = from + a.phrase().length();
            if (from >= 0 && to <= text.length() && end <= to && regionMatches(text, from, a.phrase())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb such as 打造 starts at {@code at} (where a 打 stands). */
    boolean blocksDozen(CharSequence text, int at) {
        for (String verb : notDozen) {
            if (at + verb.length() <= text.length() && regionMatches(text, at, verb)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionMatches(CharSequence text, int from, String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            if (text.charAt(from + i) != phrase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static FixedPhrases load() {
        NumeralChars chars = NumeralChars.standard();
        TsvTable table = TsvTable.load(FixedPhrases.class, "fixed-phrases.tsv");
        Map<Character, List<Anchor>> index = new HashMap<>();
        List<String> notDozen = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            String phrase = row.require("phrase");
            String example = row.require("example");
            Kind kind;
            try {
                kind = Kind.valueOf(row.require("kind"));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(row.where() + ": kind is FIXED or NOT_DOZEN", e);
            }
            if (!example.contains(phrase)) {
                throw new IllegalStateException(row.where() + ": the example does not contain '" + phrase + "'");
            }
            rows.add(new Row(phrase, kind, example));
            if (kind == Kind.NOT_DOZEN) {
                if (phrase.charAt(0) != '打') {
                    throw new IllegalStateException(row.where() + ": a NOT_DOZEN verb starts with 打");
                }
                notDozen.add(phrase);
                continue;
            }
            boolean any = false;
            for (int i = 0; i < phrase.length(); i++) {
                if (chars.isNumeralChar(phrase.charAt(i))) {
                    index.computeIfAbsent(phrase.charAt(i), k -> new ArrayList<>()).add(new Anchor(phrase, i));
                    any = true;
                }
            }
            if (!any) {
                throw new IllegalStateException(row.where() + ": '" + phrase + "' has no numeral character");
            }
        }
        Map<Character, Anchor[]> byChar = new HashMap<>();
        index.forEach((c, list) -> byChar.put(c, list.toArray(new Anchor[0])));
        return new FixedPhrases(byChar, notDozen, rows);
    }
}
