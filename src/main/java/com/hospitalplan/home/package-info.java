/** The sign-in page and each role's home page with its to-do list, and the to-do counts in the menu. */
@ApplicationModule(
        displayName = "Home",
        allowedDependencies = {"cluster", "report", "review", "user"})
package com.hospitalplan.home;

import org.springframework.modulith.ApplicationModule;
