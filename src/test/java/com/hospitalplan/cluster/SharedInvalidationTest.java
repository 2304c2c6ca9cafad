package com.hospitalplan.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.hospitalplan.PlanTrackerApplication;
import com.hospitalplan.dashboard.Basis;
import com.hospitalplan.dashboard.DashboardViews.RegionDashboard;
import com.hospitalplan.dashboard.DashboardViews.ScoreRow;
import com.hospitalplan.dashboard.PlanDashboards;
import com.hospitalplan.dashboard.RegionDashboards;
import com.hospitalplan.dashboard.TargetVariant;
import com.hospitalplan.levelscale.LevelScales;
import com.hospitalplan.notification.NotificationService;
import com.hospitalplan.organization.OrganizationCommand;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.support.TestSupportConfiguration;
import com.hospitalplan.targets.Status;
import com.hospitalplan.user.Recipient;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two application instances on one database: this test's application context (A) and a second one started beside it
 * (B). What changes through A is seen by B within a second, also after B lost its listening connection.
 */
@IntegrationTest
class SharedInvalidationTest {

    /** How soon another instance sees a change (issue 13). */
    private static final Duration AT_ONCE = Duration.ofSeconds(1);

    private static ConfigurableApplicationContext b;

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestOrganizations testOrganizations;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportDecisions decisions;

    @Autowired
    ReportPages reportPages;

    @Autowired
    OrganizationService organizations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NotificationService notifications;

    @BeforeAll
    static void startInstanceB() {
        b = new SpringApplicationBuilder(PlanTrackerApplication.class, TestSupportConfiguration.class)
                .profiles("demo")
                .run("--server.port=0", "--app.dashboard.warm-up=false", "--app.cluster.reconnect-delay=3s");
    }

    @AfterAll
    static void stopInstanceB() {
        if (b != null) {
            b.close();
        }
    }

