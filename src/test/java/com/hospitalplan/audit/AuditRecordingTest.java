package com.hospitalplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.hospitalplan.audit.AuditSubject.Type;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignInThrottleLifted;
import com.hospitalplan.user.SignInThrottled;
import com.hospitalplan.user.SignedInUser;
import com.hospitalplan.user.UserDetailsView;
import com.hospitalplan.user.UserService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in, sign-out, failed sign-ins and account changes are recorded with who acted and from which address: signing
 * in and out through the real security chain, account changes through the user module's service as an
 * administrator's request makes them.
 */
@AuditWebSlice
class AuditRecordingTest {

    private static final String RIGHT = "Right-password-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    UserService users;

    @Autowired
    AuditRows audit;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aSignInAndASignOutAreRecordedWithTheUserAndTheAddress() throws Exception {
        String username = accounts.reporterWithPassword(RIGHT);
        mvc.perform(signIn(username, RIGHT, "203.0.113.7")).andExpect(redirectedUrl("/"));
        mvc.perform(post("/logout")
                        .with(user(accounts.as(username)))
                        .with(csrf())
                        .with(from("203.0.113.8")))
                .andExpect(redirectedUrl("/login?logout"));

        assertThat(audit.about(AuditKind.SIGN_IN, Type.USER, username))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row)
                            .containsEntry("actor_name", username)
                            .containsEntry("client_address", "203.0.113.7");
                    assertThat(row.get("actor_id")).isEqualTo(accounts.idOf(username));
                });
        assertThat(audit.about(AuditKind.SIGN_OUT, Type.USER, username))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("actor_name", username)
                        .containsEntry("client_address", "203.0.113.8"));
    }

    @Test
    void aFailedSignInIsRecordedWithTheNameTypedButNeverThePassword() throws Exception {
        String username = accounts.reporterWithPassword(RIGHT);
        String unknown = "nobody-" + System.nanoTime();
        mvc.perform(signIn(username, "Wrong-secret-42", "198.51.100.9")).andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(signIn(unknown, "Wrong-secret-43", "198.51.100.10")).andExpect(redirectedUrl("/login?error=bad"));

        List<Map<String, Object>> known = audit.about(AuditKind.SIGN_IN_FAILED, Type.USER, username);
        assertThat(known).singleElement().satisfies(row -> {
            assertThat(row)
                    .containsEntry("actor_name", username)
                    .containsEntry("client_address", "198.51.100.9")
                    .containsEntry("details", "bad credentials");
            assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains("Wrong-secret"));
        });
        assertThat(audit.about(AuditKind.SIGN_IN_FAILED, Type.USER, unknown))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("client_address", "198.51.100.10"));
        assertThat(audit.about(AuditKind.SIGN_IN, Type.USER, username)).isEmpty();
    }

    @Test
    void aUserNameWithControlCharactersIsRecordedWithoutThem() {
        // an escape character: the user module's own listener cannot look up a name with a NUL byte in it yet
        String typed = "evil\u001bname-" + System.nanoTime();
        ActingAs.run(
                accounts.signedIn(Role.REPORTER),
                "198.51.100.11",
                () -> events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                        UsernamePasswordAuthenticationToken.unauthenticated(typed, "whatever-1"),
                        new BadCredentialsException("bad"))));
        assertThat(audit.about(AuditKind.SIGN_IN_FAILED, Type.USER, typed.replace('\u001b', ' ')))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("client_address", "198.51.100.11"));
    }

    @Test
    void accountChangesAreRecordedWithTheAdministratorAndTheAddress() {
        SignedInUser admin = accounts.signedIn(Role.ADMIN);
        long hospital = organizations.tree().hospitalId();
        String username = "audited-" + System.nanoTime();
        ActingAs.run(admin, "10.20.30.40", () -> users.create(username, "审计对象", null, Role.REPORTER, hospital, RIGHT));
        long userId = accounts.idOf(username);
        UserDetailsView details = users.details(userId);
        ActingAs.run(
                admin,
                "10.20.30.41",
                () -> users.update(userId, details.version(), "新名字", null, Role.REPORTER, hospital, true));
        ActingAs.run(
                admin,
                "10.20.30.42",
                () -> users.update(
                        userId, users.details(userId).version(), "新名字", null, Role.REVIEWER, hospital, false));
        ActingAs.run(admin, "10.20.30.43", () -> users.resetPassword(userId, "Reset-password-2", admin.getUsername()));
        ActingAs.run(
                admin,
                "10.20.30.44",
                () -> events.publishEvent(new SignInThrottleLifted(username, admin.getUsername())));
        SignedInUser owner = accounts.as(username);
        ActingAs.run(owner, "10.20.30.45", () -> users.changePassword(userId, "Reset-password-2", "Own-password-3"));

        audit.assertRecorded(AuditKind.ACCOUNT_CREATED, Type.USER, username, admin, "10.20.30.40", "role REPORTER");
        audit.assertRecorded(AuditKind.ACCOUNT_CHANGED, Type.USER, username, admin, "10.20.30.41", "displayName");
        audit.assertRecorded(
                AuditKind.ROLE_CHANGED, Type.USER, username, admin, "10.20.30.42", "role REPORTER→REVIEWER");
        assertThat(audit.about(AuditKind.ROLE_CHANGED, Type.USER, username)
                        .get(0)
                        .get("details"))
                .asString()
                .contains("enabled true→false");
        audit.assertRecorded(AuditKind.PASSWORD_RESET, Type.USER, username, admin, "10.20.30.43", null);
        audit.assertRecorded(AuditKind.ACCOUNT_UNLOCKED, Type.USER, username, admin, "10.20.30.44", null);
        audit.assertRecorded(AuditKind.PASSWORD_CHANGED, Type.USER, username, owner, "10.20.30.45", null);
    }

    @Test
    void aRefusalOfTheSignInThrottleIsRecordedWithTheNameAndTheAddress() {
        String username = accounts.reporterWithPassword(RIGHT);

        events.publishEvent(new SignInThrottled(username, "10.99.0.2", Instant.parse("2026-12-07T12:00:00Z")));

        assertThat(audit.about(AuditKind.SIGN_IN_THROTTLED, Type.USER, username))
                .singleElement()
                .satisfies(
                        row -> assertThat(row.get("details")).asString().startsWith("address 10.99.0.2 refused until"));
    }

    @Test
    void aRefusedPasswordChangeRecordsNothing() {
        String username = accounts.reporterWithPassword(RIGHT);
        SignedInUser owner = accounts.as(username);
        ActingAs.run(
                owner, "10.20.30.46", () -> users.changePassword(owner.id(), "not-the-password", "Own-password-3"));
        assertThat(audit.about(AuditKind.PASSWORD_CHANGED, Type.USER, username)).isEmpty();
    }

    /** The sign-in form posted from {@code address}. */
    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
