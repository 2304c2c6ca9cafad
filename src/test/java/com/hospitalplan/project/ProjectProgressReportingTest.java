package com.hospitalplan.project;

import static com.hospitalplan.support.ScratchProjects.funding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportStatus;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ScratchProjects;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A hospital's reporter reports its projects' progress with the unit's report; the reviewer approves it with the
 * report; the project's page shows the approved periods with the cumulative rates, and one pending review as such.
 */
@IntegrationTest
class ProjectProgressReportingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    ScratchProjects scratchProjects;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportPages pages;

    @Autowired
    ReportDecisions decisions;

    @Autowired
    ProjectProgressRepository progress;

    /** The hospital's project with 8000 万元 planned: 6000 from the central budget, 2000 self-raised. */
    private Long projectOf(ScratchPlans.Ids plan, Long institutionId) {
        return scratchProjects.fundedProject(
                plan,
                "门诊综合楼",
                institutionId,
                funding(FundingSource.CENTRAL_BUDGET, "6000"),
                funding(FundingSource.SELF_RAISED, "2000"));
    }

    @Test
    void theReporterFillsProgressTheReviewerApprovesAndTheProjectPageShowsTheRates() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        Long projectId = projectOf(plan, plan.hospitalId());
        SignedInUser reporter = accounts.signedIn(Role.REPORTER, plan.hospitalId());
        SignedInUser reviewer = accounts.reviewerOver(plan.hospitalId());
        int year = ScratchPlans.reportedYear();
        Long earlier = scratchPlans.draftIn(plan, scratchPlans.openYear(plan, year - 1), reporter);
        Long reportId = scratchPlans.draftIn(plan, scratchPlans.openYear(plan, year), reporter);

        String form = page(get("/reports/{id}", earlier), reporter);
        assertThat(form)
                .contains("建设项目进度", "门诊综合楼", "name=\"pp-" + projectId + "-investment\"", "progress-workbook-links");

        // a refused save: nothing is stored, everything typed comes back
        String refused = page(
                post("/reports/{id}", earlier)
                        .param("version", String.valueOf(version(earlier, reporter)))
                        .param("pp-" + projectId + "-investment", "三千")
                        .param("pp-" + projectId + "-funds", "4000")
                        .param("pp-" + projectId + "-problems", "征地拆迁滞后"),
                reporter);
        assertThat(refused).contains("请填写数字", "value=\"三千\"", "value=\"4000\"", "征地拆迁滞后", "部分内容无法保存");
        assertThat(progress.findByProjectId(projectId)).isEmpty();

        mvc.perform(scratchPlans
                        .completeSubmit(earlier, reporter, plan, "36")
                        .param("pp-" + projectId + "-investment", "3000")
                        .param("pp-" + projectId + "-funds", "4000")
                        .param("pp-" + projectId + "-percent", "35")
                        .param("pp-" + projectId + "-stage", String.valueOf(scratchProjects.stage("开工")))
                        .param("pp-" + projectId + "-problems", "征地拆迁滞后"))
                .andExpect(status().is3xxRedirection());
        assertThat(pages.page(earlier, reporter, Locale.CHINA).status()).isEqualTo(ReportStatus.SUBMITTED);

        String pending = page(get("/projects/{id}", projectId), reporter);
        assertThat(pending).contains("待审核", "37.5%", "征地拆迁滞后");
        String reviewed = page(get("/reports/{id}", earlier), reviewer);
        assertThat(reviewed)
                .contains("建设项目进度", "门诊综合楼", "3000 万元", "35%", "开工")
                .doesNotContain("name=\"pp-" + projectId + "-investment\"", "progress-workbook-links");

        decisions.approve(earlier, version(earlier, reviewer), reviewer);

        // the next period: 6000 more takes the completion past the plan, flagged, not refused
        mvc.perform(scratchPlans
                        .completeSubmit(reportId, reporter, plan, "37")
                        .param("pp-" + projectId + "-investment", "6000")
                        .param("pp-" + projectId + "-funds", "2000")
                        .param("pp-" + projectId + "-percent", "90"))
                .andExpect(status().is3xxRedirection());

        String shown = page(get("/projects/{id}", projectId), reviewer);
        assertThat(shown).contains("id=\"progress-table\"", "37.5%", "50.0%", "112.5%", "75.0%", "超过100%", "推算");
        assertThat(shown.indexOf("37.5%")).isLessThan(shown.indexOf("112.5%"));
        assertThat(shown.split("progress-pending", -1))
                .as("one period pending review")
                .hasSize(2);
        assertThat(page(get("/reports/{id}", earlier), reviewer)).contains("填报", "门诊综合楼");
    }

    @Test
    void aReporterOfAnotherHospitalCannotWriteTheProgressAndAUnitWithoutProjectsHasNoSection() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        Long projectId = projectOf(plan, plan.hospitalId());
        SignedInUser reporter = accounts.signedIn(Role.REPORTER, plan.hospitalId());
        Long reportId = scratchPlans.draftIn(plan, scratchPlans.openYear(plan, ScratchPlans.reportedYear()), reporter);

        ScratchPlans.Ids other = scratchPlans.publishedPlan();
        SignedInUser stranger = accounts.signedIn(Role.REPORTER, other.hospitalId());
        int refused = mvc.perform(post("/reports/{id}", reportId)
                        .with(user(stranger))
                        .with(csrf())
                        .param("version", String.valueOf(version(reportId, reporter)))
                        .param("pp-" + projectId + "-investment", "100"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(refused).isIn(403, 404);
        mvc.perform(get("/projects/{id}", projectId).with(user(stranger))).andExpect(status().isNotFound());
        assertThat(progress.findByProjectId(projectId)).isEmpty();

        // the other hospital's own report has no project section: the project is not its
        Long othersReport =
                scratchPlans.draftIn(other, scratchPlans.openYear(other, ScratchPlans.reportedYear()), stranger);
        assertThat(page(get("/reports/{id}", othersReport), stranger)).doesNotContain("建设项目进度");
        // nor does its save touch the project, whatever it names
        mvc.perform(post("/reports/{id}", othersReport)
                        .with(user(stranger))
                        .with(csrf())
                        .param("version", String.valueOf(version(othersReport, stranger)))
                        .param("pp-" + projectId + "-investment", "100"))
                .andExpect(status().is3xxRedirection());
        assertThat(progress.findByProjectId(projectId)).isEmpty();
    }

    @Test
    void aReturnedReportTakesItsProgressOffTheProjectPageUntilItIsCorrectedAndApproved() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        Long projectId = projectOf(plan, plan.hospitalId());
        SignedInUser reporter = accounts.signedIn(Role.REPORTER, plan.hospitalId());
        SignedInUser reviewer = accounts.reviewerOver(plan.hospitalId());
        Long reportId = scratchPlans.draftIn(plan, scratchPlans.openYear(plan, ScratchPlans.reportedYear()), reporter);
        submit(reportId, reporter, plan, projectId, "8800");
        assertThat(page(get("/projects/{id}", projectId), reviewer)).contains("110.0%", "超过100%", "progress-pending");

        decisions.returnReport(reportId, version(reportId, reviewer), "投资额有误，请核实", java.util.Map.of(), reviewer);
        assertThat(page(get("/projects/{id}", projectId), reviewer))
                .contains("尚无已提交的进度")
                .doesNotContain("110.0%");
        assertThat(page(get("/reports/{id}", reportId), reporter)).contains("value=\"8800\"");

        submit(reportId, reporter, plan, projectId, "800");
        decisions.approve(reportId, version(reportId, reviewer), reviewer);
        assertThat(page(get("/projects/{id}", projectId), reviewer))
                .contains("10.0%")
                .doesNotContain("110.0%", "progress-pending");
    }

    private void submit(Long reportId, SignedInUser reporter, ScratchPlans.Ids plan, Long projectId, String investment)
            throws Exception {
        mvc.perform(scratchPlans
                        .completeSubmit(reportId, reporter, plan, "36")
                        .param("pp-" + projectId + "-investment", investment))
                .andExpect(status().is3xxRedirection());
    }

    private String page(MockHttpServletRequestBuilder request, SignedInUser user) throws Exception {
        return mvc.perform(request.with(user(user)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long version(Long reportId, SignedInUser reader) {
        return scratchPlans.reportVersion(reportId, reader);
    }
}
