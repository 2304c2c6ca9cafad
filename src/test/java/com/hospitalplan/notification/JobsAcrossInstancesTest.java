package com.hospitalplan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.PlanTrackerApplication;
import com.hospitalplan.planworkbook.ImportPreview;
import com.hospitalplan.planworkbook.PlanWorkbookService;
import com.hospitalplan.report.NewPeriod;
import com.hospitalplan.report.PeriodKind;
import com.hospitalplan.report.ReportEvents;
import com.hospitalplan.report.ReportingPeriods;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestSupportConfiguration;
import com.hospitalplan.user.SignedInUser;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Two instances of the application on one database: this test's context ("A") and a second one started here ("B").
 * The reminder job run by both at once reminds once, a mail row swept by both is sent once, and an import uploaded
 * through A is previewed and confirmed through B.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class JobsAcrossInstancesTest {

    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    private static ConfigurableApplicationContext instanceB;

    @Autowired
    ApplicationContext instanceA;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startInstanceB() {
        instanceB = new SpringApplicationBuilder(PlanTrackerApplication.class, TestSupportConfiguration.class)
                .profiles("demo")
                .properties(
                        "server.port=0",
                        "app.dashboard.warm-up=false",
                        "spring.mail.host=127.0.0.1",
                        "spring.mail.port=3025")
                .run();
    }

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @Test
    void theReminderJobRunOnBothInstancesAtOnceRemindsOnce() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        String address = "reporter-" + System.nanoTime() + "@reminders.example.test";
        String username = accounts.accountOf("REPORTER", plan.hospitalId());
        jdbc.update("update app_user set email = ? where username = ?", address, username);
        LocalDate today = LocalDate.now();
        periods.openPeriod(
                plan.planId(),
                new NewPeriod(
                        PeriodKind.YEAR, ScratchPlans.reportedYear(), 1, today.minusDays(1), today.plusDays(2), 0),
                accounts.as(plan.plannerUsername()));
        Long periodId =
                periods.periods(plan.planId(), accounts.as(username)).get(0).id();
        AtomicInteger runs = new AtomicInteger();
        ApplicationListener<?> counter = ApplicationListener.forPayload(event -> {
            if (event instanceof ReportEvents.ReportsDue due && due.periodId().equals(periodId)) {
                runs.incrementAndGet();
            }
        });
        ((ConfigurableApplicationContext) instanceA).addApplicationListener(counter);
        instanceB.addApplicationListener(counter);

        runAtOnce(
                () -> instanceA.getBean(ReminderSchedule.class).remind(),
                () -> instanceB.getBean(ReminderSchedule.class).remind());

        assertThat(runs).as("runs of the job that found the period due").hasValue(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification n join app_user u on u.id = n.user_id"
                                + " where u.username = ? and n.kind = 'DUE_SOON'",
                        Integer.class,
                        username))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from shedlock where name = 'reportReminders' and lock_until > now() at time"
                                + " zone 'utc'",
                        Integer.class))
                .as("the lock is held a while after the run")
                .isEqualTo(1);
        // the period's opening and the reminder, once each
        assertThat(ReceivedMail.await(mailServer, address, 2)).hasSize(2);
    }

    @Test
    void aMailRowSweptByBothInstancesAtOnceIsSentOnce() throws Exception {
        String domain = "@sweep-" + System.nanoTime() + ".example.test";
        List<String> addresses =
                IntStream.range(0, 45).mapToObj(i -> "unit" + i + domain).toList();
        // written as a committed transaction would, without the committing instance's own nudge: as if it had died
        for (String address : addresses) {
            jdbc.update("insert into mail_outbox (recipient, subject, body) values (?, '规划跟踪', '提醒')", address);
        }

        List<Integer> sent = atOnce(
                () -> instanceA.getBean(MailOutboxSender.class).sendDue(),
                () -> instanceB.getBean(MailOutboxSender.class).sendDue());

        ReceivedMail.await(mailServer, addresses.get(addresses.size() - 1), 1);
        for (String address : addresses) {
            assertThat(ReceivedMail.to(mailServer, address)).as(address).hasSize(1);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where recipient like ? and sent_at is not null"
                                + " and attempts = 1",
                        Integer.class,
                        "%" + domain))
                .isEqualTo(addresses.size());
        // the scheduled sweep of either instance may have taken a share, but nobody sent a row twice
        assertThat(sent.get(0) + sent.get(1)).isLessThanOrEqualTo(addresses.size());
    }

    @Test
    void anImportUploadedThroughOneInstanceIsPreviewedAndConfirmedThroughTheOther() {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        PlanWorkbookService throughA = instanceA.getBean(PlanWorkbookService.class);
        PlanWorkbookService throughB = instanceB.getBean(PlanWorkbookService.class);
        byte[] workbook = throughA.export(plan.planId(), planner, Locale.CHINA).content();

        String token = throughA.read(workbook, "规划.xlsx", null, planner, Locale.CHINA);

        ImportPreview previewOnB = throughB.preview(token, planner).orElseThrow();
        ImportPreview previewOnA = throughA.preview(token, planner).orElseThrow();
        assertThat(previewOnB.fileName()).isEqualTo("规划.xlsx");
        assertThat(previewOnB.importable()).isTrue();
        assertThat(previewOnB.rowsRead()).isPositive().isEqualTo(previewOnA.rowsRead());
        assertThat(previewOnB.indicatorCount()).isEqualTo(previewOnA.indicatorCount());
        int plansBefore = jdbc.queryForObject("select count(*) from plan", Integer.class);

        Long imported = throughB.confirm(token, planner);

        assertThat(imported).isNotEqualTo(plan.planId());
        assertThat(throughA.confirm(token, planner)).as("confirmed again on A").isEqualTo(imported);
        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class))
                .isEqualTo(plansBefore + 1);
    }

    /** Runs both at the same moment on two threads; returns their results. */
    @SafeVarargs
    private static <T> List<T> atOnce(Callable<T>... calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> results = Arrays.stream(calls)
                    .map(call -> threads.submit(() -> {
                        start.await();
                        return call.call();
                    }))
                    .toList();
            start.countDown();
            List<T> values = new ArrayList<>();
            for (Future<T> result : results) {
                values.add(result.get());
            }
            return values;
        } finally {
            threads.shutdown();
        }
    }

    private static void runAtOnce(Runnable first, Runnable second) throws Exception {
        atOnce(
                () -> {
                    first.run();
                    return null;
                },
                () -> {
                    second.run();
                    return null;
                });
    }
}
