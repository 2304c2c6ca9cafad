package com.hospitalplan.project;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A project's dates of one stage: first planned, planned now (every move kept with its reason) and reached. The first
 * planned date is set once; after that the planned date changes only by {@link #move}.
 */
@Entity
class ProjectStageDate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long stageId;
    private String originalText;
    private LocalDate originalLatest;
    private String plannedText;
    private LocalDate plannedLatest;
    private String actualText;
    private LocalDate actualLatest;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "stage_date_id", nullable = false)
    @OrderBy("position")
    private List<StageDateChange> changes = new ArrayList<>();

    protected ProjectStageDate() {}

    ProjectStageDate(Long stageId) {
        this.stageId = stageId;
    }

    Long id() {
        return id;
    }

    Long stageId() {
        return stageId;
    }

    boolean planned() {
        return plannedText != null;
    }

    /** The first planned date: only while none is set (a set date moves with a reason). */
    void plan(VagueDate date) {
        if (planned()) {
            throw new IllegalStateException("Stage " + stageId + " already planned; move it with a reason");
        }
        originalText = date.text();
        originalLatest = date.latest();
        plannedText = date.text();
        plannedLatest = date.latest();
    }

    /** A new planned date with the reason, kept in the history; the first planned date stays. */
    void move(VagueDate to, String reason, String by, Instant at) {
        if (!planned()) {
            throw new IllegalStateException("Stage " + stageId + " has no planned date to move");
        }
        changes.add(new StageDateChange(changes.size() + 1, planned(plannedText), to, reason, by, at));
        plannedText = to.text();
        plannedLatest = to.latest();
    }

    /** The date the stage was reached, or null to clear a wrong entry. */
    void reach(VagueDate date) {
        actualText = date == null ? null : date.text();
        actualLatest = date == null ? null : date.latest();
    }

    private VagueDate planned(String text) {
        return new VagueDate(text, plannedLatest);
    }

    StageDates dates() {
        return new StageDates(
                VagueDate.of(originalText, originalLatest),
                VagueDate.of(plannedText, plannedLatest),
                VagueDate.of(actualText, actualLatest),
                changes.size());
    }

    List<ProjectDetail.DateChange> history() {
        return changes.stream().map(StageDateChange::view).toList();
    }
}
