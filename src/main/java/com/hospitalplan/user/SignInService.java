package com.hospitalplan.user;

import com.hospitalplan.config.AppProperties;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in and locks an account after too many wrong passwords in a row. */
@Service
class SignInService implements UserDetailsService {

    private final AppUserRepository users;
    private final AppProperties.Security settings;
    private final Clock clock;

    SignInService(AppUserRepository users, AppProperties properties, Clock clock) {
        this.users = users;
        this.settings = properties.security();
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return new SignedInUser(user, user.isLockedAt(clock.instant()));
    }

    @EventListener
    @Transactional
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(event.getAuthentication().getName())
                .ifPresent(user -> user.recordFailedSignIn(
                        settings.maxFailedAttempts(), settings.lockDuration(), clock.instant()));
    }

    @EventListener
    @Transactional
    void onSignIn(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(AppUser::recordSuccessfulSignIn);
    }
}
