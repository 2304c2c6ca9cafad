package com.hospitalplan.dashboard;

import java.util.List;

/** Everything one institution submitted or had approved in one plan. */
record UnitReports(
        List<Observation> values,
        List<MilestoneObservation> milestones,
        List<SubTargetObservation> subTargets,
        List<SpendingObservation> spending) {

    static final UnitReports NONE = new UnitReports(List.of(), List.of(), List.of(), List.of());
}
