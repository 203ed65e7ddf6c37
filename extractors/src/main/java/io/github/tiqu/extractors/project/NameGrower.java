package io.github.tiqu.extractors.project;

import io.github.tiqu.core.rule.PhraseTrie;
import java.util.List;
import java.util.Set;

import io.github.tiqu.core.token.Token;

/**
 * Grows a name leftwards from its head over the words that can belong to a name: place and proper
 * names, nouns, codes ({@code G4}), ordinal phases ({@code 二期}, {@code 第二届}), an inner
 * {@code 和}/{@code 与}, parentheses, quotations and dashes between names. It stops at governing verbs,
 * function words, counts and owners' qualifiers ({@code 全市}). Stateless.
 */
final class NameGrower {

    /**
     * What the growth covered.
     *
     * @param start the name's first offset, or -1 when no word could belong to it
     * @param first the index of the name's first token (tokens.size() when none)
     * @param proper whether a proper name, a code or a numeral is in it
     * @param quoted whether a quotation is in it
     * @param specific characters of words that are not generic
     * @param program whether a programme word (攻关, 人才) or a numbered prefix (十大) is in it
     * @param verbs verbs in it that are not of the kind that belongs in names
     * @param plural whether a plural determiner or a count stands right before it (一批, 12个): a category
     * @param works whether a place name or a word of construction works (码头, 扩建, 灌区) is in it
     * @param implemented whether the name follows a verb of carrying out (实施, 开展): 实施…行动
     * @param named whether a word of two or more characters that HanLP tags as another proper noun or a
     *     place word (潇湘/nz, 鹏城/s) is in it: enough for a platform's name (潇湘实验室), not for others
     * @param plant whether a production capacity is in it (华锂科技年产20万吨…项目): a plant being built
     */
    record Growth(int start, int first, boolean proper, boolean quoted, int specific, boolean program,
            int verbs, boolean plural, boolean works, boolean implemented, boolean named, boolean plant) {

        boolean found() {
            return start >= 0;
        }

        /** Specific enough to be a name rather than a description (重大项目, 民生工程). */
        boolean isSpecific() {
            return !plural && (proper || quoted || specific >= 3);
        }
    }

    /** A national strategy is no programme (ANNOTATION.md): 实施乡村振兴战略|和|农业节水行动 joins two things. */
    private static final String STRATEGY = "战略";
    /** 首届: an edition, as a numeral is (首届湘江文化旅游大会). */
    private static final String FIRST_EDITION = "首届";
    /** 第二批: a batch of projects is a category, whatever its number (第二批|重大项目). */
    private static final String BATCH = "批";
    /** 两大重点工程: N大 before a noun counts it. */
    private static final String BIG = "大";
    /** 泓州, 雁州: a city named by one character and 州. */
    private static final String PREFECTURE = "州";
    private static final String NUMBER_SIGN = "号";
    /** ±800千伏: the sign of a direct-current line's voltage, inside its name. */
    private static final String PLUS_MINUS = "±";
    /** Parts of speech of single characters that never stand in an unknown name (p 在, c 而, u 了, d 将, r 该, f 上). */
    private static final String FUNCTION_TAGS = "pcudrfwmteyo";
    private static final Set<String> CONJUNCTIONS = Set.of("和", "与", "及", "暨");
    private static final String QUANTITY_ENDINGS = "0123456789一二三四五六七八九十百千万两多几数大干";
    private static final Set<String> TIME_UNITS = Set.of("年", "月", "日", "天", "周", "周年", "季度", "小时", "号");

    private final ProjectLexicon lexicon;

