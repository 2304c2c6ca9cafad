package com.hospitalplan.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the change feed, under {@code app.cluster}.
 *
 * @param pollInterval how often the feed is read when no notice came (a notice is missed only when the listening
 *     connection drops, which the read then finds out)
 * @param reconnectDelay the wait before the first attempt to listen again after the connection was lost; it doubles
 *     with each failed attempt
 * @param maxReconnectDelay the longest wait between two attempts
 * @param retention how long changes are kept for instances that catch up after a lost connection
 * @param gapPatience how long a change numbered below one already read is waited for (its transaction began earlier
 *     and commits later, or rolled back)
 */
@ConfigurationProperties("app.cluster")
record ClusterProperties(
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("1s") Duration reconnectDelay,
        @DefaultValue("30s") Duration maxReconnectDelay,
        @DefaultValue("1d") Duration retention,
        @DefaultValue("2m") Duration gapPatience) {}
