package com.hospitalplan.report;

import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.targets.Status;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Runs the {@link SubmissionCheck} on a report, with its values judged as the dashboards judge them. */
@Component
class ReportSubmissionCheck {

    private final ReportJudging judging;

    ReportSubmissionCheck(ReportJudging judging) {
        this.judging = judging;
    }

    /** Refuses the submission with the list of problems while the report is not complete. */
    void requireComplete(Report report, ReportingPeriod period, ReportingScope scope) {
        Inputs inputs = inputs(report, period, scope);
        List<SubmissionCheck.Problem> problems = SubmissionCheck.problems(inputs.values(), inputs.milestones());
        if (!problems.isEmpty()) {
            throw new SubmissionRefusedException(problems.stream()
                    .map(p -> new SubmissionRefusedException.Problem(p.field(), p.messageKey()))
                    .toList());
        }
    }

    /** Whether the report is complete and nothing in it asks for a closer look ({@link SubmissionCheck#clean}). */
    boolean clean(Report report, ReportingPeriod period, ReportingScope scope) {
        Inputs inputs = inputs(report, period, scope);
        return SubmissionCheck.clean(inputs.values(), inputs.milestones());
    }

    private record Inputs(List<SubmissionCheck.ValueInput> values, List<SubmissionCheck.MilestoneInput> milestones) {}

    private Inputs inputs(Report report, ReportingPeriod period, ReportingScope scope) {
        ReportJudging.Judged judged = judging.of(report, period, scope);
        List<SubmissionCheck.ValueInput> valueInputs = new ArrayList<>();
        for (ReportingScope.IndicatorItem indicator : scope.indicatorsOf(report.organizationId())) {
            ReportValue value = report.values().get(indicator.id());
            boolean present = value != null && !value.isEmpty();
            valueInputs.add(new SubmissionCheck.ValueInput(
                    indicator.id(),
                    present,
                    value == null ? null : value.numberValue(),
                    judged.outlierBasis(indicator.id()),
                    present && judged.value(indicator, value).status() == Status.OFF_TRACK,
                    value == null ? null : value.explanation()));
        }
        List<SubmissionCheck.MilestoneInput> milestoneInputs = scope.milestonesOf(report.organizationId()).stream()
                .map(m -> {
                    ReportMilestone progress = report.milestones().get(m.id());
                    boolean subTargetOffTrack = m.subTargets().stream()
                            .map(sub -> judged.subTarget(
                                    sub,
                                    report.subTarget(ReportJudging.Judged.key(sub))
                                            .orElse(null)))
                            .anyMatch(v -> v != null && v.status() == Status.OFF_TRACK);
                    return new SubmissionCheck.MilestoneInput(
                            m.id(),
                            progress == null ? null : progress.status(),
                            subTargetOffTrack,
                            progress == null ? null : progress.remark());
                })
                .toList();
        return new Inputs(valueInputs, milestoneInputs);
    }
}
