package com.hospitalplan.plan.web;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.IndicatorDefinition;
import com.hospitalplan.plan.IndicatorView;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.plan.YearlyTarget;
import com.hospitalplan.targets.Direction;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** An indicator with its baseline and target as the document writes them; yearly targets one per line as "2023: ≥30%". */
public class IndicatorForm extends StructuredTargetForm {

    private Long goalId;

    @Size(max = 16, message = "{form.tooLong}")
    private String number;

    @Size(max = 64, message = "{form.tooLong}")
    private String category;

    @NotBlank(message = "{indicator.form.nameRequired}")
    @Size(max = 255, message = "{form.tooLong}")
    private String name;

    @Size(max = 32, message = "{form.tooLong}")
    private String unit;

    @Size(max = 4000, message = "{form.tooLong}")
    private String definition;

    @NotNull
    private Direction direction = Direction.HIGHER_IS_BETTER;

    @NotNull
    private ValueKind valueKind = ValueKind.NUMBER;

    private String levelScale;

    private boolean binding;

    @Size(max = 32, message = "{form.tooLong}")
    private String baseline;

    @Min(value = 1990, message = "{plan.form.yearRange}")
    @Max(value = 2100, message = "{plan.form.yearRange}")
    private Integer baselineYear;

    @NotBlank(message = "{indicator.form.targetRequired}")
    @Size(max = 500, message = "{form.tooLong}")
    private String target;

    @Size(max = 4000, message = "{form.tooLong}")
    private String yearlyTargets;

    @Size(max = 4000, message = "{form.tooLong}")
    private String note;

    private Aggregation aggregation;

    private Long aggregationWeightId;

    /** The construction project of the plan the target is about ("2025年投入使用"), or {@code null}. */
    private Long projectId;

    @Size(max = 1000, message = "{form.tooLong}")
    private String revisionReason;

    static IndicatorForm of(IndicatorView indicator) {
        IndicatorDefinition d = indicator.definition();
        IndicatorForm form = new IndicatorForm();
        form.goalId = indicator.goalId();
        form.number = d.number();
        form.category = d.category();
        form.name = d.name();
        form.unit = d.unit();
        form.definition = d.definition();
        form.direction = d.direction();
        form.valueKind = d.valueKind();
        form.levelScale = d.levelScale();
        form.binding = d.binding();
        form.baseline = d.baselineLevel() != null
                ? d.baselineLevel()
                : d.baselineValue() == null
                        ? null
                        : d.baselineValue().stripTrailingZeros().toPlainString();
        form.baselineYear = d.baselineYear();
        form.note = d.note();
        form.aggregation = d.aggregation();
        form.target = indicator.targetText();
        form.yearlyTargets = String.join(
                "\n",
                indicator.yearlyTargets().stream()
                        .map(y -> y.year() + ": " + y.targetText())
                        .toList());
        form.fillUnits(indicator.responsible());
        form.aggregationWeightId = indicator.aggregationWeightId();
        form.projectId = indicator.projectId();
        form.setVersion(indicator.version());
        if (indicator.targetStructured() && indicator.target() != null) {
            form.fillStructured(indicator.target());
        }
        return form;
    }

    /** A number baseline, unless the indicator is measured in levels; {@code null} when it is not a number. */
    BigDecimal baselineNumber() {
        if (baseline == null || baseline.isBlank() || valueKind == ValueKind.LEVEL) {
            return null;
        }
        try {
            return new BigDecimal(baseline.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    boolean baselineReadable() {
        return baseline == null || baseline.isBlank() || valueKind == ValueKind.LEVEL || baselineNumber() != null;
    }

    /** The yearly targets, or {@code null} when a line is not "year: target". */
    List<YearlyTarget> yearlyTargetList() {
        return Texts.yearlyTargets(yearlyTargets);
    }

    PlanCommands.SaveIndicator command() {
        return new PlanCommands.SaveIndicator(
                goalId,
                new IndicatorDefinition(
                        Texts.blankToNull(number),
                        Texts.blankToNull(category),
                        name.strip(),
                        Texts.blankToNull(unit),
                        Texts.blankToNull(definition),
                        direction,
                        valueKind,
                        valueKind == ValueKind.LEVEL ? Texts.blankToNull(levelScale) : null,
                        binding,
                        baselineNumber(),
                        valueKind == ValueKind.LEVEL ? Texts.blankToNull(baseline) : null,
                        baselineYear,
                        Texts.blankToNull(note),
                        aggregation),
                aggregation == Aggregation.WEIGHTED_AVERAGE ? aggregationWeightId : null,
                target.strip(),
                structuredTarget(unit, target),
                yearlyTargetList(),
                getLeadingUnitId(),
                otherUnits(),
                revisionReason,
                projectId);
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public Aggregation getAggregation() {
        return aggregation;
    }

    public void setAggregation(Aggregation aggregation) {
        this.aggregation = aggregation;
    }

    public Long getAggregationWeightId() {
        return aggregationWeightId;
    }

    public void setAggregationWeightId(Long aggregationWeightId) {
        this.aggregationWeightId = aggregationWeightId;
    }

    public Long getGoalId() {
        return goalId;
    }

    public void setGoalId(Long goalId) {
        this.goalId = goalId;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public ValueKind getValueKind() {
        return valueKind;
    }

    public void setValueKind(ValueKind valueKind) {
        this.valueKind = valueKind;
    }

    public String getLevelScale() {
        return levelScale;
    }

    public void setLevelScale(String levelScale) {
        this.levelScale = levelScale;
    }

    public boolean isBinding() {
        return binding;
    }

    public void setBinding(boolean binding) {
        this.binding = binding;
    }

    public String getBaseline() {
        return baseline;
    }

    public void setBaseline(String baseline) {
        this.baseline = baseline;
    }

    public Integer getBaselineYear() {
        return baselineYear;
    }

    public void setBaselineYear(Integer baselineYear) {
        this.baselineYear = baselineYear;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getYearlyTargets() {
        return yearlyTargets;
    }

    public void setYearlyTargets(String yearlyTargets) {
        this.yearlyTargets = yearlyTargets;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getRevisionReason() {
        return revisionReason;
    }

    public void setRevisionReason(String revisionReason) {
        this.revisionReason = revisionReason;
    }
}
