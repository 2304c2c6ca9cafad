package com.hospitalplan.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.dashboard.Basis;
import com.hospitalplan.dashboard.PlanDashboards;
import com.hospitalplan.dashboard.TargetVariant;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.SignedInUser;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The PDF's bars: nothing spent and no progress draw an empty track, never a full bar. */
@IntegrationTest
class ProgressReportBarsTest {

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PlanDashboards dashboards;

    @Autowired
    ProgressReportPdf pdf;

    @Test
    void aGoalWithNothingSpentHasAnEmptyExecutionBar() {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        var dashboard = dashboards.plan(plan.planId(), planner, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);
        assertThat(dashboard.goals().get(0).executionPercent()).isZero();

        String xhtml = pdf.xhtml(dashboard, Locale.CHINA);

        assertThat(xhtml).contains("class=\"bar execution\"");
        // no bar filled at all: neither a planned bar drawn full beside 0 % nor a fill of width 0
        assertThat(xhtml).doesNotContain("class=\"fill", "width: 0%");
    }
}
