package com.hospitalplan.config;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Spring MVC's annotated handler mapping, with the quicker lookup of {@link PrefixFilteredHandlerMapping}. */
@Configuration(proxyBeanMethods = false)
class HandlerMappingConfiguration {

    @Bean
    WebMvcRegistrations prefixFilteredHandlerMapping() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PrefixFilteredHandlerMapping();
            }
        };
    }
}
