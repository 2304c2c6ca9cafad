package com.hospitalplan.user;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password typed into the sign-in form, in this order:
 *
 * <ol>
 *   <li>refuses at once, without looking at the password, when wrong passwords came from this client address for this
 *       name or for too many names ({@link SignInThrottle}) — known and unknown names alike;
 *   <li>checks the password with Spring Security's {@link DaoAuthenticationProvider}, which hashes a dummy password
 *       for an unknown name, so that both take as long and end with the same answer;
 *   <li>only after a correct password, says that the account is disabled: a guesser learns nothing from it.
 * </ol>
 */
@Component
class FormSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    FormSignIn(SignInService accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(passwordEncoder);
        // Spring Security checks the account's status before the password by default, telling a guesser which names
        // exist and are disabled; here it is checked after.
        this.passwords.setPreAuthenticationChecks(user -> {});
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        SignInService.addressOf(authentication)
                .flatMap(address -> throttle.refusedUntil(authentication.getName(), address))
                .ifPresent(until -> {
                    throw new SignInThrottledException(until);
                });
        return passwords.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
