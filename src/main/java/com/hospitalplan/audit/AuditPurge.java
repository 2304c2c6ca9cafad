package com.hospitalplan.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, on one instance: deletes the audit records older than {@code app.audit.retention-days}. */
@Component
class AuditPurge {

    private static final Logger log = LoggerFactory.getLogger(AuditPurge.class);

    private final AuditRecords records;
    private final AuditProperties properties;

    AuditPurge(AuditRecords records, AuditProperties properties) {
        this.records = records;
        this.properties = properties;
    }

    @Scheduled(cron = "0 40 3 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "auditPurge", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void purge() {
        int deleted = records.purgeOlderThan(properties.retentionDays());
        log.info("Deleted {} audit records older than {} days", deleted, properties.retentionDays());
    }
}
