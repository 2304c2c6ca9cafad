package com.hospitalplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.HttpSession;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.Role;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The probes a proxy or a container platform polls: {@code /actuator/health/liveness} and
 * {@code /actuator/health/readiness} answer without signing in, say only UP or DOWN, and open nothing else of
 * Actuator.
 */
@ServerTest
class HealthProbesTest {

    private static final List<String> PROBES = List.of("/actuator/health/liveness", "/actuator/health/readiness");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    HealthEndpointGroups groups;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    @Test
    void theProbesAnswerUpWithoutSigningInAndSayNothingMore() {
        HttpSession anonymous = new HttpSession(port);
        for (String probe : PROBES) {
            HttpResponse<String> response = anonymous.get(probe, "application/json");
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body())
                    .as(probe)
                    .isEqualTo("{\"status\":\"UP\"}")
                    .doesNotContain("components", "details", "db", "postgres");
        }
        // the overall health names the groups, nothing more
        HttpResponse<String> health = anonymous.get("/actuator/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
    }

    @Test
    void readinessNeedsTheDatabaseAndLivenessOnlyTheProcess() {
        assertThat(groups.get("readiness").isMember("db")).isTrue();
        assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
        assertThat(groups.get("liveness").isMember("db")).isFalse();
        assertThat(groups.get("liveness").isMember("livenessState")).isTrue();
    }

    @Test
    void anInstanceThatRefusesTrafficIsNotReadyButStillLive() {
        HttpSession anonymous = new HttpSession(port);
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            HttpResponse<String> readiness = anonymous.get("/actuator/health/readiness", "application/json");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
            assertThat(anonymous
                            .get("/actuator/health/liveness", "application/json")
                            .statusCode())
                    .isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(anonymous
                        .get("/actuator/health/readiness", "application/json")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void nothingElseOfActuatorIsReachableSignedInOrNot() {
        List<String> others = List.of(
                "/actuator",
                "/actuator/health/db",
                "/actuator/health/readiness/db",
                "/actuator/health/livenessState",
                "/actuator/env",
                "/actuator/beans",
                "/actuator/info",
                "/actuator/metrics",
                "/actuator/heapdump",
                "/actuator/loggers");
        HttpSession anonymous = new HttpSession(port);
        for (String path : others) {
            assertThat(anonymous.get(path, "application/json").statusCode())
                    .as("anonymous " + path)
                    .isIn(302, 401, 404);
        }
        String admin = accounts.account(Role.ADMIN, organizations.tree().cityBureauId())
                .username();
        HttpSession signedIn = new HttpSession(port);
        assertThat(signedIn.signIn(admin, TestAccounts.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        for (String path : others) {
            assertThat(signedIn.get(path, "application/json").statusCode())
                    .as("administrator " + path)
                    .isEqualTo(404);
        }
    }
}
