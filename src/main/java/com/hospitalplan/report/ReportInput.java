package com.hospitalplan.report;

import com.hospitalplan.shared.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What a reporter entered: values by indicator, milestone progress, spending by budget line, narrative. The
 * constraints are the columns' (numeric(18,4) values, numeric(14,2) amounts not below 0, varchar(2000) remarks,
 * varchar(10000) narratives); whether a value fits its indicator is the plan's matter ({@link ReportDrafting}).
 */
public record ReportInput(
        Map<Long, @Valid Value> values,
        Map<Long, @Valid Progress> milestones,
        Map<Long, @Valid Spending> spending,

        @Size(max = ReportInput.NARRATIVE, message = "{form.tooLong}") @PlainText
        String achievements,

        @Size(max = ReportInput.NARRATIVE, message = "{form.tooLong}") @PlainText
        String problems,

        @Size(max = ReportInput.NARRATIVE, message = "{form.tooLong}") @PlainText
        String nextSteps) {

    /** The longest narrative (achievements, problems, next steps), in characters. */
    public static final int NARRATIVE = 10_000;

    /** The longest remark or explanation, in characters. */
    public static final int REMARK = 2_000;

    public record Value(
            @Digits(integer = 14, fraction = 4, message = "{report.input.number}")
            BigDecimal number,

            @Size(max = 32, message = "{form.tooLong}") @PlainText
            String level,

            Boolean yes,

            @Size(max = REMARK, message = "{form.tooLong}") @PlainText
            String explanation) {}

    /**
     * A milestone's progress.
     *
     * @param subTargets the values of its sub-targets by their position in the milestone; a sub-target left out is
     *     left as it was
     */
    public record Progress(
            MilestoneProgress status,

            @Min(value = 0, message = "{report.form.percent}") @Max(value = 100, message = "{report.form.percent}")
            Integer percentDone,

            @Size(max = REMARK, message = "{form.tooLong}") @PlainText
            String remark,

            Map<Integer, @Valid SubTargetValue> subTargets) {

        public Progress {
            subTargets = subTargets == null ? Map.of() : subTargets;
        }
    }

    /** A milestone sub-target's value: a number, or yes/no where the sub-target is an achievement. */
    public record SubTargetValue(
            @Digits(integer = 14, fraction = 4, message = "{report.input.number}")
            BigDecimal number,

            Boolean yes) {}

    /** Money spent against a budget line in the report's period (本期支出), never a running total. */
    public record Spending(
            @Schema(
                    description = "Spent against the budget line within this reporting period (本期支出), in 万元;"
                            + " never a running total: the cumulative spending is the sum over approved periods")
            @DecimalMin(value = "0", message = "{report.input.amount}")
            @Digits(integer = 12, fraction = 2, message = "{report.input.amount}")
            BigDecimal amount,

            @Size(max = REMARK, message = "{form.tooLong}") @PlainText
            String remark) {}
}
