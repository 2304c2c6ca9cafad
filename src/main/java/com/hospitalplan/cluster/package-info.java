/**
 * Shared invalidation between application instances (docs/decisions/0010-shared-invalidation.md): a module that keeps
 * something in memory announces each change of it with {@link com.hospitalplan.cluster.ClusterChanges} in the
 * transaction that makes the change, and empties its memory on a {@link com.hospitalplan.cluster.ClusterChange}
 * event, which every other instance receives once that transaction has committed. PostgreSQL is the only thing the
 * instances share: a table of changes with {@code LISTEN/NOTIFY} on it.
 */
@ApplicationModule(
        displayName = "Cluster",
        allowedDependencies = {})
package com.hospitalplan.cluster;

import org.springframework.modulith.ApplicationModule;
