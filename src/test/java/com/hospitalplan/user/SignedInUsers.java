package com.hospitalplan.user;

import org.springframework.test.util.ReflectionTestUtils;

/** Principals for slice tests that have no database: a signed-in user of a role, built without an account row. */
public final class SignedInUsers {

    private SignedInUsers() {}

    /** A user named "测试" + role with the given id in the organisation {@code organizationId}. */
    public static SignedInUser of(Role role, long id, long organizationId) {
        AppUser user =
                new AppUser("test-" + role.name().toLowerCase(), "{noop}unused", "测试" + role, role, organizationId);
        ReflectionTestUtils.setField(user, "id", id);
        return new SignedInUser(user);
    }
}
