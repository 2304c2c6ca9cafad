package com.hospitalplan.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class ApiTokenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SignInService signIn;

    @Autowired
    JdbcTemplate jdbc;

    /** The demo data: its accounts have working demo tokens. */
    @Test
    void demoAccountsCallTheApiWithTheirDemoToken() throws Exception {
        mvc.perform(get("/api/v1/targets/parse")
                        .param("text", "≥35%")
                        .header("Authorization", "Bearer demo-token-planner"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.understood").value(true));
    }

    @Test
    void theApiRefusesAMissingOrUnknownTokenWith401() throws Exception {
        mvc.perform(get("/api/v1/targets/parse").param("text", "≥35%")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/targets/parse").param("text", "≥35%").header("Authorization", "Bearer nope"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenIsShownOnceStoredHashedAndWorksUntilRevoked() throws Exception {
        String username = accounts.reporterWithPassword("Token-owner-1");
        SignedInUser owner = signIn.loadUserByUsername(username);

        MvcResult created = mvc.perform(
                        post("/profile/tokens").with(user(owner)).with(csrf()).param("name", "医院信息系统"))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("success", "token.created"))
                .andReturn();
        String token = (String) created.getFlashMap().get("newToken");
        assertThat(token).startsWith("hpt_").hasSizeGreaterThan(40);

        Long stored = jdbc.queryForObject(
                "select count(*) from api_token t join app_user u on u.id = t.user_id where u.username = ? and t.token_hash = ?",
                Long.class,
                username,
                ApiTokenService.hash(token));
        assertThat(stored).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Long.class, token))
                .isZero();

        mvc.perform(get("/api/v1/targets/parse").param("text", "七级").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());

        String profile = mvc.perform(get("/profile").with(user(owner)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(profile).contains("医院信息系统").doesNotContain(token);

        Long tokenId = jdbc.queryForObject(
                "select id from api_token where token_hash = ?", Long.class, ApiTokenService.hash(token));
        mvc.perform(post("/profile/tokens/{id}/revoke", tokenId)
                        .with(user(owner))
                        .with(csrf()))
                .andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/api/v1/targets/parse").param("text", "七级").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() throws Exception {
        String username = accounts.reporterWithPassword("Token-owner-2");
        String token = new String(mvc.perform(post("/profile/tokens")
                        .with(user(signIn.loadUserByUsername(username)))
                        .with(csrf())
                        .param("name", "HIS"))
                .andReturn()
                .getFlashMap()
                .get("newToken")
                .toString());
        Long tokenId = jdbc.queryForObject(
                "select id from api_token where token_hash = ?", Long.class, ApiTokenService.hash(token));

        mvc.perform(post("/profile/tokens/{id}/revoke", tokenId)
                        .with(user(accounts.signedIn(Role.REPORTER)))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/targets/parse").param("text", "七级").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
    }

    @Test
    void aTokenNeedsAName() throws Exception {
        String page = mvc.perform(post("/profile/tokens")
                        .with(user(accounts.signedIn(Role.VIEWER)))
                        .with(csrf())
                        .param("name", " "))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("请填写令牌名称");
    }
}
