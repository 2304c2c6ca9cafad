package com.hospitalplan.report;

import java.time.LocalDate;

/**
 * A reporting period to open: which part of which year, when reports may be submitted from, when they are due and
 * how many days late they are still taken.
 */
public record NewPeriod(PeriodKind kind, int year, int part, LocalDate opensOn, LocalDate dueOn, int graceDays) {}
