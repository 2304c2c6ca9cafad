package com.hospitalplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Audit records are kept at least 180 days: a shorter retention stops the application at start-up. */
class AuditPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AuditProperties.class)
    static class Settings {}

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void recordsAreKeptAYearUnlessConfiguredOtherwise() {
        context.run(started -> assertThat(started.getBean(AuditProperties.class).retentionDays())
                .isEqualTo(365));
        context.withPropertyValues("app.audit.retention-days=180")
                .run(started -> assertThat(
                                started.getBean(AuditProperties.class).retentionDays())
                        .isEqualTo(180));
    }

    @Test
    void aRetentionUnder180DaysIsRefusedWithTheReason() {
        context.withPropertyValues("app.audit.retention-days=90").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("retention-days")
                    .hasMessageContaining("must be at least 180 days");
        });
    }
}
