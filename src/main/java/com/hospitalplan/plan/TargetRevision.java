package com.hospitalplan.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** An adjustment of a published plan's target (中期调整): what it was, what it became, who, when and why. */
@Entity
class TargetRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long indicatorId;
    private Integer year;
    private String oldText;
    private String oldReading;
    private String newText;
    private String reason;
    private Long revisedBy;
    private Instant revisedAt;

    protected TargetRevision() {}

    TargetRevision(
            Long indicatorId,
            Integer year,
            String oldText,
            String oldReading,
            String newText,
            String reason,
            Long revisedBy,
            Instant revisedAt) {
        this.indicatorId = indicatorId;
        this.year = year;
        this.oldText = oldText;
        this.oldReading = oldReading;
        this.newText = newText;
        this.reason = reason;
        this.revisedBy = revisedBy;
        this.revisedAt = revisedAt;
    }

    Long id() {
        return id;
    }

    Long indicatorId() {
        return indicatorId;
    }

    Integer year() {
        return year;
    }

    String oldText() {
        return oldText;
    }

    /** What the original wording was understood as (JSON), or {@code null}. */
    String oldReading() {
        return oldReading;
    }

    String newText() {
        return newText;
    }

    String reason() {
        return reason;
    }

    Long revisedBy() {
        return revisedBy;
    }

    Instant revisedAt() {
        return revisedAt;
    }
}
