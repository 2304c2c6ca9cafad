package com.hospitalplan.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    @ConditionalOnProperty("app.database.create-if-missing")
    static DatabaseCreator databaseCreator() {
        return new DatabaseCreator();
    }
}
