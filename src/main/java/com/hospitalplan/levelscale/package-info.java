/** Level scales (电子病历应用水平, 互联互通…) kept in the database: the registry every feature reads, and their admin pages. */
@ApplicationModule(
        displayName = "Level scales",
        allowedDependencies = {"cluster", "targets"})
package com.hospitalplan.levelscale;

import org.springframework.modulith.ApplicationModule;
