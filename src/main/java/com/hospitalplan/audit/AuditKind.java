package com.hospitalplan.audit;

/** What an audit record is about; each is labelled {@code audit.kind.<name>} in the message bundles. */
enum AuditKind {
    SIGN_IN,
    SIGN_OUT,
    SIGN_IN_FAILED,
    /** Sign-in attempts from an address or for an account were slowed or refused (issue 15). */
    SIGN_IN_THROTTLED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    ACCOUNT_CREATED,
    /** An account's details, organisation or enabled flag changed (its role did not). */
    ACCOUNT_CHANGED,
    /** An account's role changed (perhaps with other details). */
    ROLE_CHANGED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    PLAN_PUBLISHED,
    PLAN_CLOSED,
    REPORT_SUBMITTED,
    REPORT_APPROVED,
    REPORT_RETURNED,
    REPORT_REOPENED
}
