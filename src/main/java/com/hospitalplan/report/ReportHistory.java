package com.hospitalplan.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change: who did what to which item, when, from which value to which, and why. Never changed. */
@Entity
@Table(name = "report_history")
class ReportHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long reportId;
    private Long periodId;
    private Long actorId;
    private Instant at;
    private String action;
    private String item;
    private String oldValue;
    private String newValue;
    private String reason;

    protected ReportHistory() {}

    ReportHistory(
            Long reportId,
            Long periodId,
            Long actorId,
            Instant at,
            String action,
            String item,
            String oldValue,
            String newValue,
            String reason) {
        this.reportId = reportId;
        this.periodId = periodId;
        this.actorId = actorId;
        this.at = at;
        this.action = action;
        this.item = item;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
    }

    Long reportId() {
        return reportId;
    }

    Long actorId() {
        return actorId;
    }

    Instant at() {
        return at;
    }

    String action() {
        return action;
    }

    String item() {
        return item;
    }

    String oldValue() {
        return oldValue;
    }

    String newValue() {
        return newValue;
    }

    String reason() {
        return reason;
    }
}
