package com.hospitalplan.audit;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the audit log, under {@code app.audit}.
 *
 * @param retentionDays how many days records are kept before the nightly purge deletes them; at least 180 (等保 2.0
 *     level 3 asks that audit records be kept six months or more), so a smaller value stops the application at
 *     start-up
 */
@ConfigurationProperties("app.audit")
@Validated
record AuditProperties(
        @DefaultValue("365")
        @Min(
                value = MIN_RETENTION_DAYS,
                message = "must be at least " + MIN_RETENTION_DAYS
                        + " days: audit records are kept at least 180 days (等保 2.0 level 3)")
        int retentionDays) {

    static final int MIN_RETENTION_DAYS = 180;
}
