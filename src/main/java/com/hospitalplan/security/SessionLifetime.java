package com.hospitalplan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.web.session.InvalidSessionStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that began longer ago than the absolute lifetime ({@code app.security.session-lifetime}, 12 hours by
 * default), however active it is; the idle timeout ({@code server.servlet.session.timeout}) ends quiet ones sooner.
 * Neither Spring Security nor Spring Session has an absolute lifetime, hence this filter in front of the security
 * context: it ends the session and answers with the chain's own invalid-session strategy (sign in again, or 401 on
 * /api), exactly as for a session ended by an administrator. (Letting the request go on would not do: Spring Session
 * remembers that the requested session was valid when this filter read it, so Spring Security would not notice.) The
 * session's creation time lives in PostgreSQL with it, so every instance ends it at the same time.
 */
class SessionLifetime extends OncePerRequestFilter {

    private final Duration lifetime;
    private final Clock clock;
    private final InvalidSessionStrategy ended;

    SessionLifetime(Duration lifetime, Clock clock, InvalidSessionStrategy ended) {
        this.lifetime = lifetime;
        this.clock = clock;
        this.ended = ended;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && isOver(session)) {
            session.invalidate();
            ended.onInvalidSessionDetected(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isOver(HttpSession session) {
        try {
            return !Instant.ofEpochMilli(session.getCreationTime())
                    .plus(lifetime)
                    .isAfter(clock.instant());
        } catch (IllegalStateException alreadyInvalidated) {
            return false;
        }
    }
}
