package com.hospitalplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.targets.Status;
import com.hospitalplan.user.SignedInUser;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboards' cached figures and pages go when a report event or a plan change moves them, and only then. */
@IntegrationTest
class DashboardEvictionTest {

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PlanDashboards dashboards;

    @Autowired
    ReportDecisions decisions;

    @Autowired
    ReportPages pages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCachedPlanPageIsServedUntilAReportEventEvictsIt() {
        ScratchPlans.Reported reported = scratchPlans.submittedReport();
        Long planId = reported.plan().planId();
        SignedInUser reviewer = accounts.reviewerOver(reported.plan().hospitalId());
        var before = dashboards.plan(planId, reviewer, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);
        assertThat(dashboards.plan(planId, reviewer, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA))
                .isSameAs(before);
        assertThat(before.scorecard().get(0).status()).isEqualTo(Status.NO_DATA);

        decisions.approve(
                reported.reportId(),
                pages.page(reported.reportId(), reviewer, Locale.CHINA).version(),
                reviewer);

        var after = dashboards.plan(planId, reviewer, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);
        assertThat(after).isNotSameAs(before);
        assertThat(after.scorecard().get(0).status()).isEqualTo(Status.ACHIEVED);
        assertThat(after.scorecard().get(0).latest()).isEqualTo("36%");
    }

    @Test
    void aChangedPlanIsBuiltAgain() {
        ScratchPlans.Ids plan = scratchPlans.submittedReport().plan();
        Long planId = plan.planId();
        SignedInUser reviewer = accounts.reviewerOver(plan.hospitalId());
        var before = dashboards.plan(planId, reviewer, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);

        jdbc.sql("update plan set title = ?, updated_at = updated_at + interval '1 second' where id = ?")
                .params("改过的标题", planId)
                .update();

        var after = dashboards.plan(planId, reviewer, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);
        assertThat(before.title()).isNotEqualTo("改过的标题");
        assertThat(after.title()).isEqualTo("改过的标题");
    }
}
