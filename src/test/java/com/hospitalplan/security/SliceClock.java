package com.hospitalplan.security;

import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The clock the security chain reads (session lifetime, sign-in refusals), for slices without the application's. */
@TestConfiguration(proxyBeanMethods = false)
class SliceClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
