package com.hospitalplan.plan;

import com.hospitalplan.targets.Direction;
import com.hospitalplan.targets.StoredTarget;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A measured indicator with its baseline (现状) and its target, kept in the document's own wording. */
@Entity
class Indicator extends GoalLinkedItem {

    private String number;
    private String category;
    private String name;
    private String unit;
    private String definition;

    @Enumerated(EnumType.STRING)
    private Direction direction = Direction.HIGHER_IS_BETTER;

    @Enumerated(EnumType.STRING)
    private ValueKind valueKind = ValueKind.NUMBER;

    private String levelScale;
    private boolean binding;
    private BigDecimal baselineValue;
    private String baselineLevel;
    private Integer baselineYear;
    private String targetText;
    private String targetStructure;
    private String targetReading;

    @Enumerated(EnumType.STRING)
    private StoredTarget.ReadBy targetReadBy;

    private Integer targetParserVersion;
    private String targetSource;
    private String note;

    @Enumerated(EnumType.STRING)
    private Aggregation aggregation;

    private Long aggregationWeightId;

    @ElementCollection
    @CollectionTable(name = "indicator_yearly_target", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderBy("year")
    private List<IndicatorYearlyTarget> yearlyTargets = new ArrayList<>();

    protected Indicator() {}

    Indicator(Long planId, int position) {
        super(planId, position);
    }

    void describe(IndicatorDefinition definition) {
        belongTo(definition.goalId());
        this.number = definition.number();
        this.category = definition.category();
        this.name = definition.name();
        this.unit = definition.unit();
        this.definition = definition.definition();
        this.direction = definition.direction();
        this.valueKind = definition.valueKind();
        this.levelScale = definition.levelScale();
        this.binding = definition.binding();
        this.baselineValue = definition.baselineValue();
        this.baselineLevel = definition.baselineLevel();
        this.baselineYear = definition.baselineYear();
        this.note = definition.note();
        this.aggregation = definition.aggregation();
        this.aggregationWeightId = definition.aggregationWeightId();
    }

    void setTargets(IndicatorTargets targets) {
        this.targetText = targets.text();
        this.targetStructure = targets.structure();
        storeReading(targets.reading());
        this.yearlyTargets.clear();
        targets.yearly().forEach(y -> yearlyTargets.add(IndicatorYearlyTarget.read(y, targets.context())));
    }

    String number() {
        return number;
    }

    String category() {
        return category;
    }

    String name() {
        return name;
    }

    String unit() {
        return unit;
    }

    String definitionText() {
        return definition;
    }

    Direction direction() {
        return direction;
    }

    ValueKind valueKind() {
        return valueKind;
    }

    String levelScale() {
        return levelScale;
    }

    boolean binding() {
        return binding;
    }

    BigDecimal baselineValue() {
        return baselineValue;
    }

    String baselineLevel() {
        return baselineLevel;
    }

    Integer baselineYear() {
        return baselineYear;
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

    String note() {
        return note;
    }

    /** The declared rule, or {@code null} for the value kind's default. */
    Aggregation aggregation() {
        return aggregation;
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
