/** Small pieces every feature uses: error handling shared by all pages, money formatting. */
@ApplicationModule(
        displayName = "Shared",
        allowedDependencies = {})
package com.hospitalplan.shared;

import org.springframework.modulith.ApplicationModule;
