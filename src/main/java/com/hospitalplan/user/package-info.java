/**
 * User accounts, sign-in (throttled per name and client address after wrong passwords), the password policy, profile and
 * password changes, user administration.
 */
@ApplicationModule(
        displayName = "Users",
        allowedDependencies = {"config", "organization", "shared"})
package com.hospitalplan.user;

import org.springframework.modulith.ApplicationModule;
