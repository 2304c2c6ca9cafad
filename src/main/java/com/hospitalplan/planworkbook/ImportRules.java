package com.hospitalplan.planworkbook;

import com.hospitalplan.plan.PlanStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the importing user may do with a workbook, besides what the format demands.
 *
 * @param owners the organisations (by full name) the user may import a plan for; empty means any (administrators)
 * @param statuses the statuses the imported plan may have (a draft being replaced only moves forward)
 * @param levelScales the registered level scales' names by key, in the order offered
 */
public record ImportRules(
        Directory directory, Set<String> owners, Set<PlanStatus> statuses, Map<String, String> levelScales) {

    public ImportRules {
        owners = Set.copyOf(owners);
        statuses = Set.copyOf(statuses);
        levelScales = Collections.unmodifiableMap(new LinkedHashMap<>(levelScales));
    }

    /** A new plan: any status but closed. */
    public static ImportRules newPlan(Directory directory, Set<String> owners, Map<String, String> levelScales) {
        return new ImportRules(
                directory,
                owners,
                Set.of(PlanStatus.DRAFT, PlanStatus.DRAFT_FOR_COMMENTS, PlanStatus.PUBLISHED),
                levelScales);
    }
}
