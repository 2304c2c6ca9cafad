package com.hospitalplan.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.ApiTokenService;
import com.hospitalplan.user.Role;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class TargetApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApiTokenService tokens;

    /** The bearer token of a new account of {@code role}. */
    private String tokenOf(Role role) {
        return "Bearer " + tokens.create(accounts.signedIn(role).id(), "测试");
    }

    @Test
    void returnsTheStructuredTargetAsJson() throws Exception {
        mvc.perform(get("/api/v1/targets/parse")
                        .param("text", "每年申报省自然基金3-6项")
                        .header("Authorization", tokenOf(Role.REVIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.understood").value(true))
                .andExpect(jsonPath("$.text").value("每年申报省自然基金3-6项"))
                .andExpect(jsonPath("$.target.measure").value("YEARLY_VALUE"))
                .andExpect(jsonPath("$.target.bound").value("RANGE"))
                .andExpect(jsonPath("$.target.value").value(3))
                .andExpect(jsonPath("$.target.upper").value(6))
                .andExpect(jsonPath("$.target.unit").value("项"))
                .andExpect(jsonPath("$.description").value("每年3~6项"));
    }

    @Test
    void statesTheAggregationTheTargetYearAndTheReadingSentence() throws Exception {
        mvc.perform(get("/api/v1/targets/parse")
                        .param("text", "到2025年，90%的县级医院达到推荐标准")
                        .header("Authorization", tokenOf(Role.PLANNER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.measure").value("INSTITUTION_SHARE"))
                .andExpect(jsonPath("$.target.aggregation").value("SHARE_OF_SET"))
                .andExpect(jsonPath("$.target.targetYear").value(2025))
                .andExpect(jsonPath("$.target.value").value(90))
                .andExpect(jsonPath("$.target.condition.level").value("推荐标准"))
                .andExpect(jsonPath("$.reading").value("理解为：到2025年，县级医院中推荐标准及以上者占比达到90%"));
    }

    @Test
    void thePreviewWarnsWhenTheReadingDoesNotFitTheIndicator() throws Exception {
        String html = mvc.perform(get("/targets/preview")
                        .param("target", "通过国家认证")
                        .param("unit", "%")
                        .param("valueKind", "PERCENTAGE")
                        .param("name", "胸痛中心认证")
                        .with(user(accounts.signedIn(Role.PLANNER))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("target-warning", "目标是“是否完成”，但该指标按百分比填报");
        String fits = mvc.perform(get("/targets/preview")
                        .param("target", "≥35%")
                        .param("unit", "%")
                        .param("valueKind", "PERCENTAGE")
                        .with(user(accounts.signedIn(Role.PLANNER))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fits).contains("理解为：最新值≥35%").doesNotContain("target-warning");
    }

    @Test
    void theOpenApiDescriptionDocumentsTheReadingAndTheStoredStructure() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs").with(user(accounts.signedIn(Role.PLANNER))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(docs)
                .contains("SHARE_OF_SET", "targetYear", "\"reading\"", "targetReadBy", "alternativeTargets")
                .contains("How a target such as 45%左右");
    }

    @Test
    void usesTheIndicatorsUnitAsAHint() throws Exception {
        mvc.perform(get("/api/v1/targets/parse")
                        .param("text", "七")
                        .param("unit", "级")
                        .header("Authorization", tokenOf(Role.PLANNER)))
                .andExpect(jsonPath("$.target.measure").value("LEVEL"))
                .andExpect(jsonPath("$.target.level").value("七级"));
    }

    @Test
    void explainsWhatItCannotUnderstandInTheUsersLanguage() throws Exception {
        mvc.perform(get("/api/v1/targets/parse").param("text", "合理控制").header("Authorization", tokenOf(Role.PLANNER)))
                .andExpect(jsonPath("$.understood").value(false))
                .andExpect(jsonPath("$.error").value("无法识别目标“合理控制”。请改用下方的结构化表单填写，原文会保留。"));
        mvc.perform(get("/api/v1/targets/parse")
                        .param("text", "合理控制")
                        .param("lang", "en")
                        .header("Authorization", tokenOf(Role.PLANNER)))
                .andExpect(jsonPath("$.error")
                        .value(org.hamcrest.Matchers.startsWith("The target \"合理控制\" was not understood.")));
    }

    @Test
    void thePreviewFragmentShowsHowTheTextWasUnderstood() throws Exception {
        String fragment = mvc.perform(
                        get("/targets/preview").param("target", "45%左右").with(user(accounts.signedIn(Role.PLANNER))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).contains("系统理解为", "45%左右").doesNotContain("<html");

        String english = mvc.perform(get("/targets/preview")
                        .param("target", "45%左右")
                        .cookie(new Cookie("lang", "en"))
                        .with(user(accounts.signedIn(Role.PLANNER))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Understood as", "about 45%");
    }
}
