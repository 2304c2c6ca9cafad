package com.hospitalplan.security;

import com.hospitalplan.home.ToDoCounts;
import com.hospitalplan.notification.NotificationService;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.user.ApiTokenService;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Put beside {@code @WebMvcTest}: the application's real security chain (roles per URL, CSRF, sign-in redirect), with
 * mocks of what the chain and the page layout need besides the controller under test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({SecurityConfiguration.class, SliceClock.class})
@MockitoBean(
        types = {
            ApiTokenService.class,
            NotificationService.class,
            ToDoCounts.class,
            AuthenticationProvider.class,
            ReportPages.class
        })
public @interface SecuredWebSlice {}
