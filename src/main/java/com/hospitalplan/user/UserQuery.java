package com.hospitalplan.user;

import java.util.List;

/**
 * What an administrator looks for in the user list; every part is optional.
 *
 * @param text a part of the user name or the name
 * @param role only accounts with this role
 * @param status only accounts in this state
 * @param organizationIds only accounts of these organisations ({@code null}: of any; empty: of none)
 */
public record UserQuery(String text, Role role, UserStatus status, List<Long> organizationIds) {

    public UserQuery {
        // PostgreSQL refuses NUL in text; no name holds a control character
        text = text == null ? null : text.replaceAll("\\p{Cntrl}", "");
        text = text == null || text.isBlank() ? null : text.strip();
        organizationIds = organizationIds == null ? null : List.copyOf(organizationIds);
    }

    /** No condition: every account. */
    public static UserQuery everything() {
        return new UserQuery(null, null, null, null);
    }
}
