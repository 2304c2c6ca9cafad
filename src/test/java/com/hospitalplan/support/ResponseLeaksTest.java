package com.hospitalplan.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The test-wide leak check must itself catch what it is there to catch. */
class ResponseLeaksTest {

    @AfterEach
    void forgetWhatThisTestProvoked() {
        ResponseLeaks.drain();
    }

    @Test
    void findsStackFramesExceptionsSqlAndDriverMessages() {
        assertThat(ResponseLeaks.firstLeak("at com.hospitalplan.user.UserService.list(UserService.java:42)"))
                .isNotNull();
        assertThat(ResponseLeaks.firstLeak("java.lang.IllegalStateException: boom"))
                .isNotNull();
        assertThat(ResponseLeaks.firstLeak("org.postgresql.util.PSQLException: ERROR: relation \"x\" does not exist"))
                .isNotNull();
        assertThat(ResponseLeaks.firstLeak("could not run: select id, name from app_user where id = 1"))
                .isNotNull();
        assertThat(ResponseLeaks.firstLeak("{\"status\":500,\"trace\":\"...\"}"))
                .isNotNull();
    }

    @Test
    void passesAnOrdinaryPage() {
        assertThat(ResponseLeaks.firstLeak("<h1>系统出错</h1><p>系统处理您的请求时出错，我们已记录此问题。请稍后再试。</p>"))
                .isNull();
        assertThat(ResponseLeaks.firstLeak("<p>Select the plan you want to update.</p>"))
                .isNull();
    }

    @Test
    void theFilterRecordsALeakingResponseAndStillDeliversIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/leaky");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res)
                    throws java.io.IOException {
                res.setContentType("text/html;charset=UTF-8");
                res.getWriter().write("<pre>java.sql.SQLException: SQLState 42P01</pre>");
            }
        });

        new ResponseLeakFilter().doFilter(request, response, chain);

        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("SQLException");
        assertThat(ResponseLeaks.drain()).singleElement().asString().startsWith("GET /leaky showed:");
    }
}
