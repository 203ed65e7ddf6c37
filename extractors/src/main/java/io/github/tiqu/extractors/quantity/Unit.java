package io.github.tiqu.extractors.quantity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

import io.github.tiqu.extractors.Measure;

/**
 * One surface form of a unit or classifier: {@code 万千瓦} is {@code kW} ×10000, {@link Measure#POWER}.
 *
 * <p>Immutable and thread-safe (the flags are copied).
 *
 * @param surface  the form as written (in the normalized view)
 * @param symbol   the canonical symbol ({@code CNY}, {@code km}), or the classifier as written; for a
 *                 rate prefix ({@code 时速}) the denominator part ({@code /h})
 * @param measure  the measure
 * @param factor   folded into the value ({@code 角} is 0.1 CNY)
 * @param position where it stands relative to the figure
 * @param flags    how it is read (see {@link Flag})
 */
public record Unit(String surface, String symbol, Measure measure, BigDecimal factor, Position position,
        Set<Flag> flags) {

    /** Where a unit stands. */
    public enum Position {
        /** After the figure: 300元. */
        SUFFIX,
        /** Before it: ￥300, 时速350公里. */
        PREFIX,
        /** Either: 人民币300, 300人民币. */
        BOTH;

        boolean suffix() {
            return this != PREFIX;
        }

        boolean prefix() {
            return this != SUFFIX;
        }
    }

    /** Reading rules of a unit. */
    public enum Flag {
        /** A unit only where no word follows (两, 块, 角, 毛, 分): {@code 三块地} is a count. */
        END,
        /** Only after Arabic digits (方, 桶): {@code 三方} are parties, {@code 1.2万方} cubic metres. */
        DIGITS,
        /** Bare digits after it are its decimals: 一块二 1.2, 三米九 3.9. */
        DECIMAL,
        /** 度 and ° are read by context: temperature, energy, or as written. */
        DEGREE,
        /** The prefix negates the value: 零下5度 is -5 °C. */
        NEGATE,
        /** Before a 3-digit code it names an organization, not a count: 中航608所. */
        CODE,
        /** Money only in small sums: after a figure in 亿 it is the classifier ({@code 18.5亿块} chips). */
        SMALL,
        /** A degree of a scale only where an earthquake or wind is named: 5.8级地震, 风力6级; not 三级医院. */
        SCALE
    }

    public Unit {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(position, "position");
        flags = Set.copyOf(flags);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    public boolean isClassifier() {
        return measure == Measure.COUNT;
    }
}
