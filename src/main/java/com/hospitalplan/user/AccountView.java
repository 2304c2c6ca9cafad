package com.hospitalplan.user;

/**
 * The signed-in user's own account as shown on the home and profile pages.
 *
 * @param demoPassword whether the account still has the published demo password
 */
public record AccountView(
        String username,
        String displayName,
        Role role,
        String organizationName,
        String regionName,
        boolean demoPassword) {}
