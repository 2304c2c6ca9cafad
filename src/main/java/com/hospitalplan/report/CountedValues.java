package com.hospitalplan.report;

import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code counted_value} table (db/migration/V18__counted_values.sql) in step with the reports: when a
 * report is submitted, approved, returned or reopened, its institution's latest values per year in the plan are made
 * again, in the same transaction as the decision, so the table never shows a decision that did not commit.
 */
@Component
class CountedValues {

    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    CountedValues(JdbcClient jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** Runs inside the decision's transaction: the report aggregate publishes its events when it is saved. */
    @EventListener
    void on(ReportEvents.ReportChanged event) {
        entityManager.flush();
        jdbc.sql("select refresh_counted_values(?, ?)")
                .param(event.planId())
                .param(event.organizationId())
                .query()
                .singleRow();
    }
}
