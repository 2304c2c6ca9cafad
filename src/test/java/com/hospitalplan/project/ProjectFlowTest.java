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

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ScratchProjects;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.ApiTokenService;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ProjectFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    ScratchProjects scratchProjects;

    @Autowired
    ProjectService projects;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    ApiTokenService tokens;

    private Long createProject(ScratchPlans.Ids plan, SignedInUser planner) throws Exception {
        return createdId(mvc.perform(creationForm(plan, "新院区一期工程")
                        .with(user(planner))
                        .param("institutionId", String.valueOf(plan.hospitalId()))
                        .param("goalId", String.valueOf(plan.goalId()))
                        .param("location", "新都市区西南部")
                        .param("phases[0].name", "一期")
                        .param("phases[0].description", "约12.5万平方米，床位1000张")
                        .param("phases[1].name", "")
                        .param("phases[1].description", ""))
                .andExpect(status().is3xxRedirection())
                .andReturn());
    }

    @Test
    void aPlannerEntersAProjectAndMovesAStageDateOnlyWithAReasonAndTheSlipShows() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        Long projectId = createProject(plan, planner);

        mvc.perform(post("/projects/{id}/specifications", projectId)
                        .with(user(planner))
                        .with(csrf())
                        .param("version", "0")
                        .param("rows[0].measure", "GROSS_FLOOR_AREA")
                        .param("rows[0].unit", "㎡")
                        .param("rows[0].planned", "224060")
                        .param("rows[1].measure", "BEDS")
                        .param("rows[1].unit", "张")
                        .param("rows[1].planned", "2000")
                        .param("rows[2].measure", "GROSS_FLOOR_AREA")
                        .param("rows[2].phase", "1")
                        .param("rows[2].unit", "万㎡")
                        .param("rows[2].planned", "12.5"))
                .andExpect(status().is3xxRedirection());
        long version = projects.detail(projectId, planner).version();
        mvc.perform(post("/projects/{id}/funding", projectId)
                        .with(user(planner))
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("rows[0].source", "CENTRAL_BUDGET")
                        .param("rows[0].year", "2024")
                        .param("rows[0].amount", "3000")
                        .param("rows[1].source", "SPECIAL_BONDS")
                        .param("rows[1].year", "2024")
                        .param("rows[1].amount", ""))
                .andExpect(status().is3xxRedirection());

        Long opening = scratchProjects.stage("投入使用");
        mvc.perform(plannedDate(projectId, opening, "2024年").with(user(planner)))
                .andExpect(status().is3xxRedirection());
        String refused = page(plannedDate(projectId, opening, "2025年上半年").with(user(planner)));
        assertThat(refused).contains("调整计划日期时请填写调整理由").contains("value=\"2025年上半年\"");
        String unreadable = page(
                plannedDate(projectId, opening, "尽快").param("reason", "资金未到位").with(user(planner)));
        assertThat(unreadable).contains("无法识别这个日期").contains("value=\"资金未到位\"");
        mvc.perform(plannedDate(projectId, opening, "2025年上半年")
                        .param("reason", "二期资金未到位")
                        .with(user(planner)))
                .andExpect(status().is3xxRedirection());

        ProjectDetail detail = projects.detail(projectId, planner);
        ProjectDetail.Stage moved = detail.stages().stream()
                .filter(s -> s.stageId().equals(opening))
                .findFirst()
                .orElseThrow();
        assertThat(moved.original().text()).isEqualTo("2024年");
        assertThat(moved.planned().text()).isEqualTo("2025年上半年");
        assertThat(moved.slipped()).isTrue();
        assertThat(moved.history()).singleElement().satisfies(change -> {
            assertThat(change.reason()).isEqualTo("二期资金未到位");
            assertThat(change.from().text()).isEqualTo("2024年");
        });
        assertThat(detail.plannedAreaPerBed().value()).isEqualByComparingTo("112.03");
        assertThat(detail.plannedAreaPerBed().derived()).isTrue();
        assertThat(detail.investment().total().complete()).isFalse();

        SignedInUser reporter = accounts.signedIn(Role.REPORTER, plan.hospitalId());
        String shown = page(get("/projects/{id}", projectId).with(user(reporter)));
        assertThat(shown)
                .contains("新院区一期工程", "224,060", "112.03", "推算", "二期资金未到位", "节点推迟", "未明确", "至少 3,000")
                .doesNotContain("编辑建设规模");
        String planPage = page(get("/plans/{id}", plan.planId()).with(user(reporter)));
        assertThat(planPage).contains("建设项目", "新院区一期工程", "节点推迟", "2025年上半年");
    }

    @Test
    void badInputComesBackWithEverythingTypedAndAChineseMessage() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        String page = page(post("/plans/{p}/projects", plan.planId())
                .with(user(planner))
                .with(csrf())
                .param("version", "0")
                .param("name", " ")
                .param("kind", "NEW_BUILD")
                .param("location", "硖石街道")
                .param("phases[0].name", "")
                .param("phases[0].description", "门诊楼"));
        assertThat(page).contains("请填写项目名称", "请填写分期名称", "value=\"硖石街道\"", "value=\"门诊楼\"");
        Long projectId = createProject(plan, planner);
        String figures = page(post("/projects/{id}/specifications", projectId)
                .with(user(planner))
                .with(csrf())
                .param("version", "0")
                .param("rows[0].measure", "BEDS")
                .param("rows[0].unit", "㎡")
                .param("rows[0].planned", "二千"));
        assertThat(figures).contains("请填写数字", "value=\"二千\"");
        assertThat(projects.detail(projectId, planner).specifications()).isEmpty();
    }

    @Test
    void onlyThePlansPlannersChangeItsProjectsAndOnlyItsReadersSeeThem() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        Long projectId = createProject(plan, planner);
        Long start = scratchProjects.stage("开工");
        SignedInUser elsewhere =
                accounts.signedIn(Role.PLANNER, organizations.tree().hospitalId());
        SignedInUser reporter = accounts.signedIn(Role.REPORTER, plan.hospitalId());

        mvc.perform(get("/projects/{id}", projectId).with(user(elsewhere))).andExpect(status().isNotFound());
        mvc.perform(plannedDate(projectId, start, "2024年").with(user(elsewhere)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/projects/new", plan.planId()).with(user(elsewhere)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/{id}", projectId).header("Authorization", tokenOf(elsewhere)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans/{id}/projects", plan.planId()).header("Authorization", tokenOf(elsewhere)))
                .andExpect(status().isNotFound());

        mvc.perform(get("/projects/{id}", projectId).with(user(reporter))).andExpect(status().isOk());
        mvc.perform(plannedDate(projectId, start, "2024年").with(user(reporter))).andExpect(status().isForbidden());
        mvc.perform(get("/projects/{id}/edit", projectId).with(user(reporter))).andExpect(status().isForbidden());
        mvc.perform(get("/plans/{id}/projects/new", plan.planId()).with(user(reporter)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/projects/{id}/funding", projectId)
                        .with(user(reporter))
                        .with(csrf())
                        .param("version", "0")
                        .param("rows[0].source", "SELF_RAISED")
                        .param("rows[0].amount", "1"))
                .andExpect(status().isForbidden());
        assertThat(projects.detail(projectId, planner).stages().stream().allMatch(s -> s.planned() == null))
                .isTrue();
        assertThat(projects.detail(projectId, planner).fundingLines()).isEmpty();

        String list = mvc.perform(
                        get("/api/v1/plans/{id}/projects", plan.planId()).header("Authorization", tokenOf(reporter)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> names = JsonPath.read(list, "$[*].name");
        assertThat(names).containsExactly("新院区一期工程");
        String one = mvc.perform(get("/api/v1/projects/{id}", projectId).header("Authorization", tokenOf(reporter)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(one, "$.phases[0].name")).isEqualTo("一期");
        assertThat(JsonPath.<String>read(one, "$.kind")).isEqualTo("NEW_BUILD");
    }

    @Test
    void aReachedStageBecomesTheCurrentOneAndAnAdministratorExtendsTheStageList() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        Long projectId = createProject(plan, planner);
        Long start = scratchProjects.stage("开工");
        mvc.perform(plannedDate(projectId, start, "2023年").with(user(planner))).andExpect(status().is3xxRedirection());
        String unreadable = page(post("/projects/{p}/stages/{s}/actual", projectId, start)
                .with(csrf())
                .with(user(planner))
                .param("actualText", "去年"));
        assertThat(unreadable).contains("无法识别这个日期", "value=\"去年\"");
        mvc.perform(post("/projects/{p}/stages/{s}/actual", projectId, start)
                        .with(csrf())
                        .with(user(planner))
                        .param("actualText", "2023年11月8日"))
                .andExpect(status().is3xxRedirection());
        ProjectDetail detail = projects.detail(projectId, planner);
        assertThat(detail.currentStage()).isEqualTo("开工");
        assertThat(detail.behindSchedule()).isFalse();

        String name = "竣工决算" + System.nanoTime();
        mvc.perform(post("/admin/project-stages")
                        .with(csrf())
                        .with(user(planner))
                        .param("name", name))
                .andExpect(status().isForbidden());
        SignedInUser admin = accounts.signedIn(Role.ADMIN);
        assertThat(page(post("/admin/project-stages")
                        .with(csrf())
                        .with(user(admin))
                        .param("name", "开工")))
                .contains("已有同名节点", "value=\"开工\"");
        mvc.perform(post("/admin/project-stages").with(csrf()).with(user(admin)).param("name", name))
                .andExpect(status().is3xxRedirection());
        assertThat(projects.stages())
                .last()
                .extracting(ProjectService.StageChoice::name)
                .isEqualTo(name);
        assertThat(projects.detail(projectId, planner).stages())
                .last()
                .extracting(ProjectDetail.Stage::name)
                .isEqualTo(name);
    }

    private String tokenOf(SignedInUser user) {
        return "Bearer " + tokens.create(user.id(), "测试");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
