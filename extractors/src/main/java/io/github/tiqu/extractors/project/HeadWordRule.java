package io.github.tiqu.extractors.project;

import io.github.tiqu.core.rule.PhraseTrie;
import java.util.List;

import io.github.tiqu.core.text.TextSpan;
import io.github.tiqu.core.token.Token;
import io.github.tiqu.extractors.ProjectKind;
import io.github.tiqu.extractors.pipeline.Document;

/**
 * Names that end with a head word, found by scanning the characters for head words and segmenting only
 * the clause to the left of each (at most {@link #MAX_NAME} characters). One scope each:
 * <ul>
 * <li>{@code head-name}: 汀水航道三期工程, 长株潭教育资源共享平台, 第三届中非经贸博览会;</li>
 * <li>{@code quoted-name}: a head inside quotes, “六个工程”, “湘江教师研修平台”;</li>
 * <li>{@code quoted-head}: a quoted name before a head that counts only so, “碧水100天”目标;</li>
 * <li>{@code period-plan}: a plan named by its five-year period, “十五五”规划;</li>
 * <li>{@code road-section}: 芙蓉南路—长沙县段;</li>
 * <li>{@code abbreviated-event}: 农博会, 2024西洽会.</li>
 * </ul>
 * Stateless apart from its immutable lexicon.
 */
final class HeadWordRule {

    /** The longest name the rule grows, head excluded. */
    static final int MAX_NAME = 40;

    /** After an event's name, the word that names the event as a whole: 首届长沙国际消费季|活动. */
    private static final String ACTIVITY = "活动";
    /** The fewest characters of a quoted clause that names a target through 的. */
    private static final int MIN_CLAUSE = 5;
    /** 系列: the word that joins a quoted name to its head as a series of campaigns (“铁拳”系列行动). */
    private static final String SERIES = "系列";
    /** Counters after a leading numeral that make a numbered formula: 两个翻番, 三大攻坚战, 一号工程, 五项机制. */
    private static final String FORMULA_COUNTERS = "个大项条次批号种类件";
    /** The most characters between a quoted theme and an event's head: “…”|主题新闻|发布会. */
    private static final int MAX_THEME_WORDS = 6;
    /** The longest bracketed type inside a name: (B型), (一期), (试行). */
    private static final int MAX_TYPE = 4;
    /** The longest place name before an abbreviated event: 雁川|农交会, 黑龙江|农博会. */
    private static final int SHORT_PLACE = 4;
    private static final String NUMERALS = "0123456789一二三四五六七八九十百千两零";
    private static final String PLACE_ENDINGS = "区县市镇乡州";
    private static final String DIRECTIONS = "东西南北";
    /** Joins two events or activities: 开幕式暨重大项目签约仪式; only the part after it can be the name. */
    private static final char JOINED = '暨';
    /** Classifiers after 第N that make an ordinal description, not a name: 第三条时速350公里高铁, 第三代光源. */
    private static final String DESCRIBING_CLASSIFIERS = "条座个家处所代";
    /** Editions that name no event of their own: 首届|论坛于2018年 points back at the forum named before. */
    private static final List<String> BARE_EDITIONS = List.of("首届", "本届", "上届", "下届", "该届", "历届", "每届");
    /** Negations inside a name: 填补雁川没有保税物流平台的空白 speaks of a kind of thing that is missing. */
    private static final List<String> NEGATIONS = List.of("没有", "没", "尚无", "尚未", "未", "无", "缺乏", "缺少", "不");
    /**
     * Words of traffic and disasters: a road section in their sentence is named as a place (G60沪昆高速楚江段
     * 车流量最大, S215省道龙潭段因山体塌方一度中断), unless a works word is there too.
     */
    private static final List<String> SECTION_TRAFFIC = List.of("车流量", "辆次", "拥堵", "缓行", "中断", "塌方",
            "滑坡", "塌陷", "积水", "管制", "事故", "受阻", "断道", "险情", "水毁", "恢复通行", "车流");
    /** Words that show a road section as works being built: 新马南路—湘潭云龙东路株洲段…开工建设. */
    private static final List<String> SECTION_WORKS = List.of("建设", "开工", "施工", "建成", "扩建", "改建", "改造",
            "扩容", "竣工", "完工", "贯通", "动工", "续建", "新建", "铺轨", "合龙", "项目", "工程", "方案", "前期",
            "征地", "征拆", "拆迁", "投资", "工期");
    /** Verbs of holding or attending a meeting: 主任蒋正元|主持|会议 speaks of a meeting, names none. */
    private static final List<String> HOSTING = List.of("主持", "出席", "召开", "参加", "举行", "列席", "参与", "筹备");
    /** Classifiers of a counted occurrence: 第二次会议, 第三场新闻发布会 are the body's Nth sitting, no name. */
    private static final String OCCURRENCES = "次场";
    /** The most characters of plain words after 第N次 in a generic sitting: 第三次|全体|会议. */
    private static final int SITTING_WORDS = 2;
    /** Distributive words that open a category: 每件项目, 各类项目. */
    private static final String DISTRIBUTIVE = "每各";
    /** Groups of a race: 公开组男子马拉松 is a discipline, no race's name. */
    private static final List<String> RACE_GROUPS = List.of("男子", "女子");
    /** Verbs that give a quoted label to a thing named before: 作为“一号工程”推进. */
    private static final List<String> LABELLING = List.of("作为", "列为", "当作", "当成", "定为");
    /** Works built on the ground before 项目: …研发制造基地项目, …“光伏+治沙”生态修复项目 are works. */
    private static final List<String> BUILT_WORKS = List.of("基地", "修复", "治理", "整治");
    private static final String PROJECT_HEAD = "项目";
    /** Market segments that open a kind of project: 工商业分布式光伏项目, 用户侧新型储能项目, 户用光伏项目. */
    private static final List<String> SEGMENTS = List.of("工商业", "用户侧", "电网侧", "电源侧", "户用", "集中式",
            "分布式");
    /** Words before 项目 that make a class of projects: 产业园重点项目, 票决民生实事项目. */
    private static final List<String> PROJECT_CLASSES = List.of("重点", "民生实事", "实事");
    /** Roles whose quoted 通道 is a session's press arrangement: “代表通道”, “委员通道”, “部长通道”. */
    private static final List<String> PRESS_ROLES = List.of("代表", "委员", "部长");
    /** The farthest a works word may stand from a road section in its sentence. */
    private static final int SECTION_CONTEXT = 60;

