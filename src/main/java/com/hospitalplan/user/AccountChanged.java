package com.hospitalplan.user;

/**
 * Published in the transaction that disables an account, changes its role or organisation, or sets its password:
 * the account's sessions, which carry its old rights or were opened with its old password, must end on every
 * instance.
 *
 * @param username the account whose sessions end
 * @param keepCurrentSession whether the session of the request making the change stays (a user who changes their own
 *     password stays signed in there, and only there)
 */
public record AccountChanged(String username, boolean keepCurrentSession) {}
