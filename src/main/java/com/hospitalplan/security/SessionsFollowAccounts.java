package com.hospitalplan.security;

import com.hospitalplan.user.AccountChanged;
import java.util.Objects;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends the sessions of an account whose rights or password changed. Sessions live in PostgreSQL (Spring Session
 * JDBC), indexed by user name, so deleting them there ends them on every instance: the next request of such a session
 * is sent to sign in (or gets 401 on /api).
 *
 * <p>The sessions are deleted just before the change commits, so a change never commits while the sessions it
 * should end live on: when they cannot be deleted the change fails and is rolled back (docs/decisions/0011).
 */
@Component
class SessionsFollowAccounts {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionsFollowAccounts(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void endSessions(AccountChanged change) {
        String kept = change.keepCurrentSession() ? currentSessionId() : null;
        sessions.findByPrincipalName(change.username()).keySet().stream()
                .filter(id -> !Objects.equals(id, kept))
                .forEach(sessions::deleteById);
    }

    /** The session of the request being served, if any. */
    private static String currentSessionId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }
}
