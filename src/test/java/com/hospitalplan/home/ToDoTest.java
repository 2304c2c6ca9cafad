package com.hospitalplan.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.hospitalplan.cluster.ClusterChange;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.report.NewPeriod;
import com.hospitalplan.report.PeriodKind;
import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportDrafting;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportingPeriods;
import com.hospitalplan.review.ReviewQueue;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Each role's to-do list on the home page and its count in the menu, kept per person until something changes. */
@IntegrationTest
class ToDoTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    ReportDrafting drafting;

    @Autowired
    ReportDecisions decisions;

    @Autowired
    ReportPages pages;

    @Autowired
    ReviewQueue queue;

    @Autowired
    ToDoCounts counts;

    @Autowired
    OrganizationService organizations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aReviewerFindsTheWaitingReportOnTheHomePageAndItsCountOnTheReviewMenu() throws Exception {
        ScratchPlans.Reported report = scratchPlans.submittedReport();
        SignedInUser reviewer = accounts.reviewerOver(report.plan().hospitalId());
        String hospital =
                organizations.find(report.plan().hospitalId()).orElseThrow().fullName();
        int waiting = queue.of(reviewer).size();

        String home = home(reviewer);

        assertThat(home).contains("待审核：" + hospital + " · “" + title(report.plan()) + "”");
        assertThat(home).contains("href=\"/reports/" + report.reportId() + "\"");
        assertThat(home).contains(waiting + " 份报告待审核");
        assertThat(counts.of(reviewer).reviews()).isEqualTo(waiting).isPositive();
    }

    @Test
    void aReporterFindsTheReportDueAndThenReturnedWithACountOnMyReports() throws Exception {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        SignedInUser reporter = accounts.as(draft.reporterUsername());
        String title = title(draft.plan());

        assertThat(home(reporter))
                .contains("待填报：“" + title + "” · " + (ScratchPlans.reportedYear()) + "年度")
                .contains("1 份报告待填报或修改");

        drafting.submit(draft.reportId(), version(draft.reportId(), reporter), reporter);
        assertThat(home(reporter)).doesNotContain("待填报：“" + title).doesNotContain("份报告待填报或修改");
        SignedInUser reviewer = accounts.reviewerOver(draft.plan().hospitalId());
        decisions.returnReport(draft.reportId(), version(draft.reportId(), reviewer), "请核实", Map.of(), reviewer);

        assertThat(home(reporter)).contains("被退回待修改：“" + title + "”").contains("1 份报告待填报或修改");
    }

    @Test
    void aPlannerFindsTheUnitsThatHaveNotSubmittedPastTheDueDate() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        LocalDate today = LocalDate.now();
        periods.openPeriod(
                plan.planId(),
                new NewPeriod(
                        PeriodKind.YEAR, ScratchPlans.reportedYear(), 1, today.minusDays(30), today.minusDays(1), 0),
                planner);

        String home = home(planner);

        assertThat(home)
                .contains("逾期未报：“" + title(plan) + "” · " + (ScratchPlans.reportedYear()) + "年度，1 家单位尚未提交")
                .containsPattern("id=\"nav-home\"[\\s\\S]{0,400}\\d+ 家单位逾期未报");
        assertThat(counts.of(planner).overdueUnits()).isPositive();

        // a draft is still pending; a submitted report is not (written straight in the database, as by a late
        // submission another instance let through, and announced as such)
        Long periodId = periods.periods(plan.planId(), planner).get(0).id();
        jdbc.update(
                "insert into report (period_id, organization_id, status, created_at, updated_at)"
                        + " values (?, ?, 'DRAFT', now(), now())",
                periodId,
                plan.hospitalId());
        events.publishEvent(new ClusterChange("report", plan.planId() + ":" + plan.hospitalId()));
        assertThat(home(planner)).contains("逾期未报：“" + title(plan) + "”");
        jdbc.update("update report set status = 'SUBMITTED', submitted_at = now() where period_id = ?", periodId);
        events.publishEvent(new ClusterChange("report", plan.planId() + ":" + plan.hospitalId()));
        assertThat(home(planner)).doesNotContain("逾期未报：“" + title(plan) + "”");
    }

    @Test
    void countsAreKeptUntilAReportChangesHereOrAnotherInstanceSaysSo() {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        SignedInUser reporter = accounts.as(draft.reporterUsername());
        SignedInUser reviewer = accounts.reviewerOver(draft.plan().hospitalId());
        int before = counts.of(reviewer).reviews();

        // submitted here: counted at once after the commit
        drafting.submit(draft.reportId(), version(draft.reportId(), reporter), reporter);
        assertThat(counts.of(reviewer).reviews()).isEqualTo(before + 1);

        // changed by another instance (straight in the database here): the kept count stays until it is told
        jdbc.update("update report set status = 'DRAFT' where id = ?", draft.reportId());
        assertThat(counts.of(reviewer).reviews()).isEqualTo(before + 1);
        events.publishEvent(new ClusterChange(
                "report", draft.plan().planId() + ":" + draft.plan().hospitalId()));
        assertThat(counts.of(reviewer).reviews()).isEqualTo(before);
    }

    private String home(SignedInUser person) throws Exception {
        return mvc.perform(get("/").with(user(person)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long version(Long reportId, SignedInUser person) {
        return pages.page(reportId, person, Locale.CHINA).version();
    }

    private String title(ScratchPlans.Ids plan) {
        return jdbc.queryForObject("select title from plan where id = ?", String.class, plan.planId());
    }
}