    /**
     * A numbered census stays named inside its communiqué's title or its office's name: 第七次全国人口普查|公报,
     * 第七次全国人口普查|领导小组办公室; no exclusion applies after it.
     */
    private static final String CENSUS = "普查";
    /** A flight's or a voyage's task: named only by a craft's quoted name, “曙光二号”载人飞行任务. */
    private static final String MISSION = "任务";
    /** The last character of a craft's or a mission's quoted name: “曙光二号”. */
    private static final char CRAFT = '号';

    private final ProjectLexicon lexicon;
    private final NameGrower grower;

    HeadWordRule(ProjectLexicon lexicon, NameGrower grower) {
        this.lexicon = lexicon;
        this.grower = grower;
    }

    /** The prefix of a national designation of a platform (全国重点实验室): one per field, so the field names it. */
    private static final String NATIONAL = "全国";

    /** Whether a platform head is a national designation with a field of two or more characters before it. */
    private static boolean isNationalDesignation(Head head, NameGrower.Growth g, int growEnd) {
        return head.kind() == ProjectKind.PLATFORM && head.word().startsWith(NATIONAL)
                && g.found() && !g.plural() && growEnd - g.start() >= 2;
    }

    /**
     * Whether the candidate starts with a quoted national formula (“一带一路”, “八纵八横”) with words after
     * it: what follows is a category under the strategy or network (“一带一路”陆海联运通道), not a name.
     */
    private boolean startsWithNumberedFormula(String s, Candidate c) {
        int b = c.start();
        if (!Chars.isOpenQuote(s.charAt(b))) {
            return false;
        }
        for (int q = b + 2; q < c.end() - 1; q++) {
            if (Chars.isCloseQuote(s.charAt(q))) {
                return lexicon.is(s.substring(b + 1, q), TokenClass.FORMULA);
            }
        }
        return false;
    }

    void find(Document doc, List<Candidate> out) {
        String s = doc.text().normalized();
        for (int i = 1; i < s.length(); i++) {
            PhraseTrie.Hit<Head> m = lexicon.headAt(s, i);
            if (m == null) {
                continue;
            }
            Candidate c = match(doc, s, i, m.end(), m.value());
            if (c != null && !startsWithNumberedFormula(s, c)) {
                out.add(c);
            }
        }
    }

