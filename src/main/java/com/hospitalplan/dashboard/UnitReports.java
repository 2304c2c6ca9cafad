package com.hospitalplan.dashboard;

import com.hospitalplan.report.ReportFigures;
import java.util.List;

/** Everything one institution submitted or had approved in one plan. */
record UnitReports(
        List<ReportFigures.Value> values,
        List<ReportFigures.MilestoneStatus> milestones,
        List<ReportFigures.SubTargetValue> subTargets,
        List<ReportFigures.Spending> spending) {

    static final UnitReports NONE = new UnitReports(List.of(), List.of(), List.of(), List.of());
}
