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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Signing in and out through the real security chain, with accounts and the sign-in throttle stored in PostgreSQL.
 * Each test signs in from addresses of its own, since the throttle counts per client address. What the
 * sign-in page then says is shown in {@code HomeWebTest}.
 */
@WebMvcTest(UserAdminController.class)
@AccountsWebSlice
@RecordApplicationEvents
class SignInTest {

    private static final String DEMO_PASSWORD = "Demo@2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

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
    void fiveWrongPasswordsHoldBackThatNameFromThatAddressOnly() throws Exception {
        String username = accounts.reporterWithPassword("Right-password-1");
        String guesser = address();
        for (int i = 0; i < 5; i++) {
            signIn(username, "wrong-password", guesser).andExpect(redirectedUrl("/login?error=bad"));
        }

        MockHttpSession session = (MockHttpSession) signIn(username, "Right-password-1", guesser)
                .andExpect(redirectedUrl("/login?error=throttled"))
                .andExpect(unauthenticated())
                .andReturn()
                .getRequest()
                .getSession();
        // the sign-in page (HomeWebTest) says how long to wait and keeps the typed name
        assertThat((List<?>) session.getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS"))
                .singleElement()
                .satisfies(flash -> assertThat((Map<String, Object>) flash)
                        .containsEntry("retryMinutes", 1L)
                        .containsEntry("username", username));
        signIn(username, "Right-password-1", address())
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void twentyWrongPasswordsFromOneAddressDoNotStopTheOwnerSigningInFromAnother() throws Exception {
        String username = accounts.reporterWithPassword("Right-password-1");
        String guesser = address();
        for (int i = 0; i < 20; i++) {
            signIn(username, "guess-" + i, guesser).andExpect(unauthenticated());
        }

        signIn(username, "Right-password-1", address())
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void anAddressGuessingAtManyNamesIsHeldBackForEveryName() throws Exception {
        String guesser = address();
        for (int i = 0; i < 30; i++) {
            signIn("nobody-" + i + "-" + System.nanoTime(), "guess", guesser)
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        String username = accounts.reporterWithPassword("Right-password-1");

        signIn(username, "Right-password-1", guesser).andExpect(redirectedUrl("/login?error=throttled"));
        signIn(username, "Right-password-1", address()).andExpect(authenticated());
    }

    @Test
    void unknownAndKnownNamesAreAnsweredAlikeBeforeAndAfterTheyAreHeldBack() throws Exception {
        String known = accounts.reporterWithPassword("Right-password-1");
        String unknown = "nobody-" + System.nanoTime();
        String guesser = address();
        for (int i = 0; i < 5; i++) {
            assertThat(answer(known, guesser))
                    .isEqualTo(answer(unknown, guesser))
                    .isEqualTo("/login?error=bad");
        }
        assertThat(answer(known, guesser)).isEqualTo(answer(unknown, guesser)).isEqualTo("/login?error=throttled");
    }

    @Test
    void heldBackAttemptsPublishAnEventForTheAuditLog() throws Exception {
        String username = accounts.reporterWithPassword("Right-password-1");
        String guesser = address();
        Instant before = Instant.now();
        for (int i = 0; i < 5; i++) {
            signIn(username, "wrong-password", guesser);
        }

        assertThat(events.stream(SignInThrottled.class)).singleElement().satisfies(event -> {
            assertThat(event.username()).isEqualTo(username);
            assertThat(event.address()).isEqualTo(guesser);
            assertThat(event.until())
                    .isBetween(before.plusSeconds(59), Instant.now().plusSeconds(61));
        });
    }

    @Test
    void aSuccessfulSignInForgivesEarlierWrongPasswordsFromThatAddress() throws Exception {
        String username = accounts.reporterWithPassword("Right-password-1");
        String address = address();
        for (int i = 0; i < 4; i++) {
            signIn(username, "wrong", address);
        }
        signIn(username, "Right-password-1", address).andExpect(authenticated());
        for (int i = 0; i < 4; i++) {
            signIn(username, "wrong", address);
        }
        signIn(username, "Right-password-1", address).andExpect(authenticated());
    }

    @Test
    void anAdministratorLiftsTheRefusalsOfAName() throws Exception {
        String username = accounts.reporterWithPassword("Right-password-1");
        String guesser = address();
        for (int i = 0; i < 5; i++) {
            signIn(username, "wrong", guesser);
        }
        signIn(username, "Right-password-1", guesser).andExpect(redirectedUrl("/login?error=throttled"));
        SignedInUser administrator = accounts.signedIn(Role.ADMIN);

        mvc.perform(post("/admin/users/{id}/unlock", accounts.idOf(username))
                        .with(user(administrator))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));

        signIn(username, "Right-password-1", guesser).andExpect(authenticated());
        assertThat(events.stream(SignInThrottleLifted.class))
                .containsExactly(new SignInThrottleLifted(username, administrator.getUsername()));
    }

    @Test
    void wrongPasswordsAtTheFormLeaveTheApiTokensOfTheAccountAlone() throws Exception {
        String username = accounts.reporterWithPassword("Right-password-1");
        String token = tokens.create(accounts.idOf(username), "测试令牌");
        for (int i = 0; i < 20; i++) {
            signIn(username, "wrong", address());
        }

        assertThat(tokens.authenticate(token)).map(SignedInUser::getUsername).contains(username);
    }

    @Test
    void aDisabledAccountIsToldSoOnlyAfterTheRightPassword() throws Exception {
        String username = accounts.reporterWithPassword("Right-password-1");
        jdbc.update("update app_user set enabled = false where username = ?", username);
        String address = address();

        signIn(username, "wrong-password", address).andExpect(redirectedUrl("/login?error=bad"));
        signIn(username, "Right-password-1", address)
                .andExpect(redirectedUrl("/login?error=disabled"))
                .andExpect(unauthenticated());
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

    private ResultActions signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    /** Where a wrong password for {@code username} from {@code address} is sent. */
    private String answer(String username, String address) throws Exception {
        return signIn(username, "wrong-password", address)
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    /** A client address of its own for each test, so that tests hold back nobody else. */
    private static String address() {
        return "10.%d.%d.%d"
                .formatted(ADDRESSES.get() >> 16 & 255, ADDRESSES.get() >> 8 & 255, ADDRESSES.incrementAndGet() & 255);
    }

    private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() & 0xFFFF) << 8);
}
