package com.hospitalplan.targets;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One reported value at a date: a number, a level or a yes/no, as the indicator's value kind says.
 *
 * @param date the end of the period the value describes
 */
public record Measurement(LocalDate date, BigDecimal number, String level, Boolean yes) {

    public static Measurement number(int year, String value) {
        return new Measurement(LocalDate.of(year, 12, 31), new BigDecimal(value), null, null);
    }

    public static Measurement number(LocalDate date, BigDecimal value) {
        return new Measurement(date, value, null, null);
    }

    public static Measurement level(int year, String level) {
        return new Measurement(LocalDate.of(year, 12, 31), null, level, null);
    }

    public static Measurement yes(int year, boolean done) {
        return new Measurement(LocalDate.of(year, 12, 31), null, null, done);
    }

    public int year() {
        return date.getYear();
    }
}
