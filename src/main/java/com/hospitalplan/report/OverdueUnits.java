package com.hospitalplan.report;

import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.PlanSummary;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For planners: the open periods of the plans they maintain that are past due, and who has still not submitted. */
@Service
@Transactional(readOnly = true)
public class OverdueUnits {

    /**
     * An open period past its due date.
     *
     * @param units how many of the plan's reporting units have still not submitted in it
     */
    public record OverduePeriod(Long planId, String planTitle, ReportViews.PeriodView period, int units) {}

    private final ReportingPeriodRepository periods;
    private final ReportRepository reports;
    private final ReportLookup lookup;
    private final PlanService plans;
    private final Clock clock;

    OverdueUnits(
            ReportingPeriodRepository periods,
            ReportRepository reports,
            ReportLookup lookup,
            PlanService plans,
            Clock clock) {
        this.periods = periods;
        this.reports = reports;
        this.lookup = lookup;
        this.plans = plans;
        this.clock = clock;
    }

    /** The overdue periods of the plans the user may change, newest first; none for anyone but a planner. */
    public List<OverduePeriod> of(SignedInUser user) {
        if (user.role() != Role.PLANNER) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<OverduePeriod> result = new ArrayList<>();
        for (PlanSummary plan : plans.visiblePlans(user)) {
            if (!plans.mayChange(plan.id(), user)) {
                continue;
            }
            List<ReportingPeriod> late = periods.findByPlanIdOrderByStartsOnDesc(plan.id()).stream()
                    .filter(p -> p.status() == PeriodStatus.OPEN && p.isOverdueOn(today))
                    .toList();
            if (late.isEmpty()) {
                continue;
            }
            ReportingScope scope = plans.reportingScope(plan.id());
            // who is no longer pending (submitted or approved: the statuses the dashboards count), as ids: every
            // unit's reports of the late periods as entities were thousands per planner's count at province scale
            Map<Long, List<Long>> reportedByPeriod = reports
                    .findByPeriodIdInAndStatusIn(
                            late.stream().map(ReportingPeriod::id).toList(), Report.COUNTED)
                    .stream()
                    .collect(Collectors.groupingBy(
                            ReportRepository.PeriodUnit::getPeriodId,
                            Collectors.mapping(ReportRepository.PeriodUnit::getOrganizationId, Collectors.toList())));
            for (ReportingPeriod period : late) {
                Set<Long> pending = new HashSet<>(scope.reportingUnits());
                pending.removeAll(reportedByPeriod.getOrDefault(period.id(), List.of()));
                if (!pending.isEmpty()) {
                    result.add(new OverduePeriod(plan.id(), scope.planTitle(), lookup.view(period), pending.size()));
                }
            }
        }
        return result;
    }
}
