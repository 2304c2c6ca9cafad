package com.hospitalplan.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.security.AccountsWebSlice;
import com.hospitalplan.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signing in and out through the real security chain, with accounts and their lockout stored in PostgreSQL. What the
 * sign-in page then says is shown in {@code HomeWebTest}.
 */
@WebMvcTest(UserAdminController.class)
@AccountsWebSlice
class SignInTest {

    private static final String DEMO_PASSWORD = "Demo@2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

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
    void aWrongPasswordIsRefused() throws Exception {
        String username = accounts.reporterWithPassword("Right-password-1");
        mvc.perform(formLogin().user(username).password("wrong-password"))
                .andExpect(redirectedUrl("/login?error=bad"))
                .andExpect(unauthenticated());
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
                        .with(user(accounts.signedIn(Role.ADMIN)))
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
                        .with(user(accounts.signedIn(Role.PLANNER)))
                        .with(csrf().useInvalidToken())
                        .param("currentPassword", DEMO_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        mvc.perform(logout()).andExpect(redirectedUrl("/login?logout"));
    }
}
