package io.github.tiqu.extractors;

/** What a named PROJECT is. */
public enum ProjectKind {
    /** Works being built: 涑水航道二期工程, G4京港澳高速扩容工程, road and bridge sections. */
    ENGINEERING,
    /** A titled document or a plan named by its period: 《…工作方案》, “十四五”规划. */
    DOCUMENT,
    /** Named programmes, targets, campaigns and research projects: 产业发展“千百十”工程. */
    PROGRAM,
    /** Platforms, laboratories, facilities, corridors: 长株潭教师培训共享平台. */
    PLATFORM,
    /** Expos, summits, forums, conferences: 第二届北斗规模应用国际峰会. */
    EVENT
}