    @Test
    void aReportApprovedThroughAIsOnBsPlanAndRegionDashboardsWithinASecond() {
        ScratchPlans.Reported reported = scratchPlans.submittedReport();
        Long planId = reported.plan().planId();
        SignedInUser reviewer = accounts.reviewerOver(reported.plan().hospitalId());
        String county =
                organizations.find(reported.plan().hospitalId()).orElseThrow().regionCode();
        assertThat(planScore(planId, reviewer).status()).isEqualTo(Status.NO_DATA);
        assertThat(regionScore(county, planId, reviewer).latest()).isNotEqualTo("36%");

        decisions.approve(
                reported.reportId(),
                reportPages.page(reported.reportId(), reviewer, Locale.CHINA).version(),
                reviewer);

        await().atMost(AT_ONCE)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> planScore(planId, reviewer).status() == Status.ACHIEVED);
        assertThat(planScore(planId, reviewer).latest()).isEqualTo("36%");
        await().atMost(AT_ONCE)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> "36%".equals(regionScore(county, planId, reviewer).latest()));
    }

    @Test
    void anOrganisationRenamedThroughAIsRenamedOnB() {
        long hospital = testOrganizations.tree().hospitalId();
        OrganizationService organizationsOnB = b.getBean(OrganizationService.class);
        await().atMost(AT_ONCE)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> organizationsOnB.find(hospital).isPresent());

        String renamed = nameOnB(hospital) + "（更名）";
        rename(hospital, renamed);

        await().atMost(AT_ONCE)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> nameOnB(hospital).equals(renamed));
    }

    @Test
    void theUnreadCountOnEachInstanceFollowsNoticesAndReadingOnTheOther() {
        SignedInUser reporter = accounts.signedIn(Role.REPORTER);
        NotificationService notificationsOnA = notifications;
        NotificationService notificationsOnB = b.getBean(NotificationService.class);
        assertThat(notificationsOnA.unread(reporter.id())).isZero();
        assertThat(notificationsOnB.unread(reporter.id())).isZero();

        notificationsOnA.notify(
                List.of(new Recipient(reporter.id(), reporter.displayName(), null)),
                "PERIOD_OPENED",
                "period-" + System.nanoTime(),
                "notification.periodOpened",
                List.of("测试规划", "2025年"),
                "/reports");

        assertThat(notificationsOnA.unread(reporter.id())).isEqualTo(1);
        await().atMost(AT_ONCE)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> notificationsOnB.unread(reporter.id()) == 1);

        notificationsOnB.markAllRead(reporter.id());

        assertThat(notificationsOnB.unread(reporter.id())).isZero();
        await().atMost(AT_ONCE)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> notificationsOnA.unread(reporter.id()) == 0);
    }

    @Test
    void aLevelScaleAddedThroughAIsOfferedByB() throws Exception {
        String key = "CLUSTER_" + System.nanoTime() % 1_000_000_000L;
        LevelScales scalesOnB = b.getBean(LevelScales.class);
        assertThat(scalesOnB.byKey(key)).isNull();
        SignedInUser admin = accounts.signedIn(Role.ADMIN);

        mvc.perform(post("/admin/level-scales")
                        .with(user(admin))
                        .with(csrf())
                        .param("key", key)
                        .param("name", "集群等级表" + key)
                        .param("grades", "甲\n乙"))
                .andExpect(redirectedUrl("/admin/level-scales"));

        await().atMost(AT_ONCE).pollInterval(Duration.ofMillis(20)).until(() -> scalesOnB.byKey(key) != null);
        assertThat(scalesOnB.byKey(key).levels()).containsExactly("甲", "乙");
    }

    @Test
    void bCatchesUpOnAChangeMadeWhileItsListeningConnectionWasLost() {
        long hospital = testOrganizations.tree().hospitalId();
        // B has heard of every change so far, so that only the catch-up can tell it of the next one
        long newest = jdbc.queryForObject("select max(id) from change_feed", Long.class);
        ChangeFeedListener listenerOnB = b.getBean(ChangeFeedListener.class);
        await().atMost(AT_ONCE).pollInterval(Duration.ofMillis(20)).until(() -> listenerOnB.lastSeen() >= newest);
        String name = nameOnB(hospital);
        String listener = ChangeFeedListener.APPLICATION_NAME
                + b.getBean(ClusterChanges.class).instanceId();
        Integer lost = listeningPid(listener);
        assertThat(lost).isNotNull();

        jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, lost);
        await().atMost(Duration.ofSeconds(5)).until(() -> pids(listener).isEmpty());
        String renamed = name + "（断线时更名）";
        rename(hospital, renamed);
        assertThat(nameOnB(hospital)).isEqualTo(name);

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> nameOnB(hospital).equals(renamed));
        assertThat(listeningPid(listener)).isNotNull().isNotEqualTo(lost);
    }

    private ScoreRow planScore(Long planId, SignedInUser viewer) {
        return b.getBean(PlanDashboards.class)
                .plan(planId, viewer, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA)
                .scorecard()
                .get(0);
    }

    private ScoreRow regionScore(String regionCode, Long planId, SignedInUser viewer) {
        RegionDashboard region = b.getBean(RegionDashboards.class)
                .region(regionCode, planId, null, 1, viewer, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);
        assertThat(region.planId()).isEqualTo(planId);
        return region.indicators().get(0);
    }

    private String nameOnB(long organizationId) {
        return b.getBean(OrganizationService.class)
                .find(organizationId)
                .orElseThrow()
                .name();
    }

    private void rename(long organizationId, String name) {
        OrganizationView current = organizations.find(organizationId).orElseThrow();
        organizations.updateOrganization(
                organizationId,
                current.version(),
                new OrganizationCommand(
                        name, current.kind(), current.regionCode(), current.parentId(), current.grade()));
    }

    private List<Integer> pids(String applicationName) {
        return jdbc.queryForList(
                "select pid from pg_stat_activity where application_name like ? || '%'",
                Integer.class, applicationName);
    }

    private Integer listeningPid(String applicationName) {
        List<Integer> pids = pids(applicationName);
        return pids.size() == 1 ? pids.get(0) : null;
    }
}
