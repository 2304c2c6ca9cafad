package com.hospitalplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.session.SimpleRedirectInvalidSessionStrategy;

/** The absolute session lifetime; across instances, with sessions in PostgreSQL, in SessionsAcrossInstancesTest. */
class SessionLifetimeTest {

    private static final Duration LIFETIME = Duration.ofHours(12);

    @Test
    void aSessionYoungerThanItsLifetimeLivesOn() throws Exception {
        MockHttpSession session = new MockHttpSession();

        serve(
                session,
                Instant.ofEpochMilli(session.getCreationTime()).plus(LIFETIME).minusSeconds(1));

        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void aSessionEndsAtItsLifetimeHoweverActiveItWas() throws Exception {
        MockHttpSession session = new MockHttpSession();

        MockFilterChain chain =
                serve(session, Instant.ofEpochMilli(session.getCreationTime()).plus(LIFETIME));

        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).as("the request stops here").isNull();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
    }

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    private MockFilterChain serve(MockHttpSession session, Instant now) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/plans");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        new SessionLifetime(
                        LIFETIME,
                        Clock.fixed(now, ZoneOffset.UTC),
                        new SimpleRedirectInvalidSessionStrategy("/login?expired"))
                .doFilter(request, response, chain);
        return chain;
    }
}
