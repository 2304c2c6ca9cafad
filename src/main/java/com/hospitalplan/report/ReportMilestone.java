package com.hospitalplan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Objects;

/** The status and percentage done of one milestone in one report. A part of {@link Report}. */
@Entity
class ReportMilestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long milestoneId;

    @Enumerated(EnumType.STRING)
    private MilestoneProgress status;

    @Column(name = "percent_done")
    private Integer percentDone;

    private String remark;

    protected ReportMilestone() {}

    ReportMilestone(Long milestoneId) {
        this.milestoneId = milestoneId;
    }

    boolean set(MilestoneProgress status, Integer percentDone, String remark) {
        if (percentDone != null && (percentDone < 0 || percentDone > 100)) {
            throw new IllegalArgumentException("A percentage lies between 0 and 100");
        }
        boolean changed = this.status != status
                || !Objects.equals(this.percentDone, percentDone)
                || !Objects.equals(this.remark, remark);
        this.status = status;
        this.percentDone = status == MilestoneProgress.DONE ? Integer.valueOf(100) : percentDone;
        this.remark = remark;
        return changed;
    }

    String shown() {
        return (status == null ? "" : status.name()) + (percentDone == null ? "" : " " + percentDone + "%");
    }

    Long milestoneId() {
        return milestoneId;
    }

    MilestoneProgress status() {
        return status;
    }

    Integer percentDone() {
        return percentDone;
    }

    String remark() {
        return remark;
    }
}