    NameGrower(ProjectLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A fresh accumulator for one growth; local to one call. */
    private static final class State {
        int start = -1;
        int first;
        boolean proper;
        boolean quoted;
        int specific;
        boolean program;
        boolean onlyGeneric = true;
        int verbs;
        boolean plural;
        boolean works;
        boolean implemented;
        boolean afterQuote;
        /** The token just taken is a named place with its 市/省/县 (槐|川|市, 长沙市): a name opens there. */
        boolean afterPlace;
        boolean named;
        boolean plant;
        int ordinal = -1;
        /** The first token of an unknown name taken whole (澄|阳|市): never trimmed as half of a word. */
        int unit = -1;

        Growth result() {
            return new Growth(start, first, proper, quoted, specific, program, verbs, plural, works, implemented,
                    named, plant);
        }
    }

    /**
     * Grows over {@code tokens}, which end where the name's head (or a quotation that ends the name)
     * starts. {@code event} lets a year in front belong to the name (2024长沙马拉松);
     * {@code verbBeforeHead} lets a verb stand right before the head, as it does in the names of
     * programmes, platforms and events (营养改善计划, 光源验证装置, 世界计算大会) but not of works
     * (发行|项目).
     */
    Growth grow(List<Token> tokens, String s, boolean event, boolean verbBeforeHead) {
        State st = new State();
        st.first = tokens.size();
        growFrom(st, tokens, s, tokens.size() - 1, event, verbBeforeHead);
        while (joinSplitWord(st, tokens, s)) {
            // 实施|算|力|枢纽提升工程, “岭算通”|算|力|调度平台: the name takes the split word whole, then goes on
            growFrom(st, tokens, s, st.first - 1, event, verbBeforeHead);
        }
        trimLeadingVerbs(st, tokens, s);
        trimSplitWord(st, tokens, s);
        trimLeadingVerbs(st, tokens, s); // 获|批|建设|湘江实验室: a split word can hide a leading verb
        trimLoneOwner(st, tokens, s);
        st.named |= opensWithUnknownName(st, tokens, s);
        if (st.implemented && st.start >= 0 && isManner(tokens, s, st.first)) {
            State activity = new State(); // 开展|常态化巡查|行动: an activity named by its manner
            activity.first = tokens.size();
            activity.implemented = true;
            return activity.result();
        }
        return st.result();
    }

    /** Grows the name leftwards from token {@code from} as far as its words go. */
    private void growFrom(State st, List<Token> tokens, String s, int from, boolean event, boolean verbBeforeHead) {
        int i = from;
        while (i >= 0) {
            Token t = tokens.get(i);
            String w = word(s, t);
            char c0 = w.charAt(0);
            boolean afterQuote = st.afterQuote;
            st.afterQuote = false;
            boolean afterPlace = st.afterPlace;
            st.afterPlace = false;
            if (afterPlace && ((t.pos().startsWith("v") && !t.pos().equals("vn")) || isHeadWord(w))) {
                break; // 登录|槐川市公共资源交易平台, 招标项目|槐川市…工程: a verb or a head before the place governs it
            }
            // the first half of a place HanLP split, 澧|阳市, 湘西|州: what stands before it is still tested
            st.afterPlace = afterPlace && w.length() <= 2 && (isProper(t) || w.length() == 1);
            if (afterQuote && lexicon.is(w, TokenClass.OWNER)) {
                break; // 国家|“东数西算”工程: the owner of a quoted programme stays outside
            }
            if (i + 1 == st.ordinal && t.pos().startsWith("v")) {
                break; // 志愿者服务|第二十四届冬奥会: no verb before a sequence number (湖南省|第十二次党代会)
            }
            if (w.length() == 1 && Chars.isCloseQuote(c0)) {
                int j = openQuote(tokens, s, i);
                if (j < 0) {
                    break;
                }
                st.quoted = true;
                st.onlyGeneric = false;
                st.afterQuote = true;
                i = take(st, tokens, j);
                continue;
            }
            if (w.length() == 1 && c0 == ')') {
                int j = openParen(tokens, s, i);
                if (j <= 0 || st.start < 0 || !isNameWord(tokens.get(j - 1), s)) {
                    break;
                }
                for (int k = j + 1; k < i; k++) {
                    count(st, tokens.get(k), s);
                }
                i = take(st, tokens, j);
                continue;
            }
            if (w.equals("至") && st.start >= 0 && i > 0 && isRouteEnd(tokens, s, i - 1)
                    && isRouteEnd(tokens, s, i + 1)) {
                st.works = true; // 衡阳|至|永州高速公路项目, 鹭|湾|至|西岭…骨干网工程: a route between places
                i = take(st, tokens, i);
                int run = unknownName(tokens, s, i);
                if (run > 0) {
                    i = takeUnknownName(st, tokens, s, i, run); // 澄|阳|至|汐浦快速路
                }
                continue;
            }
            if (w.equals(PLUS_MINUS) && st.start >= 0 && i > 0 && isNameWord(tokens.get(i - 1), s)
                    && i + 1 < tokens.size() && isNumeral(tokens.get(i + 1))) {
                i = take(st, tokens, i); // 陇东—江淮|±|800千伏…工程: the sign of a direct-current voltage
                continue;
            }
            if (w.equals("/") && st.start >= 0 && i >= 2 && i + 1 < tokens.size() && isNumeral(tokens.get(i + 1))
                    && isNumeral(tokens.get(i - 2)) && isUnit(tokens.get(i - 1), s)) {
                i = take(st, tokens, i); // 瑶湾200兆瓦|/|400兆瓦时…电站: a power and an energy, both the works'
                continue;
            }
            if (w.equals("·") && st.start >= 0 && i > 0 && isNameWord(tokens.get(i - 1), s)) {
                i = take(st, tokens, i); // 芙蓉学子|·|乡村振兴人才计划
                continue;
            }
            if (w.length() == 1 && Chars.isDash(c0)) {
                boolean properSide = i > 0 && (isProper(tokens.get(i - 1))
                        || (i + 1 < tokens.size() && isProper(tokens.get(i + 1))));
                if (st.start < 0 || !properSide || !isNameWord(tokens.get(i - 1), s)) {
                    break;
                }
                i = take(st, tokens, i);
                continue;
            }
            if (w.equals("的")) {
                // X的改扩建项目: only where what follows 的 is generic and an owner comes before it
                if (st.start < 0 || !st.onlyGeneric || i == 0 || !isOwner(tokens.get(i - 1))
                        || isStop(word(s, tokens.get(i - 1)))) {
                    break;
                }
                i = take(st, tokens, i);
                continue;
            }
            if (CONJUNCTIONS.contains(w)) {
                if (st.start < 0 || i == 0 || !isNameWord(tokens.get(i - 1), s)
                        || isHeadWord(word(s, tokens.get(i - 1))) || word(s, tokens.get(i - 1)).endsWith(STRATEGY)) {
                    break;
                }
                i = take(st, tokens, i);
                continue;
            }
            String pos = t.pos();
            boolean verb = pos.startsWith("v") && !pos.equals("vn");
            if (afterQuote && verb && w.length() == 1) {
                break; // 锚|定|“稳增长”目标: a verb HanLP split off before a quotation governs it
            }
            int zone = zoneStart(tokens, s, i);
            if (zone >= 0) {
                // 宁乡|经|开|区, 娄底经|开|区: a zone word HanLP split, part of the place's name
                st.works = true;
                i = take(st, tokens, zone);
                continue;
            }
            if (w.length() == 1 && lexicon.is(w, TokenClass.ADMIN) && i > 0 && isPlaceLike(tokens.get(i - 1), s)) {
                count(st, t, s); // 湘西|州, 双峰|县: part of the place name
                i = take(st, tokens, i);
                st.afterPlace = true;
                continue;
            }
            int placeRun = w.length() == 1 && lexicon.is(w, TokenClass.ADMIN) ? unknownName(tokens, s, i - 1) : 0;
            if (placeRun == 0 && w.equals(PREFECTURE) && i > 0 && isNameCharacter(tokens.get(i - 1), s)
                    && (i == 1 || !isNameCharacter(tokens.get(i - 2), s))) {
                placeRun = 1; // 2026|泓/q|州…峰会: X州 is the commonest shape of a city's name
            }
            if (placeRun == 0 && w.length() == 1 && lexicon.is(w, TokenClass.ADMIN) && i >= 2
                    && isNameCharacter(tokens.get(i - 1), s) && isDirectionCharacter(tokens.get(i - 2), s)
                    && (i == 2 || !isNameCharacter(tokens.get(i - 3), s))) {
                placeRun = 2; // 的|东/f|澳|县…项目: a direction HanLP tagged as such opens the place's name
            }
            if (placeRun > 0) {
                // 澄|阳|市, 云|岫|省: a place HanLP has never seen, left in single characters, owns the name
                count(st, t, s);
                take(st, tokens, i);
                i = takeUnknownName(st, tokens, s, i - 1, placeRun);
                st.afterPlace = true;
                continue;
            }
            if (isSplitStop(tokens, s, i)) {
                break; // 实施|新|一|轮|千亿斤粮食产能提升行动: a stop phrase HanLP split into pieces
            }
            if (event && st.start >= 0 && isEditionOwner(tokens, s, i, w)) {
                i = take(st, tokens, i); // 第四届|全省|旅游发展大会: the edition numbers the owner's event
                continue;
            }
            if (isStop(w) || isPartBeforeName(tokens, s, i, w)) {
                st.plural |= lexicon.is(w, TokenClass.PLURAL);
                st.implemented = lexicon.is(w, TokenClass.IMPLEMENT);
                break;
            }
            if (isSizeClass(tokens, s, i)) {
                st.plural = true; // 百亿元|级|项目, 十亿元|以上|项目: a class of projects by their size
                break;
            }
            boolean classifier = pos.startsWith("q") || lexicon.is(w, TokenClass.COUNT);
            if (classifier && i > 0 && lexicon.is(w, TokenClass.COUNT) && endsWithQuantity(tokens.get(i - 1), s)
                    && !isOrdinal(tokens, s, i - 1) && !isCapacity(tokens, s, i - 1)) {
                st.plural = true; // 多|个, 一大|批: a count before a name makes a category
                break;
            }
            if (classifier && i > 0 && isNumeral(tokens.get(i - 1))) {
                int next = classifier(st, tokens, s, i, w, event);
                if (next == Integer.MIN_VALUE) {
                    break;
                }
                i = next;
                continue;
            }
            int run = singleCharRun(tokens, s, i);
            int stopPair = stopPairIn(tokens, s, i, run);
            if (stopPair == i) {
                break; // 创新中心|获|批|国家级创新平台: two characters HanLP split are a governing verb
            }
            if (stopPair > 0) {
                run = i - stopPair;
            }
            boolean runAfterName = run >= 2 && i - run >= 0 && isNameWord(tokens.get(i - run), s);
            if (run >= 3 || runAfterName) {
                // characters HanLP could not join are an unknown name or abbreviation: 湘/粤/非, 提/标
                boolean name = !lexicon.isGeneric(s.substring(tokens.get(i - run + 1).start(), t.end()));
                st.proper |= name && run >= 3;
                st.works |= name && run >= 3;
                for (int k = i - run + 1; k <= i; k++) {
                    count(st, tokens.get(k), s);
                }
                i = take(st, tokens, i - run + 1);
                continue;
            }
            if (w.length() == 1 && Chars.isHan(c0) && st.start >= 0 && i > 0
                    && isNameWord(tokens.get(i - 1), s)) {
                count(st, t, s); // 株洲|清|水塘, 华|常|高速: one character inside a name, whatever its tag
                i = take(st, tokens, i);
                continue;
            }
            if (pos.startsWith("q")) {
                int next = classifier(st, tokens, s, i, w, event);
                if (next == Integer.MIN_VALUE) {
                    break;
                }
                i = next;
                continue;
            }
            if (isNumeral(t)) {
                st.proper = true;
                st.onlyGeneric = false;
                if (i + 1 < tokens.size() && word(s, tokens.get(i + 1)).equals(BIG)) {
                    st.program = true;
                    // 两大|重点工程: N大 before generic words counts a kind (a QUANTITY), it names nothing
                    st.plural |= onlyGenericAfter(tokens, s, i + 1);
                }
                i = take(st, tokens, i);
                continue;
            }
            if (pos.startsWith("t")) {
                if (!event || !isYear(w)) {
                    break;
                }
                st.proper = true;
                i = take(st, tokens, i);
                continue;
            }
            if (pos.startsWith("f")) {
                // 益阳|东部|新区 holds a direction; 志愿服务|西部|计划 a region; 上|线 neither
                boolean region = isRegion(w) && i > 0 && isNameWord(tokens.get(i - 1), s);
                if (i == 0 || (!isProper(tokens.get(i - 1)) && !region)) {
                    break;
                }
                count(st, t, s);
                i = take(st, tokens, i);
                continue;
            }
            if (verb) {
                boolean inner = lexicon.is(w, TokenClass.INTERNAL) || lexicon.is(w, TokenClass.CAPACITY);
                boolean sandwiched = (st.start >= 0 || verbBeforeHead) && i > 0 && isNameWord(tokens.get(i - 1), s);
                if (!inner && !sandwiched) {
                    break;
                }
            } else if (!isNameWord(t, s) && !lexicon.is(w, TokenClass.INTERNAL)) {
                break; // 高标准/d is an adverb to HanLP but belongs in 高标准农田建设工程
            }
            count(st, t, s);
            if (isNamedFacility(tokens, s, i)) {
                st.proper = true;
            }
            st.afterPlace |= isProper(t) && w.length() >= 2 // 长沙市, 阳市/nr
                    && lexicon.is(w.substring(w.length() - 1), TokenClass.ADMIN);
            i = take(st, tokens, i);
        }
    }

    /**
     * 实施|算|力|枢纽提升工程, 实施|算|力赋|能行动, “岭算通”|算|力|调度平台: a single character left of the
     * name, standing alone after a governing word or a punctuation mark, is the first half of a word HanLP
     * split (算力), not a word of its own: the name takes it. A direction or function character (上|线|湘西州…平台)
     * is the part of a verb and stays out (trimSplitWord). True when the name grew.
     */
    private boolean joinSplitWord(State st, List<Token> tokens, String s) {
        if (st.start < 0 || st.first == 0 || st.first >= tokens.size()) {
            return false;
        }
        Token first = tokens.get(st.first);
        String w = word(s, first);
        boolean splitPair = w.length() == 1;
        boolean misjoined = w.length() == 2 && first.pos().startsWith("nr"); // 力赋/nr: a person's name guessed
        if (!Chars.isHan(w.charAt(0)) || isNumeral(first) || !(splitPair || misjoined)
                || !isStrandedCharacter(tokens, s, st.first - 1)) {
            return false;
        }
        String pair = s.substring(tokens.get(st.first - 1).start(), first.start() + 1);
        if (isStop(pair) || lexicon.is(pair, TokenClass.LEAD)) {
            return false; // 加快|提|质|长沙地铁7号线: the pair is a governing verb, the name starts after it
        }
        count(st, tokens.get(st.first - 1), s);
        take(st, tokens, st.first - 1);
        return true;
    }

    /** A single content character with a governing word, a punctuation mark or the clause start before it. */
    private boolean isStrandedCharacter(List<Token> tokens, String s, int k) {
        Token t = tokens.get(k);
        String w = word(s, t);
        String pos = t.pos();
        boolean content = pos.startsWith("n") || pos.startsWith("g") || pos.startsWith("a")
                || (pos.startsWith("v") && !pos.equals("vshi") && !pos.equals("vyou"));
        if (w.length() != 1 || !Chars.isHan(w.charAt(0)) || !content || isNumeral(t) || isStop(w) || w.equals("的")
                || CONJUNCTIONS.contains(w) || lexicon.is(w, TokenClass.OWNER)) {
            return false;
        }
        if (k == 0) {
            return true;
        }
        Token before = tokens.get(k - 1);
        // 建设的|超|快光学…实验室: 的 ends a modifier, so the character after it starts a word
        return before.pos().startsWith("w") || isStop(word(s, before)) || word(s, before).equals("的");
    }

    /**
     * One end of a route 甲至乙: a proper name (not a numeral: 2023年至2025年), an unknown name HanLP left in
     * single characters (鹭|湾), or a place noun that is not generic (省城).
     */
    private boolean isRouteEnd(List<Token> tokens, String s, int k) {
        Token t = tokens.get(k);
        if (isNumeral(t)) {
            return false;
        }
        if (isProper(t)) {
            return true;
        }
        String w = word(s, t);
        if (w.length() == 1 && k > 0 && lexicon.is(w, TokenClass.ADMIN)) {
            // 岚|州|至, 湘西|州|至: a place's own suffix after its name closes the route's end
            Token before = tokens.get(k - 1);
            return isNameCharacter(before, s) || isPlaceLike(before, s);
        }
        if (w.length() == 1) {
            if (!isNameCharacter(t, s)) {
                return false;
            }
            int run = 1; // 鹭|湾, 青/a|崖/ng: the characters around k that HanLP could not join
            for (int j = k - 1; j >= 0 && isNameCharacter(tokens.get(j), s); j--) {
                run++;
            }
            for (int j = k + 1; j < tokens.size() && isNameCharacter(tokens.get(j), s); j++) {
                run++;
            }
            // 至|汀/ng|浦段/nr: the first character of a place whose rest HanLP took for a person's name
            boolean properAfter = k + 1 < tokens.size() && isProper(tokens.get(k + 1)) && !isNumeral(tokens.get(k + 1));
            return run >= 2 || properAfter;
        }
        boolean noun = t.pos().startsWith("n") || t.pos().startsWith("g") || t.pos().equals("s");
        return noun && !isStop(w) && !lexicon.isGeneric(w);
    }

    /**
     * 市|政协十三届三次会议: a lone owner's character (市, 省, 县) that HanLP joined to the body of a numbered
     * session stays outside, as it does when it stands alone (市|十六届人大三次会议).
     */
    private void trimLoneOwner(State st, List<Token> tokens, String s) {
        if (st.start < 0 || st.ordinal < 0 || st.first >= tokens.size()) {
            return;
        }
        String w = word(s, tokens.get(st.first));
        if (w.length() >= 3 && lexicon.is(w.substring(0, 1), TokenClass.ADMIN)
                && !lexicon.is(w.substring(0, 2), TokenClass.ADMIN)) {
            st.start++;
        }
    }

    /** 上|线|湘西州…平台: a single character whose single-character neighbour stopped the name is a split word. */
    private static void trimSplitWord(State st, List<Token> tokens, String s) {
        if (st.start < 0 || st.first == 0 || st.first >= tokens.size() - 1 || st.first == st.unit) {
            return;
        }
        String w = word(s, tokens.get(st.first));
        String left = word(s, tokens.get(st.first - 1));
        String leftPos = tokens.get(st.first - 1).pos();
        if (leftPos.startsWith("p") || leftPos.startsWith("u") || leftPos.startsWith("c")) {
            return; // 在|澄…, 至|青…: a preposition or a particle makes no word with the character after it
        }
        // 大桥|和|洞|井路…隧道, 雨花区的|圭|白路: a conjunction or 的 before the name is no split word
        if (w.length() == 1 && left.length() == 1 && Chars.isHan(w.charAt(0)) && Chars.isHan(left.charAt(0))
                && !isNumeral(tokens.get(st.first)) && !CONJUNCTIONS.contains(left) && !left.equals("的")) {
            st.first++;
            st.start = tokens.get(st.first).start();
        }
    }

    /**
     * The index of the token where a zone word (经开区, 高新区) that ends with token {@code i} starts, or
     * -1 when none does. The zone word may start inside a token (娄底经|开|区).
     */
    private int zoneStart(List<Token> tokens, String s, int i) {
        int end = tokens.get(i).end();
        for (int len = 4; len >= 2; len--) {
            int from = end - len;
            if (from < tokens.get(0).start() || !lexicon.is(s.substring(from, end), TokenClass.ZONE)) {
                continue;
            }
            int j = i;
            while (j > 0 && tokens.get(j).start() > from) {
                j--;
            }
            return j < i ? j : -1;
        }
        return -1;
    }

    /** Whether the numeral that ends at token {@code j} begins with 第: 第|十二|次 is a sequence number. */
    private static boolean isOrdinal(List<Token> tokens, String s, int j) {
        for (int k = j; k >= 0 && k > j - 3; k--) {
            Token t = tokens.get(k);
            if (word(s, t).startsWith("第")) {
                return true;
            }
            if (!isNumeral(t)) {
                return false;
            }
            if (k > 0 && word(s, tokens.get(k - 1)).endsWith("届")) {
                return true; // 政协十三届|二|次会议: the session after its term is a sequence number
            }
            if (k > 0 && isTermBody(tokens, s, k - 1)) {
                return true; // 五届人大|三|次会议, 十四|届|全国人大|二|次会议: the session of a numbered body
            }
        }
        return false;
    }

    /**
     * A body named with its term before it: 五|届|人大, 十四|届|全国人大, 五届人大 (one word). The word holds
     * 届 before a name, or it is a noun and the word before it ends with 届.
     */
    private static boolean isTermBody(List<Token> tokens, String s, int j) {
        String w = word(s, tokens.get(j));
        int term = w.indexOf('届');
        if (term > 0 && term < w.length() - 1 && !isNumeral(tokens.get(j))) {
            return true;
        }
        return j > 0 && tokens.get(j).pos().startsWith("n") && word(s, tokens.get(j - 1)).endsWith("届");
    }

    /** An owner's word (全省, 全市) right after an edition 第N届 or 首届: 第四届|全省|旅游发展大会. */
    private boolean isEditionOwner(List<Token> tokens, String s, int i, String w) {
        if (w.length() < 2 || !lexicon.is(w, TokenClass.ADMIN) || i < 1) {
            return false;
        }
        String before = word(s, tokens.get(i - 1));
        if (before.equals(FIRST_EDITION)) {
            return true;
        }
        if (i < 2 || !before.equals("届")) {
            return false;
        }
        int k = i - 2;
        while (k > 0 && isNumeral(tokens.get(k)) && !word(s, tokens.get(k)).startsWith("第")) {
            k--;
        }
        return word(s, tokens.get(k)).startsWith("第");
    }

    /** 百亿元|级, 五千万元|以上, 千亿|级: a size word after an amount of money or a bare 亿/万. */
    private boolean isSizeClass(List<Token> tokens, String s, int i) {
        if (i == 0 || !lexicon.is(word(s, tokens.get(i)), TokenClass.SIZE)) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        String p = word(s, prev);
        boolean money = p.endsWith("元") && p.length() <= 3;
        boolean magnitude = isNumeral(prev) && (p.endsWith("亿") || p.endsWith("万"));
        return money || magnitude;
    }

    /** Whether the word ends with a numeral or a vague quantity: 12, 多, 一大, 若干. */
    private static boolean endsWithQuantity(Token t, String s) {
        String w = word(s, t);
        return QUANTITY_ENDINGS.indexOf(w.charAt(w.length() - 1)) >= 0;
    }

    /**
     * How many single characters ending at token {@code k} form an unknown name HanLP could not join
     * (澄|阳, 云|岫, 青|崖), or 0: two, or three where the run opens the clause or follows punctuation;
     * a run of one is no name, and a pair that is itself a governing word (上|线) is none.
     */
    private int unknownName(List<Token> tokens, String s, int k) {
        int j = k;
        while (j >= 0 && isNameCharacter(tokens.get(j), s)) {
            j--;
        }
        int run = k - j;
        if (run < 2) {
            return 0;
        }
        boolean opens = j < 0 || tokens.get(j).pos().startsWith("w");
        int n = run == 3 && opens && !tokens.get(k - 2).pos().startsWith("v") ? 3 : 2;
        String pair = s.substring(tokens.get(k - 1).start(), tokens.get(k).end());
        return isStop(pair) || lexicon.is(pair, TokenClass.LEAD) ? 0 : n;
    }

    /**
     * 支持|澄|阳|实验室, 。|泓/q|江|实验室: the name opens with two characters or more that HanLP could not
     * join, after a word that stopped it: an unknown proper name, as a two-character nz is.
     */
    private boolean opensWithUnknownName(State st, List<Token> tokens, String s) {
        if (st.start < 0 || (st.first > 0 && isNameCharacter(tokens.get(st.first - 1), s))) {
            return false;
        }
        int k = st.first;
        while (k < tokens.size() && isNameCharacter(tokens.get(k), s)) {
            k++;
        }
        return k - st.first >= 2;
    }

    /** Takes the {@code n} characters of an unknown name ending at token {@code k} whole, as a proper name. */
    private int takeUnknownName(State st, List<Token> tokens, String s, int k, int n) {
        for (int j = k - n + 1; j <= k; j++) {
            count(st, tokens.get(j), s);
        }
        st.proper = true;
        st.works = true;
        st.onlyGeneric = false;
        st.unit = k - n + 1;
        return take(st, tokens, k - n + 1);
    }

    /** A lone direction character, 东/f: it can open a place's name (东|澳|县). */
    private static boolean isDirectionCharacter(Token t, String s) {
        return t.end() - t.start() == 1 && Chars.isDirection(s.charAt(t.start()));
    }

        /**
     * A single Han character that can stand in a name HanLP did not know: no numeral, function word,
     * governing verb of the closed STOP list or conjunction.
     */
    private boolean isNameCharacter(Token t, String s) {
        String w = word(s, t);
        if (w.length() != 1 || !Chars.isHan(w.charAt(0)) || isStop(w) || w.equals("的") || CONJUNCTIONS.contains(w)
                || lexicon.is(w, TokenClass.OWNER) || lexicon.is(w, TokenClass.COUNT)) {
            return false;
        }
        String pos = t.pos();
        return !pos.isEmpty() && FUNCTION_TAGS.indexOf(pos.charAt(0)) < 0;
    }

    /** A stop phrase of three characters or more that HanLP split into pieces and that ends at token {@code i}. */
    private boolean isSplitStop(List<Token> tokens, String s, int i) {
        int end = tokens.get(i).end();
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            String phrase = s.substring(tokens.get(j).start(), end);
            if (phrase.length() >= 3 && lexicon.is(phrase, TokenClass.STOP)) {
                return true;
            }
        }
        return false;
    }

