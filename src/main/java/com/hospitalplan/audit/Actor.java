package com.hospitalplan.audit;

import com.hospitalplan.user.SignedInUser;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who acted: an account (its id when known, and its user name), or the application itself (both null) when nobody is
 * signed in, as in a scheduled job.
 */
record Actor(Long id, String name) {

    static final Actor SYSTEM = new Actor(null, null);

    /** The user of the request being served. */
    static Actor current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The account behind an authentication; the system when there is none or it is anonymous. */
    static Actor of(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            return new Actor(user.id(), user.getUsername());
        }
        return new Actor(null, authentication.getName());
    }
}
