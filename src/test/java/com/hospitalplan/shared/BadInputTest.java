package com.hospitalplan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Bad input at the edge: a 4xx with the fields at fault in the caller's language (an RFC 9457 problem on the API, the
 * form again on a page), never a 500 or a Java type name, and nothing saved; a retried API write is recognised.
 */
@IntegrationTest
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private ScratchPlans.Reported draft;
    private SignedInUser reporter;

    @BeforeEach
    void draftReport() {
        draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        reporter = accounts.as(draft.reporterUsername());
    }

    @Test
    void aNulByteInAnApiTextIsA400NamingTheField() throws Exception {
        save("{\"values\":{\"" + indicator() + "\":{\"number\":36,\"explanation\":\"a\\u0000b\"}}}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("values[" + indicator() + "].explanation"))
                .andExpect(jsonPath("$.errors[0].message").value("含有不能保存的控制字符（如 NUL），请删除后重试。"));
    }

    @Test
    void numbersBeyondTheColumnsNegativeSpendingAndLongTextsAreRefused() throws Exception {
        save("{\"values\":{\"" + indicator() + "\":{\"number\":1e20}}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("values[" + indicator() + "].number"));
        save("{\"spending\":{\"" + draft.plan().budgetLineId() + "\":{\"amount\":-1}}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field")
                        .value("spending[" + draft.plan().budgetLineId() + "].amount"));
        save("{\"values\":{\"" + indicator() + "\":{\"explanation\":\"" + "长".repeat(2001) + "\"}}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("内容过长。"));
        save("{\"achievements\":\"" + "x".repeat(10_001) + "\"}").andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select achievements from report where id = ?", String.class, draft.reportId()))
                .isEqualTo("成效");
    }

    @Test
    void aPercentageOverAHundredIsRefusedByTheIndicatorsRange() throws Exception {
        save("{\"values\":{\"" + indicator() + "\":{\"number\":150}}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("values[" + indicator() + "].number"))
                .andExpect(jsonPath("$.errors[0].message").value("百分比应在 0–100 之间。"));
        assertThat(jdbc.queryForObject(
                        "select number_value from report_value where report_id = ?",
                        java.math.BigDecimal.class,
                        draft.reportId()))
                .isEqualByComparingTo("36");
    }

    @Test
    void anUnknownEnumValueAWrongTypeAndUnreadableJsonAre400WithoutJavaTypes() throws Exception {
        for (String body : new String[] {
            "{\"milestones\":{\"" + draft.plan().milestoneId() + "\":{\"status\":\"JUNK\"}}}",
            "{\"values\":{\"" + indicator() + "\":{\"number\":\"abc\"}}}",
            "{\"values\":{\"abc\":{\"number\":1}}}",
            "{\"values\":"
        }) {
            String answer = save(body)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                    .andExpect(jsonPath("$.title").value("输入有误"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(answer).doesNotContain("java.", "BigDecimal", "MilestoneProgress", "JSON parse", "Jackson");
        }
    }

    @Test
    void aFormBodySentToTheJsonApiIs415AndAnUnknownIdIs404() throws Exception {
        mvc.perform(put("/api/v1/reports/{id}", draft.reportId())
                        .param("version", version())
                        .with(user(reporter))
                        .with(csrf())
                        .contentType("application/x-www-form-urlencoded")
                        .content("achievements=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/v1/reports/{id}", 999_999_999L).with(user(reporter)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/reports/{id}", "abc").with(user(reporter)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reportId"))
                .andExpect(jsonPath("$.errors[0].message").value("请填写整数。"));
    }

    @Test
    void aRetriedApiWriteGetsTheFirstAnswerAndAnotherBodyUnderTheSameKeyIs422() throws Exception {
        String version = version();
        String body = "{\"achievements\":\"第一次\"}";
        String first = saveWithKey("key-1", version, body)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String retried = saveWithKey("key-1", version, body)
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(retried).isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "select count(*) from report_history where report_id = ? and action = 'NARRATIVE'",
                        Integer.class,
                        draft.reportId()))
                .as("narrative changes written")
                .isEqualTo(2);
        saveWithKey("key-1", version, "{\"achievements\":\"另一次\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void aFormWithANulByteOrAnOverlongNumberComesBackWithTheFieldsMessages() throws Exception {
        String page = mvc.perform(post("/reports/{id}", draft.reportId())
                        .with(user(reporter))
                        .with(csrf())
                        .param("version", version())
                        .param("values[" + indicator() + "]", "123456789012345678901")
                        .param("achievements", "新的\u0000成效")
                        .param("problems", "保留的问题"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("数字超出范围", "含有不能保存的控制字符", "保留的问题").doesNotContain("java.lang", "java.math");
        assertThat(jdbc.queryForObject("select achievements from report where id = ?", String.class, draft.reportId()))
                .isEqualTo("成效");
    }

    @Test
    void aFormNumberThatIsNoNumberIsNamedWithoutItsJavaType() throws Exception {
        String page = mvc.perform(post(
                                "/plans/{planId}/budget-lines/{id}",
                                draft.plan().planId(),
                                draft.plan().budgetLineId())
                        .with(user(accounts.as(draft.plan().plannerUsername())))
                        .with(csrf())
                        .param("fundingSource", "医院自筹")
                        .param("category", "人才建设")
                        .param("year", "二〇二二")
                        .param("amount", "五百"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("请填写数字。", "请填写整数。").doesNotContain("java.math.BigDecimal", "java.lang.Integer");
    }

    private ResultActions save(String json) throws Exception {
        return saveWithKey(null, version(), json);
    }

    /** Saves the report through the API, with an Idempotency-Key unless {@code key} is null. */
    private ResultActions saveWithKey(String key, String version, String json) throws Exception {
        var request = put("/api/v1/reports/{id}", draft.reportId())
                .param("version", version)
                .with(user(reporter))
                .with(csrf())
                .contentType("application/json")
                .content(json);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    private long indicator() {
        return draft.plan().indicatorId();
    }

    private String version() {
        return String.valueOf(
                jdbc.queryForObject("select version from report where id = ?", Long.class, draft.reportId()));
    }
}
