package com.hospitalplan.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.report.ReportPages;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The projects write API with the pages' permissions and rules: the plan's planner creates and changes a project, its
 * specifications, investment and stage dates; a reader is refused 403, another hospital 404; bad input is a 400
 * naming the field in the caller's language, a stale version 409, a retried create with its key made once. Progress
 * reported with a report is read through the report's and the project's API.
 */
@IntegrationTest
class ProjectApiWriteTest {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProjectService projects;

    @Autowired
    ReportPages pages;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePlannerCreatesAndChangesAProjectAndOthersAreRefused() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        String body = "{\"name\":\"门诊综合楼\",\"kind\":\"NEW_BUILD\",\"institutionId\":" + plan.hospitalId()
                + ",\"location\":\"院区东侧\",\"description\":\"新建门诊综合楼\","
                + "\"phases\":[{\"name\":\"一期\",\"description\":\"门诊\"}]}";
        String created = send(post("/api/v1/plans/{id}/projects", plan.planId()), body, planner)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/projects/")))
                .andExpect(jsonPath("$.name").value("门诊综合楼"))
                .andExpect(jsonPath("$.kind").value("NEW_BUILD"))
                .andExpect(jsonPath("$.phases[0].name").value("一期"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        Long projectId = Long.valueOf(created.substring(created.lastIndexOf('/') + 1));

        SignedInUser reporter = accounts.signedIn(Role.REPORTER, plan.hospitalId());
        send(put("/api/v1/projects/{id}", projectId).param("version", "0"), body, reporter)
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        send(post("/api/v1/plans/{id}/projects", plan.planId()), body, reporter).andExpect(status().isForbidden());
        SignedInUser stranger = accounts.as(scratchPlans.publishedPlan().plannerUsername());
        send(put("/api/v1/projects/{id}", projectId).param("version", "0"), body, stranger)
                .andExpect(status().isNotFound());

        long version = projects.detail(projectId, planner).version();
        send(
                        put("/api/v1/projects/{id}", projectId).param("version", String.valueOf(version)),
                        "{\"name\":\"门诊医技综合楼\",\"kind\":\"EXPANSION\"}",
                        planner)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("门诊医技综合楼"))
                .andExpect(jsonPath("$.kind").value("EXPANSION"));
        send(
                        put("/api/v1/projects/{id}", projectId).param("version", String.valueOf(version)),
                        "{\"name\":\"过期的修改\"}",
                        planner)
                .andExpect(status().isConflict());
        assertThat(projects.detail(projectId, planner).name()).isEqualTo("门诊医技综合楼");
    }

