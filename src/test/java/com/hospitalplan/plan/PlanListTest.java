package com.hospitalplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.organization.OrganizationCommand;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.support.CountyPlans;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan list as every page asks for it ({@link PlanService#visiblePlans}), kept between changes: each change of a
 * plan or of the organisations is in the next list, and each person still gets only the plans they may read.
 */
@IntegrationTest
class PlanListTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanContentService content;

    @Autowired
    OrganizationService organizations;

    @Autowired
    CountyPlans countyPlans;

    @Autowired
    TestAccounts accounts;

    @Test
    void aNewGoalARenamedOwnerAndANewPlanAreInTheNextList() {
        CountyPlans.County county = countyPlans.county(1);
        CountyPlans.Plan plan = countyPlans.plan(county, 1);
        SignedInUser planner = plan.planner();
        assertThat(summaryOf(plan.planId(), planner).goalCount()).isEqualTo(1);

        content.addGoal(
                plan.planId(),
                new PlanCommands.SaveGoal(null, "二、", "人才队伍", null, county.bureauId(), List.of()),
                planner);
        assertThat(summaryOf(plan.planId(), planner).goalCount()).isEqualTo(2);

        OrganizationView bureau = organizations.find(county.bureauId()).orElseThrow();
        String renamed = bureau.name() + "（更名）";
        organizations.updateOrganization(
                bureau.id(),
                bureau.version(),
                new OrganizationCommand(
                        renamed, bureau.kind(), bureau.regionCode(), bureau.parentId(), bureau.grade()));
        assertThat(summaryOf(plan.planId(), planner).ownerName()).contains("（更名）");

        CountyPlans.Plan second = countyPlans.plan(county, 1);
        assertThat(plans.visiblePlans(planner)).extracting(PlanSummary::id).contains(plan.planId(), second.planId());
    }

    @Test
    void eachPersonGetsOnlyThePlansTheyMayRead() {
        CountyPlans.County county = countyPlans.county(1);
        CountyPlans.Plan plan = countyPlans.plan(county, 1);
        CountyPlans.County other = countyPlans.county(1);
        CountyPlans.Plan otherPlan = countyPlans.plan(other, 1);
        SignedInUser reporter =
                accounts.signedIn(Role.REPORTER, county.hospitalIds().get(0));

        assertThat(plans.visiblePlans(reporter))
                .extracting(PlanSummary::id)
                .contains(plan.planId())
                .doesNotContain(otherPlan.planId());
        assertThat(plans.visiblePlans(otherPlan.planner()))
                .extracting(PlanSummary::id)
                .contains(otherPlan.planId())
                .doesNotContain(plan.planId());
    }

    private PlanSummary summaryOf(Long planId, SignedInUser user) {
        return plans.visiblePlans(user).stream()
                .filter(p -> p.id().equals(planId))
                .findFirst()
                .orElseThrow();
    }
}
