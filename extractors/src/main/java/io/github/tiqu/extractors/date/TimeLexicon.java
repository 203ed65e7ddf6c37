package io.github.tiqu.extractors.date;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.tiqu.core.resource.TsvTable;
import io.github.tiqu.extractors.Mod;
import io.github.tiqu.extractors.quantity.ModLexicon;

/**
 * The time lexicons (TSV files next to this class): character folds, relative words, parts of the
 * day, holidays and reign eras. Loaded once; immutable.
 */
final class TimeLexicon {

    /** A calendar unit a relative word names. */
    enum Unit { YEAR, QUARTER, MONTH, WEEK, DAY }

    /** What a relative word is relative to. */
    enum Anchor { REF, TOPIC, LAST }

    /** 去年: YEAR, REF, -1. */
    record Relative(Unit unit, Anchor anchor, int offset) {
    }

    /** How an hour said after a part of the day is read. */
    enum Clock { AM, PM, NOON, NIGHT }

    /**
     * 下午: hours 12..18, PM. {@code dayOffset} is the day it sits on relative to the reference
     * ({@code 昨晚}: -1), null when a date is written before it; {@code last} for 当晚.
     */
    record DayPart(int from, int to, Clock clock, Integer dayOffset, boolean last, boolean bound) {
    }

    /** How a holiday's date is computed; see holidays.tsv. */
    enum HolidayKind { FIXED, LUNAR, LUNAR_EVE, NTH_WEEKDAY, EASTER, ORTHODOX, SOLAR_TERM, ISLAMIC, HEBREW, ISRAEL_INDEPENDENCE }

    /** A holiday with its rule's parameters. */
    record Holiday(String name, HolidayKind kind, List<String> params, boolean alone) {
    }

    /** A reign era or era count: the Gregorian year of its first year; {@code alone} as in eras.tsv. */
    record Era(String name, int first, boolean alone) {
    }

    /**
     * A bound word of quantity's {@code mods.tsv} (不超过, 以内, 将近...), read also before and after an
     * amount of time: {@code notAfter} lists the characters that, just before it, make it part of
     * another word (附近, 签约).
     */
    record Bound(Mod mod, String notAfter) {
    }

    /** Which side of a relative year word a neighbour stands on (year-word-neighbours.tsv). */
    enum Side { BEFORE, AFTER }

    private static final TimeLexicon INSTANCE = new TimeLexicon();

    private final char[] folds;
    private final java.util.Set<String> words = new java.util.HashSet<>();
    private final WordTable<Relative> relatives;
    private final WordTable<DayPart> dayParts;
    private final WordTable<Holiday> holidays;
    private final WordTable<Era> eras;
    private final WordTable<Side> neighboursBefore;
    private final WordTable<Side> neighboursAfter;
    private final WordTable<Bound> boundsBefore;
    private final WordTable<Bound> boundsAfter;
    private final java.util.Set<String> boundWords;

