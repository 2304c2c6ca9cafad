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

    public record Progress(MilestoneProgress status, Integer percentDone, String remark) {}

    public record Spending(BigDecimal amount, String remark) {}
}
