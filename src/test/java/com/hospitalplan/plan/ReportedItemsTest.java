package com.hospitalplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A milestone or budget line that institutions have reported on is not deleted: the planner is told why (the fuzz test
 * found a 500). A published plan's indicators are never deleted (plan.error.deletePublished).
 */
@IntegrationTest
class ReportedItemsTest {

    @Autowired
    ScratchPlans scratch;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PlanContentService content;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReportedMilestoneOrBudgetLineIsRefusedWithAMessageAndKept() {
        ScratchPlans.Ids plan = scratch.submittedReport().plan();
        SignedInUser planner = accounts.as(plan.plannerUsername());

        assertThatThrownBy(() -> content.deleteMilestone(plan.planId(), plan.milestoneId(), planner))
                .isInstanceOf(PlanStateException.class)
                .hasMessage("plan.error.itemReported");
        assertThatThrownBy(() -> content.deleteBudgetLine(plan.planId(), plan.budgetLineId(), planner))
                .isInstanceOf(PlanStateException.class)
                .hasMessage("plan.error.itemReported");

        assertThat(jdbc.queryForObject(
                        "select count(*) from milestone where id = ?", Integer.class, plan.milestoneId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from budget_line where id = ?", Integer.class, plan.budgetLineId()))
                .isEqualTo(1);
    }
}
