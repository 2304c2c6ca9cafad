package com.hospitalplan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.SignedInUser;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notification mail goes through the outbox: written with the decision, sent after it commits, never for a decision
 * that rolled back, and kept for another try when the mail server refuses it. Against an in-process mail server.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class MailOutboxTest {

    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportDecisions decisions;

    @Autowired
    ReportPages pages;

    @Autowired
    MailOutboxSender sender;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDecisionThatRollsBackMailsNothingAndOneThatCommitsMailsOnce() throws Exception {
        ScratchPlans.Reported reported = scratchPlans.submittedReport();
        String address = "reporter-" + System.nanoTime() + "@rollback.example.test";
        jdbc.update("update app_user set email = ? where username = ?", address, reported.reporterUsername());
        SignedInUser reviewer = accounts.reviewerOver(reported.plan().hospitalId());
        long version = pages.page(reported.reportId(), reviewer, Locale.CHINA).version();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            decisions.approve(reported.reportId(), version, reviewer);
            assertThat(outboxRows(address)).as("written with the decision").isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(outboxRows(address)).isZero();
        decisions.approve(reported.reportId(), version, reviewer);
        List<MimeMessage> mails = ReceivedMail.await(mailServer, address, 1);
        assertThat(mails).hasSize(1);
        assertThat(GreenMailUtil.getBody(mails.get(0))).isNotBlank();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where recipient = ? and sent_at is not null and attempts = 1",
                        Integer.class,
                        address))
                .isEqualTo(1);
    }

    @Test
    void mailTheServerRefusesStaysInTheOutboxWithTheReasonForAnotherTry() {
        // no instance can send to this address; another sender may have claimed the row first, so the sender used
        // here is not counted on: only the row's state after a send is
        jdbc.update(
                "insert into mail_outbox (recipient, subject, body) values (?, '规划跟踪', '正文')",
                "not an address@@refused.example.test");

        sender.sendDue();

        Map<String, Object> row = jdbc.queryForMap(
                "select sent_at, attempts, last_error, next_attempt_at > now() as later from mail_outbox"
                        + " where recipient = 'not an address@@refused.example.test'");
        assertThat(row.get("sent_at")).isNull();
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("last_error")).isNotNull();
        assertThat(row.get("later")).isEqualTo(true);
    }

    private int outboxRows(String address) {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, address);
    }
}
