/**
 * Plans in and out of Excel: the plan workbook format, its writer (export and blank template), its reader (every
 * cell checked, file-level safety), and the import flow that previews a workbook before the officer confirms it.
 */
@ApplicationModule(
        displayName = "Plan workbook",
        allowedDependencies = {"config", "levelscale", "organization", "plan", "report", "shared", "targets", "user"})
package com.hospitalplan.planworkbook;

import org.springframework.modulith.ApplicationModule;
