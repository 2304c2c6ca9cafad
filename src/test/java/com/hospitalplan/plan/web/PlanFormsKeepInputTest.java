package com.hospitalplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.PlanServices;
import com.hospitalplan.report.ReportDrafting;
import com.hospitalplan.report.ReportEvidenceService;
import com.hospitalplan.report.ReportingPeriods;
import com.hospitalplan.security.AccountsWebSlice;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The plan's forms keep what was typed when refused: a summary of the errors at the top links to each field, and a save
 * made on an older version (another tab saved first) is 409 with the typed input at the current version.
 */
@WebMvcTest({GoalController.class, PlanController.class})
@AccountsWebSlice
@Import({PlanServices.class, ScratchPlans.class})
@MockitoBean(types = {ReportingPeriods.class, ReportDrafting.class, ReportEvidenceService.class})
class PlanFormsKeepInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    PlanService plans;

    @Test
    void aGoalWithoutTitleIsListedInTheSummaryWithALinkToTheField() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();

        MockHttpServletResponse response = perform(goal(plan, version(plan))
                .param("number", "一、")
                .param("title", "")
                .param("description", "重点专科"));

        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("data-error-summary", "请修改以下 1 处问题：", "<a href=\"#title\">")
                .contains(">重点专科</textarea>");
    }

    @Test
    void aGoalSavedInAnotherTabFirstKeepsWhatWasTypedHereAtTheCurrentVersion() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        long seen = version(plan);
        perform(goal(plan, seen).param("number", "一、").param("title", "另一个标签页的标题"));
        long current = version(plan);
        assertThat(current).isNotEqualTo(seen);

        MockHttpServletResponse response =
                perform(goal(plan, seen).param("number", "一、").param("title", "这个标签页的标题"));

        assertThat(response.getStatus()).isEqualTo(409);
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("data-error-summary", "在您编辑期间，其他人已保存了这条记录")
                .contains("value=\"这个标签页的标题\"")
                .contains("name=\"version\" value=\"" + current + "\"");

        perform(goal(plan, current).param("number", "一、").param("title", "这个标签页的标题"));
        assertThat(title(plan)).isEqualTo("这个标签页的标题");
    }

    @Test
    void aGoalSavedAfterThePlanWasEndedComesBackWithWhatWasTypedAndWhy() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        long seen = version(plan);
        plans.close(plan.planId(), planner(plan)); // in another tab

        for (MockHttpServletRequestBuilder save : java.util.List.of(
                goal(plan, seen), post("/plans/{p}/goals", plan.planId()).with(user(planner(plan))))) {
            MockHttpServletResponse response =
                    perform(save.param("number", "九、").param("title", "刚刚写好的标题").param("description", "刚刚写好的说明"));

            assertThat(response.getStatus()).isEqualTo(409);
            String page = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(page)
                    .contains("data-error-summary", "已结束的规划不能再修改。")
                    .containsPattern("data-unsaved=\"refused\"")
                    .contains("value=\"九、\"", "value=\"刚刚写好的标题\"", ">刚刚写好的说明</textarea>")
                    .doesNotContain(">保存</button>");
        }
        assertThat(title(plan)).isNotEqualTo("刚刚写好的标题");
    }

    @Test
    void thePlanSavedAfterItWasEndedComesBackWithWhatWasTypedAndWhy() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        PlanForm shown = PlanForm.of(plans.detail(plan.planId(), planner(plan), Locale.CHINA));
        plans.close(plan.planId(), planner(plan)); // in another tab

        MockHttpServletRequestBuilder save = post("/plans/{p}", plan.planId())
                .with(user(planner(plan)))
                .param("version", String.valueOf(shown.getVersion()))
                .param("title", "刚刚改好的规划名称")
                .param("issuer", shown.getIssuer())
                .param("startYear", String.valueOf(shown.getStartYear()))
                .param("endYear", String.valueOf(shown.getEndYear()))
                .param("summary", "刚刚写好的概述");
        shown.getCoveredOrganizationIds().forEach(id -> save.param("coveredOrganizationIds", String.valueOf(id)));
        shown.getCoveredRegionCodes().forEach(code -> save.param("coveredRegionCodes", code));
        MockHttpServletResponse response = perform(save);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("data-error-summary", "已结束的规划不能再修改。", "value=\"刚刚改好的规划名称\"", ">刚刚写好的概述</textarea>");
    }

    private MockHttpServletRequestBuilder goal(ScratchPlans.Ids plan, long version) {
        return post("/plans/{p}/goals/{g}", plan.planId(), plan.goalId())
                .with(user(planner(plan)))
                .param("version", String.valueOf(version));
    }

    private long version(ScratchPlans.Ids plan) {
        return goalView(plan).version();
    }

    private String title(ScratchPlans.Ids plan) {
        return goalView(plan).title();
    }

    private com.hospitalplan.plan.GoalNode goalView(ScratchPlans.Ids plan) {
        return plans.detail(plan.planId(), planner(plan), Locale.CHINA).flatGoals().stream()
                .filter(g -> g.id().equals(plan.goalId()))
                .findFirst()
                .orElseThrow();
    }

    private SignedInUser planner(ScratchPlans.Ids plan) {
        return accounts.as(plan.plannerUsername());
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }
}
