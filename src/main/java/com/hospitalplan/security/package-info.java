/** Who may reach which URL: the security filter chain, sign-in handling, API tokens on /api, password hashing. */
@ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"user"})
package com.hospitalplan.security;

import org.springframework.modulith.ApplicationModule;
