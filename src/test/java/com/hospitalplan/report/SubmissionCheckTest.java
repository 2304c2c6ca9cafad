package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionCheckTest {

    private static SubmissionCheck.ValueInput value(String number, String last, boolean offTrack, String explanation) {
        return new SubmissionCheck.ValueInput(
                1L,
                number != null,
                number == null ? null : new BigDecimal(number),
                last == null ? null : new BigDecimal(last),
                offTrack,
                explanation);
    }

    @Test
    void everyAssignedValueAndMilestoneStatusIsNeeded() {
        List<SubmissionCheck.Problem> problems = SubmissionCheck.problems(
                List.of(value(null, null, false, null)),
                List.of(new SubmissionCheck.MilestoneInput(5L, null, false, null)));
        assertThat(problems)
                .extracting(SubmissionCheck.Problem::field, SubmissionCheck.Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("value-1", "report.check.valueMissing"),
                        org.assertj.core.groups.Tuple.tuple("milestone-5", "report.check.milestoneMissing"));
    }

    @Test
    void aValueFarFromTheLastPeriodNeedsAnExplanation() {
        assertThat(SubmissionCheck.problems(List.of(value("16", "10", false, null)), List.of()))
                .extracting(SubmissionCheck.Problem::messageKey)
                .containsExactly("report.check.outlier");
        assertThat(SubmissionCheck.problems(List.of(value("16", "10", false, "新院区投用")), List.of()))
                .isEmpty();
        assertThat(SubmissionCheck.problems(List.of(value("15", "10", false, null)), List.of()))
                .isEmpty();
        assertThat(SubmissionCheck.problems(List.of(value("4", "10", false, null)), List.of()))
                .extracting(SubmissionCheck.Problem::messageKey)
                .containsExactly("report.check.outlier");
    }

    @Test
    void anOffTrackValueNeedsAnExplanation() {
        assertThat(SubmissionCheck.problems(List.of(value("20", null, true, " ")), List.of()))
                .extracting(SubmissionCheck.Problem::messageKey)
                .containsExactly("report.check.offTrack");
        assertThat(SubmissionCheck.problems(List.of(value("20", null, true, "设备延迟到货")), List.of()))
                .isEmpty();
    }

    @Test
    void anOffTrackSubTargetNeedsTheMilestonesRemark() {
        assertThat(SubmissionCheck.problems(
                        List.of(), List.of(new SubmissionCheck.MilestoneInput(5L, MilestoneProgress.DONE, true, " "))))
                .extracting(SubmissionCheck.Problem::field, SubmissionCheck.Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("remark-5", "report.check.subTargetOffTrack"));
        assertThat(SubmissionCheck.problems(
                        List.of(),
                        List.of(new SubmissionCheck.MilestoneInput(5L, MilestoneProgress.DONE, true, "博士未到岗"))))
                .isEmpty();
    }

    @Test
    void aCompleteReportPasses() {
        assertThat(SubmissionCheck.problems(
                        List.of(value("33", "31", false, null)),
                        List.of(new SubmissionCheck.MilestoneInput(5L, MilestoneProgress.IN_PROGRESS, false, null))))
                .isEmpty();
    }
}
