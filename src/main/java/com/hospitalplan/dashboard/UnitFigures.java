package com.hospitalplan.dashboard;

import com.hospitalplan.report.ReportFigures;
import java.util.List;

/**
 * What one institution counted in a plan, on each basis: a part of {@link PlanStandings}. Only what the judgements
 * use is kept (the latest value of each year, see {@link BasisFigures}); where nothing of the institution is pending,
 * both bases share one set of figures. Where it stands is judged when asked, not kept, so a province's figures fit in
 * a small heap (docs/performance.md).
 */
record UnitFigures(BasisFigures official, BasisFigures withPending) {

    static final UnitFigures NONE = of(UnitReports.NONE);

    static UnitFigures of(UnitReports reports) {
        BasisFigures official = BasisFigures.of(reports, Basis.OFFICIAL);
        return new UnitFigures(official, anyPending(reports) ? BasisFigures.of(reports, Basis.WITH_PENDING) : official);
    }

    BasisFigures on(Basis basis) {
        return basis == Basis.OFFICIAL ? official : withPending;
    }

    /** How much this holds, in kept entries, for bounding the cache. */
    int weight() {
        return official.weight() + (withPending == official ? 0 : withPending.weight());
    }

    private static boolean anyPending(UnitReports reports) {
        return pending(reports.values(), ReportFigures.Value::approved)
                || pending(reports.milestones(), ReportFigures.MilestoneStatus::approved)
                || pending(reports.subTargets(), ReportFigures.SubTargetValue::approved)
                || pending(reports.spending(), ReportFigures.Spending::approved);
    }

    private static <T> boolean pending(List<T> rows, java.util.function.Predicate<T> approved) {
        return !rows.stream().allMatch(approved);
    }
}
