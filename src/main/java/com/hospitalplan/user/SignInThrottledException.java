package com.hospitalplan.user;

import java.io.Serial;
import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in attempt refused without looking at its password, because of earlier wrong passwords for this name from
 * this address or from this address for any name. Unknown names are refused the same way.
 */
public class SignInThrottledException extends LockedException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Instant until;

    SignInThrottledException(Instant until) {
        super("sign-in attempts refused until " + until);
        this.until = until;
    }

    /** When attempts are checked again. */
    public Instant until() {
        return until;
    }
}
