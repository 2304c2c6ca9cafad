package com.hospitalplan.dashboard;

import com.hospitalplan.cluster.ClusterMembers;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The filter that sends page requests to a warm instance ({@link WarmingInstanceFilter}), first of all filters: a
 * request it turns away costs no session or security work. A configuration rather than a filter component, so that web
 * slice tests do without it.
 */
@Configuration(proxyBeanMethods = false)
class DashboardWarmUpConfiguration {

    @Bean
    FilterRegistrationBean<WarmingInstanceFilter> warmingInstanceFilter(
            DashboardWarmUp warmUp,
            CodeWarmUp code,
            ClusterMembers members,
            MessageSource messages,
            LocaleResolver localeResolver) {
        var registration = new FilterRegistrationBean<>(
                new WarmingInstanceFilter(warmUp, code, members, messages, localeResolver));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
