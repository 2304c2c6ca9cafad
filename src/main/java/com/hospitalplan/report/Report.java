package com.hospitalplan.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One reporting unit's report for one period. Its status changes only through the methods below, each of which
 * checks the current status: a draft or returned report is edited and submitted; a submitted one is approved or
 * returned; an approved one is locked until a reviewer reopens it with a reason.
 */
@Entity
class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long periodId;
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    private ReportStatus status = ReportStatus.DRAFT;

    private String achievements;
    private String problems;
    private String nextSteps;
    private String returnReason;
    private Instant submittedAt;
    private Long submittedBy;
    private Instant decidedAt;
    private Long decidedBy;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Report() {}

    Report(Long periodId, Long organizationId, Instant now) {
        this.periodId = periodId;
        this.organizationId = organizationId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    boolean isEditable() {
        return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
    }

    void describe(String achievements, String problems, String nextSteps, Instant now) {
        requireEditable();
        this.achievements = achievements;
        this.problems = problems;
        this.nextSteps = nextSteps;
        this.updatedAt = now;
    }

    void submit(Long userId, Instant now) {
        requireEditable();
        status = ReportStatus.SUBMITTED;
        submittedAt = now;
        submittedBy = userId;
        updatedAt = now;
    }

    void approve(Long userId, Instant now) {
        if (status != ReportStatus.SUBMITTED) {
            throw new ReportStateException("report.error.notSubmitted");
        }
        status = ReportStatus.APPROVED;
        decidedAt = now;
        decidedBy = userId;
        returnReason = null;
        updatedAt = now;
    }

    void returnToReporter(String reason, Long userId, Instant now) {
        if (status != ReportStatus.SUBMITTED) {
            throw new ReportStateException("report.error.notSubmitted");
        }
        requireReason(reason);
        status = ReportStatus.RETURNED;
        returnReason = reason;
        decidedAt = now;
        decidedBy = userId;
        updatedAt = now;
    }

    /** An approved report is opened again for correction; the reason is recorded. */
    void reopen(String reason, Long userId, Instant now) {
        if (status != ReportStatus.APPROVED) {
            throw new ReportStateException("report.error.notApproved");
        }
        requireReason(reason);
        status = ReportStatus.RETURNED;
        returnReason = reason;
        decidedAt = now;
        decidedBy = userId;
        updatedAt = now;
    }

    void requireEditable() {
        if (!isEditable()) {
            throw new ReportStateException("report.error.locked");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReportStateException("report.error.reasonRequired");
        }
    }

    Long id() {
        return id;
    }

    Long periodId() {
        return periodId;
    }

    Long organizationId() {
        return organizationId;
    }

    ReportStatus status() {
        return status;
    }

    String achievements() {
        return achievements;
    }

    String problems() {
        return problems;
    }

    String nextSteps() {
        return nextSteps;
    }

    String returnReason() {
        return returnReason;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
