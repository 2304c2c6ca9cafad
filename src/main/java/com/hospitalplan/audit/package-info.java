/**
 * The audit log: who did what, when, from which client address, to which subject (a user, a plan, a report), kept at
 * least 180 days for the administrators (等保 2.0 level 3 asks for audit records of security events).
 *
 * <p>It listens to what the other modules already announce (Spring Security's sign-in events, the user module's
 * {@code AccountEvents}, the plan module's {@code PlanEvents}, the reporting module's decisions) and records each with
 * the actor and the address of the request being served. A record of a decision is written in the decision's
 * transaction, so a decision that rolls back leaves none; a record of a failed sign-in is written in its own.
 *
 * <p>To record a new kind: add it to {@link com.hospitalplan.audit.AuditKind} (with its label in both message
 * bundles) and add one {@code @EventListener} method, as {@code SignInAudit} does for the sign-in throttle's
 * events.
 */
@ApplicationModule(
        displayName = "Audit log",
        allowedDependencies = {"plan", "report", "user"})
package com.hospitalplan.audit;

import org.springframework.modulith.ApplicationModule;
