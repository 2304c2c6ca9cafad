/** Administrative regions, institutions (hospitals, bureaus, other bodies) and departments inside them. */
@ApplicationModule(
        displayName = "Organisations",
        allowedDependencies = {"cluster", "shared"})
package com.hospitalplan.organization;

import org.springframework.modulith.ApplicationModule;
