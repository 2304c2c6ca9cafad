package com.hospitalplan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportStatus;
import com.hospitalplan.support.CountyPlans;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A reviewer approves clean reports together: only those, each at the version shown, only their own; a report that
 * asks for a closer look, changed meanwhile or is another's is left with the reason.
 */
@IntegrationTest
class BulkApprovalTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CountyPlans countyPlans;

    @Autowired
    ReportPages pages;

    @Autowired
    TestAccounts accounts;

    private SignedInUser reviewer;
    private Long clean;
    private Long offTrack;

    @BeforeEach
    void twoSubmittedReports() {
        CountyPlans.County county = countyPlans.county(2);
        CountyPlans.Plan plan = countyPlans.plan(county, 1);
        Long period = countyPlans.openPeriod(plan);
        clean = countyPlans.report(plan, period, county.hospitalIds().get(0), "40", false);
        offTrack = countyPlans.report(plan, period, county.hospitalIds().get(1), "10", false);
        reviewer = county.reviewer();
    }

    @Test
    void onlyCleanReportsCanBeChosenAndAreApprovedTogether() throws Exception {
        String queue = mvc.perform(get("/reviews").with(user(reviewer)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(queue).contains("id=\"choose-" + clean + "\"").doesNotContain("id=\"choose-" + offTrack + "\"");
        assertThat(queue).contains("需逐份审核");

        MvcResult result = mvc.perform(post("/reviews/approve-clean")
                        .param("report", clean + ":" + version(clean), offTrack + ":" + version(offTrack))
                        .with(user(reviewer))
                        .with(csrf()))
                .andExpect(redirectedUrl("/reviews"))
                .andReturn();

        assertThat(statusOf(clean)).isEqualTo(ReportStatus.APPROVED);
        assertThat(statusOf(offTrack)).isEqualTo(ReportStatus.SUBMITTED);
        BulkApproval.Outcome outcome =
                (BulkApproval.Outcome) result.getFlashMap().get("bulkOutcome");
        assertThat(outcome.approved()).isEqualTo(1);
        assertThat(outcome.left()).extracting(BulkApproval.Left::reasonKey).containsExactly("review.error.notClean");
    }

    @Test
    void aReportChangedSinceTheListWasShownIsLeft() throws Exception {
        long shownVersion = version(clean) - 1;

        MvcResult result = mvc.perform(post("/reviews/approve-clean")
                        .param("report", clean + ":" + shownVersion)
                        .with(user(reviewer))
                        .with(csrf()))
                .andReturn();

        assertThat(statusOf(clean)).isEqualTo(ReportStatus.SUBMITTED);
        BulkApproval.Outcome outcome =
                (BulkApproval.Outcome) result.getFlashMap().get("bulkOutcome");
        assertThat(outcome.approved()).isZero();
        assertThat(outcome.left()).extracting(BulkApproval.Left::reasonKey).containsExactly("review.bulk.changed");
    }

    @Test
    void anotherCountysReviewerAndAReporterApproveNothing() throws Exception {
        SignedInUser stranger = accounts.signedIn(Role.REVIEWER, countyPlans.otherBureau());
        MvcResult result = mvc.perform(post("/reviews/approve-clean")
                        .param("report", clean + ":" + version(clean))
                        .with(user(stranger))
                        .with(csrf()))
                .andReturn();
        BulkApproval.Outcome outcome =
                (BulkApproval.Outcome) result.getFlashMap().get("bulkOutcome");
        assertThat(outcome.left()).extracting(BulkApproval.Left::reasonKey).containsExactly("review.bulk.notWaiting");

        SignedInUser reporter = accounts.signedIn(Role.REPORTER, countyPlans.otherBureau());
        mvc.perform(post("/reviews/approve-clean")
                        .param("report", clean + ":" + version(clean))
                        .with(user(reporter))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(statusOf(clean)).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void nothingChosenOrNothingReadableIsSaidSo() throws Exception {
        MvcResult result = mvc.perform(post("/reviews/approve-clean")
                        .param("report", "x:1", "12")
                        .with(user(reviewer))
                        .with(csrf()))
                .andExpect(redirectedUrl("/reviews"))
                .andReturn();
        assertThat(result.getFlashMap().get("failure")).isEqualTo("review.bulk.noneChosen");
        assertThat(statusOf(clean)).isEqualTo(ReportStatus.SUBMITTED);
    }

    private long version(Long reportId) {
        return pages.page(reportId, reviewer, Locale.CHINA).version();
    }

    private ReportStatus statusOf(Long reportId) {
        return pages.page(reportId, reviewer, Locale.CHINA).status();
    }
}
