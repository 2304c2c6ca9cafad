package com.hospitalplan.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recognises a retried API write ({@code POST} or {@code PUT} under /api/v1 with an {@code Idempotency-Key} header,
 * as in the IETF draft "The Idempotency-Key HTTP Header Field"): the first request with a key is handled and its answer
 * stored ({@link IdempotencyKeys}); the same key with the same request gets that answer again (with
 * {@code Idempotent-Replayed: true}) and nothing is done twice; the same key with another request is refused with 422,
 * and while the first is still handled a retry gets 409. Keys are the caller's own. A server error is not stored, so
 * that the retry is handled afresh. Runs after Spring Security, so only a signed-in caller's request is considered.
 * Registered by {@link IdempotencyConfiguration}, not as a component, so that web slice tests leave it out.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    private final IdempotencyKeys keys;
    private final ApiErrors errors;
    private final JsonMapper json = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .build();

    IdempotencyFilter(IdempotencyKeys keys, ApiErrors errors) {
        this.keys = keys;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !(method.equals("POST") || method.equals("PUT"))
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = LocaleContextHolder.getLocale();
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > 255 || !PlainText.Check.isPlain(key)) {
            problem(response, errors.problem(HttpStatus.BAD_REQUEST, "error.idempotency.tooLong", locale));
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String hash = hash(request, body);
        String username = caller.getName();
        if (!keys.claim(username, key, hash)) {
            var stored = keys.find(username, key);
            if (stored.isEmpty()) {
                problem(response, errors.problem(HttpStatus.CONFLICT, "error.idempotency.inProgress", locale));
            } else if (!stored.get().requestHash().equals(hash)) {
                problem(response, errors.problem(HttpStatus.UNPROCESSABLE_CONTENT, "error.idempotency.reused", locale));
            } else if (stored.get().status() == null) {
                problem(response, errors.problem(HttpStatus.CONFLICT, "error.idempotency.inProgress", locale));
            } else {
                replay(response, stored.get());
            }
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(new CachedBody(request, body), answer);
            if (answer.getStatus() < 500) {
                keys.answer(username, key, answer.getStatus(), answer.getContentType(), answer.getContentAsByteArray());
                stored = true;
            }
        } finally {
            if (!stored) {
                keys.release(username, key);
            }
            answer.copyBodyToResponse();
        }
    }

    private static void replay(HttpServletResponse response, IdempotencyKeys.Stored stored) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    private void problem(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /** The request as far as it decides what is done: method, path, query and body. */
    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String target = request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n";
            digest.update(target.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body read once, for the hash, and read again by the controller. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
