package com.hospitalplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.ApiTokenService;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class PlanFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    PlanService plans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    ApiTokenService tokens;

    private SignedInUser reporterOf(ScratchPlans.Ids plan) {
        return accounts.signedIn(Role.REPORTER, plan.hospitalId());
    }

    /** A planner of a hospital that has nothing to do with the plans of these tests. */
    private SignedInUser plannerElsewhere() {
        return accounts.signedIn(Role.PLANNER, organizations.tree().hospitalId());
    }

    private String tokenOf(SignedInUser user) {
        return "Bearer " + tokens.create(user.id(), "测试");
    }

    @Test
    void aPublishedTargetChangesOnlyWithAReasonAndKeepsTheOriginal() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        long version = plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                .indicators()
                .get(0)
                .version();

        String refused =
                page(indicatorUpdate(plan, version, "≥40%", "").with(user(accounts.as(plan.plannerUsername()))));
        assertThat(refused).contains("规划已印发，调整目标时请填写调整理由");
        assertThat(plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                        .indicators()
                        .get(0)
                        .targetText())
                .isEqualTo("≥35%");

        mvc.perform(indicatorUpdate(plan, version, "≥40%", "中期评估后上调").with(user(accounts.as(plan.plannerUsername()))))
                .andExpect(status().is3xxRedirection());

        IndicatorView adjusted = plans.detail(plan.planId(), reporterOf(plan), Locale.CHINA)
                .indicators()
                .get(0);
        assertThat(adjusted.targetText()).isEqualTo("≥40%");
        assertThat(adjusted.originalTargetText()).isEqualTo("≥35%");
        assertThat(adjusted.revisions()).singleElement().satisfies(r -> {
            assertThat(r.oldText()).isEqualTo("≥35%");
            assertThat(r.newText()).isEqualTo("≥40%");
            assertThat(r.reason()).isEqualTo("中期评估后上调");
            assertThat(r.revisedBy()).isEqualTo("测试PLANNER");
            assertThat(r.revisedAt()).isNotNull();
        });
        String page = page(get("/plans/{id}", plan.planId()).with(user(accounts.reviewerOver(plan.hospitalId()))));
        assertThat(page).contains("<del class=\"original-target\">≥35%</del>", "中期评估后上调", "≥40%");
    }

    @Test
    void wordingTheParserCannotReadIsEnteredAsAStructureAndTheWordingIsKept() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        String refused = page(post("/plans/{p}/indicators", plan.planId())
                .with(user(accounts.as(plan.plannerUsername())))
                .with(csrf())
                .param("name", "药占比")
                .param("unit", "%")
                .param("direction", "LOWER_IS_BETTER")
                .param("valueKind", "PERCENTAGE")
                .param("target", "合理控制")
                .param("structuredMeasure", "LATEST_VALUE"));
        assertThat(refused).contains("请选择比较方式", "value=\"合理控制\"");

        mvc.perform(post("/plans/{p}/indicators", plan.planId())
                        .with(user(accounts.as(plan.plannerUsername())))
                        .with(csrf())
                        .param("name", "药占比")
                        .param("unit", "%")
                        .param("direction", "LOWER_IS_BETTER")
                        .param("valueKind", "PERCENTAGE")
                        .param("target", "合理控制")
                        .param("structuredMeasure", "LATEST_VALUE")
                        .param("structuredBound", "AT_MOST")
                        .param("structuredValue", "30")
                        .param("structuredReference", "按省考核要求"))
                .andExpect(status().is3xxRedirection());

        IndicatorView saved = plans.detail(plan.planId(), reporterOf(plan), Locale.CHINA).indicators().stream()
                .filter(i -> i.definition().name().equals("药占比"))
                .findFirst()
                .orElseThrow();
        assertThat(saved.targetText()).isEqualTo("合理控制");
        assertThat(saved.targetStructured()).isTrue();
        assertThat(saved.target().bound()).isEqualTo(com.hospitalplan.targets.Bound.AT_MOST);
        assertThat(saved.target().value()).isEqualByComparingTo("30");
        assertThat(saved.target().text()).isEqualTo("合理控制");
        assertThat(saved.targetDescription()).isEqualTo("≤30%");
    }

    @Test
    void goalsAreMovedIntoTheDocumentsOrder() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        mvc.perform(post("/plans/{p}/goals", plan.planId())
                        .with(user(accounts.as(plan.plannerUsername())))
                        .with(csrf())
                        .param("number", "二、")
                        .param("title", "人才队伍"))
                .andExpect(status().is3xxRedirection());
        Long second = plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                .goals()
                .get(1)
                .id();

        mvc.perform(post("/plans/{p}/goals/{g}/move", plan.planId(), second)
                        .with(user(accounts.as(plan.plannerUsername())))
                        .with(csrf())
                        .param("direction", "up"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                        .goals())
                .extracting(GoalNode::title)
                .containsExactly("人才队伍", "学科建设");

        mvc.perform(post("/plans/{p}/goals/{g}/move", plan.planId(), second)
                        .with(user(accounts.as(plan.plannerUsername())))
                        .with(csrf())
                        .param("direction", "down"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                        .goals())
                .extracting(GoalNode::title)
                .containsExactly("学科建设", "人才队伍");
    }

    @Test
    void aStaleEditIsRefusedWithTheConflictPage() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        long version = plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                .indicators()
                .get(0)
                .version();
        mvc.perform(indicatorUpdate(plan, version, "≥36%", "第一次调整").with(user(accounts.as(plan.plannerUsername()))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(indicatorUpdate(plan, version, "≥37%", "基于旧页面的调整").with(user(accounts.as(plan.plannerUsername()))))
                .andExpect(status().isConflict());
        assertThat(plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                        .indicators()
                        .get(0)
                        .targetText())
                .isEqualTo("≥36%");
    }

    @Test
    void aPlannerOfAnotherOrganisationCannotChangeThePlan() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        long version = plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                .indicators()
                .get(0)
                .version();
        mvc.perform(indicatorUpdate(plan, version, "≥1%", "篡改").with(user(plannerElsewhere())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/plans/{id}/close", plan.planId())
                        .with(user(plannerElsewhere()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                        .status())
                .isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                        .indicators()
                        .get(0)
                        .targetText())
                .isEqualTo("≥35%");
    }

    @Test
    void aReaderWhoMayNotChangeThePlanIsForbidden() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        mvc.perform(post("/plans/{id}/close", plan.planId())
                        .with(user(accounts.reviewerOver(plan.hospitalId())))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(plans.detail(plan.planId(), accounts.reviewerOver(plan.hospitalId()), Locale.CHINA)
                        .status())
                .isEqualTo(PlanStatus.PUBLISHED);
    }

    @Test
    void theApiServesOnlyPlansTheTokenHolderMayRead() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        String reporter = tokenOf(reporterOf(plan));
        ScratchPlans.Ids elsewhere = scratchPlans.publishedPlan();
        String reporterElsewhere = tokenOf(reporterOf(elsewhere));
        mvc.perform(get("/api/v1/plans/{id}", plan.planId()).header("Authorization", reporter))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/plans/{id}", plan.planId()).header("Authorization", reporterElsewhere))
                .andExpect(status().isNotFound());
        String list = mvc.perform(get("/api/v1/plans").header("Authorization", reporterElsewhere))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<Number>>read(list, "$[*].id"))
                .extracting(Number::longValue)
                .contains(elsewhere.planId())
                .doesNotContain(plan.planId());
    }

    @Test
    void theApiOffersNoWayToChangeAPlan() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        mvc.perform(post("/api/v1/plans/{id}", plan.planId()).header("Authorization", tokenOf(plannerElsewhere())))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                "/api/v1/plans/{id}", plan.planId())
                        .header("Authorization", tokenOf(accounts.as(plan.plannerUsername()))))
                .andExpect(status().isMethodNotAllowed());
    }

    @Test
    void invalidInputIsExplainedAndKept() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        String page = page(post("/plans/{id}/budget-lines", plan.planId())
                .with(user(accounts.as(plan.plannerUsername())))
                .with(csrf())
                .param("fundingSource", "市财政")
                .param("category", "")
                .param("amount", "-5")
                .param("year", "2023"));
        assertThat(page).contains("请填写支出类别", "金额不能为负数", "value=\"市财政\"", "value=\"2023\"");
    }

    @Test
    void anUnknownLevelScaleIsAFieldErrorThatKeepsTheInput() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        long version = plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                .indicators()
                .get(0)
                .version();
        var response = mvc.perform(post("/plans/{p}/indicators/{i}", plan.planId(), plan.indicatorId())
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("goalId", String.valueOf(plan.goalId()))
                        .param("name", "电子病历应用水平")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("valueKind", "LEVEL")
                        .param("levelScale", "NO_SUCH_SCALE")
                        .param("target", "七级")
                        .param("revisionReason", "改为等级")
                        .with(user(accounts.as(plan.plannerUsername()))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("所选等级表不存在，请重新选择。")
                .contains("value=\"七级\"");
    }

    private MockHttpServletRequestBuilder indicatorUpdate(
            ScratchPlans.Ids plan, long version, String target, String reason) {
        return post("/plans/{p}/indicators/{i}", plan.planId(), plan.indicatorId())
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("goalId", String.valueOf(plan.goalId()))
                .param("number", "1")
                .param("name", "出院患者手术占比")
                .param("unit", "%")
                .param("direction", "HIGHER_IS_BETTER")
                .param("valueKind", "PERCENTAGE")
                .param("baseline", "30")
                .param("baselineYear", "2020")
                .param("target", target)
                .param("yearlyTargets", "2023: ≥32%")
                .param("revisionReason", reason);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
