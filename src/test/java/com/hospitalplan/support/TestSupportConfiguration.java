package com.hospitalplan.support;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/** Everything a full-application test needs: its own database and the response leak filter. */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestDatabaseConfiguration.class)
public class TestSupportConfiguration {

    @Bean
    FilterRegistrationBean<ResponseLeakFilter> responseLeakFilter() {
        FilterRegistrationBean<ResponseLeakFilter> registration =
                new FilterRegistrationBean<>(new ResponseLeakFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
