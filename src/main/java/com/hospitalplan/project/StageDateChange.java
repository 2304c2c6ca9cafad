package com.hospitalplan.project;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One move of a stage's planned date, with its reason, who moved it and when. */
@Entity
@Table(name = "project_stage_date_change")
class StageDateChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;
    private String fromText;
    private LocalDate fromLatest;
    private String toText;
    private LocalDate toLatest;
    private String reason;
    private String changedBy;
    private Instant changedAt;

    protected StageDateChange() {}

    StageDateChange(int position, VagueDate from, VagueDate to, String reason, String by, Instant at) {
        this.position = position;
        this.fromText = from.text();
        this.fromLatest = from.latest();
        this.toText = to.text();
        this.toLatest = to.latest();
        this.reason = reason;
        this.changedBy = by;
        this.changedAt = at;
    }

    ProjectDetail.DateChange view() {
        return new ProjectDetail.DateChange(
                new VagueDate(fromText, fromLatest), new VagueDate(toText, toLatest), reason, changedBy, changedAt);
    }
}
