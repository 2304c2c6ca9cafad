package com.hospitalplan.project;

import com.hospitalplan.report.ReportBriefs;
import com.hospitalplan.report.ReportStatus;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projects of plans as the dashboards read them ({@link ProjectFact}). Reading them is the caller's rule: the
 * dashboards show only the projects of institutions whose reports the user may read. Plans without projects are told
 * from memory ({@link PlansWithProjects}), without a transaction or a query.
 */
@Service
public class ProjectFacts {

    private final ConstructionProjectRepository projects;
    private final ProjectProgressRepository progress;
    private final ProjectStageRepository stages;
    private final ReportBriefs briefs;
    private final PlansWithProjects plansWithProjects;
    private final TransactionTemplate readOnly;

    ProjectFacts(
            ConstructionProjectRepository projects,
            ProjectProgressRepository progress,
            ProjectStageRepository stages,
            ReportBriefs briefs,
            PlansWithProjects plansWithProjects,
            PlatformTransactionManager transactions) {
        this.projects = projects;
        this.progress = progress;
        this.stages = stages;
        this.briefs = briefs;
        this.plansWithProjects = plansWithProjects;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Every project of the plan, in the order they were entered. */
    public List<ProjectFact> ofPlan(Long planId) {
        if (!plansWithProjects.mayHaveProjects(planId)) {
            return List.of();
        }
        // a query Hibernate keeps translated, unlike one with a list parameter, whose translation to SQL was a fifth of
        // a plan dashboard's CPU
        return readOnly.execute(status -> facts(projects.findByPlanIdOrderByIdAsc(planId)));
    }

    /** The institution's projects in the plans, in the order they were entered. */
    public List<ProjectFact> ofInstitution(Collection<Long> planIds, Long institutionId) {
        List<Long> withProjects =
                planIds.stream().filter(plansWithProjects::mayHaveProjects).toList();
        return withProjects.isEmpty()
                ? List.of()
                : readOnly.execute(status ->
                        facts(projects.findByPlanIdInAndInstitutionIdOrderByIdAsc(withProjects, institutionId)));
    }

    private List<ProjectFact> facts(List<ConstructionProject> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<ProjectStage> list = stages.findAllByOrderByPositionAsc();
        Map<Long, String> stageNames = new HashMap<>();
        list.forEach(stage -> stageNames.put(stage.id(), stage.name()));
        Map<Long, List<ProjectProgress>> reported =
                progress
                        .findByProjectIdIn(
                                rows.stream().map(ConstructionProject::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(ProjectProgress::projectId));
        Map<Long, ReportBriefs.Brief> byReport = briefs.of(reported.values().stream()
                .flatMap(List::stream)
                .map(ProjectProgress::reportId)
                .collect(Collectors.toSet()));
        return rows.stream()
                .map(project -> new ProjectFact(
                        project.id(),
                        project.planId(),
                        project.name(),
                        project.kind(),
                        project.institutionId(),
                        project.figures().stream()
                                .filter(figure -> figure.phase() == null)
                                .toList(),
                        ProjectViews.schedule(project, list),
                        ProjectViews.investment(project),
                        periods(reported.getOrDefault(project.id(), List.of()), byReport, stageNames)))
                .toList();
    }

    private static List<ProjectFact.ReportedPeriod> periods(
            List<ProjectProgress> rows, Map<Long, ReportBriefs.Brief> byReport, Map<Long, String> stageNames) {
        return rows.stream()
                .filter(row -> byReport.containsKey(row.reportId()))
                .map(row -> {
                    ReportBriefs.Brief brief = byReport.get(row.reportId());
                    ProjectProgress.ProgressFigures figures = row.figures();
                    return new ProjectFact.ReportedPeriod(
                            row.reportId(),
                            brief.status() == ReportStatus.APPROVED,
                            brief.period().startsOn(),
                            brief.period().endsOn(),
                            figures.investment(),
                            figures.funds(),
                            figures.worksPercent(),
                            stageNames.get(figures.stageId()),
                            figures.problems());
                })
                .filter(period ->
                        period.approved() || byReport.get(period.reportId()).status() == ReportStatus.SUBMITTED)
                .sorted(Comparator.comparing(ProjectFact.ReportedPeriod::endsOn)
                        .thenComparing(ProjectFact.ReportedPeriod::startsOn))
                .toList();
    }
}