    /** A word a place name can end with before 县/市/州: 湘西|州, 洞口|县 (not 城市|市). */
    private boolean isPlaceLike(Token t, String s) {
        String w = word(s, t);
        return w.length() >= 2 && !isNumeral(t) && (isProper(t) || (isNameWord(t, s) && !lexicon.isGeneric(w)));
    }

    /** 加快|建设|长沙地铁7号线: a verb that belongs inside names does not begin one. */
    private void trimLeadingVerbs(State st, List<Token> tokens, String s) {
        while (st.start >= 0 && st.first < tokens.size() - 1) {
            Token t = tokens.get(st.first);
            if (!t.pos().startsWith("v") || !lexicon.is(word(s, t), TokenClass.LEAD)) {
                return;
            }
            st.first++;
            st.start = tokens.get(st.first).start();
        }
    }

    /**
     * A head word inside what grew so far that ends a description before the name: 单体项目|巴林—奈曼…工程
     * (a generic head followed by a proper name), 湘雅五医院建设项目|主体工程 (followed by generic words
     * only). 扩容工程建设项目 and 世界计算机大会湘江峰会 go on.
     */
    private boolean isPartBeforeName(List<Token> tokens, String s, int i, String w) {
        if (i + 1 < tokens.size() && isPeriodPlan(tokens, s, i, w)) {
            return onlyGenericAfter(tokens, s, i); // “十四五”规划|重大项目: the plan, then a category
        }
        if (i + 1 >= tokens.size() || !isHeadWord(w)) {
            return false;
        }
        Token next = tokens.get(i + 1);
        boolean weakLeft = i == 0 || !isNameWord(tokens.get(i - 1), s)
                || lexicon.isGeneric(word(s, tokens.get(i - 1)));
        if (isProper(next) && !isNumeral(next) && weakLeft) {
            return true;
        }
        if (i > 0 && onlyDescriptorsBefore(tokens, s, i) && isNameWord(next, s) && !isNumeral(next)
                && !lexicon.isGeneric(word(s, next))) {
            return true; // 控制性|工程|澜江特大桥: a descriptor of the works, then the works' own name
        }
        PhraseTrie.Hit<Head> inner = lexicon.headAt(w, 0);
        if (inner.value().kind() != io.github.tiqu.extractors.ProjectKind.ENGINEERING) {
            return false;
        }
        return onlyGenericAfter(tokens, s, i);
    }

