package com.hospitalplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hospitalplan.PlanTrackerApplication;
import com.hospitalplan.cluster.ClusterMembers;
import com.hospitalplan.config.AppProperties;
import com.hospitalplan.plan.PlanFigures;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestSupportConfiguration;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A restarted instance that warms up while another serves sends page requests to that one (through the proxy, which
 * takes a 503 to mean "ask the next"), and is not ready; alone, or once warm, it serves.
 */
@IntegrationTest
class WarmUpAcrossInstancesTest {

    @Autowired
    DashboardReadModel readModel;

    @Autowired
    PlanFigures planFigures;

    @Autowired
    ClusterMembers members;

    @Autowired
    MessageSource messages;

    @Autowired
    LocaleResolver localeResolver;

    @Autowired
    CodeWarmUp code;

    @Test
    void aWarmingInstanceSendsReadsToAServingOneAndServesAloneOrWhenWarm() throws Exception {
        DashboardWarmUp warming = new DashboardWarmUp(
                readModel, planFigures, members, code, new AppProperties.Dashboard(true, 0.4, 0, Duration.ZERO));
        WarmingInstanceFilter filter = new WarmingInstanceFilter(warming, code, members, messages, localeResolver);
        assertThat(warming.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(members.anotherServes()).isFalse();
        assertThat(answer(filter, get("/plans")).getStatus())
                .as("alone, it serves")
                .isEqualTo(200);

        try (ConfigurableApplicationContext other = startAnotherInstance()) {
            await().atMost(Duration.ofSeconds(5)).until(members::anotherServes);

            MockHttpServletResponse sentAway = answer(filter, get("/plans"));
            assertThat(sentAway.getStatus()).isEqualTo(503);
            assertThat(sentAway.getHeader("Retry-After")).isEqualTo("2");
            assertThat(sentAway.getContentAsString(StandardCharsets.UTF_8)).contains("正在启动");
            MockHttpServletRequest english = get("/dashboards");
            english.setCookies(new Cookie("lang", "en"));
            assertThat(answer(filter, english).getContentAsString(StandardCharsets.UTF_8))
                    .contains("starting");
            MockHttpServletRequest write = new MockHttpServletRequest("POST", "/reports/1/submit");
            assertThat(answer(filter, write).getStatus())
                    .as("writes are served")
                    .isEqualTo(200);
            assertThat(answer(filter, get("/actuator/health/readiness")).getStatus())
                    .isEqualTo(200);
            assertThat(answer(filter, ownVisit((String) ReflectionTestUtils.getField(code, "token"), "127.0.0.1"))
                            .getStatus())
                    .as("its own warm-up visits are served")
                    .isEqualTo(200);
            assertThat(answer(filter, ownVisit("0".repeat(64), "127.0.0.1")).getStatus())
                    .as("a wrong token is sent away")
                    .isEqualTo(503);
            assertThat(answer(filter, ownVisit((String) ReflectionTestUtils.getField(code, "token"), "203.0.113.9"))
                            .getStatus())
                    .as("the token from elsewhere than this machine is sent away")
                    .isEqualTo(503);

            warming.start();
            await().atMost(Duration.ofSeconds(10)).until(warming::warm);
            assertThat(warming.health().getStatus()).isEqualTo(Status.UP);
            assertThat(answer(filter, get("/plans")).getStatus())
                    .as("warm, it serves")
                    .isEqualTo(200);
        }
    }

    private static ConfigurableApplicationContext startAnotherInstance() {
        return new SpringApplicationBuilder(PlanTrackerApplication.class, TestSupportConfiguration.class)
                .profiles("demo")
                .run("--server.port=0", "--app.dashboard.warm-up=false");
    }

    private static MockHttpServletRequest ownVisit(String token, String from) {
        MockHttpServletRequest request = get("/login");
        request.addHeader(CodeWarmUp.TOKEN_HEADER, token);
        request.setRemoteAddr(from);
        return request;
    }

    private static MockHttpServletRequest get(String path) {
        return new MockHttpServletRequest("GET", path);
    }

    private static MockHttpServletResponse answer(WarmingInstanceFilter filter, MockHttpServletRequest request)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
