/** The sign-in page and each role's home page. */
@ApplicationModule(
        displayName = "Home",
        allowedDependencies = {"user"})
package com.hospitalplan.home;

import org.springframework.modulith.ApplicationModule;
