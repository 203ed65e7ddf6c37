package io.github.tiqu.extractors.date;

import java.math.BigDecimal;

import io.github.tiqu.extractors.Mod;
import io.github.tiqu.extractors.date.TimeExpr.Amounts;
import io.github.tiqu.extractors.date.TimeLexicon.Anchor;
import io.github.tiqu.extractors.date.TimeNumbers.Kind;
import io.github.tiqu.extractors.date.TimeNumbers.Num;

/**
 * The time grammar: small named rules over the scanner's view of one text, read by hand at an
 * offset (recursive descent, no regular expressions). {@link #parseAt} returns the longest DATE,
 * DURATION or SET expression that starts there. Each expression is at most a few dozen characters,
 * so a whole text is read in linear time. One instance per text and call; not shared.
 */
final class TimeGrammar {

    /** Longest expression considered, in characters: bounds the work per offset. */
    static final int MAX_SPAN = 64;

    private static final BigDecimal HALF = new BigDecimal("0.5");

    // Words the rules try at an offset, in order (a longer word before a word it begins with).
    private static final Words MOD_BEFORE = words("截至到", "截止到", "截至", "截止", "自从", "大约", "从", "自", "约");
    private static final Words MOD_AFTER = words("或之前", "或以前", "及以前", "及之前", "或之后", "或以后", "及以后", "以来", "之前", "以前",
            "之后", "以后", "起至今", "至今", "迄今", "开始", "起", "左右", "前后", "期间", "时期", "止", "来", "前", "后");
    private static final Words RANGE_SEP = words("——", "至到", "至", "到", "—", "-", "~", "〜");
    private static final Words TWO_NAMED = words("今明两", "明后两");
    private static final Words APPROX_INSIDE = words("大约", "约");
    private static final Words WEEK = words("星期", "礼拜", "周");
    private static final Words ERA_PREFIX = words("公元前", "纪元前", "公元", "纪元");
    private static final Words YEAR_UNIT = words("学年度", "学年", "财年", "年度", "年");
    private static final Words CENTURY_RELATIVE = words("上个世纪", "上世纪", "本世纪", "这个世纪", "下个世纪");
    /** Characters after 初 that make it the first of a word (初次, 初步, 初见成效, 初心), not a START. */
    private static final String CHU_WORD_SECOND = "步见心衷始次具稿";
    private static final Words CENTURY_PART = words("初期", "末期", "中期", "前期", "后期", "初", "末", "中叶");
    private static final Words PLAN_PART = words("期间", "时期", "末期", "初期", "中期", "末", "初");
    private static final Words PLAN_FIRST_OR_LAST = words("最后", "前", "头", "后");
    private static final Words WEEKEND_PART = words("周末", "末");
    private static final Words FIRST_OR_LAST = words("最后", "前", "头");
    private static final Words FIRST_OR_LAST_UNIT = words("个月", "月", "星期", "礼拜", "周", "天", "日");
    private static final Words YEAR_PART = words("年初", "年中", "年底", "年末", "年终", "岁末");
    private static final Words HALF_YEAR = words("上半年", "下半年", "前半年", "后半年", "上半月", "下半月");
    private static final Words SEASON = words("春季", "夏季", "秋季", "冬季", "春天", "夏天", "秋天", "冬天");
    private static final Words LUNAR_MONTH = words("正月", "腊月", "冬月");
    private static final Words MONTH_PART = words("月初", "月中", "月底", "月末");
    private static final Words XUN = words("上中旬", "中下旬", "上旬", "中旬", "下旬");
    private static final Words RELATIVE_SUFFIX = words("之后", "以后", "之前", "以前", "以内", "后", "前", "内", "来");
    private static final Words FAITH = words("犹太教", "犹太", "伊斯兰教", "伊斯兰", "穆斯林", "基督教", "天主教");
    private static final Words QUARTER_HOUR = words("一刻", "1刻", "三刻", "3刻", "半", "整");
    private static final Words AM_PM = words("p.m.", "a.m.", "pm", "am", "PM", "AM");
    /** Characters after which 后年, 前年, 来年 begin a word of their own: 预计后年, 到后年, 迎接来年 (not 建成后年产值). */
    private static final String BEFORE_FREE_YEAR = "计划争取于在到至从自等和与及或是的将拟望要再快迟晚即需并也都还";
    /** Words after N年 that make the years the name of a school system: 九年义务教育, 十二年免费教育, 九年一贯制学校. */
    private static final Words SCHOOL_SYSTEM = words("义务教育", "免费教育", "一贯制", "制义务教育");
    /** Words before a number of years that say an age; all two characters long (read back from the number). */
    private static final Words AGE_BEFORE = words("已有", "拥有", "具有", "有着", "长达", "历时", "历经", "距今");
    /** Words after an amount that only time reads (the bound words come from quantity's mods.tsv). */
    private static final Words DURATION_AFTER = words("以来", "多", "来");
    private static final Words AMOUNT_UNIT = words("周年", "个月", "月", "个工作日", "工作日", "日历天", "个交易日", "交易日", "个小时", "小时", "个钟头",
            "钟头", "刻钟", "分钟", "毫秒", "微秒", "纳秒", "皮秒", "飞秒", "阿秒", "秒钟", "个季度", "季度", "个星期", "星期", "个礼拜", "礼拜", "世纪", "年", "周", "天", "日", "钟", "分", "秒",
            "时");
    private static final Words RECURRING_UNIT = words("年度", "工作日", "交易日", "季度", "星期", "礼拜", "小时", "钟头", "分钟", "年",
            "月", "周", "天", "日", "秒");

    /** Characters after 月 that make a word, not a month: 月饼, 月薪, 月光, 月票, 月息, 月均, 月龄. */
    private static final String NOT_A_MONTH_AFTER = "饼薪光亮球台子嫂票卡度息利供租均龄";
    /** Pauses that may stand between two parts of one expression: 週日, 二月十號. */
    private static final String LIST_PAUSES = ",，、 ";
    /** Words before 一年 that praise the year rather than count it: 关键一年, 收官一年. */
    private static final java.util.Set<String> YEAR_EPITHETS = java.util.Set.of("关键", "开局", "收官", "攻坚", "决胜",
            "丰收", "特殊", "平凡", "奋进", "突破", "重要");

    /** Words tried in order at an offset; the first characters are kept apart so a miss reads no word. */
    private static final class Words {
        private final String[] words;
        private final char[] firsts;

        Words(String... words) {
            this.words = words.clone();
            this.firsts = new char[words.length];
            for (int k = 0; k < words.length; k++) {
                firsts[k] = words[k].charAt(0); // every word is non-empty
            }
        }

        /** The first word written at {@code i} of {@code t} (0 <= i < t.length()), or null. */
        String at(String t, int i) {
            char c = t.charAt(i);
            char[] f = firsts;
            for (int k = 0; k < f.length; k++) {
                if (f[k] == c && t.startsWith(words[k], i)) {
                    return words[k];
                }
            }
            return null;
        }
    }

    private static Words words(String... words) {
        return new Words(words);
    }

    private final String t;
    private final int n;
    private final TimeLexicon lex;

    TimeGrammar(String folded, TimeLexicon lex) {
        this.t = folded;
        this.n = folded.length();
        this.lex = lex;
        this.integers = new NumMemo(folded, false);
        this.decimals = new NumMemo(folded, true);
    }

    /** The last numerals read at a few offsets: the rules read the same offsets again and again. */
    private static final class NumMemo {
        private static final int SLOTS = 128;
        /** A slot's value for "no numeral here". */
        private static final Num NONE = new Num(0, 0, BigDecimal.ZERO, Kind.ARABIC, 0);

        private final String t;
        private final boolean decimals;
        private final int[] offsets = new int[SLOTS];
        private final Num[] values = new Num[SLOTS];

        NumMemo(String t, boolean decimals) {
            this.t = t;
            this.decimals = decimals;
            java.util.Arrays.fill(offsets, -1);
        }

        Num at(int i) {
            if (i < 0) {
                return read(i);
            }
            int slot = i & (SLOTS - 1);
            if (offsets[slot] != i) {
                Num v = read(i);
                values[slot] = v == null ? NONE : v;
                offsets[slot] = i;
            }
            Num v = values[slot];
            return v == NONE ? null : v;
        }

        private Num read(int i) {
            return decimals ? TimeNumbers.amount(t, i) : TimeNumbers.integer(t, i);
        }
    }

    private final NumMemo integers;
    private final NumMemo decimals;

    /** {@link TimeNumbers#integer} at {@code i} (the reading depends on the text and offset only). */
    private Num integer(int i) {
        return integers.at(i);
    }

    /** {@link TimeNumbers#amount} at {@code i}. */
    private Num amount(int i) {
        return decimals.at(i);
    }

    private char at(int i) {
        return i >= 0 && i < n ? t.charAt(i) : '\0';
    }

    private boolean has(int i, String s) {
        return i >= 0 && t.startsWith(s, i);
    }

    /** The first of {@code words} written at {@code i}, or null. */
    private String word(int i, Words words) {
        return i < 0 || i >= n ? null : words.at(t, i);
    }

    private int spaces(int i) {
        int j = i;
        while (j < n && j - i < 2 && (t.charAt(j) == ' ' || t.charAt(j) == '\u00a0')) {
            j++;
        }
        return j;
    }

