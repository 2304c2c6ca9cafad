package com.hospitalplan.config;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files under their own paths only: /css, /js, version-less /webjars and /favicon.ico. Spring Boot's default
 * "/**" handler is switched off ({@code spring.web.resources.add-mappings=false}) because with it every link a page
 * writes was looked up on the classpath as a possible static file: a quarter of the time of a large dashboard page.
 */
@Configuration
class StaticResourceConfiguration implements WebMvcConfigurer {

    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .setCacheControl(CACHE);
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .setCacheControl(CACHE);
        registry.addResourceHandler("/favicon.ico")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CACHE);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CACHE)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
