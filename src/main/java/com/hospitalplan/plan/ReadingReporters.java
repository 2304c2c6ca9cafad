package com.hospitalplan.plan;

import com.hospitalplan.organization.OrganizationService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * How many institutions report an indicator or a milestone, as a target's wording is read with it ("全部达到" is a
 * share of a set only when several do): an indicator's responsible units, else the plan's covered institutions, else
 * its owner; a milestone's goal's responsible units, else the plan's owner — as {@link PlanService#reportingScope}
 * assigns them, counted by {@link ReportingInstitutions}.
 */
@Component
class ReadingReporters {

    private final ResponsibilityRepository responsibilities;
    private final OrganizationService organizations;

    ReadingReporters(ResponsibilityRepository responsibilities, OrganizationService organizations) {
        this.responsibilities = responsibilities;
        this.organizations = organizations;
    }

    /** @param units the indicator's responsible units, empty when it names none */
    int ofIndicator(List<Long> units, List<Long> planReporters) {
        return count(units.isEmpty() ? planReporters : units);
    }

    int ofMilestone(Long goalId, Long ownerOrganizationId) {
        List<Long> units = goalId == null
                ? List.of()
                : responsibilities.findByGoalIdInOrderByPositionAsc(List.of(goalId)).stream()
                        .map(Responsibility::organizationId)
                        .toList();
        return count(units.isEmpty() ? List.of(ownerOrganizationId) : units);
    }

    private int count(List<Long> organizationIds) {
        return ReportingInstitutions.count(
                organizations.findAll(organizationIds).values());
    }
}
