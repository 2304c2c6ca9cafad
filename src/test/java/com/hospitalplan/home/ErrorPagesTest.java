package com.hospitalplan.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.HttpSession;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import jakarta.servlet.ServletContext;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Error pages over real HTTP, so that the servlet container's error dispatch is what renders them. */
@ServerTest
@Import(ErrorPagesTest.FailingRoutes.class)
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Autowired
    TestAccounts accounts;

    @Test
    void anUnknownPageShowsTheChineseNotFoundPage() {
        HttpSession session = signedIn(Role.PLANNER);
        HttpResponse<String> response = session.get("/no-such-page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("页面不存在", "返回首页", "<html lang=\"zh-CN\">");
    }

    @Test
    void aForbiddenPageShowsTheChineseAccessDeniedPage() {
        HttpResponse<String> response = signedIn(Role.REPORTER).get("/admin/users");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("无权访问");
    }

    @Test
    void aFailureShowsTheServerErrorPageWithoutTheExceptionOrSql() {
        HttpResponse<String> response = signedIn(Role.PLANNER).get("/test/failure");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("系统出错")
                .doesNotContain("relation", "app_user", "IllegalStateException", "FailingRoutes");
    }

    @Test
    void aStaleEditShowsTheConflictPage() {
        HttpResponse<String> response = signedIn(Role.PLANNER).get("/test/conflict");
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("内容已被他人修改");
    }

    @Test
    void errorPagesFollowTheChosenLanguage() {
        HttpSession session = signedIn(Role.PLANNER);
        session.get("/?lang=en");
        HttpResponse<String> response = session.get("/no-such-page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Not found", "<html lang=\"en\">");
        assertThat(session.get("/test/failure").body()).contains("System error");
    }

    @Test
    void anAnonymousVisitorIsSentToSignInRatherThanShownAnError() {
        HttpResponse<String> response = new HttpSession(port).get("/admin/users");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theHealthEndpointIsPublicAndSaysNoMore() {
        HttpSession anonymous = new HttpSession(port);
        HttpResponse<String> health = anonymous.get("/actuator/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
        assertThat(anonymous.get("/actuator/env", "application/json").statusCode())
                .isNotEqualTo(200);
        assertThat(signedIn(Role.ADMIN).get("/actuator/env", "application/json").statusCode())
                .isEqualTo(404);
        assertThat(signedIn(Role.ADMIN)
                        .get("/actuator/beans", "application/json")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void sessionsTimeOutAfterThirtyMinutes() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
    }

    /** A session of a new account with {@code role}, signed in through the sign-in form. */
    private HttpSession signedIn(Role role) {
        HttpSession session = new HttpSession(port);
        HttpResponse<String> response = session.signIn(accounts.signedIn(role).getUsername(), TestAccounts.PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return session;
    }

    @TestConfiguration(proxyBeanMethods = false)
    @RestController
    static class FailingRoutes {

        @GetMapping("/test/failure")
        String failure() {
            throw new IllegalStateException("ERROR: relation \"app_user\" does not exist; select * from app_user");
        }

        @GetMapping("/test/conflict")
        String conflict() {
            throw new ObjectOptimisticLockingFailureException("AppUser", 1L);
        }
    }
}
