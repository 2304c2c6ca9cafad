package com.hospitalplan.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload beyond the servlet's limit is answered with 413 through the error page ({@link ErrorAnswers}: the Chinese
 * page, or a problem for JSON clients). Tomcat refuses every later look at such a request's parameters or parts, so
 * the error dispatch (where the locale, the page's links and the multipart check look at them) sees a request without
 * any; otherwise it would fail too and Tomcat would send its own English page.
 */
@Configuration(proxyBeanMethods = false)
class UploadTooLarge {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadTooLargeErrorDispatch() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new ErrorDispatch());
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static final class ErrorDispatch extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            boolean tooLarge =
                    Integer.valueOf(HttpStatus.CONTENT_TOO_LARGE.value()).equals(status);
            chain.doFilter(tooLarge ? new WithoutBody(request) : request, response);
        }
    }

    /** The request without parameters or parts. */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }

        @Override
        public String getContentType() {
            return null;
        }
    }
}
