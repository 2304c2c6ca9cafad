package com.hospitalplan.plan;

/** What happened to plans as a whole, published in the transaction that does it (the audit log records them). */
public final class PlanEvents {

    private PlanEvents() {}

    /** A draft became the plan in force. */
    public record PlanPublished(Long planId, String title) {}

    /** A plan in force was ended (closed): nothing of it changes any more. */
    public record PlanClosed(Long planId, String title) {}
}
