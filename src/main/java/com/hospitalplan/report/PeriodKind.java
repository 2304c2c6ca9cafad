package com.hospitalplan.report;

import java.time.LocalDate;

/** How often a plan is reported on; {@code part} numbers the half-year or quarter within the year. */
public enum PeriodKind {
    YEAR(1),
    HALF_YEAR(2),
    QUARTER(4);

    private final int partsPerYear;

    PeriodKind(int partsPerYear) {
        this.partsPerYear = partsPerYear;
    }

    public int partsPerYear() {
        return partsPerYear;
    }

    /**
     * How a period is named in Chinese wherever the language does not follow the reader (notices sent to many people,
     * workbooks passed around): "2024年度", "2024年上半年", "2024年第3季度".
     */
    public String chineseLabel(int year, int part) {
        checkPart(part);
        return switch (this) {
            case YEAR -> year + "年度";
            case HALF_YEAR -> year + (part == 1 ? "年上半年" : "年下半年");
            case QUARTER -> year + "年第" + part + "季度";
        };
    }

    /** The first day of part {@code part} of {@code year}. */
    public LocalDate startOf(int year, int part) {
        checkPart(part);
        return LocalDate.of(year, 1 + (part - 1) * (12 / partsPerYear), 1);
    }

    /** The last day of part {@code part} of {@code year}. */
    public LocalDate endOf(int year, int part) {
        return startOf(year, part).plusMonths(12 / partsPerYear).minusDays(1);
    }

    private void checkPart(int part) {
        if (part < 1 || part > partsPerYear) {
            throw new IllegalArgumentException(this + " has no part " + part);
        }
    }
}
