package com.hospitalplan.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Typed settings under the {@code app} prefix.
 *
 * @param security sign-in protection settings
 * @param database database bootstrap settings
 * @param demo demo-data settings
 */
@ConfigurationProperties("app")
public record AppProperties(
        @DefaultValue Security security,
        @DefaultValue Database database,
        @DefaultValue Demo demo) {

    /**
     * @param maxFailedAttempts failed sign-ins in a row after which an account is locked
     * @param lockDuration how long a locked account stays locked before it may try again
     */
    public record Security(
            @DefaultValue("5") int maxFailedAttempts,
            @DefaultValue("15m") Duration lockDuration) {}

    /** @param createIfMissing create the application's database on the server when it does not exist yet */
    public record Database(@DefaultValue("false") boolean createIfMissing) {}

    /** @param accountsAllowed whether accounts with the demo password may exist (only in the demo profile) */
    public record Demo(@DefaultValue("false") boolean accountsAllowed) {}
}
