package com.hospitalplan.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's idempotency keys ({@link IdempotencyFilter}). A configuration rather than a filter component: web slice
 * tests (which take every filter component, but no configuration) then need neither the filter nor its table.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    @Bean
    IdempotencyFilter idempotencyFilter(IdempotencyKeys keys, ApiErrors errors) {
        return new IdempotencyFilter(keys, errors);
    }
}