    @Test
    void badInputIsA400NamingTheFieldInTheCallersLanguageAndNothingIsSaved() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        send(post("/api/v1/plans/{id}/projects", plan.planId()), "{\"name\":\" \"}", planner)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("请填写项目名称。"));
        send(post("/api/v1/plans/{id}/projects", plan.planId()), "{\"name\":\" \"}", planner)
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/plans/{id}/projects", plan.planId())
                        .with(user(planner))
                        .with(csrf())
                        .cookie(new Cookie("lang", "en"))
                        .contentType("application/json")
                        .content("{\"name\":\"楼\",\"goalId\":999999999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("goalId"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.matchesPattern("[ -~]+")));
        send(
                        post("/api/v1/plans/{id}/projects", plan.planId()),
                        "{\"name\":\"楼\",\"phases\":[{\"description\":\"无名\"}]}",
                        planner)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phases[0].name"));
        String junk = send(
                        post("/api/v1/plans/{id}/projects", plan.planId()),
                        "{\"name\":\"楼\",\"kind\":\"CASTLE\"}",
                        planner)
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(junk).doesNotContain("java.", "ProjectKind", "Jackson");
        assertThat(projects.projectsOf(plan.planId(), planner)).isEmpty();
    }

    @Test
    void specificationsFundingAndStageDatesFollowThePagesRules() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        Long projectId = projects.create(
                plan.planId(),
                new ProjectCommands.SaveProject(
                        "住院楼", ProjectKind.NEW_BUILD, plan.hospitalId(), null, null, null, java.util.List.of()),
                planner);

        send(specs(projectId, planner), "{\"rows\":[{\"measure\":\"BEDS\",\"unit\":\"㎡\",\"planned\":500}]}", planner)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rows[0].unit"));
        send(
                        specs(projectId, planner),
                        "{\"rows\":[{\"measure\":\"BEDS\",\"unit\":\"张\",\"planned\":500},"
                                + "{\"measure\":\"GROSS_FLOOR_AREA\",\"unit\":\"㎡\",\"planned\":60000}]}",
                        planner)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plannedAreaPerBed.derived").value(true));

        send(funding(projectId, planner), "{\"rows\":[{\"source\":\"LOCAL_FISCAL\",\"amount\":-3}]}", planner)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rows[0].amount"));
        send(funding(projectId, planner), "{\"rows\":[{\"year\":2024,\"amount\":3}]}", planner)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rows[0].source"));
        send(
                        funding(projectId, planner),
                        "{\"rows\":[{\"source\":\"LOCAL_FISCAL\",\"amount\":6000},{\"source\":\"SELF_RAISED\"}]}",
                        planner)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fundingLines.length()").value(2))
                .andExpect(jsonPath("$.fundingLines[1].amount").doesNotExist());

        Long start = projects.stages().stream()
                .filter(s -> s.name().equals("开工"))
                .findFirst()
                .orElseThrow()
                .id();
        String planned = "/api/v1/projects/{p}/stages/{s}/planned";
        send(put(planned, projectId, start), "{\"plannedText\":\"2024年上半年\"}", planner)
                .andExpect(status().isOk());
        send(put(planned, projectId, start), "{\"plannedText\":\"2024年底\"}", planner)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("调整计划日期时请填写调整理由。"));
        send(put(planned, projectId, start), "{\"plannedText\":\"不久以后\",\"reason\":\"x\"}", planner)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("plannedText"));
        send(put(planned, projectId, start), "{\"plannedText\":\"2024年底\",\"reason\":\"用地审批延后\"}", planner)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slipped").value(true));
        send(put(planned, projectId, 999_999_999L), "{\"plannedText\":\"2024年底\"}", planner)
                .andExpect(status().isNotFound());
        send(
                        put("/api/v1/projects/{p}/stages/{s}/actual", projectId, start),
                        "{\"actualText\":\"2024-11-20\"}",
                        planner)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentStage").value("开工"));
        ProjectDetail.Stage stage = projects.detail(projectId, planner).stages().stream()
                .filter(s -> s.stageId().equals(start))
                .findFirst()
                .orElseThrow();
        assertThat(stage.original().text()).isEqualTo("2024年上半年");
        assertThat(stage.history())
                .singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo("用地审批延后"));
    }

    @Test
    void aRetriedCreateWithItsKeyIsMadeOnce() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/plans/{id}/projects", plan.planId())
                            .with(user(planner))
                            .with(csrf())
                            .header("Idempotency-Key", "create-outpatient-1")
                            .contentType("application/json")
                            .content("{\"name\":\"门诊楼\"}"))
                    .andExpect(status().isCreated());
        }
        assertThat(projects.projectsOf(plan.planId(), planner)).hasSize(1);
    }

    @Test
    void progressReportedWithAReportIsReadThroughTheReportAndProjectApi() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        Long projectId = projects.create(
                plan.planId(),
                new ProjectCommands.SaveProject(
                        "门诊楼", ProjectKind.NEW_BUILD, plan.hospitalId(), null, null, null, java.util.List.of()),
                planner);
        projects.fund(
                projectId,
                projects.detail(projectId, planner).version(),
                java.util.List.of(new ProjectCommands.Funding(
                        FundingSource.LOCAL_FISCAL, null, new java.math.BigDecimal("1000"), null)),
                planner);
        SignedInUser reporter = accounts.signedIn(Role.REPORTER, plan.hospitalId());
        Long reportId = scratchPlans.draftIn(plan, scratchPlans.openYear(plan, ScratchPlans.reportedYear()), reporter);
        mvc.perform(scratchPlans
                        .completeSubmit(reportId, reporter, plan, "36")
                        .param("pp-" + projectId + "-investment", "1200")
                        .param("pp-" + projectId + "-percent", "105"))
                .andExpect(status().is3xxRedirection());

        SignedInUser reviewer = accounts.reviewerOver(plan.hospitalId());
        mvc.perform(get("/api/v1/reports/{id}/project-progress", reportId).with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].projectId").value(projectId))
                .andExpect(jsonPath("$[0].investment").value(1200))
                .andExpect(jsonPath("$[0].worksOverFull").value(true))
                .andExpect(jsonPath("$[0].investmentRate.percent").value(120.0))
                .andExpect(jsonPath("$[0].investmentRate.overHundred").value(true))
                .andExpect(jsonPath("$[0].investmentRate.derived").value(true));
        mvc.perform(get("/api/v1/projects/{id}/progress", projectId).with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].pending").value(true))
                .andExpect(jsonPath("$[0].worksPercent").value(105))
                .andExpect(jsonPath("$[0].cumulativeInvestment").value(1200));
        SignedInUser stranger =
                accounts.signedIn(Role.REPORTER, scratchPlans.publishedPlan().hospitalId());
        mvc.perform(get("/api/v1/reports/{id}/project-progress", reportId).with(user(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/{id}/progress", projectId).with(user(stranger)))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder specs(Long projectId, SignedInUser planner) {
        return put("/api/v1/projects/{id}/specifications", projectId).param("version", version(projectId, planner));
    }

    private MockHttpServletRequestBuilder funding(Long projectId, SignedInUser planner) {
        return put("/api/v1/projects/{id}/funding", projectId).param("version", version(projectId, planner));
    }

    private String version(Long projectId, SignedInUser planner) {
        return String.valueOf(projects.detail(projectId, planner).version());
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String json, SignedInUser user) throws Exception {
        return mvc.perform(request.with(user(user))
                .with(csrf())
                .contentType("application/json")
                .content(json));
    }
}
