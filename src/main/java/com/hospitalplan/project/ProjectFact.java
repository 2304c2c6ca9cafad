package com.hospitalplan.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the dashboards know of a project: who builds it, its size, its schedule, its planned investment and the
 * periods its unit reported (approved or pending review; drafts and returned reports are left out), oldest first.
 *
 * @param institutionId the institution building it (建设单位); null: the plan's owner
 * @param specification the figures of the whole project (no phase)
 */
public record ProjectFact(
        Long id,
        Long planId,
        String name,
        ProjectKind kind,
        Long institutionId,
        List<ProjectCommands.Figure> specification,
        ProjectSchedule schedule,
        InvestmentTable investment,
        List<ReportedPeriod> periods) {

    public ProjectFact {
        specification = List.copyOf(specification);
        periods = List.copyOf(periods);
    }

    /**
     * A period's progress as the unit reported it.
     *
     * @param approved approved (official); otherwise submitted and pending review
     */
    public record ReportedPeriod(
            Long reportId,
            boolean approved,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal investment,
            BigDecimal funds,
            BigDecimal worksPercent,
            String stageName,
            String problems) {}
}
