/** Application-wide configuration: locale, typed properties, clock and database bootstrap. */
@ApplicationModule(
        displayName = "Configuration",
        allowedDependencies = {"shared"})
package com.hospitalplan.config;

import org.springframework.modulith.ApplicationModule;
