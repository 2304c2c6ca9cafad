package com.hospitalplan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.report.MilestoneProgress;
import com.hospitalplan.report.NewPeriod;
import com.hospitalplan.report.PeriodKind;
import com.hospitalplan.report.ReportApproved;
import com.hospitalplan.report.ReportDrafting;
import com.hospitalplan.report.ReportInput;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportReopened;
import com.hospitalplan.report.ReportStatus;
import com.hospitalplan.report.ReportSubmitted;
import com.hospitalplan.report.ReportingPeriods;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The reviewer's queue and decisions over MockMvc, and the events a decision publishes. */
@IntegrationTest
@RecordApplicationEvents
class ReviewTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    ReportDrafting drafting;

    @Autowired
    ReportPages pages;

    @Autowired
    ReviewQueue queue;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    OrganizationService organizationDirectory;

    private ScratchPlans.Ids plan;
    private Long reportId;
    private SignedInUser reviewer;
    private SignedInUser admin;

    @BeforeEach
    void aSubmittedReport() {
        plan = scratchPlans.publishedPlan();
        reviewer = accounts.reviewerOver(plan.hospitalId());
        admin = accounts.signedIn(Role.ADMIN);
        SignedInUser reporter = accounts.signedIn(Role.REPORTER, plan.hospitalId());
        LocalDate today = LocalDate.now();
        periods.openPeriod(
                plan.planId(),
                new NewPeriod(
                        PeriodKind.YEAR, ScratchPlans.reportedYear(), 1, today.minusDays(5), today.plusDays(10), 0),
                accounts.as(plan.plannerUsername()));
        Long periodId = periods.periods(plan.planId(), reporter).get(0).id();
        reportId = drafting.startReport(periodId, reporter);
        ReportInput input = new ReportInput(
                Map.of(plan.indicatorId(), new ReportInput.Value(new BigDecimal("36"), null, null, null)),
                Map.of(plan.milestoneId(), new ReportInput.Progress(MilestoneProgress.DONE, 100, null, Map.of())),
                Map.of(),
                null,
                null,
                null);
        drafting.save(reportId, version(), input, reporter);
        drafting.submit(reportId, version(), reporter);
    }

    private long version() {
        return pages.page(reportId, admin, Locale.CHINA).version();
    }

    /** A reviewer of a bureau in a region apart from the plan's hospital. */
    private SignedInUser reviewerElsewhere() {
        return accounts.signedIn(Role.REVIEWER, organizations.tree().bureauId());
    }

    private String hospitalName() {
        return organizationDirectory.find(plan.hospitalId()).orElseThrow().name();
    }

    @Test
    void onlyReviewersOfTheUnitsRegionHaveTheReportInTheirQueue() throws Exception {
        assertThat(queue.of(reviewer)).extracting(ReviewItem::reportId).contains(reportId);
        assertThat(queue.of(reviewerElsewhere()))
                .extracting(ReviewItem::reportId)
                .doesNotContain(reportId);
        assertThat(queue.of(admin)).isEmpty();
        String page = mvc.perform(get("/reviews").with(user(reviewer)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(hospitalName(), "/reports/" + reportId);
    }

    @Test
    void theQueueIsShownAPageAtATimeWithOnlyThePagesReportsJudged() throws Exception {
        Long second = secondSubmittedReport();
        int waiting = queue.of(reviewer).size();
        assertThat(waiting).isGreaterThanOrEqualTo(2);

        java.util.List<Long> seen = new java.util.ArrayList<>();
        for (int page = 1; page <= waiting; page++) {
            var shown = queue.judged(reviewer, page, 1);
            assertThat(shown.total()).isEqualTo(waiting);
            assertThat(shown.pages()).isEqualTo(waiting);
            assertThat(shown.rows()).hasSize(1);
            seen.add(shown.rows().get(0).reportId());
        }
        assertThat(seen).doesNotHaveDuplicates().contains(reportId, second);
        // a page past the end shows the last one
        assertThat(queue.judged(reviewer, waiting + 5, 1).number()).isEqualTo(waiting);

        String page = mvc.perform(get("/reviews").with(user(reviewer)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "/reports/" + reportId,
                        "/reports/" + second,
                        "class=\"d-flex flex-wrap align-items-center gap-2 pager\"");
        assertThat(mvc.perform(get("/reviews").param("page", "二").with(user(reviewer)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    /** A report of the same hospital in a second plan, submitted: the queue spans plans. */
    private Long secondSubmittedReport() {
        SignedInUser planner = accounts.as(plan.plannerUsername());
        ScratchPlans.Ids second =
                scratchPlans.publishedPlanOf(plan.hospitalId(), "第二方案", planner, plan.plannerUsername());
        return scratchPlans.submittedReport(second).reportId();
    }

    @Test
    void onlyReviewersOpenTheReviewQueue() throws Exception {
        mvc.perform(get("/reviews").with(user(reviewer))).andExpect(status().isOk());
        for (SignedInUser other : java.util.List.of(
                accounts.signedIn(Role.REPORTER, plan.hospitalId()),
                accounts.as(plan.plannerUsername()),
                accounts.signedIn(Role.VIEWER, plan.hospitalId()),
                admin)) {
            String page = mvc.perform(get("/reviews").with(user(other)))
                    .andExpect(status().isForbidden())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(other.role().name()).doesNotContain("/reports/" + reportId);
        }
    }

    @Test
    void anApprovedReportIsReopenedWithAReasonAndEachDecisionIsPublished() throws Exception {
        assertThat(events.stream(ReportSubmitted.class))
                .singleElement()
                .satisfies(e -> assertThat(e.reportId()).isEqualTo(reportId));
        mvc.perform(post("/reports/{id}/approve", reportId)
                        .with(user(reviewer))
                        .with(csrf())
                        .param("version", String.valueOf(version())))
                .andExpect(redirectedUrl("/reports/" + reportId))
                .andExpect(flash().attribute("success", "report.approved"));
        assertThat(events.stream(ReportApproved.class)).singleElement().satisfies(e -> {
            assertThat(e.planId()).isEqualTo(plan.planId());
            assertThat(e.planTitle()).isNotBlank();
        });

        mvc.perform(post("/reports/{id}/reopen", reportId)
                        .with(user(reviewer))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("reason", " "))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("<a href=\"#reopenReason\">请填写原因。</a>")))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(events.stream(ReportReopened.class)).isEmpty();

        mvc.perform(post("/reports/{id}/reopen", reportId)
                        .with(user(reviewer))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("reason", "统计口径有误"))
                .andExpect(flash().attribute("success", "report.reopened"));
        assertThat(events.stream(ReportReopened.class)).singleElement().satisfies(e -> {
            assertThat(e.reportId()).isEqualTo(reportId);
            assertThat(e.reason()).isEqualTo("统计口径有误");
        });
        assertThat(pages.page(reportId, reviewer, Locale.CHINA).status()).isEqualTo(ReportStatus.RETURNED);
    }

    @Test
    void anApprovalKeepsTheReviewersCommentInTheHistoryAndRefusesAnOverlongOne() throws Exception {
        mvc.perform(post("/reports/{id}/approve", reportId)
                        .with(user(reviewer))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("comment", "字".repeat(2001)))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("<a href=\"#comment\">审核意见最多 2000 字。</a>")))
                .andExpect(content().string(containsString(">" + "字".repeat(2001) + "</textarea>")));
        assertThat(pages.page(reportId, reviewer, Locale.CHINA).status()).isEqualTo(ReportStatus.SUBMITTED);

        mvc.perform(post("/reports/{id}/approve", reportId)
                        .with(user(reviewer))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("comment", "  数据完整，同意  "))
                .andExpect(flash().attribute("success", "report.approved"));
        assertThat(pages.page(reportId, reviewer, Locale.CHINA).history())
                .filteredOn(h -> h.action().equals("APPROVED"))
                .singleElement()
                .satisfies(h -> assertThat(h.reason()).isEqualTo("数据完整，同意"));
    }
}
