package com.hospitalplan.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A locked period opened again for one institution until a date, by a reviewer, with a reason. */
@Entity
@Table(name = "period_reopening")
class PeriodReopening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long periodId;
    private Long organizationId;
    private LocalDate untilDate;
    private String reason;
    private Long reopenedBy;
    private Instant reopenedAt;

    protected PeriodReopening() {}

    PeriodReopening(
            Long periodId,
            Long organizationId,
            LocalDate untilDate,
            String reason,
            Long reopenedBy,
            Instant reopenedAt) {
        this.periodId = periodId;
        this.organizationId = organizationId;
        this.untilDate = untilDate;
        this.reason = reason;
        this.reopenedBy = reopenedBy;
        this.reopenedAt = reopenedAt;
    }

    boolean coversOn(LocalDate today) {
        return !today.isAfter(untilDate);
    }
}
