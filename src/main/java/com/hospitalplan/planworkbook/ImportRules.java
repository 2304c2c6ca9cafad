package com.hospitalplan.planworkbook;

import com.hospitalplan.plan.PlanStatus;
import java.util.Set;

/**
 * What the importing user may do with a workbook, besides what the format demands.
 *
 * @param owners the organisations (by full name) the user may import a plan for; empty means any (administrators)
 * @param statuses the statuses the imported plan may have (a draft being replaced only moves forward)
 */
public record ImportRules(Directory directory, Set<String> owners, Set<PlanStatus> statuses) {

    public ImportRules {
        owners = Set.copyOf(owners);
        statuses = Set.copyOf(statuses);
    }

    /** A new plan: any status but closed. */
    public static ImportRules newPlan(Directory directory, Set<String> owners) {
        return new ImportRules(
                directory, owners, Set.of(PlanStatus.DRAFT, PlanStatus.DRAFT_FOR_COMMENTS, PlanStatus.PUBLISHED));
    }
}
