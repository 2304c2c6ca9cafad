package com.hospitalplan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A period a plan is reported on (2024年, 2024年上半年, 2024年第3季度). Reports may be submitted from the opening
 * date until the due date plus the grace days, while the period is open; after that it is locked, except for an
 * institution a reviewer reopens it for.
 */
@Entity
@Table(name = "reporting_period")
class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;

    @Enumerated(EnumType.STRING)
    private PeriodKind kind;

    private int year;
    private int part;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate opensOn;
    private LocalDate dueOn;
    private int graceDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private PeriodStatus status = PeriodStatus.OPEN;

    @Version
    private long version;

    protected ReportingPeriod() {}

    ReportingPeriod(
            Long planId, PeriodKind kind, int year, int part, LocalDate opensOn, LocalDate dueOn, int graceDays) {
        if (dueOn.isBefore(opensOn)) {
            throw new IllegalArgumentException("A period cannot be due before it opens");
        }
        if (graceDays < 0 || graceDays > 60) {
            throw new IllegalArgumentException("Grace days must lie between 0 and 60");
        }
        this.planId = planId;
        this.kind = kind;
        this.year = year;
        this.part = part;
        this.startsOn = kind.startOf(year, part);
        this.endsOn = kind.endOf(year, part);
        this.opensOn = opensOn;
        this.dueOn = dueOn;
        this.graceDays = graceDays;
    }

    /** The last day a report is still accepted without a reopening. */
    LocalDate lastDay() {
        return dueOn.plusDays(graceDays);
    }

    boolean acceptsReportsOn(LocalDate today) {
        return status == PeriodStatus.OPEN && !today.isBefore(opensOn) && !today.isAfter(lastDay());
    }

    boolean isOverdueOn(LocalDate today) {
        return today.isAfter(dueOn);
    }

    void close() {
        status = PeriodStatus.CLOSED;
    }

    void reopen() {
        status = PeriodStatus.OPEN;
    }

    Long id() {
        return id;
    }

    Long planId() {
        return planId;
    }

    PeriodKind kind() {
        return kind;
    }

    int year() {
        return year;
    }

    int part() {
        return part;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    LocalDate opensOn() {
        return opensOn;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    int graceDays() {
        return graceDays;
    }

    PeriodStatus status() {
        return status;
    }

    long version() {
        return version;
    }
}
