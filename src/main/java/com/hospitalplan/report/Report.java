package com.hospitalplan.report;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One reporting unit's report for one period, with its parts: the values of its indicators, the progress of its
 * milestones and their sub-targets, and the money spent against its budget lines. Its status and its parts change
 * only through the methods below, each of which checks the current status: a draft or returned report is edited and
 * submitted; a submitted one is approved or returned; an approved one is locked until a reviewer reopens it with a
 * reason. Each decision records an event, published when the repository saves the report.
 */
@Entity
class Report extends AbstractAggregateRoot<Report> {

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

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    @MapKey(name = "indicatorId")
    @BatchSize(size = 64)
    private Map<Long, ReportValue> values = new HashMap<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    @MapKey(name = "milestoneId")
    @BatchSize(size = 64)
    private Map<Long, ReportMilestone> milestones = new HashMap<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    @BatchSize(size = 64)
    private List<ReportSubTarget> subTargets = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    @MapKey(name = "budgetLineId")
    @BatchSize(size = 64)
    private Map<Long, ReportSpending> spending = new HashMap<>();

    protected Report() {}

    Report(Long periodId, Long organizationId, Instant now) {
        this.periodId = periodId;
        this.organizationId = organizationId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A value shown before and after a change, for the history. */
    record Change(String before, String after) {}

    boolean isEditable() {
        return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
    }

    /** Sets the narrative; says whether it changed. */
    boolean describe(String achievements, String problems, String nextSteps, Instant now) {
        requireEditable();
        if (Objects.equals(this.achievements, achievements)
                && Objects.equals(this.problems, problems)
                && Objects.equals(this.nextSteps, nextSteps)) {
            return false;
        }
        this.achievements = achievements;
        this.problems = problems;
        this.nextSteps = nextSteps;
        this.updatedAt = now;
        return true;
    }

    /** Sets an indicator's value; the change, if anything changed. */
    Optional<Change> enterValue(Long indicatorId, BigDecimal number, String level, Boolean yes, String explanation) {
        requireEditable();
        ReportValue value = values.computeIfAbsent(indicatorId, ReportValue::new);
        String before = value.shown();
        return changed(value.set(number, level, yes, explanation), before, value.shown());
    }

    /** Sets a milestone's progress; the change, if anything changed. */
    Optional<Change> enterProgress(Long milestoneId, MilestoneProgress progress, Integer percentDone, String remark) {
        requireEditable();
        ReportMilestone row = milestones.computeIfAbsent(milestoneId, ReportMilestone::new);
        String before = row.shown();
        return changed(row.set(progress, percentDone, remark), before, row.shown());
    }

    /** Sets a milestone sub-target's value; the change, if anything changed. */
    Optional<Change> enterSubTarget(ReportSubTarget.Key key, BigDecimal number, Boolean yes) {
        requireEditable();
        ReportSubTarget part = subTarget(key).orElseGet(() -> {
            ReportSubTarget added = new ReportSubTarget(key.milestoneId(), key.position());
            subTargets.add(added);
            return added;
        });
        String before = part.shown();
        return changed(part.set(number, yes), before, part.shown());
    }

    /** Sets the money spent against a budget line; the change, if anything changed. */
    Optional<Change> enterSpending(Long budgetLineId, BigDecimal amount, String remark) {
        requireEditable();
        ReportSpending row = spending.computeIfAbsent(budgetLineId, ReportSpending::new);
        String before = row.shown();
        return changed(row.set(amount, remark), before, row.shown());
    }

    private static Optional<Change> changed(boolean changed, String before, String after) {
        return changed ? Optional.of(new Change(before, after)) : Optional.empty();
    }

    /** A section another feature adds to the report changed ({@link ReportSection}): a new version of the report. */
    void sectionChanged(Instant now) {
        requireEditable();
        updatedAt = now;
    }

    void submit(Long userId, Instant now, ReportedPlan plan) {
        requireEditable();
        boolean resubmission = status == ReportStatus.RETURNED;
        status = ReportStatus.SUBMITTED;
        submittedAt = now;
        submittedBy = userId;
        updatedAt = now;
        registerEvent(new ReportSubmitted(id, periodId, plan.planId(), organizationId, plan.title(), resubmission));
    }

    /** Approves a submitted report: its values become official and lose the reasons they were returned with. */
    void approve(Long userId, Instant now, ReportedPlan plan) {
        requireSubmitted();
        status = ReportStatus.APPROVED;
        returnReason = null;
        values.values().forEach(value -> value.returnWith(null));
        decided(userId, now);
        registerEvent(new ReportApproved(id, periodId, plan.planId(), organizationId, plan.title()));
    }

    /** Returns a submitted report with a reason and, for single values, reasons by indicator. */
    void returnToReporter(String reason, Map<Long, String> valueReasons, Long userId, Instant now, ReportedPlan plan) {
        requireSubmitted();
        requireReason(reason);
        if (valueReasons.values().stream()
                .anyMatch(valueReason ->
                        valueReason != null && valueReason.strip().length() > ReportInput.REMARK)) {
            throw new ReportStateException("report.error.valueReasonTooLong");
        }
        status = ReportStatus.RETURNED;
        returnReason = reason;
        values.values().forEach(value -> value.returnWith(null));
        valueReasons.forEach((indicatorId, valueReason) -> {
            ReportValue value = values.get(indicatorId);
            if (value != null && valueReason != null && !valueReason.isBlank()) {
                value.returnWith(valueReason.strip());
            }
        });
        decided(userId, now);
        registerEvent(new ReportReturned(id, periodId, plan.planId(), organizationId, plan.title(), reason));
    }

    /** An approved report is opened again for correction; the reason is recorded. */
    void reopen(String reason, Long userId, Instant now, ReportedPlan plan) {
        if (status != ReportStatus.APPROVED) {
            throw new ReportStateException("report.error.notApproved");
        }
        requireReason(reason);
        status = ReportStatus.RETURNED;
        returnReason = reason;
        decided(userId, now);
        registerEvent(new ReportReopened(id, periodId, plan.planId(), organizationId, plan.title(), reason));
    }

    private void decided(Long userId, Instant now) {
        decidedAt = now;
        decidedBy = userId;
        updatedAt = now;
    }

    void requireEditable() {
        if (!isEditable()) {
            throw new ReportStateException("report.error.locked");
        }
    }

    private void requireSubmitted() {
        if (status != ReportStatus.SUBMITTED) {
            throw new ReportStateException("report.error.notSubmitted");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReportStateException("report.error.reasonRequired");
        }
        // the columns keep 2000 characters: a longer reason is refused with a message, not a database error
        if (reason.strip().length() > ReportInput.REMARK) {
            throw new ReportStateException("report.error.reasonTooLong");
        }
    }

    /** The events recorded since the report was last saved. */
    Collection<Object> recordedEvents() {
        return domainEvents();
    }

    /** The statuses in which the dashboards count a report's values: submitted or approved. */
    static final Set<ReportStatus> COUNTED =
            Collections.unmodifiableSet(EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.APPROVED));

    /** Whether the dashboards count the report's values: it was submitted or approved. */
    boolean counts() {
        return COUNTED.contains(status);
    }

    Map<Long, ReportValue> values() {
        return Collections.unmodifiableMap(values);
    }

    Map<Long, ReportMilestone> milestones() {
        return Collections.unmodifiableMap(milestones);
    }

    Map<Long, ReportSpending> spending() {
        return Collections.unmodifiableMap(spending);
    }

    List<ReportSubTarget> subTargets() {
        return Collections.unmodifiableList(subTargets);
    }

    Optional<ReportSubTarget> subTarget(ReportSubTarget.Key key) {
        return subTargets.stream().filter(p -> p.key().equals(key)).findFirst();
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

    long version() {
        return version;
    }
}
