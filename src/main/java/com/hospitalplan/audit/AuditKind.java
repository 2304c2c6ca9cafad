package com.hospitalplan.audit;

/** What an audit record is about; each is labelled {@code audit.kind.<name>} in the message bundles. */
enum AuditKind {
    SIGN_IN,
    SIGN_OUT,
    SIGN_IN_FAILED,
    /** Sign-in attempts for a name from an address, or from an address for any name, are refused for a while. */
    SIGN_IN_THROTTLED,
    /** An administrator lifted a name's sign-in refusals. */
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
