package com.hospitalplan.user;

import java.time.Instant;

/** One of the signed-in user's API tokens, without the token itself (it is shown only once). */
public record ApiTokenView(Long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