    private static boolean isCjk(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    /** The longest expression starting at {@code i}, or null. */
    TimeExpr parseAt(int i) {
        if (!TimeNumbers.boundaryBefore(t, i) || listMarkerYear(i)) {
            return null; // 。2.2024年同期: the list marker is no part of a time; the year after it is read alone
        }
        TimeExpr best = recurring(i);
        best = longer(best, date(i));
        best = longer(best, duration(i));
        return best;
    }

    private static TimeExpr longer(TimeExpr a, TimeExpr b) {
        if (b == null) {
            return a;
        }
        return a == null || b.end() > a.end() ? b : a;
    }

    // ------------------------------------------------------------------ DATE

    /** A point or a range with the mod words around it: 截至12月19日, 1至11月, 今年以来. */
    TimeExpr.Date date(int i) {
        int j = i;
        Mod mod = null;
        boolean from = false;
        String p = word(j, MOD_BEFORE);
        if (p != null) {
            mod = switch (p) {
                case "截至到", "截止到", "截至", "截止" -> Mod.UNTIL;
                case "大约", "约" -> Mod.APPROX;
                default -> Mod.FROM;
            };
            from = p.equals("从") || p.startsWith("自");
            j = spaces(j + p.length());
        }
        TimeExpr.Date core = range(j);
        if (core == null && p != null) {
            return null;
        }
        if (core == null) {
            return null;
        }
        int end = core.end();
        Mod suffix = null;
        String rule = core.rule();
        String s = word(end, MOD_AFTER);
        if (s != null && suffixAllowed(s, end, core)) {
            suffix = switch (s) {
                case "以来", "来", "至今", "迄今" -> Mod.SINCE;
                case "或之前", "或以前", "及以前", "及之前", "之前", "以前", "前" -> Mod.UNTIL;
                case "或之后", "或以后", "及以后", "之后", "以后", "起至今", "开始", "起", "后" -> Mod.FROM;
                case "左右", "前后" -> Mod.APPROX;
                default -> null;
            };
            end += s.length();
        }
        boolean untilNow = s != null && suffix == Mod.SINCE && (s.equals("至今") || s.equals("迄今"));
        if (p != null && p.equals("从") && core.to() == null && suffix != Mod.FROM && !untilNow) {
            // 从2013年的1.76缩小到1.61: 从 opens a comparison, not a date range
            return new TimeExpr.Date(core.start(), end, core.from(), core.to(), core.shift(), suffix != null ? suffix : core.mod(), rule);
        }
        Mod m = core.mod();
        if (suffix != null) {
            m = suffix;
        }
        if (mod != null && !(from && core.to() != null)) {
            m = mod; // the outer trigger wins: 截至7月底 is UNTIL
        } else if (from && core.to() != null) {
            m = core.mod();
        }
        if (mod == null && suffix == null && core.to() == null && p == null) {
            return new TimeExpr.Date(core.start(), end, core.from(), core.to(), core.shift(), m, rule);
        }
        return new TimeExpr.Date(i, end, core.from(), core.to(), core.shift(), m, rule);
    }

    private boolean suffixAllowed(String s, int end, TimeExpr.Date core) {
        char next = at(end + s.length());
        Reading last = core.to() != null ? core.to() : core.from();
        switch (s) {
            case "来" -> {
                // 2016年来: a year or a month, and not 来说/来看
                return last != null && (last.grain == Reading.G_YEAR && last.year != Reading.UNSET && !last.twoDigitYear
                        || last.grain == Reading.G_MONTH) && "说看自到讲源".indexOf(next) < 0;
            }
            case "前" -> {
                // 较上年前移3位, 比上年前进: 前 opens a word (前移, 前进, 前列), it says no UNTIL; but 5月3日前提交 is UNTIL
                // (前提 after a date is rare, 前提交/前提出 common)
                return "期列景身沿面往进来行述后夕移推置伸瞻端台排头者途程任卫锋线缀奏茅哨辈三两一二四五六七八九十个半0123456789"
                        .indexOf(next) < 0;
            }
            case "后" -> {
                return last != null && last.grain >= Reading.G_DAY && last.holiday != null
                        && "期来面者续勤台方备".indexOf(next) < 0;
            }
            case "起" -> {
                return "来草诉步点见飞身源".indexOf(next) < 0;
            }
            case "开始" -> {
                return true;
            }
            case "期间", "时期" -> {
                return true;
            }
            case "止" -> {
                return core.to() != null;
            }
            case "前后" -> {
                return last != null && last.holiday != null;
            }
            default -> {
                return true;
            }
        }
    }

    /** A point, or two points joined by 至/到/—: 1至11月, 2021—2025年, 2017年8月11日至8月22日. */
    private TimeExpr.Date range(int i) {
        TimeExpr.Date pair = twoNamedUnits(i);
        if (pair != null) {
            return pair;
        }
        TimeExpr.Date school = schoolYearWithSlash(i);
        if (school != null) {
            return school;
        }
        Reading a = new Reading();
        int ae = point(i, a, null);
        if (ae > 0 && a.first == Reading.G_DAY && a.weekday != Reading.UNSET && a.month == Reading.UNSET
                && a.day == Reading.UNSET && a.weekAnchor == null) {
            // 週日, 二月十號: a weekday, then the date it falls on; the date decides
            int k = ae;
            while (k < ae + 2 && LIST_PAUSES.indexOf(at(k)) >= 0) {
                k++;
            }
            Reading b = new Reading();
            int be = k > ae ? point(k, b, null) : -1;
            if (be > 0 && b.month != Reading.UNSET && b.day != Reading.UNSET && !b.hasClock() && valid(b, k, be)) {
                return new TimeExpr.Date(i, be, b, null, null, null, "weekday and date");
            }
        }
        if (ae > 0 && a.weekday != Reading.UNSET && a.day == Reading.UNSET && !a.hasClock() && at(ae) == '、'
                && weekdayChar(at(ae + 1)) == a.weekday + 1 && !TimeNumbers.isArabic(at(ae + 2))
                && "季月年号楼层级类等届次期均常子记程报十百千万点".indexOf(at(ae + 2)) < 0) {
            // 本周六、日, 下周一、二: two weekdays in a row said together, as one DATE over both
            Reading b = a.copy();
            b.weekday = a.weekday + 1;
            return new TimeExpr.Date(i, ae + 2, a, b, null, null, "two weekdays");
        }
        if (ae < 0) {
            TimeExpr.Date bare = bareRange(i);
            if (bare != null) {
                return bare;
            }
            return pastCalendar(i);
        }
        String rule = "date";
        int k = spaces(ae);
        String sep = rangeSep(k);
        if (sep != null) {
            int bs = spaces(k + sep.length());
            Reading b = new Reading();
            int be = point(bs, b, a);
            if (be > 0 && compatible(a, b)) {
                inherit(a, b);
                return new TimeExpr.Date(i, be, a, b, null, null, "date range");
            }
        }
        if (!valid(a, i, ae)) {
            return null;
        }
        return new TimeExpr.Date(i, ae, a, null, null, a.approxClock ? Mod.APPROX : null, rule);
    }

    private String rangeSep(int k) {
        String sep = word(k, RANGE_SEP);
        if (sep != null && sep.equals("到") && has(k, "到期")) {
            return null;
        }
        return sep;
    }

    /** 2017/2018学年: a school year written with a slash, as 2017—2018学年 (the years as written). */
    private TimeExpr.Date schoolYearWithSlash(int i) {
        Num a = integer(i);
        if (a == null || a.kind() != Kind.ARABIC || a.digits() != 4 || at(a.end()) != '/') {
            return null;
        }
        Num b = integer(a.end() + 1);
        if (b == null || b.kind() != Kind.ARABIC || b.digits() != 4 || b.intValue() != a.intValue() + 1 || !has(b.end(), "学年")) {
            return null;
        }
        return years(i, b.end() + (has(b.end(), "学年度") ? 3 : 2), a.intValue(), b.intValue(), "school year");
    }

    /** 今明两年, 今明两天, 明后两天: two units named by their relative words, as one range. */
    private TimeExpr.Date twoNamedUnits(int i) {
        String w = word(i, TWO_NAMED);
        if (w == null) {
            return null;
        }
        int k = i + w.length();
        boolean year = at(k) == '年';
        if (!year && at(k) != '天' && at(k) != '日') {
            return null;
        }
        int first = w.startsWith("今") ? 0 : 1;
        if (year && first != 0) {
            return null;
        }
        Reading a = new Reading();
        Reading b = new Reading();
        for (int x = 0; x < 2; x++) {
            Reading r = x == 0 ? a : b;
            if (year) {
                r.yearAnchor = Anchor.REF;
                r.yearOffset = first + x;
                r.level(Reading.G_YEAR);
            } else {
                r.dayAnchor = Anchor.REF;
                r.dayOffset = first + x;
                r.level(Reading.G_DAY);
            }
        }
        return new TimeExpr.Date(i, k + 1, a, b, null, null, "two named units");
    }

    /** 1—11月, 2021—2025年, 1985到89年9月: a bare number, then a point that names its unit. */
    private TimeExpr.Date bareRange(int i) {
        Num num = integer(i);
        if (num == null || num.kind() == Kind.SEQUENCE && num.digits() != 4) {
            return null;
        }
        int k = spaces(num.end());
        String sep = rangeSep(k);
        if (sep == null) {
            return null;
        }
        int bs = spaces(k + sep.length());
        Reading b = new Reading();
        int be = point(bs, b, null);
        if (be < 0) {
            return bareYears(i, num, bs);
        }
        if (!valid(b, bs, be)) {
            return null;
        }
        int v = num.intValue();
        Reading a = new Reading();
        switch (b.first) {
            case Reading.G_YEAR -> {
                if (b.year == Reading.UNSET || num.digits() != 4 || v < 1000 || v > 2999) {
                    return null;
                }
                a.year = v;
                a.level(Reading.G_YEAR);
            }
            case Reading.G_MONTH -> {
                if (b.month == Reading.UNSET || v < 1 || v > 12 || b.month < v) {
                    return null;
                }
                a.month = v;
                a.lunar = b.lunar;
                a.level(Reading.G_MONTH);
            }
            case Reading.G_DAY -> {
                if (b.day == Reading.UNSET || v < 1 || v > 31 || b.day < v) {
                    return null;
                }
                a.day = v;
                a.level(Reading.G_DAY);
            }
            case Reading.G_QUARTER -> {
                if (b.quarter == Reading.UNSET || v < 1 || v > 4 || b.quarter < v) {
                    return null;
                }
                a.quarter = v;
                a.level(Reading.G_QUARTER);
            }
            default -> {
                return null;
            }
        }
        return new TimeExpr.Date(i, be, a, b, null, null, "date range (bare start)");
    }

    /**
     * 从2016到2018: two four-digit numbers after 从 are years when both lie in 1900-2099, the second
     * is later and no unit or word follows it (从1950到2000元 is money).
     */
    private TimeExpr.Date bareYears(int i, Num a, int bs) {
        Num b = integer(bs);
        if (at(i - 1) != '从' || b == null || a.kind() != Kind.ARABIC || b.kind() != Kind.ARABIC || a.digits() != 4
                || b.digits() != 4 || a.intValue() < 1900 || b.intValue() > 2099 || b.intValue() <= a.intValue()) {
            return null;
        }
        char next = at(b.end());
        if (Character.isLetterOrDigit(next) && !(isCjk(next) && "的这间期".indexOf(next) >= 0) || next == '.' || next == '%') {
            return null;
        }
        return years(i, b.end(), a.intValue(), b.intValue(), "date range (bare years)");
    }

    /** The years {@code a} to {@code b} as one DATE over [i, e). */
    private static TimeExpr.Date years(int i, int e, int a, int b, String rule) {
        Reading from = new Reading();
        from.year = a;
        from.level(Reading.G_YEAR);
        Reading to = new Reading();
        to.year = b;
        to.level(Reading.G_YEAR);
        return new TimeExpr.Date(i, e, from, to, null, null, rule);
    }

    /** 过去一年, 过去的两年, 过去一个月: the last whole calendar units before the reference. */
    private TimeExpr.Date pastCalendar(int i) {
        if (!has(i, "过去")) {
            return null;
        }
        int j = i + 2;
        if (at(j) == '的') {
            j++;
        }
        Num num = integer(j);
        if (num == null || num.kind() == Kind.SEQUENCE || num.intValue() < 1 || num.intValue() > 100) {
            return null;
        }
        j = num.end();
        char unit;
        if (at(j) == '年') {
            unit = 'Y';
            j++;
        } else if (has(j, "个月")) {
            unit = 'M';
            j += 2;
        } else {
            return null;
        }
        if ("代级度".indexOf(at(j)) >= 0) {
            return null;
        }
        return new TimeExpr.Date(i, j, null, null,
                new TimeExpr.Shift(num.value(), unit, -1, true, true), null, "past calendar units");
    }

    private static boolean compatible(Reading a, Reading b) {
        if (b.first == 0) {
            return false;
        }
        // The second point starts at the same or a finer unit than the first, unless both name a day
        // that stands on its own (从上周四到十月一日, 从今天到下周五).
        if (b.first < a.first && !(a.first == Reading.G_CLOCK && b.first >= Reading.G_DAY)
                && !(a.grain == Reading.G_DAY && b.grain == Reading.G_DAY && !a.hasClock() && !b.hasClock()
                        && (b.month != Reading.UNSET || b.weekAnchor != null))) {
            return false;
        }
        if (a.hasClock() != b.hasClock() && !(b.hasClock() && a.grain >= Reading.G_DAY)) {
            return a.grain == b.grain;
        }
        return true;
    }

    /** The second point of a range takes the first's coarser fields: 8月11日至22日. */
    private static void inherit(Reading a, Reading b) {
        if (b.first > Reading.G_YEAR && b.year == Reading.UNSET && b.yearAnchor == null) {
            b.year = a.year;
            b.yearAnchor = a.yearAnchor;
            b.yearOffset = a.yearOffset;
            b.twoDigitYear = a.twoDigitYear;
            b.shortYear = a.shortYear;
        }
        if (b.first > Reading.G_MONTH && b.month == Reading.UNSET && b.monthAnchor == null) {
            b.month = a.month;
            b.monthAnchor = a.monthAnchor;
            b.monthOffset = a.monthOffset;
            b.lunar = a.lunar;
            b.leapMonth = a.leapMonth;
        }
        if (b.first > Reading.G_DAY && !b.hasDateBelowMonth()) {
            b.day = a.day;
            b.dayAnchor = a.dayAnchor;
            b.dayOffset = a.dayOffset;
            b.weekAnchor = a.weekAnchor;
            b.weekOffset = a.weekOffset;
            b.weekday = a.weekday;
            b.holiday = a.holiday;
            b.nthWeekday = a.nthWeekday;
            if (b.part == null && a.part != null && b.first >= Reading.G_CLOCK && a.part.clock() != TimeLexicon.Clock.AM) {
                b.part = a.part;
            }
        }
    }

    /** Checks a point that stands alone. */
    private boolean valid(Reading r, int s, int e) {
        if (!r.hasAny()) {
            return false;
        }
        if (r.twoDigitYear && r.grain == Reading.G_YEAR && r.partMod == null) {
            return false; // 21年 is an amount of years unless something finer follows
        }
        if (!r.hasDate() && !r.hasClock()) {
            return r.part != null && (r.part.dayOffset() != null || r.part.last() || partAlone(r.part, s, e));
        }
        // 三月 alone in quotes or a book title is a name
        if (r.first == Reading.G_MONTH && r.grain == Reading.G_MONTH && !TimeNumbers.isArabic(t.charAt(s))
                && ("“‘\"《「『".indexOf(at(s - 1)) >= 0 || "”’\"》」』".indexOf(at(e)) >= 0)) {
            return false;
        }
        return true;
    }

    /**
     * Reads the components of one point from coarse to fine (year, half or quarter, month, part of
     * the month, day, part of the day, clock), filling {@code r}. Returns the end, or -1.
     * {@code context}: the first point of a range, which lets a bare clock or day stand.
     */
    int point(int i, Reading r, Reading context) {
        int j = i;
        int limit = Math.min(n, i + MAX_SPAN);
        if (lex.holidays().longestAt(t, j) != null) {
            // 阳历新年, 农历新年: the calendar's name belongs to the holiday's
        } else if (has(j, "农历") || has(j, "阴历") || has(j, "旧历")) {
            r.lunar = true;
            j += 2;
        } else if (has(j, "公历") || has(j, "阳历")) {
            j += 2;
        }
        int last = -1;
        while (j < limit) {
            int k = component(j, r, context);
            if (k < 0 && r.hasAny() && (at(j) == '的' || at(j) == ' ' || at(j) == ',' || at(j) == '，')) {
                // 十月的第一个星期一, 2018年 十二月, 10月12号，星期一
                int skip = j + 1;
                Reading probe = r.copy();
                int k2 = component(skip, probe, context);
                if (k2 > 0 && (at(j) != ',' && at(j) != '，' || probe.weekday != Reading.UNSET && r.grain == Reading.G_DAY)) {
                    copyInto(probe, r);
                    k = k2;
                }
            }
            if (k < 0 && r.grain == Reading.G_DAY && r.day != Reading.UNSET && r.weekday == Reading.UNSET) {
                k = weekdayAfterDate(j);
            }
            if (k < 0 && r.grain >= Reading.G_DAY && !r.hasClock() && r.hasDate()) {
                k = approxClock(j, r, context);
            }
            if (k < 0) {
                break;
            }
            last = k;
            j = k;
        }
        return last;
    }

    /** 12月19日约18时, 今天大约晚上十点: 约 between a day and its clock; the whole is about that time. */
    private int approxClock(int j, Reading r, Reading context) {
        String w = word(j, APPROX_INSIDE);
        if (w == null) {
            return -1;
        }
        Reading probe = r.copy();
        int k = component(j + w.length(), probe, context);
        while (k > 0 && !probe.hasClock()) {
            k = component(k, probe, context); // 大约晚上十点: a part of the day, then the clock
        }
        if (k < 0) {
            return -1;
        }
        probe.approxClock = true;
        copyInto(probe, r);
        return k;
    }

    /** 10月12号，星期一, 12月20日（周三）: the weekday a date falls on, said after it; the date decides. */
    private int weekdayAfterDate(int j) {
        int k = j;
        boolean paren = false;
        if (at(k) == '(' || at(k) == '（') {
            paren = true;
            k++;
        } else {
            while (k < j + 2 && LIST_PAUSES.indexOf(at(k)) >= 0) {
                k++;
            }
        }
        String w = word(k, WEEK);
        if (w == null || weekdayChar(at(k + w.length())) < 0 || w.equals("周") && at(k + w.length()) == '七') {
            return -1;
        }
        int e = k + w.length() + 1;
        if (TimeNumbers.isChineseNumeralChar(at(e)) || at(e) == '年') {
            return -1;
        }
        if (paren) {
            return at(e) == ')' || at(e) == '）' ? e + 1 : -1;
        }
        return e;
    }

    private static void copyInto(Reading from, Reading to) {
        Reading c = from.copy();
        to.grain = c.grain;
        to.first = c.first;
        to.year = c.year;
        to.yearTo = c.yearTo;
        to.twoDigitYear = c.twoDigitYear;
        to.shortYear = c.shortYear;
        to.yearAnchor = c.yearAnchor;
        to.yearOffset = c.yearOffset;
        to.relativeCentury = c.relativeCentury;
        to.centuryRel = c.centuryRel;
        to.decade = c.decade;
        to.half = c.half;
        to.quarter = c.quarter;
        to.quarterTo = c.quarterTo;
        to.quarterAnchor = c.quarterAnchor;
        to.quarterOffset = c.quarterOffset;
        to.season = c.season;
        to.month = c.month;
        to.monthTo = c.monthTo;
        to.lunar = c.lunar;
        to.leapMonth = c.leapMonth;
        to.monthAnchor = c.monthAnchor;
        to.monthOffset = c.monthOffset;
        to.firstMonths = c.firstMonths;
        to.lastMonths = c.lastMonths;
        to.xun = c.xun;
        to.xunTo = c.xunTo;
        to.halfMonth = c.halfMonth;
        to.weekOfPeriod = c.weekOfPeriod;
        to.weekAnchor = c.weekAnchor;
        to.weekOffset = c.weekOffset;
        to.weekday = c.weekday;
        to.nthWeekday = c.nthWeekday;
        to.weekend = c.weekend;
        to.day = c.day;
        to.dayExplicit = c.dayExplicit;
        to.dayAnchor = c.dayAnchor;
        to.dayOffset = c.dayOffset;
        to.holiday = c.holiday;
        to.part = c.part;
        to.hour = c.hour;
        to.minute = c.minute;
        to.second = c.second;
        to.pm = c.pm;
        to.am = c.am;
        to.approxClock = c.approxClock;
        to.partMod = c.partMod;
        to.spanN = c.spanN;
        to.spanUnit = c.spanUnit;
        to.spanFromEnd = c.spanFromEnd;
    }

    /** One component at {@code j} that is finer than what {@code r} holds; returns its end or -1. */
    private int component(int j, Reading r, Reading context) {
        int g = r.grain;
        int k;
        if (g == Reading.G_YEAR && !r.lunar && (has(j, "农历") || has(j, "阴历") || has(j, "旧历"))) {
            // 2015年农历正月初一: the calendar named between the year and the month
            Reading probe = r.copy();
            probe.lunar = true;
            k = component(j + 2, probe, context);
            if (k > 0 && probe.month != Reading.UNSET) {
                copyInto(probe, r);
                return k;
            }
            return -1;
        }
        if (g < Reading.G_YEAR) {
            if ((k = eraYear(j, r)) > 0 || (k = year(j, r)) > 0 || (k = century(j, r)) > 0 || (k = fiveYearPlan(j, r)) > 0) {
                return k;
            }
        }
        if (g < Reading.G_DAY && (k = relative(j, r)) > 0) {
            return k;
        }
        if ((g == Reading.G_YEAR || g == Reading.G_MONTH) && (k = firstOrLastUnits(j, r)) > 0) {
            return k;
        }
        if (g <= Reading.G_YEAR && (k = yearPart(j, r)) > 0) {
            return k;
        }
        if ((k = sameUnit(j, r)) > 0) {
            return k;
        }
        if (g == 0 && (k = withinTheYear(j, r)) > 0) {
            return k;
        }
        if (g < Reading.G_HALF && (k = half(j, r)) > 0) {
            return k;
        }
        if (g < Reading.G_QUARTER && ((k = quarter(j, r)) > 0 || (k = season(j, r)) > 0)) {
            return k;
        }
        if (g < Reading.G_DAY && (k = holiday(j, r)) > 0) {
            return k;
        }
        if (g < Reading.G_YEAR && (k = numericDate(j, r)) > 0) {
            return k;
        }
        if (g < Reading.G_MONTH && (k = month(j, r)) > 0) {
            return k;
        }
        if (g == Reading.G_MONTH && (k = monthPart(j, r)) > 0) {
            return k;
        }
        if (g < Reading.G_SUBMONTH && (k = weekOfPeriod(j, r)) > 0) {
            return k;
        }
        if (g < Reading.G_DAY && ((k = lunarDay(j, r)) > 0 || (k = day(j, r, context)) > 0
                || (k = weekday(j, r)) > 0 || (k = holiday(j, r)) > 0)) {
            return k;
        }
        if (g < Reading.G_PART && (k = dayPart(j, r)) > 0) {
            return k;
        }
        if (g < Reading.G_CLOCK && (k = clock(j, r, context)) > 0) {
            return k;
        }
        return -1;
    }

    /** 康熙二十年, 民国三十八年, 令和元年: a year counted in a reign era (eras.tsv). */
    private int eraYear(int j, Reading r) {
        WordTable.Hit<TimeLexicon.Era> hit = lex.eras().longestAt(t, j);
        if (hit == null || isCjk(at(j - 1)) && lex.eras().longestAt(t, j - 1) != null) {
            return -1;
        }
        int k = hit.end();
        int n;
        boolean first = has(k, "元年");
        if (first) {
            n = 1;
            k += 2;
        } else {
            Num num = integer(k);
            if (num == null || num.kind() == Kind.SEQUENCE || at(num.end()) != '年') {
                return -1;
            }
            n = num.intValue();
            k = num.end() + 1;
        }
        if (n < 1 || n > 150 || "代级纪龄薪货利轻息均头间来内".indexOf(at(k)) >= 0) {
            return -1;
        }
        r.year = hit.value().first() + n - 1;
        r.twoDigitYear = !hit.value().alone() && !first; // 绍兴三年: a year only with a month after it
        r.level(Reading.G_YEAR);
        return k;
    }

    /** 2023年, 二〇二三年, 两千零四年, 19年底, 2023财年, 2022年度, 公元前一九九五年. */
    private int year(int j, Reading r) {
        int s = j;
        boolean bc = false;
        String era = word(s, ERA_PREFIX);
        if (era != null) {
            bc = era.endsWith("前");
            s += era.length();
        }
        if (!TimeNumbers.boundaryBefore(t, s)) {
            return -1;
        }
        Num num = integer(s);
        if (num == null) {
            return -1;
        }
        int k = spaces(num.end());
        String unit = word(k, YEAR_UNIT);
        if (unit == null) {
            return -1;
        }
        int e = k + unit.length();
        char next = at(e);
        if (unit.equals("年") && "代级纪龄薪货利轻息均头".indexOf(next) >= 0) {
            return -1;
        }
        if (unit.equals("年") && yearsOfAge(s, e)) {
            return -1;
        }
        int v = num.intValue();
        boolean two = false;
        switch (num.kind()) {
            case ARABIC -> {
                if (num.digits() == 4 && v >= 1000 && v <= 2999 || era != null && num.digits() >= 3) {
                    break;
                }
                if (unit.equals("年") && era == null && threeDigitYear(num, e)) {
                    break;
                }
                if (num.digits() == 2 && era == null) {
                    two = true;
                    // 21年 is a year only with something finer after it; 08年 is never an amount
                    r.twoDigitYear = t.charAt(num.start()) != '0';
                    break;
                }
                return -1;
            }
            case SEQUENCE -> {
                if (num.digits() == 4 || era != null && num.digits() >= 3) {
                    break;
                }
                if (num.digits() == 3) {
                    r.twoDigitYear = true; // 三六七年一月一日: a year read digit by digit, with a month after it
                    break;
                }
                if (num.digits() == 2 && era == null) {
                    two = true;
                    // 九七年, 三三年, 零八年 are years (nobody counts years digit by digit), but
                    // 三五年, 七八年 are amounts (three or five years): those need something finer
                    int d1 = TimeNumbers.digit(t.charAt(num.start()));
                    int d2 = TimeNumbers.digit(t.charAt(num.start() + 1));
                    r.twoDigitYear = d1 >= 1 && (d2 == d1 + 1 || d1 == 3 && d2 == 5);
                    break;
                }
                return -1;
            }
            default -> {
                if (v < 1000 || v > 2999) {
                    return -1;
                }
            }
        }
        if (two) {
            r.year = v;
            r.shortYear = true;
            r.level(Reading.G_YEAR);
            return e;
        }
        r.year = bc ? 1 - v : v;
        r.level(Reading.G_YEAR);
        return e;
    }

    /**
     * 1200年历史, 已有1000年, 长达1500年: a number of years that says an age, not a year ({@code s}: the
     * number's start, {@code e}: after 年). 已有, 具有, 长达, 历经... before it (not 只有 2023年); or 历史 after a round number of
     * centuries or one before 1900 (2023年历史文化名城 is a year).
     */
    private boolean yearsOfAge(int s, int e) {
        if (s >= 2 && word(s - 2, AGE_BEFORE) != null) {
            return true;
        }
        if (!has(e, "历史") && !has(e, "的历史")) {
            return false;
        }
        Num n = integer(s);
        return n != null && n.isInteger() && (n.intValue() % 100 == 0 || n.intValue() < 1900);
    }

    /**
     * 在789年, 于960年: three digits after 在 or 于 name a year, unless a word of an amount follows 年
     * (在100年后, 在500年的历史中, 在300年间).
     */
    private boolean threeDigitYear(Num num, int e) {
        int p = num.start() - 1;
        if (num.kind() != Kind.ARABIC || num.digits() != 3 || !num.isInteger() || t.charAt(num.start()) == '0'
                || "前后内里间中来以之多左的历时余半零个".indexOf(at(e)) >= 0) {
            return false;
        }
        // 在 and 于 as prepositions, not the end of 存在, 现在, 等于, 高于...
        return at(p) == '在' && "存现实所自内外潜好旨贵难".indexOf(at(p - 1)) < 0
                || at(p) == '于' && "等对关由至属高低大小多少在鉴终当".indexOf(at(p - 1)) < 0;
    }

    /**
     * Dates written with digits and separators: 2023-12-19, 2023/12/19, 2023.12.19, 20231219,
     * 2023-12, 6·30, 09-01 (before a clock), 3/3/15 (month first with a two-digit year), 1/2/2020
     * (day first with a four-digit year).
     */
    private int numericDate(int j, Reading r) {
        Num a = integer(j);
        if (a == null || a.kind() != Kind.ARABIC || !TimeNumbers.boundaryBefore(t, j)) {
            return -1;
        }
        int e = a.end();
        char sep = at(e);
        if (a.digits() == 8 && !TimeNumbers.isArabic(sep) && sep != '.' && !(sep < 128 && Character.isLetter(sep))) {
            String d = t.substring(j, e);
            return setDate(r, Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                    Integer.parseInt(d.substring(6, 8)), e, true);
        }
        if (sep == ' ' && a.digits() == 4) {
            return spacedDate(a, r);
        }
        if (sep != '-' && sep != '/' && sep != '.' && sep != '·') {
            return -1;
        }
        Num b = integer(e + 1);
        if (b == null || b.kind() != Kind.ARABIC || b.digits() > 2) {
            return -1;
        }
        int e2 = b.end();
        Num c = at(e2) == sep ? integer(e2 + 1) : null;
        if (c != null && c.kind() == Kind.ARABIC && !TimeNumbers.isArabic(at(c.end())) && at(c.end()) != sep
                && !(at(c.end()) == '.' && TimeNumbers.isArabic(at(c.end() + 1)))) {
            if (a.digits() == 4) {
                return c.digits() <= 2 ? setDate(r, a.intValue(), b.intValue(), c.intValue(), c.end(), sep != '·') : -1;
            }
            if (sep == '/' && a.digits() <= 2 && c.digits() == 4) {
                // 1/2/2020: day first (a month first when the first cannot be a month)
                boolean dayFirst = a.intValue() <= 31 && (b.intValue() <= 12);
                return dayFirst ? setDate(r, c.intValue(), b.intValue(), a.intValue(), c.end(), true)
                        : setDate(r, c.intValue(), a.intValue(), b.intValue(), c.end(), true);
            }
            if (sep == '-' && a.digits() <= 2 && c.digits() <= 2 && at(j - 1) != '-' && at(c.end()) != '-') {
                // 3-7-07: day, month, two-digit year; 27-7-3: two-digit year, month, day
                r.shortYear = true;
                int k = c.digits() == 1 && a.digits() == 2
                        ? setDate(r, a.intValue(), b.intValue(), c.intValue(), c.end(), true)
                        : c.digits() == 2 ? setDate(r, c.intValue(), b.intValue(), a.intValue(), c.end(), true) : -1;
                if (k < 0) {
                    r.shortYear = false;
                }
                return k;
            }
            if (sep == '/' && a.digits() <= 2 && c.digits() == 2) {
                int yy = c.intValue();
                r.shortYear = true;
                int k = setDate(r, yy, a.intValue(), b.intValue(), c.end(), true);
                if (k < 0) {
                    r.shortYear = false;
                }
                return k;
            }
            return -1;
        }
        if (TimeNumbers.isArabic(at(e2)) || at(e2) == sep || at(e2) == '.' || at(e2) == '%') {
            return -1;
        }
        if (a.digits() == 4 && (sep == '-' || sep == '/') && a.intValue() >= 1000 && a.intValue() <= 2999) {
            int m = b.intValue();
            if (m < 1 || m > 12 || at(e2) == '年') {
                return -1;
            }
            r.year = a.intValue();
            r.month = m;
            r.level(Reading.G_YEAR);
            r.level(Reading.G_MONTH);
            return e2;
        }
        if (sep == '/' && a.digits() <= 2 && monthDaySlash(j, a, b, e2)) {
            r.month = a.intValue();
            r.day = b.intValue();
            r.dayExplicit = true;
            r.level(Reading.G_MONTH);
            r.level(Reading.G_DAY);
            return at(e2) == '日' || at(e2) == '号' ? e2 + 1 : e2;
        }
        if (a.digits() <= 2 && (sep == '·' || sep == '-' && clockStarts(spaces(e2)) && spaces(e2) > e2)) {
            int m = a.intValue();
            int d = b.intValue();
            if (m < 1 || m > 12 || d < 1 || d > 31) {
                return -1;
            }
            r.month = m;
            r.day = d;
            r.level(Reading.G_MONTH);
            r.level(Reading.G_DAY);
            return e2;
        }
        return -1;
    }

    /** 2010 01 29: a four-digit year, then month and day of two digits each, one space apart. */
    private int spacedDate(Num a, Reading r) {
        Num b = integer(a.end() + 1);
        if (b == null || b.kind() != Kind.ARABIC || b.digits() != 2 || at(b.end()) != ' ') {
            return -1;
        }
        Num c = integer(b.end() + 1);
        if (c == null || c.kind() != Kind.ARABIC || c.digits() != 2 || TimeNumbers.isArabic(at(c.end()))
                || at(c.end()) == '.' || at(c.end()) == ' ' && TimeNumbers.isArabic(at(c.end() + 1))) {
            return -1;
        }
        return setDate(r, a.intValue(), b.intValue(), c.intValue(), c.end(), true);
    }

    /**
     * 12/1 is a month and a day where it cannot be read as a fraction: 日 or 号 follows it, or it is
     * no proper fraction (the first number is not smaller than the second: nobody writes 12/1 for 12).
     */
    private boolean monthDaySlash(int j, Num a, Num b, int e2) {
        int m = a.intValue();
        int d = b.intValue();
        if (m < 1 || m > 12 || d < 1 || d > 31 || at(j - 1) == '/' || at(j - 1) == '-') {
            return false;
        }
        char next = at(e2);
        if (next == '日' || next == '号') {
            return true;
        }
        if (next < 128 && (Character.isLetterOrDigit(next) || next == '/' || next == '%' || next == '.' && TimeNumbers.isArabic(at(e2 + 1)))
                || unitAfter(e2)) {
            return false;
        }
        return m >= d;
    }

    private int setDate(Reading r, int y, int m, int d, int end, boolean ok) {
        if (!ok || m < 1 || m > 12 || d < 1 || d > 31 || !r.shortYear && (y < 1000 || y > 2999)) {
            return -1;
        }
        r.year = y;
        r.month = m;
        r.day = d;
        r.dayExplicit = true;
        r.level(Reading.G_YEAR);
        r.level(Reading.G_DAY);
        return end;
    }

    /** 上世纪80年代, 20世纪60年代, 九十年代, 18世纪, 本世纪. */
    private int century(int j, Reading r) {
        int s = j;
        int centuryStart = Reading.UNSET;
        Anchor anchor = null;
        int offset = 0;
        String rel = word(s, CENTURY_RELATIVE);
        if (rel != null) {
            anchor = Anchor.REF;
            offset = rel.startsWith("上") ? -1 : rel.startsWith("下") ? 1 : 0;
            s += rel.length();
        } else {
            Num c = integer(s);
            if (c != null && c.kind() != Kind.SEQUENCE && has(c.end(), "世纪") && c.intValue() >= 1 && c.intValue() <= 30) {
                centuryStart = (c.intValue() - 1) * 100;
                s = c.end() + 2;
            }
        }
        int decade = Reading.UNSET;
        Num d = integer(s);
        if (d != null && has(d.end(), "年代")) {
            int v = d.intValue();
            if (v % 10 == 0 && v >= 0 && v <= 90) {
                decade = v;
                s = d.end() + 2;
            } else if (v >= 1000 && v <= 2990 && v % 10 == 0 && centuryStart == Reading.UNSET && anchor == null) {
                r.year = v;
                r.yearTo = v + 9;
                r.level(Reading.G_YEAR);
                return d.end() + 2;
            }
        }
        if (centuryStart == Reading.UNSET && anchor == null && decade == Reading.UNSET) {
            return -1;
        }
        if (centuryStart != Reading.UNSET) {
            r.year = centuryStart + (decade == Reading.UNSET ? 0 : decade);
            r.yearTo = r.year + (decade == Reading.UNSET ? 99 : 9);
        } else {
            // 上世纪80年代: relative to the reference's century; 九十年代 alone: the last one so named
            r.centuryRel = anchor == null ? Reading.UNSET : offset;
            r.decade = decade;
            r.relativeCentury = true;
        }
        r.level(Reading.G_YEAR);
        String tail = word(s, CENTURY_PART);
        if (tail != null && !(tail.equals("初") && TimeNumbers.digit(at(s + 1)) >= 0)) {
            r.partMod = tail.startsWith("初") || tail.startsWith("前") ? Mod.START
                    : tail.startsWith("末") || tail.startsWith("后") ? Mod.END : Mod.MID;
            s += tail.length();
        }
        return s;
    }

    private static final String PLAN_NUMERALS = "一二三四五六七八九十";

    /** “十四五”(期间|时期): a five-year plan period, 2021/2025. Not inside the plan's own name. */
    private int fiveYearPlan(int j, Reading r) {
        int s = j;
        boolean quoted = "“‘\"".indexOf(at(s)) >= 0;
        if (quoted) {
            s++;
        }
        int k = s;
        while (k < n && k - s < 4 && PLAN_NUMERALS.indexOf(t.charAt(k)) >= 0) {
            k++;
        }
        if (k - s < 2 || at(k - 1) != '五') {
            return -1;
        }
        k--; // the plan's number, then 五
        Num num = TimeNumbers.integer(t.substring(s, k), 0);
        if (num == null || num.end() != k - s) {
            return -1;
        }
        int plan = num.intValue();
        int e = k + 1;
        if (quoted) {
            if ("”’\"".indexOf(at(e)) < 0) {
                return -1;
            }
            e++;
        } else if (plan < 11 || !TimeNumbers.boundaryBefore(t, s) || TimeNumbers.isChineseNumeralChar(at(e))
                || "“‘\"".indexOf(at(s - 1)) >= 0) {
            return -1;
        }
        if (has(e, "规划") || has(e, "计划") || has(e, "纲要")) {
            return -1; // a date inside a plan's name is no mention
        }
        if (plan < 1 || plan > 20) {
            return -1;
        }
        int first = plan == 1 ? 1953 : plan == 2 ? 1958 : 1966 + 5 * (plan - 3);
        r.year = first;
        r.yearTo = first + 4;
        r.level(Reading.G_YEAR);
        int years = planYears(e, r);
        if (years > 0) {
            return years;
        }
        String tail = word(e, PLAN_PART);
        if (tail != null && tail.equals("初") && CHU_WORD_SECOND.indexOf(at(e + 1)) >= 0) {
            tail = null; // “十四五”初见成效: 初 belongs to the verb
        }
        if (tail != null) {
            // “十四五”末, “十四五”末期, “十四五”初期, “十四五”中期
            if (tail.startsWith("末")) {
                r.partMod = Mod.END;
            } else if (tail.startsWith("初")) {
                r.partMod = Mod.START;
            } else if (tail.equals("中期")) {
                r.partMod = Mod.MID;
            }
            e += tail.length();
        }
        return e;
    }

    /**
     * “十四五”前两年 -> 2021/2022, “十四五”后三年, “十四五”最后一年 -> 2025: the first or last N years of the
     * plan period {@code r} holds. Returns the end, or -1.
     */
    private int planYears(int e, Reading r) {
        String w = word(e, PLAN_FIRST_OR_LAST);
        if (w == null) {
            return -1;
        }
        Num num = integer(e + w.length());
        if (num == null || num.kind() == Kind.SEQUENCE || !num.isInteger() || num.intValue() < 1 || num.intValue() > 4
                || at(num.end()) != '年' || "级度代均初底末中内".indexOf(at(num.end() + 1)) >= 0) {
            return -1;
        }
        int count = num.intValue();
        if (w.equals("前") || w.equals("头")) {
            r.yearTo = r.year + count - 1;
        } else {
            r.year = r.yearTo - count + 1;
        }
        if (r.year == r.yearTo) {
            r.yearTo = Reading.UNSET;
        }
        return num.end() + 1;
    }

    /** Prepositions that make the N日 after them a day of the month, not N days: 请于3日前提交. */
    private static final String DAY_MARKERS = "于在至到";

    /** Characters that make one word with a 上/下 after them: 马上, 以下, 之上, 晚上, 线下, 加上. */
    private static final String ENDS_UP_DOWN = "马以之晚早路线网向往眼当乡私底地身手加";
    /** Characters that make one word with a 前/后 after them: 提前, 此后, 之前, 以后, 随后, 今后. */
    private static final String ENDS_BEFORE_AFTER = "提此之以事目当空向往眼跟然随今其而背先过";

    /** 提前, 此后, 马上, 以下: the 前, 后, 上 or 下 at {@code k} ends the word before it. */
    private boolean joinsWordBefore(int k) {
        char c = at(k);
        return (c == '前' || c == '后') && ENDS_BEFORE_AFTER.indexOf(at(k - 1)) >= 0
                || (c == '上' || c == '下') && ENDS_UP_DOWN.indexOf(at(k - 1)) >= 0;
    }

    /** Characters before 后半年 that leave it the second half: a clause start, a preposition, 的 (在后半年, 的后半年). */
    private static final String BEFORE_SECOND_HALF = "在于到至从自的和及与是将为、，,。；;：:（(“ \n";

    /**
     * 签约后半年, 投产后半年: 后 after a verb is "after it", and 半年 is an amount (not the second half of
     * a year, which follows a year or stands at a clause start: 今年后半年, 后半年将...).
     */
    private boolean afterVerb(int j) {
        char prev = at(j - 1);
        return isCjk(prev) && BEFORE_SECOND_HALF.indexOf(prev) < 0 && !TimeNumbers.isChineseNumeralChar(prev);
    }

    /** 今年, 上月, 下周, 明天, 同日... from relative-words.tsv. */
    private int relative(int j, Reading r) {
        WordTable.Hit<TimeLexicon.Relative> hit = lex.relatives().longestAt(t, j);
        if (hit == null || (at(j) == '上' || at(j) == '下') && ENDS_UP_DOWN.indexOf(at(j - 1)) >= 0
                || at(j) == '来' && (TimeNumbers.isChineseNumeralChar(at(j - 1)) || TimeNumbers.isArabic(at(j - 1)))) {
            return -1; // 马上一年半: 上 belongs to the word before it
        }
        TimeLexicon.Relative rel = hit.value();
        int e = hit.end();
        switch (rel.unit()) {
            case YEAR -> {
                if (r.grain >= Reading.G_YEAR || "纪轻龄级".indexOf(at(e)) >= 0 || yearWordBound(j, e)) {
                    return -1;
                }
                r.yearAnchor = rel.anchor();
                r.yearOffset = rel.offset();
                r.level(Reading.G_YEAR);
            }
            case QUARTER -> {
                if (r.grain >= Reading.G_QUARTER) {
                    return -1;
                }
                r.quarterAnchor = rel.anchor();
                r.quarterOffset = rel.offset();
                r.level(Reading.G_QUARTER);
                if (at(e) == '末' || at(e) == '初') {
                    // 本季度末, 上季度初: as after 第三季度
                    r.partMod = at(e) == '末' ? Mod.END : Mod.START;
                    return e + 1;
                }
            }
            case MONTH -> {
                if (r.grain >= Reading.G_MONTH) {
                    return -1;
                }
                r.monthAnchor = rel.anchor();
                r.monthOffset = rel.offset();
                r.level(Reading.G_MONTH);
            }
            case WEEK -> {
                if (r.grain >= Reading.G_SUBMONTH) {
                    return -1;
                }
                r.weekAnchor = rel.anchor();
                r.weekOffset = rel.offset();
                r.level(Reading.G_SUBMONTH);
                String wd = word(e, WEEKEND_PART);
                if (wd != null && !has(e, "末端")) {
                    r.weekend = true;
                    r.level(Reading.G_DAY);
                    return e + wd.length();
                }
                int w = weekdayChar(at(e));
                if (w > 0) {
                    r.weekday = w;
                    r.level(Reading.G_DAY);
                    return e + 1;
                }
                int k = weekday(e, r);
                if (k > 0) {
                    return k;
                }
            }
            case DAY -> {
                if (r.grain >= Reading.G_DAY) {
                    return -1;
                }
                r.dayAnchor = rel.anchor();
                r.dayOffset = rel.offset();
                r.level(Reading.G_DAY);
            }
            default -> {
                return -1;
            }
        }
        return e;
    }

    /**
     * 建成后年产值, 十八大以来年均增长, 以前年度, 说明年度: a relative year word ({@code [j, e)}, ending in 年)
     * is no word where its first character closes the word before it (a postposition 后/前/来 after a
     * verb or noun; 如今, 说明, 过去...) and 年 opens the word after it (年产值, 年均, 年度). 预计后年投产,
     * 两地今年均有增长 keep their reading.
     */
    private boolean yearWordBound(int j, int e) {
        if (at(e - 1) != '年' || lex.yearWordNeighbours(TimeLexicon.Side.AFTER).longestAt(t, e - 1) == null) {
            return false;
        }
        char p = at(j - 1);
        if ("后前来".indexOf(at(j)) >= 0 && isCjk(p) && BEFORE_FREE_YEAR.indexOf(p) < 0) {
            return true;
        }
        return j >= 1 && lex.yearWordNeighbours(TimeLexicon.Side.BEFORE).longestAt(t, j - 1) != null;
    }

    /**
     * 这个月前两天, 上月最后五天, 2021年的前2周, 今年的最后3周, 今年最后两个月: the first or last N
     * days, weeks or months of the period just named (前N个月 alone is read by {@link #month}).
     */
    private int firstOrLastUnits(int j, Reading r) {
        if (r.partMod != null || r.yearTo != Reading.UNSET || r.monthTo != Reading.UNSET || r.relativeCentury) {
            return -1;
        }
        String w = word(j, FIRST_OR_LAST);
        if (w == null) {
            return -1;
        }
        int k = spaces(j + w.length());
        Num num = integer(k);
        if (num == null || num.kind() == Kind.SEQUENCE || num.intValue() < 1 || num.intValue() > 60) {
            return -1;
        }
        k = spaces(num.end());
        boolean ge = at(k) == '个';
        if (ge) {
            k++;
        }
        String u = word(k, FIRST_OR_LAST_UNIT);
        if (u == null || u.equals("月") && !ge || (u.equals("天") || u.equals("日")) && ge) {
            return -1;
        }
        char unit = u.endsWith("月") ? 'M' : u.equals("天") || u.equals("日") ? 'D' : 'W';
        if (unit == 'M' && (r.grain != Reading.G_YEAR || !w.equals("最后"))) {
            return -1; // 今年前两个月 is read as months of the year by month()
        }
        int e = k + u.length();
        if (unit == 'D' && "内里".indexOf(at(e)) >= 0 || unit == 'W' && weekdayChar(at(e)) > 0) {
            return -1; // 最后一个星期一 is a weekday
        }
        r.spanN = num.intValue();
        r.spanUnit = unit;
        r.spanFromEnd = w.equals("最后");
        r.level(Reading.G_SUBMONTH);
        r.level(Reading.G_DAY);
        return e;
    }

    /** 年初, 年中, 年底, 年末 after a year or standing alone (the year the passage is about). */
    private int yearPart(int j, Reading r) {
        int s = j;
        boolean after = r.grain == Reading.G_YEAR;
        if (after && r.partMod == null && (has(s, "全年度") || has(s, "全年"))) {
            return s + (has(s, "全年度") ? 3 : 2); // 2021年全年 is one DATE
        }
        String w;
        if (after && "初中底末终".indexOf(at(s)) >= 0 && (at(s - 1) == '年' || at(s - 1) == '度')) {
            w = String.valueOf(at(s));
        } else {
            String whole = word(s, YEAR_PART);
            if (whole == null || r.grain > Reading.G_YEAR) {
                return -1;
            }
            if (!after && !TimeNumbers.boundaryBefore(t, s)) {
                return -1;
            }
            if (!after && (TimeNumbers.isChineseNumeralChar(at(s - 1)) || TimeNumbers.isArabic(at(s - 1)) || at(s - 1) == '每'
                    || at(s - 1) == '个' || at(s - 1) == '半' || at(s - 1) == '多')) {
                return -1;
            }
            w = whole.substring(1);
            s += 1;
        }
        char next = at(s + 1);
        if (w.equals("中") && (isCjk(next) && "前后以起的至到期".indexOf(next) < 0)) {
            return -1; // 2023年中国...
        }
        if (w.equals("初") && (TimeNumbers.digit(next) >= 0 || CHU_WORD_SECOND.indexOf(next) >= 0)) {
            return -1; // 初一 is a day; 年初次, 今年初步: 初 opens the next word
        }
        if (w.equals("终") && "端点止结身".indexOf(next) >= 0 && !(next == '结' && "转余算存账".indexOf(at(s + 2)) >= 0)) {
            return -1; // 年终结转, 年终结余: 年终 and 结转 (not 终结)
        }
        if (w.equals("末") && "端尾".indexOf(next) >= 0) {
            return -1;
        }
        if (!after) {
            r.yearAnchor = Anchor.TOPIC;
            r.yearOffset = 0;
            r.level(Reading.G_YEAR);
        }
        r.partMod = switch (w) {
            case "初" -> Mod.START;
            case "中" -> Mod.MID;
            default -> Mod.END;
        };
        r.level(Reading.G_HALF);
        return s + 1;
    }

    /**
     * 11月当月, 3月5日当天, 元宵节当日: the unit just named, said again; one DATE, as 2021年全年.
     * Returns the end, or -1.
     */
    private int sameUnit(int j, Reading r) {
        if (r.grain == Reading.G_MONTH && r.month != Reading.UNSET && r.monthTo == Reading.UNSET && has(j, "当月")) {
            return j + 2;
        }
        if (r.grain == Reading.G_DAY && r.hasDate() && !r.hasClock() && (has(j, "当天") || has(j, "当日"))
                && "元报".indexOf(at(j + 2)) < 0) {
            return j + 2;
        }
        return -1;
    }

    /** Characters after which a bare 年内 is "within this year": a clause start or a verb (力争年内, 确保年内). */
    private static final String WITHIN_YEAR_AFTER = "，,。；;：:、 \n（(“争保于在将计划望要须需可并均都应拟能已求力定";

    /**
     * 力争年内建成, 年内完成: 年内 standing alone is the year the passage is about (as 全年). Not after
     * a number or a word that ends in 年 (三年内, 多年内, 青年内).
     */
    private int withinTheYear(int j, Reading r) {
        if (!has(j, "年内") || j > 0 && WITHIN_YEAR_AFTER.indexOf(at(j - 1)) < 0 && !beforeClauseVerb(j)
                || "容部外涵".indexOf(at(j + 2)) >= 0) {
            return -1;
        }
        r.yearAnchor = Anchor.TOPIC;
        r.yearOffset = 0;
        r.level(Reading.G_YEAR);
        return j + 2;
    }

    /** Characters that end a word with the 年 after them: 青年, 多年, 学年, 光年, 今年 (their 年内 is no 年内). */
    private static final String ENDS_WITH_YEAR = "青少老成多近往历常每同当今本去前后明数几百千万周全中晚早壮童幼新旧隔跨经终整逐连丰荒末初半学财纪编流光闰来上下";

    /**
     * 装置年内出光, 项目年内开工: 年内 after a noun and before the clause's verb (a Chinese character, not
     * 的), where the noun does not end in a word with 年 (青年内, 多年内, 学年内).
     */
    private boolean beforeClauseVerb(int j) {
        char prev = at(j - 1);
        char next = at(j + 2);
        return isCjk(prev) && ENDS_WITH_YEAR.indexOf(prev) < 0 && !TimeNumbers.isChineseNumeralChar(prev)
                && isCjk(next) && next != '的' && !TimeNumbers.isChineseNumeralChar(next);
    }

    /** 上半年, 下半年, 前半年, 后半年; 上半月, 下半月. */
    private int half(int j, Reading r) {
        String w = word(j, HALF_YEAR);
        if (w == null) {
            return -1;
        }
        if (r.grain == 0 && (joinsWordBefore(j) || w.equals("后半年") && afterVerb(j))) {
            return -1; // 提前半年, 此后半年, 签约后半年: 前/后 belongs to the word before; 半年 is an amount
        }
        boolean first = w.startsWith("上") || w.startsWith("前");
        if (w.endsWith("月")) {
            if (r.grain != Reading.G_MONTH && r.grain != 0) {
                return -1;
            }
            if (r.grain == 0) {
                r.monthAnchor = Anchor.LAST;
                r.monthOffset = 0;
                r.level(Reading.G_MONTH);
            }
            r.halfMonth = first ? 1 : 2;
            r.level(Reading.G_SUBMONTH);
            return j + 3;
        }
        r.half = first ? 1 : 2;
        r.level(Reading.G_HALF);
        int e = j + 3;
        if ((at(e) == '末' || at(e) == '初') && "端尾期".indexOf(at(e + 1)) < 0 && CHU_WORD_SECOND.indexOf(at(e + 1)) < 0) {
            // 上半年末, 下半年初: as after 一季度
            r.partMod = at(e) == '末' ? Mod.END : Mod.START;
            e++;
        }
        return e;
    }

    /** 一季度, 第四季度, 首季度, 前三季度, Q1. */
    private int quarter(int j, Reading r) {
        int s = j;
        if (has(s, "首季度") || has(s, "首季") && !has(s, "首季节")) {
            r.quarter = 1;
            r.level(Reading.G_QUARTER);
            return s + (has(s, "首季度") ? 3 : 2);
        }
        boolean firstN = false;
        if (at(s) == '前' && r.grain <= Reading.G_YEAR && firstNAllowed(j, r)) {
            firstN = true;
            s++;
        } else if (at(s) == '第') {
            s++;
        } else if (!TimeNumbers.boundaryBefore(t, s)) {
            return -1;
        }
        Num num = integer(s);
        if (num != null && !firstN && at(s - 1) != '第') {
            int e = twoQuarters(num, r);
            if (e > 0) {
                return e;
            }
        }
        if (num == null || num.kind() == Kind.SEQUENCE) {
            return -1;
        }
        int k = num.end();
        if (firstN && at(k) == '个') {
            k++;
        }
        int qTo = Reading.UNSET;
        if (!firstN && r.grain == Reading.G_YEAR && !has(k, "季度") && rangeSep(k) != null) {
            // 2023年一至三季度, 今年1—3季度: a range of quarters after a year
            Num b = integer(k + rangeSep(k).length());
            if (b != null && b.kind() != Kind.SEQUENCE && b.isInteger() && has(b.end(), "季度") && b.intValue() > num.intValue()
                    && b.intValue() <= 4) {
                qTo = b.intValue();
                k = b.end();
            }
        }
        if (!has(k, "季度")) {
            return -1;
        }
        int q = num.intValue();
        if (q < 1 || q > 4) {
            return -1;
        }
        if (firstN) {
            r.quarter = 1;
            r.quarterTo = q;
        } else {
            if (at(j - 1) == '个' || TimeNumbers.isChineseNumeralChar(at(j - 1))) {
                return -1;
            }
            r.quarter = q;
            r.quarterTo = qTo;
        }
        r.level(Reading.G_QUARTER);
        k += 2;
        if (at(k) == '末' || at(k) == '初') {
            r.partMod = at(k) == '末' ? Mod.END : Mod.START;
            k++;
        }
        return k;
    }

    /** 二、三季度, 二三季度: two quarters in a row said together, as one DATE over both (as 一二月份). */
    private int twoQuarters(Num num, Reading r) {
        int[] pair = twoInARow(num);
        if (pair == null || pair[0] > 3 || !has(pair[1], "季度")) {
            return -1;
        }
        r.quarter = pair[0];
        r.quarterTo = pair[0] + 1;
        r.level(Reading.G_QUARTER);
        int k = pair[1] + 2;
        if (at(k) == '末' || at(k) == '初') {
            return -1; // 二、三季度末: the end of which one is not said
        }
        return k;
    }

    /**
     * Two numbers in a row said together: 一二 (digit by digit) or 1、2, 十一、十二 (not at a line start,
     * where 1、 is a list marker). Returns {the first number, the end of the second}, or null.
     */
    private int[] twoInARow(Num num) {
        if (num.kind() == Kind.SEQUENCE && num.digits() == 2) {
            int a = digit(num.start());
            return digit(num.start() + 1) == a + 1 && a >= 1 ? new int[] {a, num.end()} : null;
        }
        if (num.kind() == Kind.SEQUENCE || !num.isInteger() || at(num.end()) != '、' || "\n\r\0".indexOf(at(num.start() - 1)) >= 0) {
            return null;
        }
        int a = num.intValue();
        Num b = integer(num.end() + 1);
        if (b == null || b.kind() != num.kind() || !b.isInteger() || b.intValue() != a + 1 || a < 1) {
            return null;
        }
        return new int[] {a, b.end()};
    }

    /** 春季, 夏天... (meteorological seasons: spring is March to May). */
    private int season(int j, Reading r) {
        String w = word(j, SEASON);
        if (w == null || r.grain == 0 && !TimeNumbers.boundaryBefore(t, j)) {
            return -1;
        }
        if (r.grain == 0) {
            return -1; // a season alone names no calendar period of its own
        }
        if (has(j + 2, "学期")) {
            return -1; // 2019年秋季学期: a school term, not the meteorological season; the year stays
        }
        r.season = "春夏秋冬".indexOf(w.charAt(0)) + 1;
        r.level(Reading.G_QUARTER);
        return j + 2;
    }

    /** 12月, 十一月份, 正月, 腊月, 闰四月, 前11个月, 3月20 (a day without 日 after a month). */
    private int month(int j, Reading r) {
        String lunarName = word(j, LUNAR_MONTH);
        if (lunarName != null) {
            r.month = lunarName.equals("正月") ? 1 : lunarName.equals("腊月") ? 12 : 11;
            r.lunar = true;
            r.level(Reading.G_MONTH);
            return afterMonth(j + 2, r);
        }
        int s = j;
        boolean leap = false;
        if (at(s) == '闰') {
            leap = true;
            s++;
        }
        boolean firstN = false;
        if ((at(s) == '前' || at(s) == '后') && !leap && r.grain <= Reading.G_YEAR && firstNAllowed(j, r)) {
            firstN = true;
            s++;
        } else if (!TimeNumbers.boundaryBefore(t, s)) {
            return -1;
        }
        Num num = integer(s);
        if (num != null && !firstN && !leap) {
            int e = twoMonths(num, r);
            if (e > 0) {
                return e;
            }
        }
        if (num == null || num.kind() == Kind.SEQUENCE || !num.isInteger()) {
            return -1;
        }
        if (num.kind() == Kind.ARABIC && num.digits() > 2) {
            return -1;
        }
        int k = num.end();
        int m = num.intValue();
        if (firstN) {
            if (at(k) == '个') {
                k++;
            }
            if (at(k) != '月' || m < 1 || m > 12 || "份度".indexOf(at(k + 1)) >= 0 && false) {
                return -1;
            }
            if (at(j) == '前') {
                r.firstMonths = m;
            } else {
                r.lastMonths = m;
            }
            r.level(Reading.G_MONTH);
            return k + 1;
        }
        if (at(k) == ' ' && at(k + 1) == '月') {
            return -1; // 10 月 is an amount of months in some sources; a date writes no space
        }
        if (r.grain == Reading.G_YEAR && !leap && at(k) != '月') {
            int e = monthRangeAfterYear(k, m, r);
            if (e > 0) {
                return e;
            }
        }
        if (at(k) != '月' || m < 1 || m > 12) {
            return -1;
        }
        char prev = at(j - 1);
        if (r.grain == 0 && (prev == '个' || prev == '第' || prev == '每' || prev == '近')) {
            return -1;
        }
        char next = at(k + 1);
        if (NOT_A_MONTH_AFTER.indexOf(next) >= 0) {
            return -1;
        }
        r.month = m;
        r.leapMonth = leap;
        if (leap) {
            r.lunar = true;
        }
        r.level(Reading.G_MONTH);
        int e = k + 1;
        if (at(e) == '份') {
            e++;
        }
        return afterMonth(e, r);
    }

    /**
     * 一二月份, 1、2月: two months in a row said together, as one DATE over both (a statistics release's
     * 1—2月). Returns the end, or -1. Not 三五月 nor 3、5月 (not in a row).
     */
    private int twoMonths(Num num, Reading r) {
        int[] pair = twoInARow(num);
        if (pair == null) {
            return -1;
        }
        int a = pair[0];
        int k = pair[1];
        if (a > 11 || at(k) != '月' || NOT_A_MONTH_AFTER.indexOf(at(k + 1)) >= 0) {
            return -1;
        }
        r.month = a;
        r.monthTo = a + 1;
        r.level(Reading.G_MONTH);
        return at(k + 1) == '份' ? k + 2 : k + 1;
    }

    private int digit(int i) {
        return TimeNumbers.digit(at(i));
    }

    /**
     * 2023年1—11月, 去年1至11月份: a range of months after a year, one DATE in that year ({@code k}: after
     * the first month's number {@code m}). Returns the end, or -1.
     */
    private int monthRangeAfterYear(int k, int m, Reading r) {
        String sep = rangeSep(k);
        if (sep == null || m < 1) {
            return -1;
        }
        Num b = integer(k + sep.length());
        if (b == null || b.kind() == Kind.SEQUENCE || !b.isInteger() || at(b.end()) != '月' || b.intValue() <= m
                || b.intValue() > 12 || NOT_A_MONTH_AFTER.indexOf(at(b.end() + 1)) >= 0) {
            return -1;
        }
        int e = b.end() + 1;
        if (at(e) == '份') {
            e++;
        }
        Num day = integer(e);
        if (day != null && (at(day.end()) == '日' || at(day.end()) == '号')) {
            return -1; // 2023年1—11月5日 is no month range
        }
        r.month = m;
        r.monthTo = b.intValue();
        r.level(Reading.G_MONTH);
        return e;
    }

    /** 前三季度, 前11个月: "the first N" stands after a year or alone, not inside 提前, 之前, 目前... */
    private boolean firstNAllowed(int j, Reading r) {
        return r.grain == Reading.G_YEAR || "提之以此目当事日先空超向往面跟眼从年".indexOf(at(j - 1)) < 0;
    }

    /** A bare day number right after a month: 10月22, 八月十五, 一月19到20日. */
    private int afterMonth(int e, Reading r) {
        if (at(e) == '廿' || at(e) == '卅' || at(e) == '初') {
            return e; // 五月廿二: a lunar day, read by lunarDay
        }
        Num d = integer(e);
        if (d == null || d.kind() == Kind.SEQUENCE || at(d.end()) == '日' || at(d.end()) == '号') {
            return e;
        }
        if (r.lunar && at(e) != '初') {
            // 腊月18, 正月十五: lunar days written plainly
            int v = d.intValue();
            if (v >= 1 && v <= 30 && !unitAfter(d.end())) {
                r.day = v;
                r.level(Reading.G_DAY);
                return d.end();
            }
            return e;
        }
        int v = d.intValue();
        if (v < 1 || v > 31 || unitAfter(d.end())) {
            return e;
        }
        char next = at(d.end());
        if (next == '点' || next == '时' || next == ':') {
            return e; // 3月5点: not a day
        }
        r.day = v;
        r.level(Reading.G_DAY);
        return d.end();
    }

    private boolean unitAfter(int k) {
        char c = at(k);
        return TimeNumbers.isArabic(c) || TimeNumbers.isChineseNumeralChar(c) || "万亿个多余.%年月元倍名人家项次号日周天岁亩吨米度".indexOf(c) >= 0;
    }

    /** 月初, 月中, 月底, 月末 after a month, or 初, 底, 末, 中 written right after 月. */
    private int monthPart(int j, Reading r) {
        int s = j;
        String w;
        if ((at(s - 1) == '月' || at(s - 1) == '份') && "初中底末".indexOf(at(s)) >= 0) {
            w = String.valueOf(at(s));
        } else {
            String whole = word(s, MONTH_PART);
            if (whole == null) {
                return -1;
            }
            w = whole.substring(1);
            s++;
        }
        char next = at(s + 1);
        if (w.equals("中") && isCjk(next) && "前后以起的至到".indexOf(next) < 0) {
            return -1;
        }
        if (w.equals("初") && (TimeNumbers.digit(next) >= 0 || next == '十' || CHU_WORD_SECOND.indexOf(next) >= 0)) {
            return -1; // 初一; 6月初次来访, 6月初步达成: 初 opens the next word
        }
        r.partMod = switch (w) {
            case "初" -> Mod.START;
            case "中" -> Mod.MID;
            default -> Mod.END;
        };
        r.level(Reading.G_SUBMONTH);
        return s + 1;
    }

    /** 上旬, 第二周, 第3个星期日, 最后一个周三, and month parts standing alone (月底). */
    private int weekOfPeriod(int j, Reading r) {
        String x = word(j, XUN);
        if (x != null) {
            if (r.grain == 0) {
                r.monthAnchor = Anchor.LAST;
                r.level(Reading.G_MONTH);
            } else if (r.grain != Reading.G_MONTH) {
                return -1;
            }
            r.xun = "上中下".indexOf(x.charAt(0)) + 1;
            if (x.length() == 3) {
                r.xunTo = "上中下".indexOf(x.charAt(1)) + 1; // 4月中下旬: the 11th to the month's end
            }
            r.level(Reading.G_SUBMONTH);
            return j + x.length();
        }
        if (r.grain == 0) {
            if (has(j, "最后一个")) {
                // 最后一个周三 alone: the last one in the month last named (else the reference month)
                Reading probe = new Reading();
                probe.monthAnchor = Anchor.LAST;
                probe.level(Reading.G_MONTH);
                int k = weekOfPeriod(j, probe);
                if (k > 0 && probe.weekday != Reading.UNSET) {
                    copyInto(probe, r);
                    return k;
                }
                return -1;
            }
            String whole = word(j, MONTH_PART);
            if (whole != null && TimeNumbers.boundaryBefore(t, j) && !TimeNumbers.isChineseNumeralChar(at(j - 1))
                    && !TimeNumbers.isArabic(at(j - 1)) && at(j - 1) != '个' && at(j - 1) != '每') {
                Reading probe = new Reading();
                probe.monthAnchor = Anchor.LAST;
                probe.level(Reading.G_MONTH);
                int k = monthPart(j, probe);
                if (k > 0) {
                    copyInto(probe, r);
                    return k;
                }
            }
            return -1;
        }
        int s = j;
        boolean lastOne = false;
        if (has(s, "最后一个")) {
            lastOne = true;
            s += 4;
        } else if (at(s) == '第') {
            s++;
        } else {
            return -1;
        }
        int nth = -1;
        if (!lastOne) {
            Num num = integer(s);
            if (num == null || num.kind() == Kind.SEQUENCE || num.intValue() < 1 || num.intValue() > 53) {
                return -1;
            }
            nth = num.intValue();
            s = num.end();
        }
        boolean counted = at(s) == '个';
        if (counted) {
            s++;
        }
        String w = word(s, WEEK);
        if (w == null) {
            return -1;
        }
        s += w.length();
        int wd = weekdayChar(at(s));
        if (wd > 0 && (counted || lastOne)) {
            r.nthWeekday = nth;
            r.weekday = wd;
            r.level(Reading.G_DAY);
            return s + 1;
        }
        if (lastOne || wd > 0 && !counted) {
            return -1;
        }
        r.weekOfPeriod = nth;
        r.level(Reading.G_SUBMONTH);
        return s;
    }

    private static int weekdayChar(char c) {
        return switch (c) {
            case '一' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '日', '天', '七' -> 7;
            default -> -1;
        };
    }

    /** 星期一, 周三, 礼拜天, 周末. */
    private int weekday(int j, Reading r) {
        String w = word(j, WEEK);
        if (w == null) {
            return -1;
        }
        if (r.grain == 0) {
            char prev = at(j - 1);
            if (TimeNumbers.isChineseNumeralChar(prev) || TimeNumbers.isArabic(prev) || "个每几多上下本这该当同次".indexOf(prev) >= 0) {
                return -1;
            }
        } else if (r.grain != Reading.G_SUBMONTH) {
            return -1; // 2018年周日: a weekday names no day of a year or a month
        }
        int k = j + w.length();
        if (w.equals("周") && at(k) == '末') {
            if (r.grain == 0) {
                return -1; // 周末 alone: which one is unclear
            }
            r.weekend = true;
            r.level(Reading.G_DAY);
            return k + 1;
        }
        int wd = weekdayChar(at(k));
        if (wd < 0 || w.equals("周") && at(k) == '七') {
            return -1;
        }
        char next = at(k + 1);
        if (TimeNumbers.isChineseNumeralChar(next) && !(wd == 7) || "年岁刊报".indexOf(next) >= 0) {
            return -1; // 周一二, 周五年
        }
        r.weekday = wd;
        r.level(Reading.G_DAY);
        return k + 1;
    }

    /** 20日, 15号, 二十号. */
    private int day(int j, Reading r, Reading context) {
        if (!TimeNumbers.boundaryBefore(t, j)) {
            return -1;
        }
        Num num = integer(j);
        if (num == null || num.kind() == Kind.SEQUENCE && !(num.digits() == 2 && r.grain == Reading.G_MONTH)) {
            return -1;
        }
        int k = num.end();
        char u = at(k);
        if (u != '日' && u != '号') {
            return -1;
        }
        int v = num.intValue();
        if (v < 1 || v > 31 || num.kind() == Kind.ARABIC && num.digits() > 2) {
            return -1;
        }
        char next = at(k + 1);
        if (u == '号' && "线楼文院机门口车令窗馆店位台厅房码字件仓舱球选桥坑井洞站".indexOf(next) >= 0) {
            return -1;
        }
        if (u == '日' && "元报语本军籍韩产企商货系志记化用常益趋均".indexOf(next) >= 0) {
            return -1;
        }
        if (u == '日' && r.grain == 0 && word(k + 1, RELATIVE_SUFFIX) != null && DAY_MARKERS.indexOf(at(j - 1)) < 0) {
            return -1; // 三日后: an amount of days; but 请于3日前提交 is the 3rd of the month
        }
        if (r.grain == 0) {
            char prev = at(j - 1);
            if (t.charAt(j) == '两' || prev == '第' || prev == '每' || prev == '个' || prev == '近' || prev == '续') {
                return -1;
            }
            if (u == '号' && num.kind() != Kind.ARABIC && v < 10 && context == null || "“‘\"《".indexOf(prev) >= 0) {
                return -1; // 一号工程, “1号”: names
            }
            if (u == '号' && afterBracketedYear(j)) {
                return -1; // 国发〔2023〕5号, [2024]3号: a document's number
            }
        }
        r.day = v;
        r.dayExplicit = true;
        r.level(Reading.G_DAY);
        return k + 1;
    }

    /** Whether a year in brackets ends just before {@code j}: the 〔2025〕 of a document code 〔2025〕12号. */
    private boolean afterBracketedYear(int j) {
        if ("〕]】)）".indexOf(at(j - 1)) < 0) {
            return false;
        }
        for (int k = j - 5; k < j - 1; k++) {
            if (!TimeNumbers.isArabic(at(k))) {
                return false;
            }
        }
        return "〔[【(（".indexOf(at(j - 6)) >= 0;
    }

    /** 初一, 十五, 廿二 after a month (a lunar day when written with 初 or 廿). */
    private int lunarDay(int j, Reading r) {
        if (r.grain != Reading.G_MONTH) {
            return -1;
        }
        int s = j;
        int v;
        if (at(s) == '初') {
            int d = TimeNumbers.digit(at(s + 1));
            if (at(s + 1) == '十') {
                v = 10;
            } else if (d >= 1) {
                v = d;
            } else {
                return -1;
            }
            s += 2;
        } else if (at(s) == '廿' || at(s) == '卅') {
            Num num = integer(s);
            if (num == null) {
                return -1;
            }
            v = num.intValue();
            s = num.end();
        } else {
            return -1;
        }
        if (v < 1 || v > 30 || at(s) == '日' || at(s) == '号') {
            if (at(s) == '日' || at(s) == '号') {
                s++;
            } else {
                return -1;
            }
        }
        r.day = v;
        r.lunar = true;
        r.level(Reading.G_DAY);
        return s;
    }

    /** Holidays from holidays.tsv: 春节, 国庆节, 母亲节, 清明; 犹太教逾越节 (the faith named before the feast). */
    private int holiday(int j, Reading r) {
        if (r.grain == 0 && at(j) == '“') {
            return quotedHoliday(j, r);
        }
        WordTable.Hit<TimeLexicon.Holiday> hit = lex.holidays().longestAt(t, j);
        if (hit == null) {
            String faith = word(j, FAITH);
            hit = faith == null ? null : lex.holidays().longestAt(t, j + faith.length());
            if (hit == null || !faithKeeps(faith, hit.value().kind())) {
                return -1;
            }
        }
        String w = hit.word();
        char prev = at(j - 1);
        char next = at(hit.end());
        if (TimeNumbers.isChineseNumeralChar(w.charAt(0)) && (TimeNumbers.isChineseNumeralChar(prev) || TimeNumbers.isChineseNumeralChar(next)
                || "第个期届号点".indexOf(next) >= 0 && !has(hit.end(), "期间") || prev == '第')) {
            return -1; // 五一 inside a longer numeral
        }
        if (w.equals("五一") && (next == '路' || next == '大' || next == '广' || next == '中' || next == '村' || has(hit.end() + (next == '”' ? 1 : 0), "劳动奖"))) {
            return -1; // 五一路, “五一”劳动奖章: names
        }
        if (r.grain == 0 && (prev == '“' || prev == '《') && (w.equals("清明") || w.equals("小年"))) {
            return -1;
        }
        if (!hit.value().alone() && r.year == Reading.UNSET && r.yearAnchor == null) {
            return -1; // 大雪, 雨水: everyday words unless a year is written before them
        }
        r.holiday = hit.value();
        r.level(Reading.G_DAY);
        return hit.end();
    }

    /** “五一”假期, “十一”黄金周: a holiday name in quotes takes its quotes, as “十四五” does. */
    private int quotedHoliday(int j, Reading r) {
        WordTable.Hit<TimeLexicon.Holiday> hit = lex.holidays().longestAt(t, j + 1);
        if (hit == null || at(hit.end()) != '”') {
            return -1;
        }
        Reading probe = r.copy();
        int e = holiday(j + 1, probe);
        if (e != hit.end()) {
            return -1;
        }
        copyInto(probe, r);
        return e + 1;
    }

    private static boolean faithKeeps(String faith, TimeLexicon.HolidayKind kind) {
        return switch (kind) {
            case HEBREW, ISRAEL_INDEPENDENCE -> faith.startsWith("犹太");
            case ISLAMIC -> faith.startsWith("伊斯兰") || faith.equals("穆斯林");
            case EASTER, FIXED -> faith.equals("基督教") || faith.equals("天主教");
            default -> false;
        };
    }

    /** 上午, 晚上, 今晚, 早 (only next to a date or before a clock). */
    private int dayPart(int j, Reading r) {
        WordTable.Hit<TimeLexicon.DayPart> hit = lex.dayParts().longestAt(t, j);
        if (hit == null) {
            return -1;
        }
        TimeLexicon.DayPart part = hit.value();
        int e = hit.end();
        if (part.bound()) {
            boolean afterDay = r.grain == Reading.G_DAY;
            boolean beforeClock = clockStarts(e);
            if (!afterDay && !beforeClock) {
                return -1;
            }
            if (!beforeClock && "会饭餐报宴霞安辈年期些点场秋春".indexOf(at(e)) >= 0) {
                return -1;
            }
        }
        boolean sameDay = part.last() && r.grain == Reading.G_DAY && r.hasDate() && !r.hasClock();
        if (sameDay) {
            // 中秋节当晚, 3月5日当晚: the evening of the day just named, one DATE (as 元宵节当天)
            r.part = part;
            r.level(Reading.G_PART);
            return e;
        }
        if (part.dayOffset() != null || part.last()) {
            if (r.grain >= Reading.G_DAY) {
                return -1;
            }
            r.dayAnchor = part.last() ? Anchor.LAST : Anchor.REF;
            r.dayOffset = part.last() ? 0 : part.dayOffset();
        }
        r.part = part;
        r.level(Reading.G_PART);
        return e;
    }

    /**
     * 下午, 白天, 午后 said alone: the reference day (as a clock without a date takes it). Not the
     * adjectival 夜间, 早间 (夜间施工), nor before a noun that makes a compound (晚上好, 中午饭).
     */
    private boolean partAlone(TimeLexicon.DayPart part, int s, int e) {
        return !part.bound() && at(e - 1) != '间' && "饭餐茶班场市会报宴霞好食课觉间点鹅".indexOf(at(e)) < 0
                && TimeNumbers.boundaryBefore(t, s) && at(s - 1) != '每';
    }

    private boolean clockStarts(int k) {
        Num h = integer(k);
        if (h == null) {
            return false;
        }
        char u = at(h.end());
        return u == '点' || u == '时' || u == ':';
    }

    /** 10:30, 上午10时, 三点一刻, 十点半, 17点55分23秒, 8点许. */
    private int clock(int j, Reading r, Reading context) {
        if (at(j) == '差') {
            return minutesBefore(j, r);
        }
        if (!TimeNumbers.boundaryBefore(t, j)) {
            return -1;
        }
        Num h = integer(j);
        if (h == null || h.kind() == Kind.SEQUENCE || h.kind() == Kind.ARABIC && h.digits() > 2) {
            return -1;
        }
        int hour = h.intValue();
        if (hour < 0 || hour > 24) {
            return -1;
        }
        int k = h.end();
        boolean context2 = r.hasAny() || context != null;
        if (at(k) == ':' && h.kind() == Kind.ARABIC) {
            Num m = integer(k + 1);
            if (m == null || m.kind() != Kind.ARABIC || m.digits() != 2 || m.intValue() > 59) {
                return -1;
            }
            int e = m.end();
            int sec = Reading.UNSET;
            if (at(e) == ':') {
                Num s = integer(e + 1);
                if (s != null && s.kind() == Kind.ARABIC && s.digits() == 2 && s.intValue() <= 59) {
                    sec = s.intValue();
                    e = s.end();
                }
            }
            if (TimeNumbers.isArabic(at(e)) || at(e) == ':' || at(e) == '.' && TimeNumbers.isArabic(at(e + 1))
                    || has(e, "的比例") || at(e) == '比') {
                return -1;
            }
            r.hour = hour;
            r.minute = m.intValue();
            r.second = sec;
            if (at(e) == '时' || at(e) == '点') {
                e++;
            }
            e = amPm(e, r);
            r.level(Reading.G_CLOCK);
            return e;
        }
        char u = at(k);
        if (u != '点' && u != '时') {
            return -1;
        }
        int e = k + 1;
        if (at(e) == '钟') {
            e++;
        }
        if (at(e) == '差' && hour >= 1) {
            // 三点差五分, 三點差一刻: minutes to the hour
            int[] m = minutesTo(e + 1);
            if (m != null) {
                r.hour = hour - 1;
                r.minute = 60 - m[0];
                int end = amPm(m[1], r);
                r.level(Reading.G_CLOCK);
                return end;
            }
        }
        int minute = Reading.UNSET;
        int second = Reading.UNSET;
        boolean explicitMinute = false;
        if (at(e) == '过' && (TimeNumbers.isArabic(at(e + 1)) || TimeNumbers.isChineseNumeralChar(at(e + 1)))) {
            // 十点过五分, 十点过一刻: minutes past the hour
            Num past = integer(e + 1);
            if (past != null && past.kind() != Kind.SEQUENCE && (at(past.end()) == '分' || at(past.end()) == '刻')) {
                int mins = at(past.end()) == '刻' ? 15 * past.intValue() : past.intValue();
                if (mins >= 1 && mins <= 59) {
                    e = past.end() + 1;
                    if (at(e) == '钟') {
                        e++;
                    }
                    r.hour = hour;
                    r.minute = mins;
                    r.level(Reading.G_CLOCK);
                    return amPm(e, r);
                }
            }
        }
        String quarterWord = word(e, QUARTER_HOUR);
        int marks = !(at(e) == '踏' || at(e) == '搭') ? -1
                : TimeNumbers.isArabic(at(e + 1)) ? at(e + 1) - '0' : TimeNumbers.digit(at(e + 1));
        if (marks < 0 && (at(e) == '踏' || at(e) == '搭') && at(e + 1) == '半') {
            marks = 6;
        }
        if (marks >= 1 && marks <= 11 && !TimeNumbers.isChineseNumeralChar(at(e + 2)) && !TimeNumbers.isArabic(at(e + 2))) {
            // 晏昼三点踏三: Cantonese counts minutes in marks of five on the clock face
            minute = 5 * marks;
            e += 2;
            explicitMinute = true;
        } else if (quarterWord != null) {
            switch (quarterWord) {
                case "一刻", "1刻" -> minute = 15;
                case "三刻", "3刻" -> minute = 45;
                case "半" -> minute = 30;
                default -> minute = 0;
            }
            e += quarterWord.length();
            explicitMinute = true;
        } else {
            Num m = integer(e);
            if (m != null && (m.kind() != Kind.SEQUENCE || m.digits() == 2 && at(e) == '零') && m.intValue() <= 59) {
                int me = m.end();
                if (at(me) == '分' && !has(me, "分之")) {
                    minute = m.intValue();
                    e = me + 1;
                    if (at(e) == '钟') {
                        e++;
                    }
                    explicitMinute = true;
                    Num s = integer(e);
                    if (s != null && s.kind() != Kind.SEQUENCE && at(s.end()) == '秒' && s.intValue() <= 59) {
                        second = s.intValue();
                        e = s.end() + 1;
                    }
                } else if (!unitAfter(me) && at(me) != '点' && at(me) != '时'
                        && (context2 || bareMinutesLookLikeClock(m))) {
                    // 三点十五, 八点三十: minutes without 分
                    minute = m.intValue();
                    e = me;
                    explicitMinute = true;
                }
            }
        }
        boolean withPart = r.part != null || r.hasDate();
        if (!explicitMinute && !withPart && context == null) {
            // A bare 十一点 or 10时: only where it reads as a clock.
            if (h.kind() != Kind.ARABIC && hour <= 1 && u == '时') {
                return -1; // 一时
            }
            if (hour == 1 && h.kind() != Kind.ARABIC) {
                return -1; // 一点 is "a little"
            }
            char next = at(e);
            boolean ok = next == '\0' || "许前后以之左到至的起，,。；;、开整半钟多上下出在举召前-—~".indexOf(next) >= 0 || next == ' ';
            if (!ok || at(j - 1) == '几' || at(j - 1) == '这' || at(j - 1) == '两') {
                return -1;
            }
        }
        if (!explicitMinute && u == '点' && (at(e) == '多' || has(e, "几"))) {
            if (has(e, "多钟")) {
                e += 2;
            } else if (!withPart) {
                return -1;
            } else {
                e++;
            }
        }
        if (at(e) == '许') {
            r.approxClock = true; // 21时许: 许 after a clock is 左右
        }
        if (at(e) == '许' || at(e) == '整') {
            e++;
        }
        r.hour = hour;
        r.minute = minute;
        r.second = second;
        e = amPm(e, r);
        r.level(Reading.G_CLOCK);
        return e;
    }

    /** 差五分三点, 差一刻八点: minutes to the hour, said first. */
    private int minutesBefore(int j, Reading r) {
        int[] m = minutesTo(j + 1);
        if (m == null || m[2] == 0) {
            return -1;
        }
        Num h = integer(m[1]);
        if (h == null || h.kind() == Kind.SEQUENCE || at(h.end()) != '点' && at(h.end()) != '时') {
            return -1;
        }
        int hour = h.intValue();
        if (hour < 1 || hour > 24) {
            return -1;
        }
        r.hour = hour - 1;
        r.minute = 60 - m[0];
        int e = h.end() + 1;
        if (at(e) == '钟') {
            e++;
        }
        r.level(Reading.G_CLOCK);
        return amPm(e, r);
    }

    /** 五分, 5分钟, 一刻, 半 after 差: {minutes, end, whether 分 or 刻 was written}, or null. */
    private int[] minutesTo(int k) {
        if (has(k, "一刻") || has(k, "1刻")) {
            return new int[] {15, k + 2, 1};
        }
        if (at(k) == '半') {
            return new int[] {30, k + 1, 1};
        }
        Num m = integer(k);
        if (m == null || m.kind() == Kind.SEQUENCE || m.intValue() < 1 || m.intValue() > 59) {
            return null;
        }
        int e = m.end();
        boolean unit = at(e) == '分';
        if (unit) {
            e++;
            if (at(e) == '钟') {
                e++;
            }
        } else if (isCjk(at(e)) && "，。、；".indexOf(at(e)) < 0 || TimeNumbers.isArabic(at(e))) {
            return null;
        }
        return new int[] {m.intValue(), e, unit ? 1 : 0};
    }

    private static boolean bareMinutesLookLikeClock(Num m) {
        // 八点三十, 15点20: a minute number that cannot be a decimal digit. 三点零五 with no 分 and no
        // part of the day reads as the decimal 3.05 (every clock time the suites write so has its 分).
        if (m.kind() == Kind.ARABIC) {
            return m.digits() == 2;
        }
        return m.kind() != Kind.SEQUENCE && (m.intValue() >= 10 || m.digits() >= 2);
    }

    private int amPm(int e, Reading r) {
        int k = at(e) == ' ' ? e + 1 : e;
        String w = word(k, AM_PM);
        if (w == null || at(k + w.length()) < 128 && Character.isLetter(at(k + w.length()))) {
            return e;
        }
        if (w.startsWith("p") || w.startsWith("P")) {
            r.pm = true;
        } else {
            r.am = true;
        }
        return k + w.length();
    }

    // ------------------------------------------------------------------ DURATION

    /** 法定的60日, 审查期90日: a whole count of days past 31 cannot be a day of the month (not 第40日). */
    private boolean dayCountOnly(Num num, BigDecimal value, int i) {
        return num != null && value.compareTo(BigDecimal.valueOf(31)) > 0 && value.scale() <= 0 && at(i - 1) != '第'
                && value.compareTo(BigDecimal.valueOf(1000)) < 0;
    }

    /**
     * 。2.2024年同期数据: a list marker (one or two digits and a dot) at a line or sentence start before a
     * four-digit year is no decimal amount of years.
     */
    private boolean listMarkerYear(int i) {
        int k = i;
        while (k < i + 2 && TimeNumbers.isArabic(at(k))) {
            k++;
        }
        return k > i && at(k) == '.' && TimeNumbers.listMarkerBefore(t, k + 1);
    }

    /** Whether a bound word of mods.tsv ends at {@code i}: 不少于3日, 不超过5日 count days. */
    private boolean boundEndsAt(int i) {
        for (int k = 2; k <= 4 && k <= i; k++) {
            WordTable.Hit<TimeLexicon.Bound> b = lex.boundsBefore().longestAt(t, i - k);
            if (b != null && b.end() == i && (i - k == 0 || b.value().notAfter().indexOf(at(i - k - 1)) < 0)) {
                return true;
            }
        }
        return false;
    }

    /** 319天, 一个月, 两年零三个月, 一年半, 十年来, 3至5年, 三个多月, 5周年. */
    TimeExpr.Duration duration(int i) {
        int j = i;
        Mod mod = null;
        // 不超过3个月, 将近两年, 不少于6个月: a bound word of mods.tsv, not the end of another word (签约)
        WordTable.Hit<TimeLexicon.Bound> p = lex.boundsBefore().longestAt(t, j);
        if (p != null && (i == 0 || p.value().notAfter().indexOf(at(i - 1)) < 0)) {
            mod = p.value().mod();
            j = p.end();
        } else {
            p = null;
        }
        Part first = amounts(j);
        if (first == null) {
            first = bareAmountRange(j);
            if (first == null) {
                return null;
            }
        }
        Amounts value = first.value;
        Amounts max = null;
        int e = first.end;
        Mod m = first.more ? Mod.MORE_THAN : first.approx ? Mod.APPROX : null;
        String rule = "duration";
        // a range: 3至5年, 3天——8天, 十五年以上,30年以下 is left as two
        String sep = rangeSep(e);
        Part second = null;
        if (sep != null) {
            second = amounts(e + sep.length());
        } else if (first.bareNumber != null) {
            second = null;
        }
        if (first.rangeMax != null) {
            max = first.rangeMax;
            rule = "duration range";
        } else if (first.bareNumber == null && second != null) {
            max = second.value;
            e = second.end;
            rule = "duration range";
        }
        if (first.bareNumber != null) {
            return null;
        }
        String s = word(e, DURATION_AFTER);
        Mod after = null;
        if (s != null) {
            char next = at(e + s.length());
            boolean ok = switch (s) {
                case "来" -> "说看自到讲源临".indexOf(next) < 0;
                case "多" -> max == null && !first.more && !TimeNumbers.isChineseNumeralChar(next);
                default -> true;
            };
            after = !ok ? null : s.equals("多") ? Mod.MORE_THAN : Mod.SINCE;
        } else {
            // 24小时以内, 十年以上, 两年左右: a bound word of mods.tsv
            WordTable.Hit<TimeLexicon.Bound> b = lex.boundsAfter().longestAt(t, e);
            if (b != null) {
                s = b.word();
                after = b.value().mod();
            }
        }
        if (after != null) {
            m = after;
            e += s.length();
            if (s.equals("以上") && max == null) {
                // 3年以上7年以下, 十五年以上，30年以下: one range
                int k = LIST_PAUSES.indexOf(at(e)) >= 0 ? e + 1 : e;
                Part upper = amounts(k);
                if (upper != null && has(upper.end, "以下") && unitOf(upper.value) == unitOf(value) && !upper.more) {
                    max = upper.value;
                    e = upper.end + 2;
                    m = null;
                    rule = "duration range (above and below)";
                }
            }
        }
        if (mod != null) {
            m = mod;
        }
        return new TimeExpr.Duration(p != null ? i : first.start, e, value, max, m, rule);
    }

    /** 3至5年, 100到200个小时: a bare number, a separator, then an amount whose unit it shares. */
    private Part bareAmountRange(int j) {
        Num a = amount(j);
        if (a == null || a.kind() == Kind.SEQUENCE || !TimeNumbers.boundaryBefore(t, j) || at(j - 1) == '第') {
            return null;
        }
        String sep = rangeSep(a.end());
        if (sep == null) {
            return null;
        }
        Part b = amounts(a.end() + sep.length());
        if (b == null || b.value.years().signum() + b.value.months().signum() + b.value.weeks().signum() + b.value.days().signum()
                + b.value.hours().signum() + b.value.minutes().signum() + b.value.seconds().signum() != 1) {
            return null;
        }
        char u = unitOf(b.value);
        BigDecimal scale = switch (u) {
            case 'Y' -> b.value.years();
            case 'M' -> b.value.months();
            case 'W' -> b.value.weeks();
            case 'D' -> b.value.days();
            case 'h' -> b.value.hours();
            case 'm' -> b.value.minutes();
            default -> b.value.seconds();
        };
        Num bn = amount(a.end() + sep.length());
        if (bn == null || bn.value().compareTo(a.value()) <= 0) {
            return null;
        }
        // the unit's factor (季度 is 3 months) carries over to the low end
        BigDecimal factor = scale.divide(bn.value(), java.math.MathContext.DECIMAL64);
        Part p = new Part();
        p.start = j;
        p.value = Amounts.of(u, a.value().multiply(factor).stripTrailingZeros());
        p.end = b.end;
        p.rangeMax = b.value;
        return p;
    }

    /** One or more amounts of time units: 两年零三个月, 一个小时三十分钟. */
    private static final class Part {
        int start;
        int end;
        Amounts value;
        boolean more;
        boolean approx;
        Num bareNumber;
        Amounts rangeMax;
    }

    private Part amounts(int i) {
        Part total = null;
        int j = i;
        char lastUnit = 0;
        while (j < n && j - i < MAX_SPAN) {
            int k = j;
            if (total != null) {
                if (at(k) == '零' || at(k) == '又' || at(k) == '多' || at(k) == '余') {
                    k++; // 两年零三个月, 一年多三个月, 8小时余50分钟
                }
            }
            Part one = amount(k, total != null, lastUnit);
            if (one == null) {
                break;
            }
            char u = unitOf(one.value);
            if (total != null && order(u) <= order(lastUnit)) {
                break;
            }
            if (total == null) {
                total = one;
            } else {
                total.value = total.value.plus(one.value);
                total.end = one.end;
                total.more |= one.more;
            }
            lastUnit = u;
            j = total.end;
        }
        return total;
    }

    private static int order(char u) {
        return "YMWDhms".indexOf(u);
    }

    private static char unitOf(Amounts a) {
        if (a.years().signum() != 0) {
            return 'Y';
        }
        if (a.months().signum() != 0) {
            return 'M';
        }
        if (a.weeks().signum() != 0) {
            return 'W';
        }
        if (a.days().signum() != 0) {
            return 'D';
        }
        if (a.hours().signum() != 0) {
            return 'h';
        }
        if (a.minutes().signum() != 0) {
            return 'm';
        }
        return 's';
    }

    /** One amount: numeral, 多/余, 个, 半, unit, 半: 三个多月, 一个半小时, 一年半, 半天. */
    private Part amount(int i, boolean continuing, char lastUnit) {
        int j = i;
        BigDecimal value;
        boolean more = false;
        boolean approx = false;
        Num num = null;
        if (!continuing && has(j, "分半") && TimeNumbers.boundaryBefore(t, j) && !TimeNumbers.isChineseNumeralChar(at(j - 1))
                && !TimeNumbers.isArabic(at(j - 1)) && minuteAndAHalfEnds(j + 2)) {
            // 分半(钟): a minute and a half
            Part p = new Part();
            p.start = i;
            p.end = at(j + 2) == '钟' ? j + 3 : j + 2;
            p.value = Amounts.of('s', BigDecimal.valueOf(90));
            return p;
        }
        if (at(j) == '半') {
            value = HALF;
            j++;
        } else {
            if (!continuing && !TimeNumbers.boundaryBefore(t, j)) {
                return null;
            }
            if (at(j - 1) == '第' || at(j - 1) == '每') {
                return null;
            }
            num = amount(j);
            if (num == null || num.kind() == Kind.SEQUENCE) {
                return null;
            }
            value = num.value();
            if (value.signum() <= 0 && !continuing) {
                return null;
            }
            j = num.end();
            if (at(j) == '万' || at(j) == '亿') {
                value = value.multiply(BigDecimal.valueOf(at(j) == '万' ? 10_000L : 100_000_000L));
                j++;
            }
            if (at(j) == '多' || at(j) == '余' || at(j) == '几') {
                more = true;
                j++;
            } else if (at(j) == '来' && (t.charAt(j - 1) == '十' || t.charAt(j - 1) == '百' || t.charAt(j - 1) == '0')) {
                approx = true; // 二十来年: about twenty years
                j++;
            } else if (at(j) == '整' && "天年周月晚夜".indexOf(at(j + 1)) >= 0) {
                j++; // 一整天
            }
        }
        boolean ge = at(j) == '个';
        if (ge) {
            j++;
            if (at(j) == '多') {
                more = true;
                j++;
            }
        }
        if (at(j) == '半' && ge) {
            value = value.add(HALF);
            j++;
        }
        j = spaces(j);
        String u = word(j, AMOUNT_UNIT);
        if (u == null) {
            return null;
        }
        if (ge && !u.startsWith("个") && !(u.equals("月") || u.equals("小时") || u.equals("钟头") || u.equals("季度") || u.equals("分钟")
                || u.equals("星期") || u.equals("礼拜") || u.equals("钟") || u.equals("工作日") || u.equals("交易日")
                || u.equals("周") || u.equals("年"))) {
            return null;
        }
        if (ge && u.equals("年")) {
            return null;
        }
        int e = j + u.length();
        char next = at(e);
        char unit;
        BigDecimal amount = value;
        switch (u) {
            case "周年" -> unit = 'Y';
            case "年" -> {
                char after = at(e + 1);
                boolean firstN = next == '前' && (TimeNumbers.isChineseNumeralChar(after) || TimeNumbers.isArabic(after)
                        || after == '个' || after == '两' || after == '半');
                if ("代级纪龄度初底末终中薪货利轻息均头前".indexOf(next) >= 0 && !(next == '前' && !firstN)) {
                    // 十年前 is an amount before 前 (DURATION 十年); 2022年前三季度 names the first quarters
                    if (!(next == '中' && !isCjk(at(e + 1)))) {
                        return null;
                    }
                }
                if (!continuing && (word(e, SCHOOL_SYSTEM) != null || i >= 2 && has(i - 2, "学前")
                        || value.compareTo(BigDecimal.valueOf(5)) == 0 && (has(e, "规划") || has(e, "计划")))) {
                    return null; // 九年义务教育, 学前三年, 第十四个五年规划: the years name a system or a stage, not a length
                }
                if (num != null && num.kind() == Kind.ARABIC && (num.digits() >= 4 && num.isInteger() && !more && !yearsOfAge(i, e)
                        || u.equals("年") && threeDigitYear(num, e))) {
                    return null; // 2023年, 在789年 are years
                }
                if (num != null && num.kind() == Kind.CHINESE && num.value().compareTo(BigDecimal.valueOf(1000)) >= 0
                        && num.value().compareTo(BigDecimal.valueOf(2999)) <= 0 && num.isInteger()) {
                    return null;
                }
                unit = 'Y';
            }
            case "个月" -> unit = 'M';
            case "月" -> {
                if (!ge && !(num != null && num.kind() == Kind.CHINESE && t.charAt(num.start()) == '两')
                        && !(value == HALF) && !nearMonths(num, next) || value == HALF && !ge && (next == '谈' || next == '刊')) {
                    return null; // 3月 is March
                }
                unit = 'M';
            }
            case "个工作日", "工作日", "日历天", "个交易日", "交易日", "天" -> {
                if (u.equals("天") && (num == null ? WORDS_FROM_DAY : WORDS_FROM_DAY_COUNTED).indexOf(next) >= 0) {
                    return null; // 天然, 天津; after a number 十天才, 三天下来, 五天空气优良 count days
                }
                unit = 'D';
            }
            case "日" -> {
                boolean cue = num != null && t.charAt(num.start()) == '两' || "续期时达近约历".indexOf(at(i - 1)) >= 0 || value == HALF
                        || boundEndsAt(i)
                        || dayCountOnly(num, value, i)
                        || word(e, RELATIVE_SUFFIX) != null;
                if (!cue || "元报".indexOf(next) >= 0) {
                    return null;
                }
                if (DAY_MARKERS.indexOf(at(i - 1)) >= 0 && value.compareTo(BigDecimal.valueOf(31)) <= 0
                        && word(e, RELATIVE_SUFFIX) != null && !boundEndsAt(i)) {
                    return null; // 请于3日前提交: a day of the month after 于, not three days
                }
                unit = 'D';
            }
            case "个小时", "小时", "个钟头", "钟头", "钟" -> {
                if (u.equals("钟") && !ge) {
                    return null;
                }
                unit = 'h';
            }
            case "刻钟" -> {
                unit = 'm';
                amount = value.multiply(BigDecimal.valueOf(15));
            }
            case "分钟" -> unit = 'm';
            case "分" -> {
                boolean andAHalf = at(e) == '半' && minuteAndAHalfEnds(e + 1) && !ge;
                if (!andAHalf && (!continuing || lastUnit != 'h') && !secondsFollow(e)) {
                    return null; // 五分 alone is a score or a fraction; 五分半钟 is a length of time
                }
                unit = 'm';
                if (andAHalf && at(e + 1) == '钟') {
                    amount = amount.add(HALF);
                    e += 2;
                }
            }
            case "时" -> {
                if (!continuing || lastUnit != 'D') {
                    return null; // 8天20时: hours after days; 20时 alone is a clock
                }
                unit = 'h';
            }
            case "毫秒" -> {
                if (continuing) {
                    return null;
                }
                unit = 's'; // 十毫秒 -> PT0.01S
                amount = value.movePointLeft(3);
            }
            case "微秒", "纳秒", "皮秒", "飞秒", "阿秒" -> {
                if (continuing) {
                    return null;
                }
                unit = 's'; // 43阿秒 -> PT0.000000000000000043S: exact decimals of a second
                amount = value.movePointLeft(SUBSECOND_SHIFT.indexOf(u.charAt(0)) * 3 + 6);
            }
            case "秒钟", "秒" -> {
                if (u.equals("秒") && !continuing && num != null && num.kind() == Kind.ARABIC && "杀表针".indexOf(next) >= 0) {
                    return null;
                }
                unit = 's';
            }
            case "个季度", "季度" -> {
                if (!ge && u.equals("季度")) {
                    return null; // 一季度 is the first quarter
                }
                unit = 'M';
                amount = value.multiply(BigDecimal.valueOf(3));
            }
            case "个星期", "星期", "个礼拜", "礼拜", "周" -> {
                if (!ge && u.length() == 2 && weekdayChar(next) > 0 && (u.equals("星期") || u.equals("礼拜"))
                        || ge && weekdayChar(next) > 0 && !u.startsWith("个") && next != '日' && next != '天') {
                    return null; // 星期三, 最后一个周三: a weekday, not an amount of weeks
                }
                if (u.equals("周") && (next == '岁' || next == '边' || next == '期' || next == '刊' || next == '报')) {
                    return null;
                }
                if (u.equals("周") && value == HALF) {
                    return null;
                }
                unit = 'W';
            }
            case "世纪" -> {
                unit = 'Y';
                amount = value.multiply(BigDecimal.valueOf(100));
            }
            default -> {
                return null;
            }
        }
        if (num != null && !continuing && value.compareTo(BigDecimal.ONE) == 0 && fixedPhrase(i, e, u)) {
            return null;
        }
        if (value == HALF && num == null && !joinsWordBefore(i - 1) && !(at(i - 1) == '后' && unit == 'Y' && afterVerb(i - 1))
                && (unit == 'Y' && at(i - 1) == '上' || at(i - 1) == '下'
                || at(i - 1) == '前' || at(i - 1) == '后' || at(i - 1) == '大')) {
            return null; // 上半年 is a date, 大半天 is vague
        }
        if (at(e) == '半' && !ge && value != HALF) {
            amount = amount.add(unit == 'm' && u.equals("刻钟") ? BigDecimal.valueOf(7.5) : HALF);
            e++;
            if (u.equals("年") && at(e - 1) == '半' && at(e) == '年') {
                return null;
            }
        } else if (u.equals("个月") || u.equals("月")) {
            if (at(e) == '半' && value != HALF) {
                amount = amount.add(HALF);
                e++;
            }
        }
        if (at(e) == '多' && !more && !TimeNumbers.isChineseNumeralChar(at(e + 1)) && at(e + 1) != '万') {
            more = true;
            e++;
        }
        Part p = new Part();
        p.start = i;
        p.end = e;
        p.value = Amounts.of(unit, amount);
        p.more = more;
        p.approx = approx;
        return p;
    }

    /** The first characters of 微秒, 纳秒, 皮秒, 飞秒, 阿秒: each a thousandth of the one before, from 1e-6. */
    private static final String SUBSECOND_SHIFT = "微纳皮飞阿";

    /** Characters that make a word with 天 before them: 天然, 天津, 天下, 天才. */
    private static final String WORDS_FROM_DAY = "然津下空气桥安河猫坛使才文鹅堂性真";
    /** The same after a number, where only a name or a noun still takes 天 (两天津企业 is rare; 十天才 is days). */
    private static final String WORDS_FROM_DAY_COUNTED = "然津桥安河猫坛使鹅堂";

    /** 近三月: months counted after 近 without 个 (not 近3月份, 近三月底: March). */
    private boolean nearMonths(Num num, char next) {
        return num != null && num.kind() == Kind.CHINESE && at(num.start() - 1) == '近' && "份初底中末上下旬".indexOf(next) < 0;
    }

    /** 2分30秒: a number of seconds (up to 59) right after 分 makes 分 minutes. */
    private boolean secondsFollow(int k) {
        Num s = integer(k);
        return s != null && s.kind() != Kind.SEQUENCE && s.isInteger() && s.intValue() <= 59 && at(s.end()) == '秒';
    }

    /** Whether 分半 (a minute and a half) ends at {@code k}: 钟 follows, or no word goes on. */
    private boolean minuteAndAHalfEnds(int k) {
        char c = at(k);
        return c == '钟' || c == '\0' || !isCjk(c) && !TimeNumbers.isArabic(c) || "后前内以之左多的了".indexOf(c) >= 0;
    }

    /** 关键一年, 这一天, 一天天, 一年一度, 新的一年: 一 with a time unit that names no amount. */
    private boolean fixedPhrase(int i, int e, String u) {
        char prev = at(i - 1);
        if ("哪这那同某当每".indexOf(prev) >= 0) {
            return true;
        }
        String before = i >= 2 ? t.substring(i - 2, i) : "";
        if (before.equals("新的") || prev == '新') {
            return true; // 新的一年任务艰巨, 新一年: the coming year named, not a length
        }
        if (YEAR_EPITHETS.contains(before)) {
            return true;
        }
        return at(e) == u.charAt(u.length() - 1) || has(e, "一度") || has(e, "一次") && u.equals("年");
    }

    // ------------------------------------------------------------------ SET

    /** 每年, 每月, 每周一, 每个工作日的下午三点, 每两年, 每半个钟头. */
    TimeExpr.Recurring recurring(int i) {
        if (at(i) != '每') {
            return null;
        }
        int j = i + 1;
        boolean gap = at(j) == '隔';
        if (gap) {
            j++; // 每隔20分钟: every 20 minutes
        } else if (at(j) == '个' || at(j) == '一' && !isCjkNumeralAfter(j)) {
            j++;
        }
        BigDecimal count = BigDecimal.ONE;
        Num num = amount(j);
        if (gap && at(j) != '半' && (num == null || num.kind() == Kind.SEQUENCE || num.value().compareTo(BigDecimal.ONE) == 0)) {
            return null; // 每隔一天 is often "every other day": no period is sure
        }
        if (at(j) == '半') {
            count = HALF;
            j++;
            if (at(j) == '个') {
                j++;
            }
        } else if (num != null && num.kind() != Kind.SEQUENCE) {
            count = num.value();
            j = num.end();
            if (at(j) == '个') {
                j++;
            }
        }
        String u = word(j, RECURRING_UNIT);
        if (u == null) {
            return gap || j != i + 1 ? null : eachDayPartClock(i, j);
        }
        int e = j + u.length();
        Amounts period;
        switch (u) {
            case "年度", "年" -> period = Amounts.of('Y', count);
            case "季度" -> period = Amounts.of('M', count.multiply(BigDecimal.valueOf(3)));
            case "月" -> period = Amounts.of('M', count);
            case "星期", "礼拜", "周" -> {
                period = Amounts.of('W', count);
                int wd = weekdayChar(at(e));
                if (wd > 0 && count.compareTo(BigDecimal.ONE) == 0) {
                    e++;
                } else if (has(e, "工作日")) {
                    e += 3;
                }
            }
            case "天", "日", "工作日", "交易日" -> period = Amounts.of('D', count);
            case "小时", "钟头" -> period = Amounts.of('h', count);
            case "分钟" -> period = Amounts.of('m', count);
            default -> period = Amounts.of('s', count);
        }
        // what follows may say when: 每年9月到11月, 每周一下午八点
        int k = at(e) == '的' ? e + 1 : e;
        TimeExpr.Date when = null;
        Reading probe = new Reading();
        int pe = point(k, probe, null);
        if (pe > 0 && probe.hasAny()) {
            when = range(k);
        }
        if (when != null && when.end() > e) {
            e = when.end();
        } else if (u.equals("月") && when == null) {
            // 每月15日前: the day of each month, also where 日前 alone would read as an amount of days
            Num d = integer(k);
            if (d != null && d.kind() != Kind.SEQUENCE && d.isInteger() && d.intValue() >= 1 && d.intValue() <= 31
                    && (at(d.end()) == '日' || at(d.end()) == '号')) {
                e = d.end() + 1;
            }
        }
        // 每半年 -> P6M: a half period in the next smaller unit where that is whole (docs/time.md)
        return new TimeExpr.Recurring(i, e, period.wholeSmaller(), "set every " + u);
    }

    /** 每晚22时30分, 每早7点: a part of the day with a clock after 每 recurs daily (P1D, the clock in the span). */
    private TimeExpr.Recurring eachDayPartClock(int i, int j) {
        WordTable.Hit<TimeLexicon.DayPart> part = lex.dayParts().longestAt(t, j);
        if (part == null || part.value().dayOffset() != null || part.value().last() || !clockStarts(part.end())) {
            return null;
        }
        Reading probe = new Reading();
        int e = point(j, probe, null);
        if (e <= part.end() || !probe.hasClock()) {
            return null;
        }
        return new TimeExpr.Recurring(i, clockRangeEnd(e), Amounts.of('D', BigDecimal.ONE), "set every day part");
    }

    /** 每晚18时至次日1时, 每晚20时至24时: a daily clock range runs on to its closing clock (次日 there is no date). */
    private int clockRangeEnd(int e) {
        if (at(e) != '至' && at(e) != '到') {
            return e;
        }
        int k = e + 1;
        if (has(k, "次日")) {
            k += 2;
        }
        Reading end = new Reading();
        int f = point(k, end, null);
        return f > k && end.hasClock() && !end.hasDate() ? f : e;
    }

    private boolean isCjkNumeralAfter(int j) {
        return TimeNumbers.isChineseNumeralChar(at(j + 1)) && at(j + 1) != '一';
    }
}
