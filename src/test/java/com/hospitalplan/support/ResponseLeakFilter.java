package com.hospitalplan.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** Test-only filter that reads every page and JSON response, error pages included, for leaked internals. */
class ResponseLeakFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/");
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
        } finally {
            String contentType = wrapper.getContentType();
            if (contentType == null || contentType.startsWith("text/") || contentType.contains("json")) {
                String body = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
                String leak = ResponseLeaks.firstLeak(body);
                if (leak != null) {
                    ResponseLeaks.record(request.getMethod() + " " + request.getRequestURI(), leak);
                }
            }
            wrapper.copyBodyToResponse();
        }
    }
}
