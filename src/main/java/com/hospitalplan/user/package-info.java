/** User accounts, sign-in (with lock-out after repeated failures), profile and password changes, user administration. */
@ApplicationModule(
        displayName = "Users",
        allowedDependencies = {"config", "organization"})
package com.hospitalplan.user;

import org.springframework.modulith.ApplicationModule;
