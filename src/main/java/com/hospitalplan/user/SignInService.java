package com.hospitalplan.user;

import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in, and counts wrong passwords per name and client address from Spring Security's
 * authentication events ({@link SignInThrottle}). Only form sign-in raises these events: API tokens are checked apart
 * and are never held back by wrong passwords.
 */
@Service
class SignInService implements UserDetailsService {

    private final AppUserRepository users;
    private final SignInThrottle throttle;

    SignInService(AppUserRepository users, SignInThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String username) {
        if (username == null || username.chars().anyMatch(Character::isISOControl)) {
            throw new UsernameNotFoundException("not a user name");
        }
        AppUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return new SignedInUser(user);
    }

    /** A wrong password, or a name without account (Spring Security reports both alike). */
    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        addressOf(event)
                .ifPresent(address ->
                        throttle.recordFailure(event.getAuthentication().getName(), address));
    }

    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        addressOf(event)
                .ifPresent(address ->
                        throttle.recordSuccess(event.getAuthentication().getName(), address));
    }

    /** The client address of a form sign-in ({@code request.getRemoteAddr()}, kept by Spring Security). */
    static Optional<String> addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? Optional.ofNullable(details.getRemoteAddress())
                : Optional.empty();
    }

    private static Optional<String> addressOf(AbstractAuthenticationEvent event) {
        return addressOf(event.getAuthentication());
    }
}
