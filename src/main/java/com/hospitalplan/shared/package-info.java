/**
 * Small pieces every feature uses: error handling shared by all pages and the API, money formatting, and the reading
 * and writing of workbooks (uploads, exports, fill-in workbooks).
 */
@ApplicationModule(
        displayName = "Shared",
        allowedDependencies = {})
package com.hospitalplan.shared;

import org.springframework.modulith.ApplicationModule;
