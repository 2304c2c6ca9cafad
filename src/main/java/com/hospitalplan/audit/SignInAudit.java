package com.hospitalplan.audit;

import com.hospitalplan.user.SignInThrottleLifted;
import com.hospitalplan.user.SignInThrottled;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in and out, from Spring Security's own events, and the sign-in throttle's refusals and their lifting. A failed sign-in is recorded with the user name that was
 * typed (never the password) in its own transaction: nothing around it can roll it back.
 */
@Component
class SignInAudit {

    private final AuditLog log;

    SignInAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Actor actor = Actor.of(event.getAuthentication());
        log.record(actor, AuditKind.SIGN_IN, AuditSubject.user(actor.name()), null);
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        Actor actor = Actor.of(event.getAuthentication());
        log.record(actor, AuditKind.SIGN_OUT, AuditSubject.user(actor.name()), null);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName();
        log.record(new Actor(null, typed), AuditKind.SIGN_IN_FAILED, AuditSubject.user(typed), reason(event));
    }

    /** Attempts for a name from an address, or from an address for every name, refused for a while. */
    @EventListener
    void throttled(SignInThrottled event) {
        log.record(
                new Actor(null, event.username()),
                AuditKind.SIGN_IN_THROTTLED,
                event.username() == null ? null : AuditSubject.user(event.username()),
                "address " + event.address() + " refused until " + event.until());
    }

    /** An administrator lifted the refusals of a name (解锁, or a password reset). */
    @EventListener
    void lifted(SignInThrottleLifted event) {
        log.record(AuditKind.ACCOUNT_UNLOCKED, AuditSubject.user(event.username()), null);
    }

    /** Why the sign-in failed, in the words of the events (an unknown user name counts as bad credentials). */
    private static String reason(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return "bad credentials";
        }
        if (event instanceof AuthenticationFailureLockedEvent) {
            return "account locked";
        }
        if (event instanceof AuthenticationFailureDisabledEvent) {
            return "account disabled";
        }
        return "refused";
    }
}
