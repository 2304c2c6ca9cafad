package com.hospitalplan.user;

import java.time.Instant;

/** One row of the user administration list. */
public record UserSummary(
        Long id,
        String username,
        String displayName,
        Role role,
        String organizationName,
        boolean locked,
        Instant lockedUntil,
        boolean demoPassword) {}