    private Candidate match(Document doc, String s, int hs, int he, Head head) {
        if (!canEndName(s, hs) || isCountedAfter(s, he)
                || !CENSUS.equals(head.word()) && isExcludedAfter(doc, s, he, head.word())) {
            return null;
        }
        if (head.scope() == Head.Scope.SHORT) {
            return abbreviatedEvent(doc, s, hs, he);
        }
        if (MISSION.equals(head.word())) {
            int open = craftMission(s, hs);
            return open < 0 ? null // “放管服”改革任务, “双减”工作任务: tasks of a policy, no mission
                    : new Candidate(open, he, head.kindOf(true, false), "quoted-head");
        }
        int nameEnd = he;
        int growEnd = hs;
        if (s.charAt(hs - 1) == ')') {
            int open = bracketedType(s, hs - 1);
            growEnd = open > 0 ? open : hs; // 雁川港保税物流中心|(B型)|项目: the name grows from before the type
        }
        boolean quotedName = false;
        if (he < s.length() && Chars.isCloseQuote(s.charAt(he))) {
            int open = Chars.openQuoteBefore(s, he);
            if (open >= 0 && isCleanQuotation(s, open, he)) {
                quotedName = true;
                nameEnd = he + 1;
                growEnd = open;
            }
        }
        boolean quoteBefore = Chars.isCloseQuote(s.charAt(hs - 1)) || isQuotedWithWord(s, hs);
        if (head.scope() == Head.Scope.QUOTED && !quotedName && !quoteBefore) {
            Candidate c = quotedClauseTarget(doc, s, hs, he, head);
            return c != null ? c : quotedCampaignBeforeWords(doc, s, hs, he, head);
        }
        if (head.scope() == Head.Scope.QUOTED && !quotedName && isQuotedKeyword(s, hs)) {
            return null; // 落实“双碳”目标: a national keyword of two characters, no named target
        }
        if (head.scope() == Head.Scope.QUOTED && quotedName && !isCampaignName(s, growEnd + 1, hs)) {
            return null; // “厕所革命” is a campaign; “能源革命”, “第四次工业革命” name a field's change
        }
        int ws = Chars.clauseStart(s, growEnd, MAX_NAME, false);
        int joined = Chars.lastIndexIn(s, JOINED, growEnd - 1, ws);
        if (joined >= ws) {
            ws = joined + 1; // 开幕式暨|重大项目签约仪式: the name starts after 暨
        }
        if (head.scope() == Head.Scope.SECTION && !lexicon.hasRoadWord(s.substring(ws, hs))) {
            return null;
        }
        if (head.scope() == Head.Scope.PERIOD && !hasFiveYearPeriod(s, ws, hs)) {
            return null; // a period plan names its quoted period inside the window: no need for its words
        }
        List<Token> tokens = ws < growEnd
                ? doc.tokenizer().tokenize(doc.text(), new TextSpan(ws, growEnd))
                : List.of();
        NameGrower.Growth g = grower.grow(tokens, s, head.kind() == ProjectKind.EVENT,
                head.abstractKind() != ProjectKind.ENGINEERING);
        int start = g.found() ? g.start() : (quotedName ? growEnd : -1);
        // 潇湘实验室, 鹏城实验室: a two-character proper noun is enough for a platform's name
        boolean specific = g.isSpecific() || (g.named() && !g.plural() && head.kind() == ProjectKind.PLATFORM)
                || isNationalDesignation(head, g, growEnd); // 绿色催化|全国重点实验室: the field names it
        if (!specific && head.kind() == ProjectKind.PLATFORM && !head.needsProper() && !quotedName
                && isStrandedPair(tokens, s, growEnd)) {
            return new Candidate(growEnd - 2, nameEnd, ProjectKind.PLATFORM, "head-name"); // 雁|山|实验室
        }
        if (!quotedName && head.kind() == ProjectKind.EVENT) {
            int open = quotedTheme(doc, s, growEnd);
            if (open >= 0 && (!g.found() || open < g.start())) {
                return new Candidate(open, nameEnd, ProjectKind.EVENT, "quoted-head");
            }
        }
        if (!quotedName && head.abstractKind() == ProjectKind.PROGRAM && head.scope() == Head.Scope.NAME) {
            int open = quotationBeforeWords(tokens, s, growEnd);
            if (open >= 0 && (!g.found() || open < g.start())) {
                return new Candidate(open, nameEnd, head.kindOf(true, false), "quoted-head"); // “雁归兴乡”返乡创业计划
            }
            Candidate c = implementedProgramme(doc, s, tokens, g, specific, ws, growEnd, nameEnd, head);
            if (c != null) {
                return c;
            }
        }
        if (start < 0 || (!quotedName && !specific)) {
            return null;
        }
        // 卫星超级工厂|二期: a phase after a works head that needs a proper name makes the name specific
        int phased = head.needsProper() && head.kind() == ProjectKind.ENGINEERING && !quotedName
                ? phaseEnd(s, he) : -1;
        if (head.needsProper() && !quotedName && !g.proper() && !g.quoted() && phased < 0) {
            return null;
        }
        if (!quotedName && isCountedNoun(s, start, hs)) {
            return null; // 2.3万余名普查员: a count of people or things before the head starts no name
        }
        if (!quotedName && !g.quoted() && !hasWordCharacter(s, start, hs)) {
            return null; // 20240307|计划: a date or a number before a head is no name
        }
        if (isNegated(tokens, s, start) || isOrdinalDescription(s, start, hs)
                || (head.kind() == ProjectKind.EVENT && BARE_EDITIONS.contains(s.substring(start, hs)))) {
            return null;
        }
        if (head.kind() == ProjectKind.EVENT && (isGenericSitting(s, start, hs) || isHosted(tokens, s, start, hs)
                || (!g.proper() && endsWithAny(s, start, hs, RACE_GROUPS)))) {
            return null; // 主席团举行|第二次会议, 主任蒋正元主持会议, 公开组男子马拉松
        }
        if (DISTRIBUTIVE.indexOf(s.charAt(start)) >= 0 || isPhaseClause(tokens, s, start)
                || isPredicateCategory(s, start, hs, head, g) || isProjectClass(s, start, hs, head)) {
            return null; // 每件项目, 一期建设200兆瓦风电制氢装置, 工商业分布式光伏项目, 产业园重点项目
        }
        if (quotedName && head.kind() == ProjectKind.PLATFORM && hs - (growEnd + 1) == 2
                && PRESS_ROLES.contains(s.substring(growEnd + 1, hs))) {
            return null; // 开通“代表通道”: a session's press arrangement, no platform
        }
        if (quotedName && start >= 2 && LABELLING.contains(s.substring(start - 2, start))) {
            return null; // 把古城保护工程作为“一号工程”推进: a label given to a project named before
        }
        if (quotedName && isDistributiveSlogan(s, growEnd + 1, hs)) {
            return null; // “市市通高铁”, “县县通”: a goal said for every city, not a works' name
        }
        if (head.scope() == Head.Scope.SECTION && !hasWorksContext(s, start, nameEnd)) {
            return null; // G60沪昆高速楚江段车流量最大: a section named as a place in traffic news
        }
        String rule = switch (head.scope()) {
            case PERIOD -> hasFiveYearPeriod(s, start, hs) ? "period-plan" : null;
            case SECTION -> isSection(s, tokens, g, start, hs) ? "road-section" : null;
            case QUOTED -> "quoted-head";
            default -> quotedName ? "quoted-name" : "head-name";
        };
        if (rule == null) {
            return null;
        }
        // 实施|算力枢纽提升工程: what a verb of carrying out governs, with no place or proper name, is a programme
        boolean carriedOut = g.implemented() && !g.proper() && head.abstractKind() == ProjectKind.PROGRAM;
        boolean built = head.word().equals(PROJECT_HEAD) && !quotedName && endsWithAny(s, start, hs, BUILT_WORKS);
        boolean programme = !g.plant() && !built && (quotedName || g.quoted() || g.program() || carriedOut);
        if (head.kind() == ProjectKind.EVENT && s.startsWith(ACTIVITY, nameEnd)
                && lexicon.exclusionAt(s, nameEnd + ACTIVITY.length(), ACTIVITY) < 0) {
            nameEnd += ACTIVITY.length(); // 首届长沙国际消费季活动: the event's activities are the event
        }
        if (phased > 0) {
            nameEnd = phased;
        }
        if (CENSUS.equals(head.word())) {
            start = nationalNumberStart(s, start, hs); // 溧沅市|第七次全国人口普查: the city stays outside
        }
        return new Candidate(start, nameEnd, head.kindOf(programme, g.works() || g.plant()), rule);
    }

