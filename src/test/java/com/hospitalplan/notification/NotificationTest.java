package com.hospitalplan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.report.DueReportReminders;
import com.hospitalplan.report.MilestoneProgress;
import com.hospitalplan.report.NewPeriod;
import com.hospitalplan.report.PeriodKind;
import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportDrafting;
import com.hospitalplan.report.ReportInput;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportingPeriods;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Notifications in the application and by e-mail, against an in-process mail server. */
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class NotificationTest {

    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ReportingPeriods periods;

    @Autowired
    ReportDrafting drafting;

    @Autowired
    ReportPages pages;

    @Autowired
    DueReportReminders reminders;

    @Autowired
    ReportDecisions decisions;

    @Autowired
    NotificationService notifications;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestOrganizations organizations;

    @Test
    void reportersHearOfOpenedPeriodsDueDatesReturnsAndApprovals() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        String username = accounts.accountOf("REPORTER", plan.hospitalId());
        jdbc.update("update app_user set email = 'keyan@example.test' where username = ?", username);
        SignedInUser reporter = accounts.as(username);
        LocalDate today = LocalDate.now();

        periods.openPeriod(
                plan.planId(),
                new NewPeriod(
                        PeriodKind.YEAR, ScratchPlans.reportedYear(), 1, today.minusDays(1), today.plusDays(2), 0),
                accounts.as(plan.plannerUsername()));
        assertThat(texts(reporter)).anySatisfy(t -> assertThat(t).contains("填报已开放"));
        assertThat(mailServer.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage opened = mailServer.getReceivedMessagesForDomain("example.test")[0];
        assertThat(GreenMailUtil.getBody(opened)).isNotBlank();
        assertThat(opened.getAllRecipients()[0].toString()).isEqualTo("keyan@example.test");

        reminders.remindDueReports(3);
        reminders.remindDueReports(3);
        assertThat(texts(reporter)).filteredOn(t -> t.contains("尚未提交")).hasSize(1);

        Long periodId = periods.periods(plan.planId(), reporter).get(0).id();
        Long reportId = drafting.startReport(periodId, reporter);
        drafting.save(
                reportId,
                pages.page(reportId, reporter, Locale.CHINA).version(),
                new ReportInput(
                        Map.of(plan.indicatorId(), new ReportInput.Value(new BigDecimal("36"), null, null, null)),
                        Map.of(
                                plan.milestoneId(),
                                new ReportInput.Progress(MilestoneProgress.DONE, 100, null, Map.of())),
                        Map.of(),
                        null,
                        null,
                        null),
                reporter);
        drafting.submit(reportId, pages.page(reportId, reporter, Locale.CHINA).version(), reporter);
        SignedInUser reviewer = accounts.reviewerOver(plan.hospitalId());
        decisions.returnReport(
                reportId, pages.page(reportId, reviewer, Locale.CHINA).version(), "请补充佐证材料", Map.of(), reviewer);
        assertThat(texts(reporter)).anySatisfy(t -> assertThat(t).contains("被退回", "请补充佐证材料"));
        assertThat(notifications.unread(reporter.id())).isEqualTo(3);

        notifications.markAllRead(reporter.id());
        assertThat(notifications.unread(reporter.id())).isZero();
    }

    @Test
    void reviewersOverTheUnitHearOfEachSubmissionAndResubmissionInTheAppAndByMail() throws Exception {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        SignedInUser reporter = accounts.as(draft.reporterUsername());
        SignedInUser reviewer = accounts.reviewerOver(draft.plan().hospitalId());
        SignedInUser elsewhere =
                accounts.signedIn(Role.REVIEWER, organizations.tree().bureauId());
        jdbc.update("update app_user set email = 'shenhe@example.test' where id = ?", reviewer.id());
        Long reportId = draft.reportId();
        String title = jdbc.queryForObject(
                "select title from plan where id = ?",
                String.class,
                draft.plan().planId());

        drafting.submit(reportId, pages.page(reportId, reporter, Locale.CHINA).version(), reporter);
        assertThat(texts(reviewer))
                .singleElement()
                .satisfies(t -> assertThat(t).contains("提交了“" + title + "”的进度报告，等待您审核"));
        assertThat(mailServer.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(mailServer.getReceivedMessagesForDomain("example.test"))
                .anySatisfy(m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo("shenhe@example.test"));

        decisions.returnReport(
                reportId, pages.page(reportId, reviewer, Locale.CHINA).version(), "请补充说明", Map.of(), reviewer);
        drafting.submit(reportId, pages.page(reportId, reporter, Locale.CHINA).version(), reporter);
        assertThat(texts(reviewer))
                .hasSize(2)
                .first()
                .satisfies(t -> assertThat(t).contains("修改后重新提交了"));
        assertThat(notifications.recent(reviewer.id(), Locale.CHINA).get(0).link())
                .isEqualTo("/reports/" + reportId);
        assertThat(texts(elsewhere)).isEmpty();
    }

    @Test
    void onlyUnitsThatHaveNotSubmittedAreReminded() {
        ScratchPlans.Reported reported = scratchPlans.submittedReport();
        String username = accounts.accountOf("REPORTER", reported.plan().hospitalId());
        SignedInUser reporter = accounts.as(username);

        reminders.remindDueReports(30);

        long dueNoticesForThisPlan = notifications.recent(reporter.id(), Locale.CHINA).stream()
                .filter(n -> n.text().contains("尚未提交"))
                .filter(n -> n.text().contains(planTitle(reported)))
                .count();
        assertThat(dueNoticesForThisPlan).isZero();
    }

    private String planTitle(ScratchPlans.Reported reported) {
        return jdbc.queryForObject(
                "select title from plan where id = ?",
                String.class,
                reported.plan().planId());
    }

    private java.util.List<String> texts(SignedInUser user) {
        return notifications.recent(user.id(), Locale.CHINA).stream()
                .map(NotificationView::text)
                .toList();
    }
}
