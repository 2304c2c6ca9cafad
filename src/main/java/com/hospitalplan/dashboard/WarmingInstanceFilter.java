package com.hospitalplan.dashboard;

import com.hospitalplan.cluster.ClusterMembers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * While this instance warms up and another one serves, a page request is answered 503 with {@code Retry-After}: the
 * proxy sends it to the other instance at once (deploy/nginx: {@code proxy_next_upstream http_503}, which it does for
 * reads only) and, after a few, leaves this one out until it is warm. So a restarted instance does not make people
 * wait for its figures. Writes, the health probes, the instance's own warm-up visits ({@link CodeWarmUp}) and an instance
 * alone are served as always.
 */
class WarmingInstanceFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final DashboardWarmUp warmUp;
    private final CodeWarmUp code;
    private final ClusterMembers members;
    private final MessageSource messages;
    private final LocaleResolver locales;

    WarmingInstanceFilter(
            DashboardWarmUp warmUp,
            CodeWarmUp code,
            ClusterMembers members,
            MessageSource messages,
            LocaleResolver locales) {
        this.warmUp = warmUp;
        this.code = code;
        this.members = members;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return warmUp.warm()
                || !READS.contains(request.getMethod())
                || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")
                || code.isOwnVisit(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!members.anotherServes()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "2");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(messages.getMessage("app.warmingUp", null, locales.resolveLocale(request)));
    }
}
