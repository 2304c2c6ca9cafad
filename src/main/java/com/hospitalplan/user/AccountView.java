package com.hospitalplan.user;

/** The signed-in user's own account as shown on the home and profile pages. */
public record AccountView(
        String username, String displayName, Role role, String organizationName, String regionName) {}
