package com.hospitalplan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.HttpSession;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An upload beyond the servlet's limit over real HTTP, where Tomcat parses it: a 413 in the user's language. */
@ServerTest
class UploadLimitTest {

    private static final byte[] TWENTY_FIVE_MB = new byte[25 * 1024 * 1024 + 1];

    @LocalServerPort
    int port;

    @Autowired
    ScratchPlans scratchPlans;

    @Test
    void a25MegabyteUploadGetsTheChinese413PageOrAProblemForJson() {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        HttpSession session = new HttpSession(port);
        session.signIn(draft.reporterUsername(), TestAccounts.PASSWORD);
        String page = "/reports/" + draft.reportId();
        String csrf = session.csrfToken(page);

        HttpResponse<String> html =
                session.postFile(csrf, page + "/evidence", "file", "扫描件.pdf", TWENTY_FIVE_MB, "text/html");
        assertThat(html.statusCode()).isEqualTo(413);
        assertThat(html.body())
                .contains("文件过大", "<html lang=\"zh-CN\">")
                .doesNotContain("Apache Tomcat", "Request Entity");

        HttpResponse<String> json =
                session.postFile(csrf, page + "/evidence", "file", "扫描件.pdf", TWENTY_FIVE_MB, "application/json");
        assertThat(json.statusCode()).isEqualTo(413);
        assertThat(json.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.body()).contains("\"status\":413", "文件过大");
    }
}
