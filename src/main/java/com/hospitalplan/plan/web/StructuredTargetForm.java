package com.hospitalplan.plan.web;

import com.hospitalplan.targets.Bound;
import com.hospitalplan.targets.Measure;
import com.hospitalplan.targets.Target;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The structured entry of a target whose wording the parser cannot read: measure, bound, value(s), level. */
public abstract class StructuredTargetForm extends UnitsForm {

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

    void fillStructured(Target t) {
        structuredMeasure = t.measure();
        structuredBound = t.bound();
        structuredValue = t.value();
        structuredUpper = t.upper();
        structuredStrict = t.strict();
        structuredLevel = t.level();
        structuredReference = t.reference();
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

    /** The structured target, worded by the target the officer wrote and in the indicator's unit. */
    Target structuredTarget(String unit, String target) {
        if (!hasStructuredTarget()) {
            return null;
        }
        return Target.builder(structuredMeasure, structuredBound)
                .value(structuredValue)
                .upper(structuredBound == Bound.RANGE ? structuredUpper : null)
                .strict(structuredStrict)
                .unit(Texts.blankToNull(unit))
                .level(Texts.blankToNull(structuredLevel))
                .reference(Texts.blankToNull(structuredReference))
                .text(target == null ? null : target.strip())
                .build();
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
