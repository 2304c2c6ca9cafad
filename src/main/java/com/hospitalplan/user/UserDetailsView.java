package com.hospitalplan.user;

/** An account as the administration form edits it. */
public record UserDetailsView(
        Long id,
        String username,
        String displayName,
        String email,
        Role role,
        Long organizationId,
        boolean enabled,
        long version) {}
