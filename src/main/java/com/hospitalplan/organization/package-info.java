/** Administrative regions, institutions (hospitals, bureaus, other bodies) and departments inside them. */
@ApplicationModule(
        displayName = "Organisations",
        allowedDependencies = {"cluster"})
package com.hospitalplan.organization;

import org.springframework.modulith.ApplicationModule;
