package com.hospitalplan.user;

/** An account as the administration form edits it. */
public record UserDetailsView(
        Long id, String username, String displayName, Role role, Long organizationId, boolean enabled, long version) {}