    /** Whether every word before token {@code i} only qualifies a head (控制性, 标志性): a descriptor. */
    private boolean onlyDescriptorsBefore(List<Token> tokens, String s, int i) {
        for (int k = 0; k < i; k++) {
            String v = word(s, tokens.get(k));
            if (!lexicon.is(v, TokenClass.GENERIC) || lexicon.is(v, TokenClass.INTERNAL)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every word after token {@code i} is generic and none belongs inside names. */
    private boolean onlyGenericAfter(List<Token> tokens, String s, int i) {
        for (int k = i + 1; k < tokens.size(); k++) {
            String v = word(s, tokens.get(k));
            if (!lexicon.isGeneric(v) || lexicon.is(v, TokenClass.INTERNAL)) {
                return false;
            }
        }
        return true;
    }

    /** A plan head (规划, 纲要) right after a quotation: “十四五”|规划. */
    private boolean isPeriodPlan(List<Token> tokens, String s, int i, String w) {
        PhraseTrie.Hit<Head> m = lexicon.headAt(w, 0);
        return m != null && m.end() == w.length() && m.value().scope() == Head.Scope.PERIOD && i > 0
                && Chars.isCloseQuote(word(s, tokens.get(i - 1)).charAt(0));
    }

    /** Whether the word is a head word of names (工程, 计划...): a name ends there. */
    private boolean isHeadWord(String w) {
        PhraseTrie.Hit<Head> m = lexicon.headAt(w, 0);
        return m != null && m.end() == w.length() && m.value().scope() == Head.Scope.NAME;
    }

    /**
     * The start of the words between a verb of carrying out and the head, or -1: 实施|兴林富民|行动,
     * 开展|国家农业节水|行动. Only content words (nouns, verbs, adjectives, numerals) may stand between, and
     * an inner 和/与 between two of them (实施|重要生态系统保护和修复|工程); with {@code enumerations}, also
     * a 、 before such a 和 (实施|边远贫困地区、边疆民族地区和革命老区人才支持|计划).
     */
    int implementedStart(List<Token> tokens, String s, boolean enumerations) {
        boolean conjunction = false;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            String w = word(s, t);
            // 实施好|边远贫困地区、…计划: the complement 好 belongs to the verb where a specific name was reached
            boolean complement = enumerations && w.equals("好") && i > 0
                    && lexicon.is(word(s, tokens.get(i - 1)), TokenClass.IMPLEMENT);
            if (lexicon.is(w, TokenClass.IMPLEMENT) || complement) {
                boolean named = i + 1 < tokens.size() && !isJoint(s, tokens.get(i + 1))
                        && !isManner(tokens, s, i + 1);
                return named ? tokens.get(i + 1).start() : -1;
            }
            if (isJoint(s, t)) {
                boolean comma = w.equals("、");
                if (i == 0 || i + 1 >= tokens.size() || (comma && !(enumerations && conjunction))
                        || !isContent(tokens.get(i - 1), s) || isHeadWord(word(s, tokens.get(i - 1)))
                        || word(s, tokens.get(i - 1)).endsWith(STRATEGY)) {
                    return -1;
                }
                conjunction = true;
                continue;
            }
            if (!isContent(t, s)) {
                return -1;
            }
            boolean count = t.pos().startsWith("q") && i > 0 && isNumeral(tokens.get(i - 1))
                    && lexicon.is(w, TokenClass.COUNT);
            if (count) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether token {@code k}, alone or with the next (常态|化), is a word of manner: 专项, 常态化. */
    private boolean isManner(List<Token> tokens, String s, int k) {
        if (lexicon.is(word(s, tokens.get(k)), TokenClass.MANNER)) {
            return true;
        }
        return k + 1 < tokens.size()
                && lexicon.is(s.substring(tokens.get(k).start(), tokens.get(k + 1).end()), TokenClass.MANNER);
    }

    /** An inner 和/与/及 or an enumeration comma. */
    private static boolean isJoint(String s, Token t) {
        String w = word(s, t);
        return CONJUNCTIONS.contains(w) || w.equals("、");
    }

    /** A content word that can stand in what a verb of carrying out governs. */
    private boolean isContent(Token t, String s) {
        String w = word(s, t);
        String pos = t.pos();
        boolean content = pos.startsWith("n") || pos.startsWith("v") || pos.startsWith("a") || pos.startsWith("b")
                || pos.startsWith("g") || pos.equals("j") || pos.equals("l") || pos.equals("i") || pos.startsWith("m")
                || pos.startsWith("q") || pos.equals("z") || pos.equals("s");
        return (content || lexicon.is(w, TokenClass.INTERNAL)) && !isStop(w) && !lexicon.is(w, TokenClass.PLURAL)
                && !w.equals("的");
    }

    /** An institution or a place that can own a project: 实验学校/nis, 湘江/ns. */
    private static boolean isOwner(Token t) {
        String pos = t.pos();
        return pos.equals("nis") || pos.startsWith("nt") || pos.startsWith("ns") || pos.startsWith("nr")
                || pos.equals("j");
    }

    /** A classifier: 二期, 第二届, 500千伏 belong to a name; 12个, 3项 and 2023年 do not. */
    private int classifier(State st, List<Token> tokens, String s, int i, String w, boolean event) {
        int m = i - 1;
        if (m >= 0 && tokens.get(m).pos().startsWith("t")) {
            return Integer.MIN_VALUE;
        }
        boolean numeralBefore = m >= 0 && isNumeral(tokens.get(m));
        if (TIME_UNITS.contains(w)) {
            boolean year = numeralBefore && isYear(word(s, tokens.get(m)));
            // 2024年…博览会; 三年行动计划
            // “碧水润岫”三年|攻坚|行动: one word between N年 and the head after a quotation or a name word
            boolean span = numeralBefore && !year && w.equals("年")
                    && ((i + 1 < tokens.size() && lexicon.is(word(s, tokens.get(i + 1)), TokenClass.PROGRAM))
                    || (i + 2 >= tokens.size() && m > 0 && isNamedBefore(tokens, s, m - 1)));
            if ((event && w.equals("年") && year) || span || isNumberedPart(tokens, s, i)) {
                st.proper |= year;
                st.onlyGeneric = false;
                return take(st, tokens, m);
            }
            return Integer.MIN_VALUE;
        }
        if (numeralBefore) {
            int k = m;
            while (k > 0 && isNumeral(tokens.get(k - 1))) {
                k--;
            }
            boolean ordinal = word(s, tokens.get(k)).startsWith("第") || isOrdinal(tokens, s, m);
            if (lexicon.is(w, TokenClass.COUNT) && !ordinal && !isCapacity(tokens, s, m)) {
                st.plural = true;
                return Integer.MIN_VALUE;
            }
            if (ordinal && w.equals(BATCH)) {
                st.plural = true; // 全省第二批|重大项目: a numbered batch is still a category
                return Integer.MIN_VALUE;
            }
            st.proper = true;
            st.onlyGeneric = false;
            if (ordinal) {
                st.ordinal = k;
            }
            return take(st, tokens, k);
        }
        count(st, tokens.get(i), s); // 岳麓山|种|业: a classifier without a numeral counts nothing
        return take(st, tokens, i);
    }

    /**
     * 发射场|二|号|工位, 厂区|3|号|楼: a numbered part of a place, between the place's noun and a noun, is
     * no date (本月|15|号|开工) and belongs to the name.
     */
    private boolean isNumberedPart(List<Token> tokens, String s, int i) {
        if (!word(s, tokens.get(i)).equals(NUMBER_SIGN) || i < 2 || i + 1 >= tokens.size()) {
            return false;
        }
        Token place = tokens.get(i - 2);
        Token next = tokens.get(i + 1);
        String p = word(s, place);
        boolean placeNoun = (place.pos().startsWith("n") || place.pos().equals("s")) && p.length() >= 2
                && isNameWord(place, s) && !isStop(p);
        boolean nounAfter = next.pos().startsWith("n") && !next.pos().equals("nx") && !isStop(word(s, next));
        return placeNoun && nounAfter && !word(s, tokens.get(i - 1)).contains("月");
    }

    /**
     * 制造业“强链延链”|三年|行动: N年 right before the head belongs to a programme's name when a quotation
     * or a name word stands before it (not in 实施|三年|行动).
     */
    private boolean isNamedBefore(List<Token> tokens, String s, int k) {
        String w = word(s, tokens.get(k));
        return (w.length() == 1 && Chars.isCloseQuote(w.charAt(0))) || (isNameWord(tokens.get(k), s)
                && !isNumeral(tokens.get(k)) && !lexicon.isGeneric(w));
    }

    /** 年产|30|万|台: the numeral that ends at token {@code j} follows a capacity word, so it counts no projects. */
    /** A unit after a numeral: 兆瓦/q, MW/nx (letters only, no digits). */
    private static boolean isUnit(Token t, String s) {
        String w = word(s, t);
        return t.pos().startsWith("q") || (t.pos().equals("nx") && w.chars().allMatch(Character::isLetter));
    }

    private boolean isCapacity(List<Token> tokens, String s, int j) {
        int k = j;
        while (k >= 0 && isNumeral(tokens.get(k))) {
            k--;
        }
        return k >= 0 && k < j && lexicon.is(word(s, tokens.get(k)), TokenClass.CAPACITY);
    }

    /** Makes token {@code j} the name's first and returns the index to look at next. */
    private static int take(State st, List<Token> tokens, int j) {
        st.start = tokens.get(j).start();
        st.first = j;
        return j - 1;
    }

    private void count(State st, Token t, String s) {
        String w = word(s, t);
        boolean generic = lexicon.isGeneric(w);
        if ((isProper(t) || lexicon.is(w, TokenClass.PROPER) || w.equals(FIRST_EDITION)) && !generic) {
            st.proper = true; // 芙蓉/n is a proper name that HanLP tags as a common noun
        }
        if ((t.pos().equals("nz") || t.pos().equals("s")) && w.length() >= 2 && !generic) {
            st.named = true;
        }
        if (lexicon.is(w, TokenClass.PROGRAM)) {
            st.program = true;
        }
        if (lexicon.is(w, TokenClass.CAPACITY)) {
            st.plant = true;
        }
        if (t.pos().startsWith("ns") || lexicon.endsWithWorks(w)) {
            st.works = true;
        }
        if (t.pos().startsWith("v") && !t.pos().equals("vn") && !lexicon.is(w, TokenClass.INTERNAL)) {
            st.verbs++;
        }
        if (!generic) {
            st.specific += w.length();
        }
        if (!generic && !lexicon.is(w, TokenClass.INTERNAL)) {
            st.onlyGeneric = false;
        }
    }

    private boolean isStop(String w) {
        return lexicon.is(w, TokenClass.STOP) || lexicon.is(w, TokenClass.ADMIN)
                || lexicon.is(w, TokenClass.IMPLEMENT) || lexicon.is(w, TokenClass.PLURAL);
    }

    /**
     * 黄花|机场: a common noun of two or more characters that is not generic, right before a facility
     * that HanLP tags as an institution and that is a works word, is the facility's proper name.
     */
    private boolean isNamedFacility(List<Token> tokens, String s, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        Token next = tokens.get(i + 1);
        String w = word(s, t);
        return t.pos().equals("n") && w.length() >= 2 && !lexicon.isGeneric(w) && next.pos().equals("nis")
                && lexicon.is(word(s, next), TokenClass.WORKS);
    }

    /**
     * The index of the rightmost token in a run of {@code run} single characters ending at {@code i} that
     * forms a stop word with the character before it (获|批), or -1.
     */
    private int stopPairIn(List<Token> tokens, String s, int i, int run) {
        for (int k = i; k > i - run + 1; k--) {
            if (isStop(s.substring(tokens.get(k - 1).start(), tokens.get(k).end()))) {
                return k;
            }
        }
        return -1;
    }

    /** A region named by its direction: 东部, 西部, 中部 (西部计划, 中部崛起). */
    private static boolean isRegion(String w) {
        return w.length() == 2 && w.charAt(1) == '部' && "东西南北中".indexOf(w.charAt(0)) >= 0;
    }

    /** Single-character words in a row, as HanLP leaves a name it does not know (扩/中/提/低). */
    private int singleCharRun(List<Token> tokens, String s, int i) {
        int k = i;
        while (k >= 0) {
            String w = word(s, tokens.get(k));
            if (w.length() != 1 || !Chars.isHan(w.charAt(0)) || isStop(w) || w.equals("的")
                    || CONJUNCTIONS.contains(w)) {
                break;
            }
            k--;
        }
        return i - k;
    }

    /** A word that can stand in a name. */
    boolean isNameWord(Token t, String s) {
        String w = word(s, t);
        if (isStop(w) || w.equals("的") || CONJUNCTIONS.contains(w)) {
            return false;
        }
        String pos = t.pos();
        return pos.startsWith("n") || pos.startsWith("g") || pos.equals("vn") || pos.startsWith("b")
                || pos.equals("j") || pos.equals("s") || pos.equals("z") || pos.equals("l") || pos.equals("vl")
                || pos.equals("i")
                || pos.equals("a") || pos.equals("an") || pos.equals("ag") || pos.equals("al")
                || pos.startsWith("x") || isNumeral(t);
    }

    /** Place, person and organization names, abbreviations, codes and numerals. */
    static boolean isProper(Token t) {
        String pos = t.pos();
        if (pos.equals("nx") || pos.startsWith("x")) {
            return hasLetterOrDigit(t.text());
        }
        return pos.startsWith("ns") || pos.startsWith("nr") || pos.startsWith("nt") || pos.equals("j")
                || isNumeral(t);
    }

    private static boolean hasLetterOrDigit(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLetterOrDigit(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean isNumeral(Token t) {
        return t.pos().startsWith("m");
    }

    private static boolean isYear(String w) {
        int digits = 0;
        for (int k = 0; k < w.length(); k++) {
            if (Chars.isDigit(w.charAt(k))) {
                digits++;
            } else if (k != w.length() - 1 || w.charAt(k) != '年') {
                return false;
            }
        }
        return digits == 4;
    }

    private static int openQuote(List<Token> tokens, String s, int close) {
        for (int j = close - 1; j >= 0; j--) {
            String w = word(s, tokens.get(j));
            if (w.length() == 1 && Chars.isOpenQuote(w.charAt(0))) {
                return j < close - 1 ? j : -1;
            }
            if (w.length() == 1 && (Chars.isCloseQuote(w.charAt(0)) || Chars.isHardBoundary(w.charAt(0)))) {
                return -1;
            }
        }
        return -1;
    }

    private static int openParen(List<Token> tokens, String s, int close) {
        for (int j = close - 1; j >= 0 && close - j <= 8; j--) {
            String w = word(s, tokens.get(j));
            if (w.equals("(")) {
                return j < close - 1 ? j : -1;
            }
            if (w.equals(")") || (w.length() == 1 && Chars.isHardBoundary(w.charAt(0)))) {
                return -1;
            }
        }
        return -1;
    }

    static String word(String s, Token t) {
        return s.substring(t.start(), t.end());
    }
}
