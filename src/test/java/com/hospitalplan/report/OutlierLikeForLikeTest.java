package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The outlier check at submission compares a value with the last approved one of a period of the same kind. */
@IntegrationTest
class OutlierLikeForLikeTest {

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    ReportDrafting drafting;

    @Autowired
    ReportDecisions decisions;

    @Autowired
    ReportPages pages;

    @Test
    void aQuarterIsNotAnOutlierAgainstTheYearBeforeButAgainstTheQuarterBefore() {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser reporter = accounts.signedIn(Role.REPORTER, plan.hospitalId());
        SignedInUser reviewer = accounts.reviewerOver(plan.hospitalId());
        int year = ScratchPlans.reportedYear();
        Long yearly = scratchPlans.draftIn(plan, scratchPlans.openYear(plan, year - 1), reporter);
        drafting.submit(yearly, version(yearly, reporter), reporter);
        decisions.approve(yearly, version(yearly, reviewer), reviewer);

        // 60 is far from the year's 36 (more than half of it), yet a quarter is not compared with a year
        Long q1 = draftWithValue(plan, openQuarter(plan, year, 1), reporter, "60");
        assertThatCode(() -> drafting.submit(q1, version(q1, reporter), reporter))
                .doesNotThrowAnyException();
        decisions.approve(q1, version(q1, reviewer), reviewer);

        // the next quarter is compared with the first: 95 against 60 is an outlier that needs an explanation
        Long q2 = draftWithValue(plan, openQuarter(plan, year, 2), reporter, "95");
        assertThatThrownBy(() -> drafting.submit(q2, version(q2, reporter), reporter))
                .isInstanceOfSatisfying(
                        SubmissionRefusedException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.problems())
                                .extracting(SubmissionRefusedException.Problem::messageKey)
                                .containsExactly("report.check.outlier"));
    }

    private Long openQuarter(ScratchPlans.Ids plan, int year, int quarter) {
        SignedInUser planner = accounts.as(plan.plannerUsername());
        LocalDate today = LocalDate.now();
        periods.openPeriod(
                plan.planId(),
                new NewPeriod(PeriodKind.QUARTER, year, quarter, today.minusDays(5), today.plusDays(10), 0),
                planner);
        return periods.periods(plan.planId(), planner).stream()
                .filter(p -> p.year() == year && p.kind() == PeriodKind.QUARTER && p.part() == quarter)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private Long draftWithValue(ScratchPlans.Ids plan, Long periodId, SignedInUser reporter, String value) {
        Long reportId = scratchPlans.draftIn(plan, periodId, reporter);
        drafting.save(
                reportId,
                version(reportId, reporter),
                new ReportInput(
                        Map.of(plan.indicatorId(), new ReportInput.Value(new BigDecimal(value), null, null, null)),
                        Map.of(
                                plan.milestoneId(),
                                new ReportInput.Progress(MilestoneProgress.DONE, 100, null, Map.of())),
                        Map.of(plan.budgetLineId(), new ReportInput.Spending(new BigDecimal("10"), null)),
                        "成效",
                        null,
                        null),
                reporter);
        return reportId;
    }

    private long version(Long reportId, SignedInUser reader) {
        return pages.page(reportId, reader, Locale.CHINA).version();
    }
}
