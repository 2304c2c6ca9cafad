package com.hospitalplan.report;

import java.math.BigDecimal;
import java.util.Map;

/** What a reporter entered: values by indicator, milestone progress, spending by budget line, narrative. */
public record ReportInput(
        Map<Long, Value> values,
        Map<Long, Progress> milestones,
        Map<Long, Spending> spending,
        String achievements,
        String problems,
        String nextSteps) {

    public record Value(BigDecimal number, String level, Boolean yes, String explanation) {}

    /**
     * A milestone's progress.
     *
     * @param subTargets the values of its sub-targets by their position in the milestone; a sub-target left out is
     *     left as it was
     */
    public record Progress(
            MilestoneProgress status, Integer percentDone, String remark, Map<Integer, SubTargetValue> subTargets) {

        public Progress {
            subTargets = subTargets == null ? Map.of() : subTargets;
        }
    }

    /** A milestone sub-target's value: a number, or yes/no where the sub-target is an achievement. */
    public record SubTargetValue(BigDecimal number, Boolean yes) {}

    public record Spending(BigDecimal amount, String remark) {}
}
