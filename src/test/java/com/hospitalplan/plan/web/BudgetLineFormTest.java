package com.hospitalplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.plan.BudgetLineView;
import com.hospitalplan.plan.BudgetSummary;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.PlanServices;
import com.hospitalplan.report.ReportDrafting;
import com.hospitalplan.report.ReportEvidenceService;
import com.hospitalplan.report.ReportingPeriods;
import com.hospitalplan.security.AccountsWebSlice;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The budget-line form and the plan API with amounts not stated, per year and approximate. */
@WebMvcTest({BudgetLineController.class, PlanController.class, PlanApiController.class})
@AccountsWebSlice
@Import({PlanServices.class, ScratchPlans.class})
// the plan mother's report half, which a plan alone does not use
@MockitoBean(types = {ReportingPeriods.class, ReportDrafting.class, ReportEvidenceService.class})
class BudgetLineFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    PlanService plans;

    @Test
    void anEmptyAmountWithNotStatedIsKeptAsNotStatedAndNeverAsZero() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        mvc.perform(newLine(plan)
                        .param("fundingSource", "专项债")
                        .param("category", "学科平台建设")
                        .param("amount", "")
                        .param("amountNotStated", "true"))
                .andExpect(status().is3xxRedirection());

        BudgetLineView line = lineOf(plan, "专项债");
        assertThat(line.amount()).isNull();
        assertThat(line.amountStated()).isFalse();
        BudgetSummary budget = plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                .budget();
        assertThat(budget.total().amount()).isEqualByComparingTo("500");
        assertThat(budget.total().complete()).isFalse();

        String edit = page(get("/plans/{p}/budget-lines/{l}/edit", plan.planId(), line.id())
                .with(user(accounts.as(plan.plannerUsername()))));
        assertThat(edit).containsPattern("id=\"amountNotStated1\"[^>]*checked");
        String show = page(get("/plans/{id}", plan.planId()).with(user(accounts.as(plan.plannerUsername()))));
        assertThat(show).contains("未说明", "500（另有未说明金额）");
    }

    @Test
    void anAmountIsRequiredUnlessNotStatedAndNegativeAmountsAreRefusedKeepingTheInput() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        String missing = page(newLine(plan).param("fundingSource", "市财政").param("category", "设备购置"));
        assertThat(missing).contains("请填写金额，或勾选“金额未说明”", "value=\"市财政\"", "value=\"设备购置\"");

        String negative = page(newLine(plan)
                .param("fundingSource", "市财政")
                .param("category", "设备购置")
                .param("amount", "-5")
                .param("approximate", "true"));
        assertThat(negative).contains("金额不能为负数", "value=\"-5\"").containsPattern("id=\"approximate1\"[^>]*checked");

        String both = page(newLine(plan)
                .param("fundingSource", "市财政")
                .param("category", "设备购置")
                .param("amount", "10")
                .param("amountNotStated", "true"));
        assertThat(both).contains("已勾选“金额未说明”，金额请留空");

        String recurringWithYear = page(newLine(plan)
                .param("fundingSource", "市财政")
                .param("category", "设备购置")
                .param("amount", "10")
                .param("recurring", "true")
                .param("year", "2023"));
        assertThat(recurringWithYear).contains("每年金额覆盖整个规划期，年度请留空");
        assertThat(plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                        .budget()
                        .lines())
                .hasSize(1);
    }

    @Test
    void theApiGivesEachLineItsAmountOrNullWithAmountStatedRecurringAndApproximate() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        mvc.perform(newLine(plan)
                        .param("fundingSource", "医院专项经费")
                        .param("category", "人才培养")
                        .param("amount", "300")
                        .param("recurring", "true")
                        .param("approximate", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(newLine(plan)
                        .param("fundingSource", "专项债")
                        .param("category", "平台建设")
                        .param("amountNotStated", "true"))
                .andExpect(status().is3xxRedirection());

        JsonNode budget = JsonMapper.builder()
                .build()
                .readTree(
                        page(get("/api/v1/plans/{id}", plan.planId()).with(user(accounts.as(plan.plannerUsername())))))
                .path("budget");

        JsonNode perYear = budget.path("lines").path(1);
        assertThat(perYear.path("amount").decimalValue()).isEqualByComparingTo("300");
        assertThat(perYear.path("amountStated").asBoolean()).isTrue();
        assertThat(perYear.path("recurring").asBoolean()).isTrue();
        assertThat(perYear.path("approximate").asBoolean()).isTrue();
        JsonNode notStated = budget.path("lines").path(2);
        assertThat(notStated.path("amount").isNull()).isTrue();
        assertThat(notStated.path("amountStated").asBoolean()).isFalse();
        // the scratch plan runs 2021–2025: 500 + 约 300 × 5, and a line without amount
        assertThat(budget.path("total").path("amount").decimalValue()).isEqualByComparingTo("2000");
        assertThat(budget.path("total").path("approximate").asBoolean()).isTrue();
        assertThat(budget.path("total").path("complete").asBoolean()).isFalse();
    }

    private BudgetLineView lineOf(ScratchPlans.Ids plan, String source) {
        return plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA).budget().lines().stream()
                .filter(l -> l.fundingSource().equals(source))
                .findFirst()
                .orElseThrow();
    }

    private MockHttpServletRequestBuilder newLine(ScratchPlans.Ids plan) {
        return post("/plans/{id}/budget-lines", plan.planId())
                .with(user(accounts.as(plan.plannerUsername())))
                .with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
