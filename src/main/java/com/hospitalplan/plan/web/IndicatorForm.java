package com.hospitalplan.plan.web;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.IndicatorView;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.plan.YearlyTarget;
import com.hospitalplan.targets.Bound;
import com.hospitalplan.targets.Direction;
import com.hospitalplan.targets.Measure;
import com.hospitalplan.targets.Target;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** An indicator with its baseline and target as the document writes them; yearly targets one per line as "2023: ≥30%". */
public class IndicatorForm {

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

    private Long leadingUnitId;

    private List<Long> otherUnitIds = new ArrayList<>();

    @Size(max = 4000, message = "{form.tooLong}")
    private String note;

    private Aggregation aggregation;

    private Long aggregationWeightId;

    @Size(max = 1000, message = "{form.tooLong}")
    private String revisionReason;

    private long version;

    private Measure structuredMeasure;

    private Bound structuredBound;

    @Digits(integer = 14, fraction = 4, message = "{indicator.form.numberDigits}")
    private BigDecimal structuredValue;

    @Digits(integer = 14, fraction = 4, message = "{indicator.form.numberDigits}")
    private BigDecimal structuredUpper;

    private boolean structuredStrict;

    @Size(max = 32, message = "{form.tooLong}")
    private String structuredLevel;

    @Size(max = 255, message = "{form.tooLong}")
    private String structuredReference;

    static IndicatorForm of(IndicatorView indicator) {
        IndicatorForm form = new IndicatorForm();
        form.goalId = indicator.goalId();
        form.number = indicator.number();
        form.category = indicator.category();
        form.name = indicator.name();
        form.unit = indicator.unit();
        form.definition = indicator.definition();
        form.direction = indicator.direction();
        form.valueKind = indicator.valueKind();
        form.levelScale = indicator.levelScale();
        form.binding = indicator.binding();
        form.baseline = indicator.baselineLevel() != null
                ? indicator.baselineLevel()
                : indicator.baselineValue() == null
                        ? null
                        : indicator.baselineValue().stripTrailingZeros().toPlainString();
        form.baselineYear = indicator.baselineYear();
        form.target = indicator.targetText();
        form.yearlyTargets = String.join(
                "\n",
                indicator.yearlyTargets().stream()
                        .map(y -> y.year() + ": " + y.targetText())
                        .toList());
        form.leadingUnitId = Texts.leadingUnit(indicator.responsible());
        form.otherUnitIds = Texts.otherUnits(indicator.responsible());
        form.note = indicator.note();
        form.aggregation = indicator.aggregation();
        form.aggregationWeightId = indicator.aggregationWeightId();
        form.version = indicator.version();
        if (indicator.targetStructured() && indicator.target() != null) {
            Target t = indicator.target();
            form.structuredMeasure = t.measure();
            form.structuredBound = t.bound();
            form.structuredValue = t.value();
            form.structuredUpper = t.upper();
            form.structuredStrict = t.strict();
            form.structuredLevel = t.level();
            form.structuredReference = t.reference();
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
        List<YearlyTarget> list = new ArrayList<>();
        for (String[] line : Texts.labelledLines(yearlyTargets)) {
            if (!line[0].matches("\\d{4}") || line[1].isBlank()) {
                return null;
            }
            list.add(new YearlyTarget(Integer.parseInt(line[0]), line[1]));
        }
        list.sort(java.util.Comparator.comparingInt(YearlyTarget::year));
        return list;
    }

    /** Whether the officer entered the target in the structured form (for wording the parser cannot read). */
    public boolean hasStructuredTarget() {
        return structuredMeasure != null;
    }

    /** The message key of what is missing in the structured target, or {@code null} when it is complete. */
    String structuredTargetProblem() {
        if (!hasStructuredTarget()) {
            return null;
        }
        if (structuredBound == null) {
            return "indicator.form.structuredBound";
        }
        boolean needsNumber = structuredMeasure != Measure.ACHIEVEMENT
                && structuredMeasure != Measure.LEVEL
                && structuredMeasure != Measure.BENCHMARK;
        if (needsNumber && structuredValue == null) {
            return "indicator.form.structuredValue";
        }
        if (structuredBound == Bound.RANGE
                && (structuredUpper == null
                        || structuredValue == null
                        || structuredUpper.compareTo(structuredValue) < 0)) {
            return "indicator.form.structuredUpper";
        }
        if (structuredMeasure == Measure.LEVEL && (structuredLevel == null || structuredLevel.isBlank())) {
            return "indicator.form.structuredLevel";
        }
        return null;
    }

    Target structuredTarget() {
        if (!hasStructuredTarget()) {
            return null;
        }
        return Target.structured(
                structuredMeasure,
                structuredBound,
                structuredValue,
                structuredBound == Bound.RANGE ? structuredUpper : null,
                structuredStrict,
                Texts.blankToNull(unit),
                Texts.blankToNull(structuredLevel),
                Texts.blankToNull(structuredReference),
                target == null ? null : target.strip());
    }

    PlanCommands.SaveIndicator command() {
        return new PlanCommands.SaveIndicator(
                goalId,
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
                target.strip(),
                structuredTarget(),
                yearlyTargetList(),
                leadingUnitId,
                otherUnitIds == null ? List.of() : otherUnitIds,
                Texts.blankToNull(note),
                revisionReason,
                aggregation,
                aggregation == Aggregation.WEIGHTED_AVERAGE ? aggregationWeightId : null);
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

    public Long getLeadingUnitId() {
        return leadingUnitId;
    }

    public void setLeadingUnitId(Long leadingUnitId) {
        this.leadingUnitId = leadingUnitId;
    }

    public List<Long> getOtherUnitIds() {
        return otherUnitIds;
    }

    public void setOtherUnitIds(List<Long> otherUnitIds) {
        this.otherUnitIds = otherUnitIds;
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Measure getStructuredMeasure() {
        return structuredMeasure;
    }

    public void setStructuredMeasure(Measure structuredMeasure) {
        this.structuredMeasure = structuredMeasure;
    }

    public Bound getStructuredBound() {
        return structuredBound;
    }

    public void setStructuredBound(Bound structuredBound) {
        this.structuredBound = structuredBound;
    }

    public BigDecimal getStructuredValue() {
        return structuredValue;
    }

    public void setStructuredValue(BigDecimal structuredValue) {
        this.structuredValue = structuredValue;
    }

    public BigDecimal getStructuredUpper() {
        return structuredUpper;
    }

    public void setStructuredUpper(BigDecimal structuredUpper) {
        this.structuredUpper = structuredUpper;
    }

    public boolean isStructuredStrict() {
        return structuredStrict;
    }

    public void setStructuredStrict(boolean structuredStrict) {
        this.structuredStrict = structuredStrict;
    }

    public String getStructuredLevel() {
        return structuredLevel;
    }

    public void setStructuredLevel(String structuredLevel) {
        this.structuredLevel = structuredLevel;
    }

    public String getStructuredReference() {
        return structuredReference;
    }

    public void setStructuredReference(String structuredReference) {
        this.structuredReference = structuredReference;
    }
}
