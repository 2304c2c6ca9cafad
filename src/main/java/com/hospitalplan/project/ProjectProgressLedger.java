package com.hospitalplan.project;

import com.hospitalplan.report.ReportBriefs;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportSection;
import com.hospitalplan.report.ReportStatus;
import com.hospitalplan.report.ReportViews;
import com.hospitalplan.user.SignedInUser;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's reported progress per period for its page: approved periods and those pending review (drafts and
 * returned reports are not shown), in the order of the periods, with the cumulative figures and rates
 * ({@link ProgressRates}). Readers of the project's plan read it.
 */
@Service
@Transactional(readOnly = true)
public class ProjectProgressLedger {

    private final ProjectService projects;
    private final ConstructionProjectRepository projectRows;
    private final ProjectProgressRepository progress;
    private final ProjectStageRepository stages;
    private final ReportBriefs briefs;
    private final ReportPages reports;
    private final ProjectProgressSection section;

    ProjectProgressLedger(
            ProjectService projects,
            ConstructionProjectRepository projectRows,
            ProjectProgressRepository progress,
            ProjectStageRepository stages,
            ReportBriefs briefs,
            ReportPages reports,
            ProjectProgressSection section) {
        this.projects = projects;
        this.projectRows = projectRows;
        this.progress = progress;
        this.stages = stages;
        this.briefs = briefs;
        this.reports = reports;
        this.section = section;
    }

    /** The project's reported periods for the API, oldest first; not found for a user who may not read it. */
    public List<ProjectProgressView.ReportedPeriod> periods(Long projectId, SignedInUser user) {
        return of(projectId, user).stream()
                .map(ProjectProgressView.ReportedPeriod::of)
                .toList();
    }

    /**
     * The 建设项目进度 section of a report for the API: every project the reporting unit reports on, with what the
     * report holds; empty when it has none. Whoever may read the report reads it (otherwise not found).
     */
    public List<ProjectProgressView.ReportRow> ofReport(Long reportId, SignedInUser user, Locale locale) {
        ReportViews.ReportPage page = reports.page(reportId, user, locale);
        ReportSection.Subject subject = new ReportSection.Subject(
                page.id(), page.planId(), page.period().id(), page.organizationId(), page.editable());
        return section.content(subject, null, locale)
                .map(content -> ((ProjectProgressView.Section) content)
                        .rows().stream()
                                .map(row -> {
                                    ProjectProgress.ProgressFigures figures = progress.findByProjectIdAndReportId(
                                                    row.projectId(), reportId)
                                            .map(ProjectProgress::figures)
                                            .orElse(ProjectProgress.ProgressFigures.NONE);
                                    return new ProjectProgressView.ReportRow(
                                            row.projectId(),
                                            row.name(),
                                            row.planned(),
                                            figures.investment(),
                                            figures.funds(),
                                            figures.worksPercent(),
                                            ProgressInput.overFull(figures.worksPercent()),
                                            figures.stageId(),
                                            row.stageName(),
                                            figures.problems(),
                                            row.investmentBefore(),
                                            row.fundsBefore(),
                                            row.withThisPeriod().cumulativeInvestment(),
                                            row.withThisPeriod().cumulativeFunds(),
                                            row.withThisPeriod().investmentRate(),
                                            row.withThisPeriod().fundsRate());
                                })
                                .toList())
                .orElse(List.of());
    }

    /** The project's reported periods, oldest first; not found for a user who may not read the project. */
    public List<ProjectProgressView.PeriodRow> of(Long projectId, SignedInUser user) {
        projects.detail(projectId, user);
        ConstructionProject project = projectRows.findById(projectId).orElseThrow();
        List<ProjectProgress> rows = progress.findByProjectId(projectId);
        Map<Long, ReportBriefs.Brief> byId =
                briefs.of(rows.stream().map(ProjectProgress::reportId).toList());
        List<ProjectProgress> shown = rows.stream()
                .filter(row -> byId.containsKey(row.reportId()))
                .filter(row -> byId.get(row.reportId()).status() == ReportStatus.APPROVED
                        || byId.get(row.reportId()).status() == ReportStatus.SUBMITTED)
                .sorted(Comparator.comparing((ProjectProgress row) ->
                                byId.get(row.reportId()).period().endsOn())
                        .thenComparing(row -> byId.get(row.reportId()).period().startsOn()))
                .toList();
        List<ProgressRates.Line<Long>> lines = ProgressRates.ledger(
                shown.stream()
                        .map(row -> new ProgressRates.Entry<>(
                                row.reportId(),
                                byId.get(row.reportId()).status() == ReportStatus.APPROVED,
                                row.figures().investment(),
                                row.figures().funds()))
                        .toList(),
                ProjectViews.investment(project).total());
        Map<Long, String> stageNames = new java.util.HashMap<>();
        stages.findAll().forEach(stage -> stageNames.put(stage.id(), stage.name()));
        return java.util.stream.IntStream.range(0, shown.size())
                .mapToObj(i -> {
                    ProjectProgress row = shown.get(i);
                    ReportBriefs.Brief brief = byId.get(row.reportId());
                    ProjectProgress.ProgressFigures figures = row.figures();
                    return new ProjectProgressView.PeriodRow(
                            brief.period(),
                            brief.status(),
                            figures.investment(),
                            figures.funds(),
                            figures.worksPercent(),
                            stageNames.get(figures.stageId()),
                            figures.problems(),
                            lines.get(i));
                })
                .toList();
    }
}
