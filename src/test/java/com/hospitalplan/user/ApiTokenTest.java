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

import com.hospitalplan.security.AccountsWebSlice;
import com.hospitalplan.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal API tokens made on the profile page and stored in PostgreSQL, used against an API endpoint of this test
 * that answers who the caller is.
 */
@WebMvcTest(ProfileController.class)
@AccountsWebSlice
@Import(ApiTokenTest.WhoAmI.class)
class ApiTokenTest {

    private static final String API = "/api/v1/test/whoami";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    /** The demo data: its accounts have working demo tokens. */
    @Test
    void demoAccountsCallTheApiWithTheirDemoToken() throws Exception {
        mvc.perform(get(API).header("Authorization", "Bearer demo-token-planner"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("planner"));
    }

    @Test
    void theApiRefusesAMissingOrUnknownTokenWith401() throws Exception {
        mvc.perform(get(API)).andExpect(status().isUnauthorized());
        mvc.perform(get(API).header("Authorization", "Bearer nope")).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenIsShownOnceStoredHashedAndWorksUntilRevoked() throws Exception {
        String username = accounts.reporterWithPassword("Token-owner-1");
        SignedInUser owner = accounts.as(username);

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

        mvc.perform(get(API).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username));

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
        mvc.perform(get(API).header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() throws Exception {
        String username = accounts.reporterWithPassword("Token-owner-2");
        String token = new String(mvc.perform(post("/profile/tokens")
                        .with(user(accounts.as(username)))
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
        mvc.perform(get(API).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username));
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

    @TestConfiguration(proxyBeanMethods = false)
    @RestController
    static class WhoAmI {

        @GetMapping(API)
        Map<String, String> whoAmI(@AuthenticationPrincipal SignedInUser caller) {
            return Map.of("username", caller.getUsername());
        }
    }
}
