/**
 * Construction projects (建设项目) of a plan: kind, institution, location, phases, specifications (planned and actual
 * figures with units), stages on one ordered list with their original, current and actual dates (every move kept
 * with its reason), and investment by funding source and year. Who may read or change a project is decided by the
 * plan's rule ({@link com.hospitalplan.plan.PlanService#mayRead}, {@link com.hospitalplan.plan.PlanService#mayChange}).
 */
@ApplicationModule(
        displayName = "Construction projects",
        allowedDependencies = {
            "cluster",
            "config",
            "judgement",
            "levelscale",
            "organization",
            "plan",
            "planworkbook",
            "report",
            "shared",
            "targets",
            "user"
        })
package com.hospitalplan.project;

import org.springframework.modulith.ApplicationModule;