    /** The end of a phase right after a head (工厂|二期, 工厂|三期), or -1. */
    private static int phaseEnd(String s, int he) {
        int j = he;
        while (j < s.length() && j - he < 3 && NUMERALS.indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        return j > he && j < s.length() && s.charAt(j) == '期' ? j + 1 : -1;
    }

    /**
     * Where a national numbered name begins inside a name: the 第 of 第N次全国 after a place that owns it
     * (溧沅市|第七次全国人口普查); else {@code start}.
     */
    private static int nationalNumberStart(String s, int start, int hs) {
        for (int i = start + 1; i < hs; i++) {
            if (s.charAt(i) != '第') {
                continue;
            }
            int j = i + 1;
            while (j < hs && NUMERALS.indexOf(s.charAt(j)) >= 0) {
                j++;
            }
            if (j > i + 1 && j < hs && s.charAt(j) == '次' && s.startsWith("全国", j + 1)) {
                return i;
            }
        }
        return start;
    }

    /**
     * “书香澜溪”全民阅读活动: a campaign's quoted name, then plain words (全民, 阅读) up to a head that counts
     * only after a quotation, at most {@link #MAX_THEME_WORDS} characters of them.
     */
    private Candidate quotedCampaignBeforeWords(Document doc, String s, int hs, int he, Head head) {
        int ws = Math.max(0, hs - MAX_THEME_WORDS - 1);
        if (!Chars.isCloseQuote(s.charAt(ws)) && Chars.lastIndexIn(s, '”', hs - 1, ws) < ws) {
            return null;
        }
        int close = Chars.lastIndexIn(s, '”', hs - 1, ws);
        if (close < 1 || close < ws) {
            return null;
        }
        List<Token> tokens = doc.tokenizer().tokenize(doc.text(), new TextSpan(close, hs));
        int open = quotationBeforeWords(tokens, s, hs);
        return open >= 0 ? new Candidate(open, he, head.kindOf(true, false), "quoted-head") : null;
    }

    /**
     * “曙光二号”|载人飞行|任务: the open quote of a quoted name ending in 号, then at most
     * {@link #MAX_THEME_WORDS} Han characters before the head, or -1.
     */
    private static int craftMission(String s, int hs) {
        int close = hs - 1;
        while (close >= 0 && hs - close <= MAX_THEME_WORDS + 1 && Chars.isHan(s.charAt(close))) {
            close--;
        }
        if (close < 2 || s.charAt(close) != '”' || s.charAt(close - 1) != CRAFT) {
            return -1;
        }
        int open = Chars.matchingOpenQuote(s, close);
        return open >= 0 && isCleanQuotation(s, open, close) ? open : -1;
    }

    /** “双碳”目标: a quotation of two characters right before the head is a keyword. */
    private static boolean isQuotedKeyword(String s, int hs) {
        if (hs < 4 || !Chars.isCloseQuote(s.charAt(hs - 1))) {
            return false;
        }
        int open = Chars.matchingOpenQuote(s, hs - 1);
        return open >= 0 && hs - 1 - open - 1 <= 2;
    }

    /** 第二次会议, 第三次全体会议, 第二场新闻发布会: 第N次/场 and at most two plain characters, no body named. */
    private static boolean isGenericSitting(String s, int start, int hs) {
        if (s.charAt(start) != '第') {
            return false;
        }
        int k = start + 1;
        while (k < hs && NUMERALS.indexOf(s.charAt(k)) >= 0) {
            k++;
        }
        return k > start + 1 && k < hs && OCCURRENCES.indexOf(s.charAt(k)) >= 0 && hs - k - 1 <= SITTING_WORDS;
    }

    /** 主任蒋正元|主持|会议: a verb of holding or attending a meeting inside the name, right before its head. */
    private static boolean isHosted(List<Token> tokens, String s, int start, int hs) {
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        return last.end() == hs && last.start() >= start && HOSTING.contains(NameGrower.word(s, last));
    }

    /** 一期|建设|200兆瓦风电制氢装置: a phase and a verb of building open a clause with a number, no name. */
    private boolean isPhaseClause(List<Token> tokens, String s, int start) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = NameGrower.word(s, t);
            if (t.start() >= start && w.length() == 2 && NUMERALS.indexOf(w.charAt(0)) >= 0 && w.charAt(1) == '期'
                    && tokens.get(i + 1).pos().startsWith("v")
                    && hasDigit(s, tokens.get(i + 1).end(), tokens.get(tokens.size() - 1).end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Chars.isDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** 全省规模最大的|电化学储能项目: a project after 的 with no proper name or quotation is a kind. */
    private static boolean isPredicateCategory(String s, int start, int hs, Head head, NameGrower.Growth g) {
        return head.word().equals(PROJECT_HEAD) && start > 0 && s.charAt(start - 1) == '的' && !g.proper()
                && !g.quoted();
    }

    /** 工商业分布式光伏项目, 氢能产业园重点项目, 民生实事项目: a segment or a class of projects, no name. */
    private static boolean isProjectClass(String s, int start, int hs, Head head) {
        if (!head.word().equals(PROJECT_HEAD)) {
            return false;
        }
        for (String w : SEGMENTS) {
            if (s.startsWith(w, start)) {
                return true;
            }
        }
        return endsWithAny(s, start, hs, PROJECT_CLASSES);
    }

    private static boolean endsWithAny(String s, int start, int hs, List<String> words) {
        for (String w : words) {
            if (hs - start >= w.length() && s.startsWith(w, hs - w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * “三区一城”建设目标: a quotation, then one word that belongs inside names (建设, 发展), right before a
     * head that counts only after a quotation.
     */
    private boolean isQuotedWithWord(String s, int hs) {
        for (int len = 2; len <= 3 && hs - len - 1 >= 0; len++) {
            if (Chars.isCloseQuote(s.charAt(hs - len - 1)) && lexicon.is(s.substring(hs - len, hs), TokenClass.INTERNAL)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 实施兴林富民行动, 开展国家农业节水行动: what a verb of carrying out governs is the programme, when
     * the rules find no specific name; 实施边远贫困地区、边疆民族地区和革命老区人才支持计划: a list joined by
     * 和 that a name reached from the right is the programme's name from the verb on.
     */
    private Candidate implementedProgramme(Document doc, String s, List<Token> tokens, NameGrower.Growth g,
            boolean specific, int ws, int growEnd, int nameEnd, Head head) {
        if (!specific) {
            if (g.plural()) {
                return null; // 实施|十大重点工程, 实施|一批民生工程: a count or a category, no programme
            }
            int implemented = grower.implementedStart(tokens, s, false);
            if (implemented >= 0 && growEnd - implemented >= 4) {
                return new Candidate(implemented, nameEnd, head.kindOf(true, false), "implemented-programme");
            }
            return null;
        }
        if (ws == 0 || s.charAt(ws - 1) != '、' || !g.found() || g.start() != ws) {
            return null;
        }
        int wide = Chars.clauseStart(s, growEnd, MAX_NAME, true);
        if (wide >= ws) {
            return null;
        }
        List<Token> all = doc.tokenizer().tokenize(doc.text(), new TextSpan(wide, growEnd));
        int implemented = grower.implementedStart(all, s, true);
        if (implemented >= 0 && implemented < ws) {
            return new Candidate(implemented, nameEnd, head.kindOf(true, false), "implemented-programme");
        }
        return null;
    }

    /**
     * “率先建成‘两型’城市和实现全面小康”的目标: a quoted clause joined to its head by 的 names the target; a
     * quoted keyword (实现“双碳”的目标) is a word inside a generic phrase. A clause holds a verb and at least
     * five characters in two words or more; quotations nested inside it stay in the name.
     */
    private Candidate quotedClauseTarget(Document doc, String s, int hs, int he, Head head) {
        if (hs < 3 || s.charAt(hs - 1) != '的' || !Chars.isCloseQuote(s.charAt(hs - 2))) {
            return null;
        }
        int close = hs - 2;
        int open = Chars.matchingOpenQuote(s, close);
        if (open < 0 || close - open - 1 < MIN_CLAUSE || !isCleanQuotation(s, open, close)) {
            return null;
        }
        List<Token> words = doc.tokenizer().tokenize(doc.text(), new TextSpan(open + 1, close));
        if (words.size() < 2 || isNumberedFormula(s, open + 1, close)) {
            return null; // “两个翻番”的目标: a numbered formula
        }
        for (Token t : words) {
            if (t.pos().startsWith("v")) {
                return new Candidate(open, he, head.kindOf(true, false), "quoted-clause");
            }
        }
        return null;
    }

    /** 两个翻番, 三个确保: a numeral and 个 open a numbered formula. */
    private static boolean isNumberedFormula(String s, int from, int to) {
        int k = from;
        while (k < to && NUMERALS.indexOf(s.charAt(k)) >= 0) {
            k++;
        }
        return k > from && k < to && s.charAt(k) == '个';
    }

    /**
     * 雁川港保税物流中心(B型)项目, 综合保税区(一期)项目: the open bracket of a short type or phase right before
     * the head, or -1. The type is at most {@link #MAX_TYPE} letters, digits or Han characters.
     */
    private static int bracketedType(String s, int close) {
        for (int k = close - 1; k > 0 && close - k <= MAX_TYPE + 1; k--) {
            char c = s.charAt(k);
            if (c == '(') {
                return k < close - 1 && k > 0 && Character.isLetterOrDigit(s.charAt(k - 1)) ? k : -1;
            }
            if (!Character.isLetterOrDigit(c)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * 今年6月，雁|山|实验室: an unknown two-character name HanLP left in single characters right before a
     * platform's head, after a clause start or a word that cannot belong to a name.
     */
    private boolean isStrandedPair(List<Token> tokens, String s, int end) {
        int n = tokens.size();
        if (n < 2 || tokens.get(n - 1).end() != end) {
            return false;
        }
        Token a = tokens.get(n - 2);
        Token b = tokens.get(n - 1);
        if (a.end() - a.start() != 1 || b.end() - b.start() != 1 || !isNameCharacter(a, s) || !isNameCharacter(b, s)
                || a.pos().startsWith("f") || a.pos().startsWith("v") || a.pos().startsWith("d")) {
            return false;
        }
        if (n == 2) {
            return true;
        }
        String pos = tokens.get(n - 3).pos();
        return pos.startsWith("v") || pos.startsWith("p") || pos.startsWith("c") || pos.startsWith("u")
                || pos.startsWith("w") || pos.startsWith("t") || pos.startsWith("d");
    }

    /** A single Han character that can be part of an unknown name: no numeral, owner, stop or function word. */
    private boolean isNameCharacter(Token t, String s) {
        String w = NameGrower.word(s, t);
        String pos = t.pos();
        return Chars.isHan(w.charAt(0)) && NUMERALS.indexOf(w.charAt(0)) < 0 && !pos.startsWith("p")
                && !pos.startsWith("c") && !pos.startsWith("u") && !pos.startsWith("r") && !pos.startsWith("m")
                && !lexicon.is(w, TokenClass.STOP) && !lexicon.is(w, TokenClass.ADMIN)
                && !lexicon.is(w, TokenClass.OWNER) && !lexicon.is(w, TokenClass.PLURAL);
    }

    /**
     * 实施“雁归兴乡”返乡创业计划: the open quote of a campaign's quoted name followed by content words (nouns,
     * verbs, adjectives) up to a programme's head, or -1.
     */
    private int quotationBeforeWords(List<Token> tokens, String s, int end) {
        int k = tokens.size() - 1;
        while (k >= 0 && (isPlainWord(tokens.get(k), s) || isSeriesAfterQuote(tokens, k, s))) {
            k--;
        }
        if (k < 0 || k == tokens.size() - 1 || !Chars.isCloseQuote(s.charAt(tokens.get(k).start()))
                || tokens.get(k).end() - tokens.get(k).start() != 1) {
            return -1;
        }
        int close = tokens.get(k).start();
        int open = Chars.matchingOpenQuote(s, close);
        if (open < 0 || !isCleanQuotation(s, open, close) || isNumberedFormula(s, open + 1, close)
                || !isCampaignName(s, open + 1, close)) {
            return -1;
        }
        return open;
    }

    /**
     * “奋进‘十四五’·雁川这五年”主题新闻发布会: the open quote of a quoted theme, quotations nested inside, with
     * at most {@link #MAX_THEME_WORDS} characters of plain words (主题, 新闻) before an event's head, or -1.
     */
    private int quotedTheme(Document doc, String s, int end) {
        int close = end - 1;
        while (close >= 0 && end - close <= MAX_THEME_WORDS && Chars.isHan(s.charAt(close))) {
            close--;
        }
        if (close < 1 || close == end - 1 || !Chars.isCloseQuote(s.charAt(close)) || s.charAt(close) != '”') {
            return -1;
        }
        int open = Chars.matchingOpenQuote(s, close);
        if (open < 0 || !isCleanQuotation(s, open, close) || isNumberedFormula(s, open + 1, close)) {
            return -1;
        }
        for (Token t : doc.tokenizer().tokenize(doc.text(), new TextSpan(close + 1, end))) {
            if (!isPlainWord(t, s)) {
                return -1;
            }
        }
        return open;
    }

    /** A noun, verb or adjective that can stand between a quotation and a programme's head: 返乡, 创业. */
    private boolean isPlainWord(Token t, String s) {
        String w = NameGrower.word(s, t);
        String pos = t.pos();
        // 专项, 集中: a campaign's manner word is plain whatever its tag (“清源2023”打击非法集资专项行动)
        boolean manner = lexicon.is(w, TokenClass.MANNER);
        return (pos.startsWith("n") || pos.startsWith("v") || pos.startsWith("a") || manner) && Chars.isHan(w.charAt(0))
                && !w.equals("的") && !lexicon.is(w, TokenClass.STOP) && !lexicon.is(w, TokenClass.PLURAL)
                && !lexicon.is(w, TokenClass.IMPLEMENT) && !NEGATIONS.contains(w);
    }

    /** 雁川没有保税物流平台: a negation among the name's words (tokens from the name's start on). */
    private static boolean isNegated(List<Token> tokens, String s, int start) {
        for (Token t : tokens) {
            if (t.start() >= start && NEGATIONS.contains(NameGrower.word(s, t))) {
                return true;
            }
        }
        return false;
    }

    /** 第三条时速350公里高铁, 布局第四代光源: 第, a numeral and a counting classifier make a description. */
    private static boolean isOrdinalDescription(String s, int start, int hs) {
        for (int at = Chars.indexIn(s, '第', start, hs); at >= 0; at = Chars.indexIn(s, '第', at + 1, hs)) {
            int k = at + 1;
            while (k < hs && NUMERALS.indexOf(s.charAt(k)) >= 0) {
                k++;
            }
            if (k > at + 1 && k < hs && DESCRIBING_CLASSIFIERS.indexOf(s.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** 市市通高铁, 县县通: a quotation that opens with a doubled character says "every one". */
    private static boolean isDistributiveSlogan(String s, int from, int to) {
        return to - from >= 3 && Chars.isHan(s.charAt(from)) && s.charAt(from) == s.charAt(from + 1);
    }

    /**
     * Whether a road section is named as works: not where its sentence speaks of traffic or a disaster
     * and of no works (建设, 开工, 改扩建...) in its sentence (施工期间，湘江大道二段交通管制 is works), at
     * most {@link #SECTION_CONTEXT} characters away on either side.
     */
    private static boolean hasWorksContext(String s, int start, int end) {
        int from = start;
        while (from > 0 && start - from < SECTION_CONTEXT && !endsSentence(s.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < s.length() && to - end < SECTION_CONTEXT && !endsSentence(s.charAt(to))) {
            to++;
        }
        String around = s.substring(from, start) + '|' + s.substring(end, to);
        return !containsAny(around, SECTION_TRAFFIC) || containsAny(around, SECTION_WORKS);
    }

    private static boolean endsSentence(char c) {
        return c == '。' || c == '\n' || c == ';' || c == '!' || c == '?';
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A name ends with its head only where something that can be a name stands before it. */
    private static boolean canEndName(String s, int hs) {
        char c = s.charAt(hs - 1);
        return Character.isLetterOrDigit(c) || Chars.isCloseQuote(c) || c == ')';
    }

    /**
     * Whether what follows the head shows an organization, a zone, a designation or a longer word:
     * 工程师, 平台公司, 工程技术研究中心 (one name word between the head and the exclusion).
     */
    private boolean isExcludedAfter(Document doc, String s, int he, String head) {
        if (he >= s.length()) {
            return false;
        }
        int excluded = lexicon.exclusionAt(s, he, head);
        if (excluded == he + 1 && he + 2 <= s.length()) {
            // 项目|部 is a department, 亚运会|部分 is not: a one-character exclusion must stand as a word
            List<Token> after = doc.tokenizer().tokenize(doc.text(), new TextSpan(he, Math.min(s.length(), he + 3)));
            return after.isEmpty() || after.get(0).end() == he + 1;
        }
        if (excluded >= 0) {
            return true;
        }
        for (int k = 1; k <= 4 && he + k < s.length(); k++) {
            if (Chars.isBoundary(s, he + k - 1) || Chars.isQuote(s.charAt(he + k - 1))) {
                return false;
            }
            int end = lexicon.exclusionAt(s, he + k, head);
            if (end - (he + k) >= 2) {
                List<Token> between = doc.tokenizer().tokenize(doc.text(), new TextSpan(he, he + k));
                // 工程|管理|局 is an office; 项目|落户|园区 a project that settles in a park (a verb of its own)
                if (between.size() == 1 && (grower.isNameWord(between.get(0), s) || isNameVerb(between.get(0), s))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A verb that can stand between a head and an office word (管理, 服务), not an intransitive one (落户). */
    private boolean isNameVerb(Token t, String s) {
        return t.pos().startsWith("v") && !t.pos().equals("vi")
                && !lexicon.is(s.substring(t.start(), t.end()), TokenClass.STOP);
    }

    /**
     * 储备“两重”项目120个，: a count that ends the clause after the head counts the projects, so the
     * phrase names a category; 扩容工程3个标段 counts something else.
     */
    private boolean isCountedAfter(String s, int he) {
        int k = he;
        while (k < s.length() && k - he < 8 && (NUMERALS.indexOf(s.charAt(k)) >= 0 || s.charAt(k) == '.'
                || s.charAt(k) == '万' || s.charAt(k) == '余' || s.charAt(k) == '多')) {
            k++;
        }
        if (k == he || k >= s.length() || !lexicon.is(s.substring(k, k + 1), TokenClass.COUNT)) {
            return false;
        }
        return k + 1 == s.length() || Chars.isBoundary(s, k + 1);
    }

    /**
     * The words before a head inside quotes name a campaign: not generic, no sequence number (第四次), no
     * numbered formula (两个翻番, 三大攻坚战, 十四五) opening it; a numeral among words is part of the name
     * (清凉一夏, 一村一品, 曙光二号, 雷霆2024).
     */
    private boolean isCampaignName(String s, int from, int to) {
        if (to <= from || Chars.indexIn(s, '第', from, to) >= 0) {
            return false;
        }
        if (NUMERALS.indexOf(s.charAt(from)) >= 0
                && (from + 1 == to || !Chars.isHan(s.charAt(from + 1)) || NUMERALS.indexOf(s.charAt(from + 1)) >= 0
                        || FORMULA_COUNTERS.indexOf(s.charAt(from + 1)) >= 0)) {
            return false;
        }
        return !lexicon.isGeneric(s.substring(from, to));
    }

    /** “铁拳”系列行动: 系列 right after a quoted name belongs to the campaign's name. */
    private static boolean isSeriesAfterQuote(List<Token> tokens, int k, String s) {
        Token t = tokens.get(k);
        return k > 0 && NameGrower.word(s, t).equals(SERIES) && Chars.isCloseQuote(s.charAt(tokens.get(k - 1).start()));
    }

    /** 4.1万余名普查, 300个项目: digits, a magnitude and a counter (余/多 between) open the words. */
    private static boolean isCountedNoun(String s, int from, int to) {
        int k = from;
        while (k < to && (Character.isDigit(s.charAt(k)) || s.charAt(k) == '.')) {
            k++;
        }
        if (k == from) {
            return false;
        }
        while (k < to && "万亿千百余多".indexOf(s.charAt(k)) >= 0) {
            k++;
        }
        return k < to && "名个人家户".indexOf(s.charAt(k)) >= 0;
    }

    /** Whether a Han character that is not a numeral stands in {@code [from, to)}. */
    private static boolean hasWordCharacter(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (Chars.isHan(c) && NUMERALS.indexOf(c) < 0 && c != '第' && c != '年' && c != '月' && c != '日') {
                return true;
            }
        }
        return false;
    }

    /** A quotation that can be a name: no clause punctuation inside, at least two characters. */
    private static boolean isCleanQuotation(String s, int open, int close) {
        if (close - open < 3) {
            return false;
        }
        for (int k = open + 1; k < close; k++) {
            char c = s.charAt(k);
            if (c != '、' && Chars.isBoundary(s, k)) {
                return false;
            }
        }
        return true;
    }

    /** 农博会, 服贸会, 2024西洽会, 第五届农博会: one character before the head, a year or 第N届 before it. */
    private Candidate abbreviatedEvent(Document doc, String s, int hs, int he) {
        char c = s.charAt(hs - 1);
        String one = String.valueOf(c);
        if (!Chars.isHan(c) || c == '览' || lexicon.is(one, TokenClass.STOP) || lexicon.is(one, TokenClass.ADMIN)
                || isFunctionCharacter(doc, s, hs - 1, he)) {
            return null;
        }
        int start = placeBefore(doc, s, hs - 1);
        int k = start > 0 && s.charAt(start - 1) == '年' ? start - 1 : start;
        int d = k;
        while (d > 0 && Chars.isDigit(s.charAt(d - 1)) && k - d < 4) {
            d--;
        }
        if (k - d == 4 && (d == 0 || !Chars.isDigit(s.charAt(d - 1)))) {
            start = d;
        } else if (start > 1 && s.charAt(start - 1) == '届') {
            int j = start - 2;
            while (j >= 0 && start - j <= 6 && NUMERALS.indexOf(s.charAt(j)) >= 0) {
                j--;
            }
            if (j >= 0 && j < start - 2 && s.charAt(j) == '第') {
                start = j;
            }
        }
        return new Candidate(start, he, ProjectKind.EVENT, "abbreviated-event");
    }

    /**
     * 第十五届|雁川|农交会, 湖南|农博会: the start of a place's name right before an abbreviated event's first
     * character, else {@code at}. A place is a proper name, or an unknown name HanLP left in single
     * characters (雁|川), at most {@link #SHORT_PLACE} characters, never an owner (省|市) or a function word.
     */
    private int placeBefore(Document doc, String s, int at) {
        int from = Math.max(0, at - SHORT_PLACE - 2);
        List<Token> before = doc.tokenizer().tokenize(doc.text(), new TextSpan(from, at));
        int start = at;
        int singles = 0;
        boolean proper = false;
        for (int i = before.size() - 1; i >= 0; i--) {
            Token t = before.get(i);
            String w = NameGrower.word(s, t);
            if (t.end() != start || at - t.start() > SHORT_PLACE || !Chars.isHan(w.charAt(0))
                    || NUMERALS.indexOf(w.charAt(0)) >= 0) {
                break;
            }
            if (NameGrower.isProper(t)) {
                proper = true;
            } else if (w.length() != 1 || !isPlaceCharacter(t, w)) {
                break;
            } else {
                singles++;
            }
            start = t.start();
        }
        boolean owner = start < at && (lexicon.is(s.substring(start, start + 1), TokenClass.ADMIN)
                || lexicon.is(s.substring(start, start + 1), TokenClass.OWNER));
        return (proper || singles >= 2) && !owner ? start : at; // 澧|州 ends with 州, 省|市 is no place
    }

    /** 雁, 川: a single character that can be part of an unknown name (a noun-like tag, no owner word). */
    private boolean isPlaceCharacter(Token t, String w) {
        String pos = t.pos();
        boolean nounLike = pos.startsWith("n") || pos.startsWith("b") || pos.startsWith("a") || pos.startsWith("j")
                || pos.equals("tg") || pos.equals("ng");
        return nounLike && w.charAt(0) != '届' && w.charAt(0) != '第' && !lexicon.is(w, TokenClass.STOP);
    }

    /**
     * 立交桥|下|交会: the character before a short event's head is a word of its own that cannot name an
     * event (a direction, preposition, adverb, pronoun or verb).
     */
    private static boolean isFunctionCharacter(Document doc, String s, int at, int he) {
        int from = Math.max(0, at - 3);
        for (Token t : doc.tokenizer().tokenize(doc.text(), new TextSpan(from, he))) {
            if (t.start() == at && t.end() == at + 1) {
                String pos = t.pos();
                return pos.startsWith("f") || pos.startsWith("p") || pos.startsWith("d") || pos.startsWith("c")
                        || pos.startsWith("u") || pos.startsWith("r") || pos.startsWith("v");
            }
        }
        return false;
    }

    /** A quoted five-year period inside the name: “十四五”, “十五五”, “九五”. */
    private static boolean hasFiveYearPeriod(String s, int start, int hs) {
        for (int k = start; k < hs; k++) {
            if (Chars.isOpenQuote(s.charAt(k))) {
                int close = Chars.closeQuoteAfter(s, k);
                if (close > 0 && close < hs && isFiveYearPeriod(s.substring(k + 1, close))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isFiveYearPeriod(String p) {
        String digits = "一二三四五六七八九";
        if (p.length() == 2) {
            return p.charAt(1) == '五' && (digits.indexOf(p.charAt(0)) >= 0 || p.charAt(0) == '十');
        }
        return p.length() == 3 && p.charAt(0) == '十' && digits.indexOf(p.charAt(1)) >= 0 && p.charAt(2) == '五';
    }

    /** …路…段: a road word in the name and a place (or a direction) right before 段. */
    private boolean isSection(String s, List<Token> tokens, NameGrower.Growth g, int start, int hs) {
        if (tokens.isEmpty() || g.first() >= tokens.size()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        String w = NameGrower.word(s, last);
        boolean place = NameGrower.isProper(last) || last.pos().equals("nz")
                || PLACE_ENDINGS.indexOf(w.charAt(w.length() - 1)) >= 0
                || (w.length() == 1 && DIRECTIONS.contains(w));
        return place && lexicon.hasRoadWord(s.substring(start, hs));
    }
}
