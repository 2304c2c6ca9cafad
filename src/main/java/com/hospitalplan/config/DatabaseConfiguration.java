package com.hospitalplan.config;

import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    @ConditionalOnProperty("app.database.create-if-missing")
    static DatabaseCreator databaseCreator() {
        return new DatabaseCreator();
    }

    /** Never outside the demo profile, whatever the property says: production never runs on an embedded server. */
    @Bean
    @Profile("demo")
    @ConditionalOnProperty("app.database.embedded-fallback")
    static EmbeddedPostgresFallback embeddedPostgresFallback() {
        return new EmbeddedPostgresFallback(Path.of(System.getProperty("user.home")));
    }
}
