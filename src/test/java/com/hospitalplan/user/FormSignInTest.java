package com.hospitalplan.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.util.ReflectionTestUtils;

/** The order of the sign-in checks, with a password encoder that counts its work instead of hashing. */
class FormSignInTest {

    private final SignInService accounts = mock(SignInService.class);
    private final SignInThrottle throttle = mock(SignInThrottle.class);
    private final CountingEncoder encoder = new CountingEncoder();
    private final FormSignIn signIn = new FormSignIn(accounts, encoder, throttle);

    @Test
    void anUnknownNameIsCheckedAgainstADummyHashAndAnsweredLikeAWrongPassword() {
        when(accounts.loadUserByUsername("nobody")).thenThrow(new UsernameNotFoundException("nobody"));
        when(accounts.loadUserByUsername("reporter")).thenReturn(account("reporter", "right", true));

        assertThatThrownBy(() -> signIn.authenticate(attempt("nobody", "guess")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        int forUnknown = encoder.matches;
        assertThatThrownBy(() -> signIn.authenticate(attempt("reporter", "guess")))
                .isExactlyInstanceOf(BadCredentialsException.class);

        assertThat(forUnknown).isOne();
        assertThat(encoder.matches - forUnknown).isOne();
    }

    @Test
    void aDisabledAccountIsToldApartOnlyAfterTheRightPassword() {
        when(accounts.loadUserByUsername("retired")).thenReturn(account("retired", "right", false));

        assertThatThrownBy(() -> signIn.authenticate(attempt("retired", "guess")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt("retired", "right")))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void aRefusedAddressIsAnsweredWithoutCheckingAnyPassword() {
        Instant until = Instant.parse("2026-03-01T08:01:00Z");
        when(throttle.refusedUntil("reporter", "10.9.9.9")).thenReturn(Optional.of(until));
        when(accounts.loadUserByUsername("reporter")).thenReturn(account("reporter", "right", true));

        assertThatThrownBy(() -> signIn.authenticate(attempt("reporter", "right")))
                .isInstanceOfSatisfying(
                        SignInThrottledException.class,
                        refused -> assertThat(refused.until()).isEqualTo(until));
        assertThat(encoder.matches).isZero();
    }

    @Test
    void theRightPasswordFromAnAddressThatIsNotRefusedSignsIn() {
        when(throttle.refusedUntil(anyString(), anyString())).thenReturn(Optional.empty());
        when(accounts.loadUserByUsername("reporter")).thenReturn(account("reporter", "right", true));

        Authentication result = signIn.authenticate(attempt("reporter", "right"));

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getName()).isEqualTo("reporter");
    }

    private static Authentication attempt(String username, String password) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        HttpServletRequest request = new MockHttpServletRequest();
        ((MockHttpServletRequest) request).setRemoteAddr("10.9.9.9");
        attempt.setDetails(new WebAuthenticationDetails(request));
        return attempt;
    }

    private static SignedInUser account(String username, String password, boolean enabled) {
        AppUser user = new AppUser(username, "hash:" + password, "测试", Role.REPORTER, 1L);
        ReflectionTestUtils.setField(user, "id", 1L);
        ReflectionTestUtils.setField(user, "enabled", enabled);
        return new SignedInUser(user);
    }

    /** Stores "hash:" + the password, and counts how often a password is compared with a hash. */
    private static final class CountingEncoder implements PasswordEncoder {

        int matches;

        @Override
        public String encode(CharSequence rawPassword) {
            return "hash:" + rawPassword;
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            matches++;
            return encodedPassword.equals("hash:" + rawPassword);
        }
    }
}
