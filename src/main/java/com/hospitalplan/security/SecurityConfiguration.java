package com.hospitalplan.security;

import com.hospitalplan.user.ApiTokenAuthenticationFilter;
import com.hospitalplan.user.ApiTokenService;
import com.hospitalplan.user.PasswordChangeFilter;
import com.hospitalplan.user.SignInThrottledException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.InvalidSessionStrategy;
import org.springframework.security.web.session.SimpleRedirectInvalidSessionStrategy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Who may reach which URL. Feature-specific rules (for example a hospital's own data) are checked again in the
 * services; this chain only decides by role.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline scripts or styles, nothing from another host. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ApiTokenService apiTokens,
            AuthenticationProvider formSignIn,
            ApplicationEventPublisher events,
            MessageSource messages,
            LocaleResolver locales,
            @Value("${app.security.session-lifetime:12h}") Duration sessionLifetime,
            Clock clock)
            throws Exception {
        ApiProblems apiProblems = new ApiProblems(messages, locales);
        InvalidSessionStrategy sessionEnded = invalidSessionStrategy(apiProblems.entryPoint());
        http.authenticationManager(signInManager(formSignIn, events))
                .addFilterBefore(
                        new SessionLifetime(sessionLifetime, clock, sessionEnded), SecurityContextHolderFilter.class)
                // before CSRF, so that CSRF is skipped exactly for the requests a valid API token authenticated: they
                // carry no cookie a foreign page could abuse (a Bearer header alone proves nothing)
                .addFilterBefore(
                        new ApiTokenAuthenticationFilter(apiTokens, apiProblems.entryPoint()), CsrfFilter.class)
                .addFilterAfter(new PasswordChangeFilter(), AuthorizationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenAuthenticationFilter::authenticatedByToken))
                // the API answers 401/403 problem JSON; pages send people to sign in or show the 403 page. The
                // handler is set outright because the CSRF filter only uses an explicit one.
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(apiProblems.entryPoint(), API)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                                new LinkedHashMap<>(Map.of(API, apiProblems.accessDeniedHandler())),
                                new AccessDeniedHandlerImpl())))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login", "/error", "/v3/api-docs", "/v3/api-docs.yaml")
                        .permitAll()
                        // health and the proxy's probes (UP or DOWN, no details); nothing else of Actuator
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        // the review queue is a reviewer's (the menu shows it to them only); others get 403
                        .requestMatchers("/reviews")
                        .hasRole("REVIEWER")
                        // so is "my reports" a reporter's (the menu shows it to them only); others get 403
                        .requestMatchers("/reports")
                        .hasRole("REPORTER")
                        .anyRequest()
                        .authenticated())
                .formLogin(login -> login.loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(signInFailureHandler(clock))
                        .permitAll())
                // the session cookie keeps this name with Spring Session too (server.servlet.session.cookie.name)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.invalidSessionStrategy(sessionEnded))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * A request whose session no longer exists (it timed out, or it was ended because the account was disabled or its
     * rights or password changed) goes to sign in with a message; on /api it gets 401, as without a session.
     */
    private static InvalidSessionStrategy invalidSessionStrategy(AuthenticationEntryPoint api) {
        InvalidSessionStrategy toSignIn = new SimpleRedirectInvalidSessionStrategy("/login?expired");
        return (request, response) -> {
            if (API.matches(request)) {
                api.commence(request, response, new InsufficientAuthenticationException("session ended"));
            } else {
                toSignIn.onInvalidSessionDetected(request, response);
            }
        };
    }

    /**
     * The form sign-in (user module's FormSignIn: throttled per name and address, disabled accounts told apart only
     * after a correct password), publishing Spring Security's authentication events that count wrong passwords.
     */
    private static AuthenticationManager signInManager(
            AuthenticationProvider formSignIn, ApplicationEventPublisher events) {
        ProviderManager manager = new ProviderManager(formSignIn);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /**
     * Tells refused attempts (too many wrong passwords from this address) and a disabled account (said only after a
     * correct password) apart from a wrong password, without saying whether the user name exists, and keeps the user
     * name that was typed so that only the password has to be entered again.
     */
    private static AuthenticationFailureHandler signInFailureHandler(Clock clock) {
        return (request, response, exception) -> {
            FlashMap flash = new FlashMap();
            String reason = "bad";
            if (exception instanceof SignInThrottledException throttled) {
                reason = "throttled";
                long seconds =
                        Duration.between(clock.instant(), throttled.until()).toSeconds();
                flash.put("retryMinutes", Math.max(1, (seconds + 59) / 60));
            } else if (exception instanceof DisabledException) {
                reason = "disabled";
            }
            flash.put("username", request.getParameter("username"));
            flash.setTargetRequestPath(request.getContextPath() + "/login");
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }

    /**
     * Argon2id with Spring Security's current defaults (16 MiB, 2 iterations). Unlike BCrypt it has no 72-byte
     * limit, so long Chinese passphrases count in full.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }
}
