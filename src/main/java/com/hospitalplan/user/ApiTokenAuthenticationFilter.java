package com.hospitalplan.user;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.TransientSecurityContext;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} requests that carry {@code Authorization: Bearer <token>}; a bad token is refused at
 * once through the entry point (401). It runs before the CSRF filter, which skips only the requests it authenticated
 * ({@link #authenticatedByToken}). Nothing is stored in a session: the security context is transient (as Spring
 * Security's own bearer tokens are), so each API call stands alone.
 */
public class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";
    private static final String AUTHENTICATED = ApiTokenAuthenticationFilter.class.getName() + ".AUTHENTICATED";

    private final ApiTokenService tokens;
    private final AuthenticationEntryPoint refusal;

    public ApiTokenAuthenticationFilter(ApiTokenService tokens, AuthenticationEntryPoint refusal) {
        this.tokens = tokens;
        this.refusal = refusal;
    }

    /**
     * Whether this request was authenticated here with a valid API token: such a request carries no cookie a
     * foreign page could abuse, so it needs no CSRF token. A {@code Bearer} header alone proves nothing.
     */
    public static boolean authenticatedByToken(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(AUTHENTICATED));
    }

    private static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith(PREFIX);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/") || !hasBearerToken(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<SignedInUser> user =
                tokens.authenticate(request.getHeader("Authorization").substring(PREFIX.length()));
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            refusal.commence(request, response, new BadCredentialsException("invalid API token"));
            return;
        }
        // transient: no repository keeps it, so no session is made or written for an API call
        SecurityContextHolder.setContext(new TransientSecurityContext(UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities())));
        request.setAttribute(AUTHENTICATED, true);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
