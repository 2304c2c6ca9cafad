package com.hospitalplan.report;

import java.time.LocalDate;

/**
 * A reporting period to open, as entered: which part of which year, when reports may be submitted from, when they
 * are due and how many days late they are still taken. Whatever was left out is {@code null}.
 */
public record NewPeriod(PeriodKind kind, Integer year, int part, LocalDate opensOn, LocalDate dueOn, int graceDays) {

    /** Whether everything needed is there and the grace days lie between 0 and 60. */
    boolean isComplete() {
        return kind != null && year != null && opensOn != null && dueOn != null && graceDays >= 0 && graceDays <= 60;
    }
}
