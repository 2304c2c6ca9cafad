/**
 * Target semantics in plain Java: parsing a target as a plan writes it ("≥35%", "45%左右", "新增1个", "七级"…),
 * and evaluating reported values against it (achieved, progress, expected progress, status, explanation).
 */
@ApplicationModule(
        displayName = "Targets",
        allowedDependencies = {})
package com.hospitalplan.targets;

import org.springframework.modulith.ApplicationModule;
