package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The reporting pages over MockMvc: the reporter's form with its messages, the reviewer's decision. */
@IntegrationTest
class ReportPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    ReportPages pages;

    @Autowired
    OrganizationService organizations;

    @Test
    void aReporterFillsInTheFormIsToldWhatIsMissingAndTheReviewerReturnsAValue() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        SignedInUser reviewer = accounts.reviewerOver(plan.hospitalId());
        String hospitalName =
                organizations.find(plan.hospitalId()).orElseThrow().name();
        LocalDate today = LocalDate.now();
        mvc.perform(post("/plans/{id}/periods", plan.planId())
                        .with(user(planner))
                        .with(csrf())
                        .param("kind", "YEAR")
                        .param("year", String.valueOf(ScratchPlans.reportedYear()))
                        .param("opensOn", today.minusDays(1).toString())
                        .param("dueOn", today.plusDays(20).toString()))
                .andExpect(status().is3xxRedirection());
        SignedInUser reporter = accounts.as(accounts.accountOf("REPORTER", plan.hospitalId()));

        String mine = page(get("/reports").with(user(reporter)));
        assertThat(mine).contains("开始填报", "未开始");
        Long periodId = periods.periods(plan.planId(), reporter).get(0).id();
        String location = mvc.perform(post("/periods/{id}/reports", periodId)
                        .with(user(reporter))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/reports/\\d+");
        Long reportId = Long.valueOf(location.substring("/reports/".length()));

        String form = page(get(location).with(user(reporter)));
        assertThat(form).contains("出院患者手术占比", "≥35%", "保存草稿", "提交审核");

        String badNumber = page(report(reportId, reporter, "save")
                .param("values[" + plan.indicatorId() + "]", "三十")
                .param("achievements", "引进博士2名"));
        assertThat(badNumber).contains("请填写数字", "value=\"三十\"", "引进博士2名");

        String incomplete =
                page(report(reportId, reporter, "submit").param("values[" + plan.indicatorId() + "]", "20"));
        assertThat(incomplete).contains("报告尚未完整", "落后于目标进度", "请选择任务进展", "value=\"20\"");
        assertThat(pages.page(reportId, reporter, Locale.CHINA).status()).isEqualTo(ReportStatus.DRAFT);

        mvc.perform(report(reportId, reporter, "submit")
                        .param("values[" + plan.indicatorId() + "]", "20")
                        .param("explanations[" + plan.indicatorId() + "]", "设备延迟到货")
                        .param("milestoneStatus[" + plan.milestoneId() + "]", "IN_PROGRESS")
                        .param("milestonePercent[" + plan.milestoneId() + "]", "40")
                        .param("spent[" + plan.budgetLineId() + "]", "88.5"))
                .andExpect(status().is3xxRedirection());
        assertThat(pages.page(reportId, reporter, Locale.CHINA).status()).isEqualTo(ReportStatus.SUBMITTED);

        assertThat(page(get("/reviews").with(user(reviewer)))).contains(hospitalName);
        assertThat(page(get("/periods/{id}", periodId).with(user(planner))))
                .contains("id=\"unit-reports\"", hospitalName, "/reports/" + reportId, "已提交，待审核");
        String review = page(get(location).with(user(reviewer)));
        assertThat(review).contains("审核通过", "退回修改", "设备延迟到货", "88.5");
        long version = pages.page(reportId, reviewer, Locale.CHINA).version();
        mvc.perform(post("/reports/{id}/return", reportId)
                        .with(user(reviewer))
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("reason", "请补充说明")
                        .param("valueReason[" + plan.indicatorId() + "]", "请按出院患者口径核实"))
                .andExpect(status().is3xxRedirection());

        String returned = page(get(location).with(user(reporter)));
        assertThat(returned).contains("退回原因", "请补充说明", "审核意见：请按出院患者口径核实", "已退回");
        assertThat(returned).contains("→ 已提交，待审核", "已提交，待审核 → 已退回", "→ 推进中 40%");
    }

    private MockHttpServletRequestBuilder report(Long reportId, SignedInUser reporter, String action) {
        return post("/reports/{id}", reportId)
                .with(user(reporter))
                .with(csrf())
                .param("action", action)
                .param(
                        "version",
                        String.valueOf(
                                pages.page(reportId, reporter, Locale.CHINA).version()));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aPeriodOutsideThePlansSpanIsRefusedWithAMessage() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        LocalDate today = LocalDate.now();
        mvc.perform(post("/plans/{id}/periods", plan.planId())
                        .with(user(planner))
                        .with(csrf())
                        .param("kind", "QUARTER")
                        .param("year", String.valueOf(ScratchPlans.LAST_YEAR + 1))
                        .param("part", "3")
                        .param("opensOn", today.minusDays(1).toString())
                        .param("dueOn", today.plusDays(20).toString()))
                .andExpect(flash().attribute("failure", "period.error.outsidePlan"));
        mvc.perform(post("/plans/{id}/periods", plan.planId())
                        .with(user(planner))
                        .with(csrf())
                        .param("kind", "YEAR")
                        .param("year", String.valueOf(ScratchPlans.FIRST_YEAR - 1))
                        .param("opensOn", today.minusDays(1).toString())
                        .param("dueOn", today.plusDays(20).toString()))
                .andExpect(flash().attribute("failure", "period.error.outsidePlan"));
        assertThat(periods.periods(plan.planId(), planner)).isEmpty();
    }

    @Test
    void onlyReportersOpenTheirListAndOnlyTheirMenuOffersIt() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser reporter = accounts.signedIn(Role.REPORTER, plan.hospitalId());
        assertThat(mvc.perform(get("/reports").with(user(reporter)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"nav-reports\"");
        for (SignedInUser other : java.util.List.of(
                accounts.as(plan.plannerUsername()),
                accounts.reviewerOver(plan.hospitalId()),
                accounts.signedIn(Role.VIEWER, plan.hospitalId()),
                accounts.signedIn(Role.ADMIN, plan.hospitalId()))) {
            mvc.perform(get("/reports").with(user(other))).andExpect(status().isForbidden());
            assertThat(page(get("/").with(user(other))))
                    .as(other.role().name())
                    .doesNotContain("id=\"nav-reports\"", "href=\"/reports\"");
        }
    }
}
