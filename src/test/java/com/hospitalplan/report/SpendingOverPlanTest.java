package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Spending on the report is this period's (本期支出); with the approved periods before it, a sum past the line's plan is
 * flagged on the form and on the reviewer's page, and the report is still submitted.
 */
@IntegrationTest
class SpendingOverPlanTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportPages pages;

    @Test
    void spendingPastThePlanWithTheApprovedPeriodsIsAWarningNotARefusal() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser reporter = accounts.signedIn(Role.REPORTER, plan.hospitalId());
        SignedInUser reviewer = accounts.reviewerOver(plan.hospitalId());
        int year = ScratchPlans.reportedYear();
        // an approved year with 100 万元 spent against the 500 万元 line
        scratchPlans.approvedIn(plan, scratchPlans.openYear(plan, year - 1), reporter, reviewer);
        Long reportId = scratchPlans.draftIn(plan, scratchPlans.openYear(plan, year), reporter);

        String within = page(reportId, reporter);
        assertThat(within).contains("本期支出", "此前累计支出（已审核）", "不是累计数").doesNotContain("已使用");
        assertThat(within).doesNotContain("id=\"spending-over-plan\"", "超过预算 500");

        mvc.perform(scratchPlans
                        .completeSubmit(reportId, reporter, plan, "36")
                        .param("spent[" + plan.budgetLineId() + "]", "450"))
                .andExpect(status().is3xxRedirection());
        assertThat(pages.page(reportId, reporter, Locale.CHINA).status()).isEqualTo(ReportStatus.SUBMITTED);

        var row = pages.page(reportId, reviewer, Locale.CHINA).spending().get(0);
        assertThat(row.amount()).isEqualByComparingTo("450");
        assertThat(row.approvedBefore()).isEqualByComparingTo("100");
        assertThat(row.cumulative()).isEqualByComparingTo("550");
        assertThat(row.overPlan()).isTrue();
        for (SignedInUser reader : new SignedInUser[] {reviewer, reporter}) {
            assertThat(page(reportId, reader)).contains("id=\"spending-over-plan\"", "累计 550 万元，超过预算 500 万元");
        }
    }

    private String page(Long reportId, SignedInUser reader) throws Exception {
        return mvc.perform(get("/reports/{id}", reportId).with(user(reader)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
