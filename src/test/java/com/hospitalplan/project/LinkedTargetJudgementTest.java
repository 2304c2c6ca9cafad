package com.hospitalplan.project;

import static com.hospitalplan.support.ScratchProjects.createdId;
import static com.hospitalplan.support.ScratchProjects.creationForm;
import static com.hospitalplan.support.ScratchProjects.plannedDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.plan.IndicatorView;
import com.hospitalplan.plan.PlanProjects;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ScratchProjects;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.ApiTokenService;
import com.hospitalplan.user.SignedInUser;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An indicator that names a construction project of its plan ("2098年投入使用") is judged from the project's stage
 * dates by the one judgement: the plan page, the plan dashboard and the API say the same; the link takes only a
 * project of the same plan. Real PostgreSQL and HTTP; the years lie far ahead so that today's date does not matter.
 */
@IntegrationTest
class LinkedTargetJudgementTest {

    private static final String SLIPPED = "投入使用计划2099年，原计划2098年上半年：已推迟，晚于2098年底的期限";
    private static final String REACHED = "投入使用已于2097年5月完成，在2098年底的期限内";

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    ScratchProjects scratchProjects;

    @Autowired
    PlanService plans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    PlanProjects planProjects;

    @Test
    void aLinkedTargetsVerdictComesFromTheStageDatesAndReadsTheSameOnThePlanPageDashboardAndApi() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        Long projectId = createProject(plan, planner, "住院综合大楼");
        Long opening = scratchProjects.stage("投入使用");
        mvc.perform(plannedDate(projectId, opening, "2098年上半年").with(user(planner)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(indicator(plan, projectId).with(user(planner))).andExpect(status().is3xxRedirection());
        IndicatorView linked = linkedIndicator(plan, planner);
        assertThat(linked.projectId()).isEqualTo(projectId);

        SignedInUser reviewer = accounts.reviewerOver(plan.hospitalId());
        // planned in time: on track everywhere (and the dashboard's figures are built now, to be refreshed below)
        assertThat(dashboard(plan, reviewer)).contains("投入使用计划2098年上半年，在2098年底的期限内");

        mvc.perform(plannedDate(projectId, opening, "2099年")
                        .param("reason", "资金未到位")
                        .with(user(planner)))
                .andExpect(status().is3xxRedirection());

        String planPage = page(get("/plans/{id}", plan.planId()).with(user(reviewer)));
        assertThat(planPage).contains(SLIPPED);
        assertThat(row(planPage, "linked-target-" + linked.id())).contains(SLIPPED, "明显滞后");
        assertThat(dashboard(plan, reviewer)).contains(SLIPPED);
        String projectPage = page(get("/projects/{id}", projectId).with(user(reviewer)));
        assertThat(row(projectPage, "linked-target-" + linked.id())).contains(SLIPPED, "明显滞后");

        String api = mvc.perform(get("/api/v1/projects/{id}", projectId).header("Authorization", tokenOf(reviewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(api, "$.targets[0].status")).isEqualTo("OFF_TRACK");
        assertThat(JsonPath.<String>read(api, "$.targets[0].explanation")).isEqualTo(SLIPPED);
        assertThat(JsonPath.<String>read(api, "$.name")).isEqualTo("住院综合大楼");
        String planApi = mvc.perform(
                        get("/api/v1/plans/{id}", plan.planId()).header("Authorization", tokenOf(reviewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<Integer> linkedProjects = JsonPath.read(planApi, "$.indicators[?(@.name == '住院综合大楼投入使用')].projectId");
        assertThat(linkedProjects).containsExactly(projectId.intValue());

        // reached before the deadline: achieved, and the dashboard sees the change at once
        mvc.perform(post("/projects/{p}/stages/{s}/actual", projectId, opening)
                        .with(csrf())
                        .with(user(planner))
                        .param("actualText", "2097年5月"))
                .andExpect(status().is3xxRedirection());
        assertThat(dashboard(plan, reviewer)).contains(REACHED).doesNotContain(SLIPPED);
        assertThat(row(page(get("/plans/{id}", plan.planId()).with(user(reviewer))), "linked-target-" + linked.id()))
                .contains(REACHED, "已达成");
        String english = page(get("/projects/{id}", projectId)
                .cookie(new Cookie("lang", "en"))
                .param("lang", "en")
                .with(user(reviewer)));
        assertThat(english).contains("投入使用 reached 2097年5月, within the deadline (end of 2098)");
    }

    @Test
    void theLinkRefusesAProjectOfAnotherPlanInTheUsersLanguageKeepingWhatWasTyped() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        ScratchPlans.Ids other = scratchPlans.publishedPlan();
        Long foreign = createProject(other, accounts.as(other.plannerUsername()), "别的规划的项目");

        String refused = mvc.perform(indicator(plan, foreign).with(user(planner)))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("所选建设项目不属于本规划", "value=\"2098年投入使用\"", "value=\"住院综合大楼投入使用\"");
        String english = mvc.perform(
                        indicator(plan, foreign).param("lang", "en").with(user(planner)))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("The chosen construction project does not belong to this plan");
        assertThat(plans.detail(plan.planId(), planner, Locale.CHINA).indicators())
                .noneMatch(i -> i.definition().name().equals("住院综合大楼投入使用"));
    }

    @Test
    void aTargetsDeadlineIsTheLatestDayItsWordingNamesReadAsProjectDatesAreRead() {
        assertThat(planProjects.latestDay("2022年6月底前住院综合大楼建成投用", 2026)).contains(LocalDate.of(2022, 6, 30));
        assertThat(planProjects.latestDay("年底前主体封顶", 2025)).contains(LocalDate.of(2025, 12, 31));
        assertThat(planProjects.latestDay("争取尽快投入使用", 2025)).isEmpty();
    }

    private MockHttpServletRequestBuilder indicator(ScratchPlans.Ids plan, Long projectId) {
        return post("/plans/{p}/indicators", plan.planId())
                .with(csrf())
                .param("goalId", String.valueOf(plan.goalId()))
                .param("name", "住院综合大楼投入使用")
                .param("direction", "HIGHER_IS_BETTER")
                .param("valueKind", "YES_NO")
                .param("target", "2098年投入使用")
                .param("projectId", String.valueOf(projectId));
    }

    private IndicatorView linkedIndicator(ScratchPlans.Ids plan, SignedInUser planner) {
        return plans.detail(plan.planId(), planner, Locale.CHINA).indicators().stream()
                .filter(i -> i.definition().name().equals("住院综合大楼投入使用"))
                .findFirst()
                .orElseThrow();
    }

    private String dashboard(ScratchPlans.Ids plan, SignedInUser reader) throws Exception {
        return mvc.perform(get("/plans/{id}/dashboard", plan.planId()).with(user(reader)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The table row with the id, as HTML. */
    private static String row(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private Long createProject(ScratchPlans.Ids plan, SignedInUser planner, String name) throws Exception {
        return createdId(mvc.perform(creationForm(plan, name)
                        .with(user(planner))
                        .param("institutionId", String.valueOf(plan.hospitalId())))
                .andExpect(status().is3xxRedirection())
                .andReturn());
    }

    private String tokenOf(SignedInUser user) {
        return "Bearer " + tokens.create(user.id(), "测试");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
