package io.github.tiqu.extractors;

/** How a figure or a date relates to its value; the trigger word is inside the mention's span. */
public enum Mod {
    /** 超过, 超, 突破, 逾, 以上, 多, 余, 高于, 不低于, 至少. */
    MORE_THAN,
    /** 不足, 不到, 以下, 低于. */
    LESS_THAN,
    /** 约, 左右, 近, 大约, 上下. */
    APPROX,
    /** 截至 X, X 前. */
    UNTIL,
    /** X 以来, N年来. */
    SINCE,
    /** X 起, 自 X. */
    FROM,
    /** 年初, 月初. */
    START,
    /** 年中. */
    MID,
    /** 年底, 年末, 月底. */
    END
}
