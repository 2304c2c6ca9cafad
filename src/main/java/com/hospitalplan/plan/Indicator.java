package com.hospitalplan.plan;

import com.hospitalplan.targets.StoredTarget;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;

/** A measured indicator with its baseline (现状) and its target, kept in the document's own wording. */
@Entity
class Indicator extends GoalLinkedItem {

    private String targetText;
    private String targetStructure;
    private String targetReading;

    @Enumerated(EnumType.STRING)
    private StoredTarget.ReadBy targetReadBy;

    private Integer targetParserVersion;
    private String targetSource;

    private Long aggregationWeightId;

    /** The construction project of the same plan the target is about, or {@code null}. */
    private Long projectId;

    @Embedded
    private IndicatorDefinition definition;

    @ElementCollection
    @CollectionTable(name = "indicator_yearly_target", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderBy("year")
    private List<IndicatorYearlyTarget> yearlyTargets = new ArrayList<>();

    protected Indicator() {}

    Indicator(Long planId, int position) {
        super(planId, position);
    }

    /** @param weightId the indicator of the same plan that weighs a weighted average, or {@code null} */
    void describe(Long goalId, IndicatorDefinition definition, Long weightId) {
        belongTo(goalId);
        this.definition = definition;
        this.aggregationWeightId = weightId;
    }

    /** @param projectId a construction project of the same plan (checked by the caller), or {@code null} */
    void linkProject(Long projectId) {
        this.projectId = projectId;
    }

    Long projectId() {
        return projectId;
    }

    IndicatorDefinition definition() {
        return definition;
    }

    void setTargets(IndicatorTargets targets) {
        this.targetText = targets.text();
        this.targetStructure = targets.structure();
        storeReading(targets.reading());
        this.yearlyTargets.clear();
        targets.yearly().forEach(y -> yearlyTargets.add(IndicatorYearlyTarget.read(y, targets.context())));
    }

    String targetText() {
        return targetText;
    }

    /** Keeps what the product understood of the target (a newer parser's reading, once a planner accepts it). */
    void storeReading(StoredTarget reading) {
        this.targetReading = reading.reading();
        this.targetReadBy = reading.readBy();
        this.targetParserVersion = reading.parserVersion();
    }

    /** What the product understood of the target when it was saved. */
    StoredTarget storedTarget() {
        return new StoredTarget(targetReading, targetReadBy, targetParserVersion);
    }

    /**
     * Makes another statement of the document the target that counts: its wording, reading and source. Any planner's
     * structured entry gives way to it.
     */
    void replaceTarget(String targetText, String source, StoredTarget reading) {
        this.targetText = targetText;
        this.targetSource = source;
        this.targetStructure = null;
        storeReading(reading);
    }

    /** Where the target stands in the document, or {@code null}. */
    String targetSource() {
        return targetSource;
    }

    /** The structured form of a target the parser cannot read (JSON), or {@code null}. */
    String targetStructure() {
        return targetStructure;
    }

    Long aggregationWeightId() {
        return aggregationWeightId;
    }

    List<YearlyTarget> yearlyTargets() {
        return yearlyTargets.stream().map(IndicatorYearlyTarget::yearlyTarget).toList();
    }

    /** The yearly targets with what they were understood as when they were saved. */
    List<IndicatorYearlyTarget> storedYearlyTargets() {
        return List.copyOf(yearlyTargets);
    }
}
