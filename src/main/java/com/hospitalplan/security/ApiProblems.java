package com.hospitalplan.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the security chain refuses an {@code /api/**} request: RFC 9457 problem JSON in the caller's language (the
 * language cookie, else Chinese) instead of the sign-in page. 401 with {@code WWW-Authenticate: Bearer} (RFC 6750;
 * {@code error="invalid_token"} when a token was sent but is not valid) for a caller who is not authenticated,
 * 403 for one who is but may not (a signed-in browser without its CSRF token, for example).
 */
class ApiProblems {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final JsonMapper json = JsonMapper.builder().build();

    ApiProblems(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** 401 for a caller without credentials, or with a token that is not valid ({@link BadCredentialsException}). */
    AuthenticationEntryPoint entryPoint() {
        return (request, response, exception) -> unauthorized(request, response, exception);
    }

    /** 401 when the caller is not authenticated at all, else 403. */
    AccessDeniedHandler accessDeniedHandler() {
        return (request, response, exception) -> {
            if (trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
                write(request, response, HttpStatus.FORBIDDEN, "error.403.title", "error.403.text");
            } else {
                unauthorized(request, response, new InsufficientAuthenticationException("not signed in"));
            }
        };
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean badToken = e instanceof BadCredentialsException;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "error.401.title",
                badToken ? "error.401.invalidToken" : "error.401.text");
    }

    private void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String titleKey,
            String detailKey)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage(titleKey, null, locale));
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(detailKey, null, locale));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
