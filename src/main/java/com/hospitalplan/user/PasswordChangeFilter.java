package com.hospitalplan.user;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a user whose password an administrator set to the profile page until they chose their own: every other page
 * redirects there and every API call gets 403. Spring Security has no mechanism for this (an expired password would
 * refuse the sign-in itself, before the user could change it), so it is this small filter behind authorisation.
 */
public class PasswordChangeFilter extends OncePerRequestFilter {

    /** Where the page to choose the password is. */
    public static final String PROFILE = "/profile";

    /** What such a user may still reach: the profile page, the password change, signing out and the page's assets. */
    private static final Set<String> OPEN = Set.of(PROFILE, PROFILE + "/password", "/logout", "/login", "/error");

    private static final Set<String> OPEN_PREFIXES = Set.of("/css/", "/js/", "/webjars/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!mustChangePassword() || isOpen(request)) {
            chain.doFilter(request, response);
        } else if (path(request).startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            response.sendRedirect(request.getContextPath() + PROFILE);
        }
    }

    private static boolean mustChangePassword() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getPrincipal() instanceof SignedInUser user
                && user.passwordChangeRequired();
    }

    private static boolean isOpen(HttpServletRequest request) {
        String path = path(request);
        return OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
