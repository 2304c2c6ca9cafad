package com.hospitalplan.targets;

import java.math.BigDecimal;

/** Where an indicator stood before the plan (现状): a number or a level, and its year. */
public record Baseline(BigDecimal number, String level, int year) {

    public static Baseline number(int year, String value) {
        return new Baseline(new BigDecimal(value), null, year);
    }

    public static Baseline level(int year, String level) {
        return new Baseline(null, level, year);
    }
}
