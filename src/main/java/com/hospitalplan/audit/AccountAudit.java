package com.hospitalplan.audit;

import com.hospitalplan.user.AccountEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Account, role and password changes, recorded in the transaction that makes them, with the administrator acting. */
@Component
class AccountAudit {

    private final AuditLog log;

    AccountAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void created(AccountEvents.AccountCreated event) {
        log.record(
                AuditKind.ACCOUNT_CREATED,
                AuditSubject.user(event.username()),
                "role " + event.role() + ", organization " + event.organizationId());
    }

    @EventListener
    void updated(AccountEvents.AccountUpdated event) {
        AuditKind kind = event.roleChanged() ? AuditKind.ROLE_CHANGED : AuditKind.ACCOUNT_CHANGED;
        log.record(kind, AuditSubject.user(event.username()), String.join(", ", event.changes()));
    }

    @EventListener
    void passwordReset(AccountEvents.PasswordReset event) {
        log.record(AuditKind.PASSWORD_RESET, AuditSubject.user(event.username()), null);
    }

    @EventListener
    void passwordChanged(AccountEvents.PasswordChanged event) {
        log.record(AuditKind.PASSWORD_CHANGED, AuditSubject.user(event.username()), null);
    }
}
