package com.hospitalplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.PlanTrackerApplication;
import com.hospitalplan.support.HttpSession;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestDatabase;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.ApiTokenService;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the application (two application contexts on this run's database, each serving real HTTP on its
 * own port), as behind a round-robin proxy without sticky sessions: a session lives in PostgreSQL, so either instance
 * serves it, and ending a user's sessions through one instance ends them on the other.
 */
class SessionsAcrossInstancesTest {

    private static ConfigurableApplicationContext instanceA;
    private static ConfigurableApplicationContext instanceB;
    private static int portA;
    private static int portB;

    private static TestAccounts accounts;
    private static TestOrganizations organizations;
    private static ScratchPlans plans;
    private static ApiTokenService tokens;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startTwoInstances() {
        instanceA = start();
        instanceB = start();
        portA = port(instanceA);
        portB = port(instanceB);
        accounts = instanceA.getBean(TestAccounts.class);
        organizations = instanceA.getBean(TestOrganizations.class);
        plans = instanceA.getBean(ScratchPlans.class);
        tokens = instanceA.getBean(ApiTokenService.class);
        jdbc = instanceA.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stopInstances() {
        if (instanceB != null) {
            instanceB.close();
        }
        if (instanceA != null) {
            instanceA.close();
        }
    }

    @Test
    void aSignedInSessionIsARowInPostgreSQL() {
        String username = accounts.reporterWithPassword(TestAccounts.PASSWORD);
        assertThat(sessionsOf(username)).isZero();

        signedIn(username, portA);

        assertThat(sessionsOf(username)).isOne();
        // idle for 30 minutes at most (server.servlet.session.timeout)
        assertThat(jdbc.queryForObject(
                        "select max_inactive_interval from spring_session where principal_name = ?",
                        Integer.class,
                        username))
                .isEqualTo(30 * 60);
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverActiveOnEitherInstance() {
        String username = accounts.reporterWithPassword(TestAccounts.PASSWORD);
        HttpSession session = signedIn(username, portA);
        assertThat(session.on(portB).get("/profile").statusCode()).isEqualTo(200);
        long elevenHoursAgo = System.currentTimeMillis() - Duration.ofHours(11).toMillis();
        jdbc.update(
                "update spring_session set creation_time = ?, last_access_time = ? where principal_name = ?",
                elevenHoursAgo,
                System.currentTimeMillis(),
                username);
        assertThat(session.on(portB).get("/profile").statusCode()).isEqualTo(200);

        long thirteenHoursAgo =
                System.currentTimeMillis() - Duration.ofHours(13).toMillis();
        jdbc.update("update spring_session set creation_time = ? where principal_name = ?", thirteenHoursAgo, username);

        assertThat(redirect(session.on(portB).get("/profile"))).isEqualTo("/login?expired");
        assertThat(sessionsOf(username)).isZero();
    }

    @Test
    void aSessionStartedOnOneInstanceIsServedByTheOther() {
        String username = accounts.reporterWithPassword(TestAccounts.PASSWORD);
        HttpSession onA = signedIn(username, portA);

        HttpResponse<String> onB = onA.on(portB).get("/profile");

        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains(username);
    }

    @Test
    void aUserDisabledThroughOneInstanceIsRefusedOnTheOtherAtTheNextRequest() {
        TestAccounts.Account user = newReporter();
        String token = tokens.create(user.id(), "测试令牌");
        HttpSession onB = signedIn(user.username(), portA).on(portB);
        String csrf = onB.csrfToken("/profile");
        assertThat(bearer(token, portB).statusCode()).isEqualTo(200);

        administrator().update(user.id(), Map.of("enabled", "false"));

        assertThat(sessionsOf(user.username())).isZero();
        // the stale session can make itself no token to carry on with
        assertThat(redirect(onB.post(csrf, "/profile/tokens", "name", "后门"))).isEqualTo("/login?expired");
        assertThat(jdbc.queryForObject("select count(*) from api_token where user_id = ?", Integer.class, user.id()))
                .isOne();
        assertThat(onB.get("/login?expired").body()).contains("会话已结束");
        assertThat(bearer(token, portB).statusCode()).isEqualTo(401);
        assertThat(bearer(token, portA).statusCode()).isEqualTo(401);
    }

    @Test
    void aRequestOfAnEndedSessionGoesToSignInOrGets401OnTheApi() {
        TestAccounts.Account user = newReporter();
        HttpSession page = signedIn(user.username(), portA).on(portB);
        HttpSession api = signedIn(user.username(), portA).on(portB);
        assertThat(api.get("/api/v1/plans", "application/json").statusCode()).isEqualTo(200);

        administrator().update(user.id(), Map.of("enabled", "false"));

        HttpResponse<String> refused = page.get("/profile");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(redirect(refused)).isEqualTo("/login?expired");
        assertThat(api.get("/api/v1/plans", "application/json").statusCode()).isEqualTo(401);
    }

    @Test
    void aDemotedReviewerCannotApproveAfterwards() {
        ScratchPlans.Reported report = plans.submittedReport();
        SignedInUser reviewer = accounts.reviewerOver(report.plan().hospitalId());
        HttpSession onA = signedIn(reviewer.getUsername(), portA);
        String reportPage = "/reports/" + report.reportId();
        // the report's hospital is new: instance A, where it was made, shows the report to the reviewer
        assertThat(onA.get(reportPage).body()).contains(reportPage + "/approve");
        String csrf = onA.csrfToken(reportPage);
        HttpSession onB = onA.on(portB);

        administrator().update(reviewer.id(), Map.of("role", Role.REPORTER.name()));

        HttpResponse<String> approval =
                onB.post(csrf, reportPage + "/approve", "version", String.valueOf(reportVersion(report.reportId())));
        assertThat(redirect(approval)).isEqualTo("/login?expired");
        assertThat(jdbc.queryForObject("select status from report where id = ?", String.class, report.reportId()))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void anOrganisationChangeOrAPasswordResetEndsEverySessionOfTheUser() {
        TestAccounts.Account moved = newReporter();
        HttpSession movedOnB = signedIn(moved.username(), portA).on(portB);
        TestAccounts.Account reset = newReporter();
        HttpSession resetOnB = signedIn(reset.username(), portA).on(portB);
        Administrator administrator = administrator();

        administrator.update(
                moved.id(),
                Map.of(
                        "organizationId",
                        String.valueOf(
                                organizations.hospitalIn(organizations.area().countyCode()))));
        HttpResponse<String> resetDone = administrator
                .session()
                .postForm(
                        "/admin/users/" + reset.id() + "/edit",
                        "/admin/users/" + reset.id() + "/password",
                        "newPassword",
                        "Reset-password-2");
        assertThat(redirect(resetDone)).as(resetDone.body()).isEqualTo("/admin/users");
        assertThat(sessionsOf(moved.username()) + sessionsOf(reset.username())).isZero();

        assertThat(redirect(movedOnB.get("/profile"))).isEqualTo("/login?expired");
        assertThat(redirect(resetOnB.get("/profile"))).isEqualTo("/login?expired");
    }

    @Test
    void aNewDisplayNameLeavesTheSessionsAlone() {
        TestAccounts.Account user = newReporter();
        HttpSession onB = signedIn(user.username(), portA).on(portB);

        administrator().update(user.id(), Map.of("displayName", "改名后的测试用户"));

        assertThat(sessionsOf(user.username())).isOne();
        assertThat(onB.get("/profile").statusCode()).isEqualTo(200);
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() {
        String username = accounts.reporterWithPassword(TestAccounts.PASSWORD);
        HttpSession here = signedIn(username, portA);
        HttpSession elsewhere = signedIn(username, portB);

        HttpResponse<String> change = here.postForm(
                "/profile",
                "/profile/password",
                "currentPassword",
                TestAccounts.PASSWORD,
                "newPassword",
                "Changed-password-3",
                "confirmPassword",
                "Changed-password-3");
        assertThat(redirect(change)).isEqualTo("/profile");

        assertThat(here.on(portB).get("/profile").statusCode()).isEqualTo(200);
        assertThat(redirect(elsewhere.on(portA).get("/profile"))).isEqualTo("/login?expired");
        assertThat(sessionsOf(username)).isOne();
    }

    /** A signed-in administrator on instance A, changing accounts through the user administration form. */
    private record Administrator(HttpSession session) {

        /** Saves the account's form with its current values except {@code changes} (form field, value). */
        void update(long userId, Map<String, String> changes) {
            Map<String, Object> current = jdbc.queryForMap(
                    "select username, display_name, role, organization_id, enabled, version from app_user where id = ?",
                    userId);
            String[] fields = {
                "username", String.valueOf(current.get("username")),
                "displayName", changes.getOrDefault("displayName", String.valueOf(current.get("display_name"))),
                "email", "",
                "role", changes.getOrDefault("role", String.valueOf(current.get("role"))),
                "organizationId",
                        changes.getOrDefault("organizationId", String.valueOf(current.get("organization_id"))),
                "enabled", changes.getOrDefault("enabled", String.valueOf(current.get("enabled"))),
                "version", String.valueOf(current.get("version"))
            };
            HttpResponse<String> saved =
                    session.postForm("/admin/users/" + userId + "/edit", "/admin/users/" + userId, fields);
            assertThat(redirect(saved)).as(saved.body()).isEqualTo("/admin/users");
        }
    }

    private static Administrator administrator() {
        return new Administrator(signedIn(accounts.signedIn(Role.ADMIN).getUsername(), portA));
    }

    private static TestAccounts.Account newReporter() {
        String username = accounts.reporterWithPassword(TestAccounts.PASSWORD);
        return new TestAccounts.Account(accounts.idOf(username), username);
    }

    private static HttpSession signedIn(String username, int port) {
        HttpSession session = new HttpSession(port);
        HttpResponse<String> response = session.signIn(username, TestAccounts.PASSWORD);
        assertThat(redirect(response)).isEqualTo("/");
        return session;
    }

    /** Where a response redirects to (path and query: the server may name itself in front). */
    private static String redirect(HttpResponse<String> response) {
        URI location = URI.create(response.headers().firstValue("Location").orElse(""));
        return location.getRawQuery() == null
                ? location.getRawPath()
                : location.getRawPath() + "?" + location.getRawQuery();
    }

    private static int sessionsOf(String username) {
        return jdbc.queryForObject(
                "select count(*) from spring_session where principal_name = ?", Integer.class, username);
    }

    private static long reportVersion(long reportId) {
        return jdbc.queryForObject("select version from report where id = ?", Long.class, reportId);
    }

    /** A JSON API call with the bearer token, without any cookie. */
    private static HttpResponse<String> bearer(String token, int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/plans"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PlanTrackerApplication.class)
                .profiles("demo")
                .run(TestDatabase.get().arguments("--server.port=0", "--app.dashboard.warm-up=false"));
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
