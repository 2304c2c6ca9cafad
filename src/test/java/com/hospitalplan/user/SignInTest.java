package com.hospitalplan.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SignInTest {

    private static final String DEMO_PASSWORD = "Demo@2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SignInService signIn;

    @Test
    void everyDemoAccountSignsInWithTheDemoPasswordAndItsRole() throws Exception {
        String[][] demo = {
            {"admin", "ADMIN"}, {"planner", "PLANNER"}, {"planner2", "PLANNER"}, {"reporter", "REPORTER"},
            {"reporter2", "REPORTER"}, {"reviewer", "REVIEWER"}, {"reviewer2", "REVIEWER"}, {"viewer", "VIEWER"}
        };
        for (String[] account : demo) {
            mvc.perform(formLogin().user(account[0]).password(DEMO_PASSWORD))
                    .andExpect(redirectedUrl("/"))
                    .andExpect(authenticated().withUsername(account[0]).withRoles(account[1]));
        }
    }

    @Test
    void wrongPasswordIsRefusedWithAClearMessage() throws Exception {
        mvc.perform(formLogin().user("viewer").password("wrong-password"))
                .andExpect(redirectedUrl("/login?error=bad"))
                .andExpect(unauthenticated());
        String page = mvc.perform(get("/login").param("error", "bad"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("用户名或密码错误");
    }

    @Test
    void anUnknownUserGetsTheSameMessageAsAWrongPassword() throws Exception {
        mvc.perform(formLogin().user("nobody-" + System.nanoTime()).password(DEMO_PASSWORD))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        String username = accounts.reporterWithPassword("Right-password-1");
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(username).password("wrong")).andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin().user(username).password("wrong")).andExpect(redirectedUrl("/login?error=bad"));

        mvc.perform(formLogin().user(username).password("Right-password-1"))
                .andExpect(redirectedUrl("/login?error=locked"))
                .andExpect(unauthenticated());
        String page = mvc.perform(get("/login").param("error", "locked"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("账号已被暂时锁定");
    }

    @Test
    void aSuccessfulSignInForgivesEarlierWrongPasswords() throws Exception {
        String username = accounts.reporterWithPassword("Right-password-1");
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(username).password("wrong"));
        }
        mvc.perform(formLogin().user(username).password("Right-password-1")).andExpect(authenticated());
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(username).password("wrong"));
        }
        mvc.perform(formLogin().user(username).password("Right-password-1")).andExpect(authenticated());
    }

    @Test
    void anAdministratorUnlocksALockedAccount() throws Exception {
        String username = accounts.reporterWithPassword("Right-password-1");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("wrong"));
        }
        mvc.perform(formLogin().user(username).password("Right-password-1"))
                .andExpect(redirectedUrl("/login?error=locked"));

        mvc.perform(post("/admin/users/{id}/unlock", accounts.idOf(username))
                        .with(user(signIn.loadUserByUsername("admin")))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(formLogin().user(username).password("Right-password-1")).andExpect(authenticated());
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        assertThat(accounts.passwordHashOf("planner")).startsWith("$argon2id$");
        String username = accounts.reporterWithPassword("Another-password-2");
        assertThat(accounts.passwordHashOf(username)).startsWith("$argon2id$").doesNotContain("Another-password-2");
    }

    @Test
    void aChinesePassphraseLongerThanSeventyTwoBytesCountsInFull() throws Exception {
        String passphrase = "高水平医院建设工作方案二〇一八至二〇二二年度进度跟踪口令第一版";
        assertThat(passphrase.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(72);
        String username = accounts.reporterWithPassword(passphrase + "甲");

        mvc.perform(formLogin().user(username).password(passphrase + "甲")).andExpect(authenticated());
        // Differs only after byte 72: BCrypt would accept it, Argon2id must not.
        mvc.perform(formLogin().user(username).password(passphrase + "乙")).andExpect(unauthenticated());
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
        // A missing token usually means the session expired, so the user is sent back to sign in.
        mvc.perform(post("/login").param("username", "planner").param("password", DEMO_PASSWORD))
                .andExpect(redirectedUrl("/login?expired"))
                .andExpect(unauthenticated());
    }

    @Test
    void aFormPostWithAForgedCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/profile/password")
                        .with(user(signIn.loadUserByUsername("planner")))
                        .with(csrf().useInvalidToken())
                        .param("currentPassword", DEMO_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        mvc.perform(logout()).andExpect(redirectedUrl("/login?logout"));
        String page = mvc.perform(get("/login").param("logout", ""))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("您已安全退出");
    }

    @Test
    void theSignInPageSpeaksChineseByDefault() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"zh-CN\">")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("登录系统")));
    }
}
