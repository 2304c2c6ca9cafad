package com.hospitalplan.user;

/**
 * Published when an administrator lifts the sign-in refusals of a user name, from every address, before they end by
 * themselves (for the audit log). Refusals that simply run out publish nothing.
 *
 * @param username the account whose refusals were lifted
 * @param liftedBy the user name of the administrator
 */
public record SignInThrottleLifted(String username, String liftedBy) {}
