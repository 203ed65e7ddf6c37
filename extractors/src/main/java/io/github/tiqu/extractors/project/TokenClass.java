package io.github.tiqu.extractors.project;

/** What a word does at the edge of or inside a project name (see tokens.tsv). */
enum TokenClass {
    /** A governing verb, adverb or function word: the name starts after it (推进|…工程). */
    STOP,
    /** An owner's or jurisdiction's qualifier, outside the name (全市|…工程). */
    ADMIN,
    /** Does not make a name specific (重大, 民生, 重点). */
    GENERIC,
    /** A verb that belongs inside names (扩容, 改造, 共享). */
    INTERNAL,
    /** A verb that belongs inside names but never begins one: 加快|建设|长沙地铁7号线. */
    LEAD,
    /** Makes a 工程/项目 name a programme or research project (攻关, 人才). */
    PROGRAM,
    /** A verb of carrying out: what it governs up to a programme head is the programme's name (实施|…行动). */
    IMPLEMENT,
    /** A plural determiner: what follows it is a category, not a name (一批|重大…工程). */
    PLURAL,
    /** A proper name that HanLP tags as a common noun (芙蓉, 潇湘): makes a name specific (芙蓉实验室). */
    PROPER,
    /** A size class after an amount: what follows is a category of projects (百亿元|级|项目, 亿元|以上|项目). */
    SIZE,
    /** A classifier: a count before a name is not part of it (个, 项). */
    COUNT,
    /** A word of construction works: a 工程 with it is ENGINEERING, without it a programme (码头, 扩建). */
    WORKS,
    /** A zone word that HanLP may split (经开区, 高新区): part of a place name inside a project name. */
    ZONE,
    /** Makes a …段 a road or bridge section (路, 大道, 高速). */
    ROAD,
    /**
     * Says how or when an activity is done (专项, 集中, 联合, 年度): what a verb of carrying out governs from
     * it on is an activity, not a programme (开展|专项整治|行动, 实施|年度投资|计划).
     */
    MANNER,
    /**
     * An owner who stays outside a quoted programme right after it (国家|“东数西算”工程) but belongs to an
     * institution's name (国家超级计算长沙中心).
     */
    OWNER,
    /** A production capacity (年产): a 项目 or 工程 with it names a plant being built, a works. */
    CAPACITY,
    /** A measure of a works that HanLP tags as a verb (产能, 投资): after a phase it keeps the phase out (工程|一期产能). */
    PHASE_MEASURE,
    /** A national strategy or network formula (一带一路, 八纵八横): quoted, what follows it is a category under it. */
    FORMULA
}
