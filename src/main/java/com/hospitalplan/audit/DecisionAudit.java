package com.hospitalplan.audit;

import com.hospitalplan.plan.PlanEvents;
import com.hospitalplan.report.ReportApproved;
import com.hospitalplan.report.ReportReopened;
import com.hospitalplan.report.ReportReturned;
import com.hospitalplan.report.ReportSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plans published and ended, reports submitted, approved, returned and reopened: recorded in the decision's own
 * transaction (the events are published inside it), so a decision that rolls back leaves no record.
 */
@Component
class DecisionAudit {

    private final AuditLog log;

    DecisionAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void planPublished(PlanEvents.PlanPublished event) {
        log.record(AuditKind.PLAN_PUBLISHED, AuditSubject.plan(event.planId(), event.title()), null);
    }

    @EventListener
    void planClosed(PlanEvents.PlanClosed event) {
        log.record(AuditKind.PLAN_CLOSED, AuditSubject.plan(event.planId(), event.title()), null);
    }

    @EventListener
    void reportSubmitted(ReportSubmitted e) {
        log.record(
                AuditKind.REPORT_SUBMITTED,
                AuditSubject.report(e.reportId(), e.planTitle()),
                where(e.planId(), e.organizationId()));
    }

    @EventListener
    void reportApproved(ReportApproved e) {
        log.record(
                AuditKind.REPORT_APPROVED,
                AuditSubject.report(e.reportId(), e.planTitle()),
                where(e.planId(), e.organizationId()));
    }

    @EventListener
    void reportReturned(ReportReturned e) {
        log.record(
                AuditKind.REPORT_RETURNED,
                AuditSubject.report(e.reportId(), e.planTitle()),
                where(e.planId(), e.organizationId()) + ", reason: " + e.reason());
    }

    @EventListener
    void reportReopened(ReportReopened e) {
        log.record(
                AuditKind.REPORT_REOPENED,
                AuditSubject.report(e.reportId(), e.planTitle()),
                where(e.planId(), e.organizationId()) + ", reason: " + e.reason());
    }

    private static String where(Long planId, Long organizationId) {
        return "plan " + planId + ", organization " + organizationId;
    }
}