    private TimeLexicon() {
        char[] f = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            f[c] = (char) c;
        }
        for (TsvTable.Row row : table("time-folds.tsv").rows()) {
            String from = row.require("from");
            String to = row.require("to");
            if (from.length() != 1 || to.length() != 1) {
                throw new IllegalStateException(row.where() + ": a fold maps one character to one");
            }
            f[from.charAt(0)] = to.charAt(0);
        }
        this.folds = f;
        Map<String, Relative> rel = new HashMap<>();
        for (TsvTable.Row row : table("relative-words.tsv").rows()) {
            rel.put(row.require("word"), new Relative(Unit.valueOf(row.require("unit")),
                    Anchor.valueOf(row.require("anchor")), Integer.parseInt(row.require("offset"))));
        }
        this.relatives = new WordTable<>(rel);
        words.addAll(rel.keySet());
        Map<String, DayPart> parts = new HashMap<>();
        for (TsvTable.Row row : table("day-parts.tsv").rows()) {
            String day = row.require("day");
            parts.put(row.require("word"), new DayPart(Integer.parseInt(row.require("from")),
                    Integer.parseInt(row.require("to")), Clock.valueOf(row.require("clock")),
                    day.equals("-") || day.equals("LAST0") ? null : Integer.valueOf(day),
                    day.equals("LAST0"), row.require("bound").equals("1")));
        }
        this.dayParts = new WordTable<>(parts);
        words.addAll(parts.keySet());
        Map<String, Holiday> hol = new HashMap<>();
        for (TsvTable.Row row : table("holidays.tsv").rows()) {
            String params = row.require("params");
            hol.put(row.require("name"), new Holiday(row.require("name"), HolidayKind.valueOf(row.require("kind")),
                    params.equals("-") ? List.of() : List.of(params.split(" ")), row.require("alone").equals("1")));
        }
        this.holidays = new WordTable<>(hol);
        words.addAll(hol.keySet());
        Map<String, Era> era = new HashMap<>();
        for (TsvTable.Row row : table("eras.tsv").rows()) {
            era.put(row.require("name"), new Era(row.require("name"), Integer.parseInt(row.require("first")),
                    row.require("alone").equals("1")));
        }
        this.eras = new WordTable<>(era);
        words.addAll(era.keySet());
        Map<String, Side> before = new HashMap<>();
        Map<String, Side> after = new HashMap<>();
        for (TsvTable.Row row : table("year-word-neighbours.tsv").rows()) {
            Side side = Side.valueOf(row.require("side"));
            (side == Side.BEFORE ? before : after).put(row.require("word"), side);
        }
        this.neighboursBefore = new WordTable<>(before);
        this.neighboursAfter = new WordTable<>(after);
        // one list of bound words for every type (docs/DECISIONS.md, "Mod triggers"): quantity's file
        Map<String, Bound> boundBefore = new HashMap<>();
        Map<String, Bound> boundAfter = new HashMap<>();
        ModLexicon mods = ModLexicon.standard(); // read and checked once, there
        for (ModLexicon.Trigger t : mods.triggersBefore()) {
            boundBefore.put(t.surface(), new Bound(t.mod(), t.notAfter()));
        }
        for (ModLexicon.Trigger t : mods.triggersAfter()) {
            boundAfter.put(t.surface(), new Bound(t.mod(), t.notAfter()));
        }
        this.boundsBefore = new WordTable<>(boundBefore);
        this.boundsAfter = new WordTable<>(boundAfter);
        this.boundWords = java.util.Set.copyOf(boundBefore.keySet());
    }

    private static TsvTable table(String name) {
        return TsvTable.load(TimeLexicon.class, name);
    }

    static TimeLexicon get() {
        return INSTANCE;
    }

    /** The scanner's view: core's normalized text with the time folds applied (same length). */
    String fold(String normalized) {
        char[] out = normalized.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = folds[out[i]];
        }
        return new String(out);
    }

    /** Every word of the lexicons. */
    java.util.Set<String> words() {
        return java.util.Collections.unmodifiableSet(words);
    }

    WordTable<Relative> relatives() {
        return relatives;
    }

    WordTable<DayPart> dayParts() {
        return dayParts;
    }

    WordTable<Holiday> holidays() {
        return holidays;
    }

    WordTable<Era> eras() {
        return eras;
    }

    /** The bound words that may open an expression (不超过, 将近...): the before words of mods.tsv. */
    java.util.Set<String> boundWords() {
        return boundWords;
    }

    /** Bound words written before an amount of time (不超过 3个月), from quantity's mods.tsv. */
    WordTable<Bound> boundsBefore() {
        return boundsBefore;
    }

    /** Bound words written after an amount of time (24小时以内), from quantity's mods.tsv. */
    WordTable<Bound> boundsAfter() {
        return boundsAfter;
    }

    /**
     * Words that take a character of a relative year word where it is no word (year-word-neighbours.tsv):
     * BEFORE words end with its first character (如今 of 如今年产值), AFTER words start with its 年 (年均).
     */
    WordTable<Side> yearWordNeighbours(Side side) {
        return side == Side.BEFORE ? neighboursBefore : neighboursAfter;
    }
}
