package com.hospitalplan.audit;

/**
 * What an audit record is about: an account (by user name), a plan or a report (by id), with what it was called then.
 *
 * @param type labelled {@code audit.subject.<type>} in the message bundles
 */
record AuditSubject(Type type, String id, String name) {

    enum Type {
        USER,
        PLAN,
        REPORT
    }

    static AuditSubject user(String username) {
        return new AuditSubject(Type.USER, username, null);
    }

    static AuditSubject plan(Long planId, String title) {
        return new AuditSubject(Type.PLAN, String.valueOf(planId), title);
    }

    static AuditSubject report(Long reportId, String planTitle) {
        return new AuditSubject(Type.REPORT, String.valueOf(reportId), planTitle);
    }
}
