package io.github.tiqu.extractors;

/** The physical or economic dimension of a QUANTITY's unit. */
public enum Measure {
    CURRENCY,
    LENGTH,
    AREA,
    VOLUME,
    MASS,
    POWER,
    ENERGY,
    ELECTRIC,
    RATE,
    CONTAINER,
    TEMPERATURE,
    AGE,
    RATIO,
    COUNT,
    OTHER
}
