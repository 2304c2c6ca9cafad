package com.hospitalplan.project;

import com.hospitalplan.report.ReportBriefs;
import com.hospitalplan.report.ReportSection;
import com.hospitalplan.report.ReportStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 建设项目进度 section of a report: for each project of the report's plan whose institution is the reporting unit,
 * investment completed and funds arrived in the period, 形象进度, current stage and problems, saved with the report
 * (the report module decides who may write it and when).
 */
@Component
@Transactional
class ProjectProgressSection implements ReportSection {

    private final ConstructionProjectRepository projects;
    private final ProjectProgressRepository progress;
    private final ProjectStageRepository stages;
    private final ReportBriefs briefs;
    private final MessageSource messages;
    private final Clock clock;

    ProjectProgressSection(
            ConstructionProjectRepository projects,
            ProjectProgressRepository progress,
            ProjectStageRepository stages,
            ReportBriefs briefs,
            MessageSource messages,
            Clock clock) {
        this.projects = projects;
        this.progress = progress;
        this.stages = stages;
        this.briefs = briefs;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String template() {
        return "projects/progress";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Object> content(Subject report, Typed typed, Locale locale) {
        List<ConstructionProject> mine = projectsOf(report);
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, String> stageNames = stageNames();
        List<ProjectProgressView.FormRow> rows = new ArrayList<>();
        for (ConstructionProject project : mine) {
            ProjectProgress.ProgressFigures stored = stored(project.id(), report.reportId());
            ProjectProgress.ProgressFigures shown = stored;
            Map<String, String> entered = new HashMap<>();
            if (typed != null && report.editable() && ProgressInput.sent(project.id(), typed.sent())) {
                for (String field : ProgressInput.FIELDS) {
                    entered.put(field, typed.sent().get(ProgressInput.param(project.id(), field)));
                }
                shown = ProgressInput.read(project.id(), typed.sent(), stageNames.keySet())
                        .figures();
            } else {
                entered.putAll(asText(stored));
            }
            rows.add(row(project, report, shown, entered, stageNames));
        }
        return Optional.of(new ProjectProgressView.Section(
                report.periodId(),
                rows,
                stages.findAllByOrderByPositionAsc().stream()
                        .map(s -> new ProjectService.StageChoice(s.id(), s.name(), s.position()))
                        .toList(),
                typed == null ? Map.of() : typed.problems()));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> check(Subject report, Map<String, String> sent) {
        Map<String, String> problems = new HashMap<>();
        var stageIds = stageNames().keySet();
        for (ConstructionProject project : projectsOf(report)) {
            if (ProgressInput.sent(project.id(), sent)) {
                problems.putAll(ProgressInput.read(project.id(), sent, stageIds).problems());
            }
        }
        return problems;
    }

    @Override
    public List<Change> save(Subject report, Map<String, String> sent) {
        Map<Long, String> stageNames = stageNames();
        List<Change> changes = new ArrayList<>();
        for (ConstructionProject project : projectsOf(report)) {
            if (!ProgressInput.sent(project.id(), sent)) {
                continue;
            }
            ProjectProgress.ProgressFigures figures =
                    ProgressInput.read(project.id(), sent, stageNames.keySet()).figures();
            ProjectProgress row = progress.findByProjectIdAndReportId(project.id(), report.reportId())
                    .orElseGet(() -> new ProjectProgress(project.id(), report.reportId()));
            ProjectProgress.ProgressFigures before = row.figures();
            if (row.enter(figures, clock.instant())) {
                progress.save(row);
                changes.add(new Change(
                        messages.getMessage("project.progress.title", null, Locale.SIMPLIFIED_CHINESE) + " · "
                                + project.name(),
                        describe(before, stageNames),
                        describe(figures, stageNames)));
            }
        }
        return changes;
    }

    private ProjectProgressView.FormRow row(
            ConstructionProject project,
            Subject report,
            ProjectProgress.ProgressFigures shown,
            Map<String, String> entered,
            Map<Long, String> stageNames) {
        InvestmentTable.Total planned = ProjectViews.investment(project).total();
        List<ProgressRates.Entry<Long>> entries = new ArrayList<>(approvedBefore(project.id(), report));
        BigDecimal investmentBefore = null;
        BigDecimal fundsBefore = null;
        for (ProgressRates.Entry<Long> entry : entries) {
            investmentBefore = ProgressRates.plus(investmentBefore, entry.investment());
            fundsBefore = ProgressRates.plus(fundsBefore, entry.funds());
        }
        entries.add(new ProgressRates.Entry<>(report.reportId(), false, shown.investment(), shown.funds()));
        List<ProgressRates.Line<Long>> lines = ProgressRates.ledger(entries, planned);
        return new ProjectProgressView.FormRow(
                project.id(),
                project.name(),
                planned,
                entered,
                stageNames.get(shown.stageId()),
                investmentBefore,
                fundsBefore,
                lines.get(lines.size() - 1),
                shown.worksPercent());
    }

    /** The approved periods of the project that end before this report's period, in order. */
    private List<ProgressRates.Entry<Long>> approvedBefore(Long projectId, Subject report) {
        List<ProjectProgress> rows = progress.findByProjectId(projectId);
        List<Long> ids =
                new ArrayList<>(rows.stream().map(ProjectProgress::reportId).toList());
        ids.add(report.reportId());
        Map<Long, ReportBriefs.Brief> byId = briefs.of(ids);
        ReportBriefs.Brief current = byId.get(report.reportId());
        return rows.stream()
                .filter(row -> !row.reportId().equals(report.reportId()))
                .filter(row -> byId.containsKey(row.reportId()))
                .filter(row -> byId.get(row.reportId()).status() == ReportStatus.APPROVED)
                .filter(row -> current == null
                        || byId.get(row.reportId())
                                .period()
                                .endsOn()
                                .isBefore(current.period().endsOn()))
                .sorted(java.util.Comparator.comparing(
                        row -> byId.get(row.reportId()).period().endsOn()))
                .map(row -> new ProgressRates.Entry<>(
                        row.reportId(),
                        true,
                        row.figures().investment(),
                        row.figures().funds()))
                .toList();
    }

    private List<ConstructionProject> projectsOf(Subject report) {
        return projects.findByPlanIdAndInstitutionIdOrderByIdAsc(report.planId(), report.organizationId());
    }

    private ProjectProgress.ProgressFigures stored(Long projectId, Long reportId) {
        return progress.findByProjectIdAndReportId(projectId, reportId)
                .map(ProjectProgress::figures)
                .orElse(ProjectProgress.ProgressFigures.NONE);
    }

    private Map<Long, String> stageNames() {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        stages.findAllByOrderByPositionAsc().forEach(stage -> names.put(stage.id(), stage.name()));
        return names;
    }

    private static Map<String, String> asText(ProjectProgress.ProgressFigures figures) {
        Map<String, String> text = new HashMap<>();
        text.put("investment", plain(figures.investment()));
        text.put("funds", plain(figures.funds()));
        text.put("percent", plain(figures.worksPercent()));
        text.put("stage", figures.stageId() == null ? null : figures.stageId().toString());
        text.put("problems", figures.problems());
        return text;
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    /** The figures in one line for the report's history (its values are kept in the default language). */
    private String describe(ProjectProgress.ProgressFigures figures, Map<Long, String> stageNames) {
        if (figures.equals(ProjectProgress.ProgressFigures.NONE)) {
            return null;
        }
        Object[] args = {
            orDash(plain(figures.investment())),
            orDash(plain(figures.funds())),
            orDash(plain(figures.worksPercent())),
            orDash(stageNames.get(figures.stageId())),
            orDash(figures.problems())
        };
        return messages.getMessage("project.progress.history", args, Locale.SIMPLIFIED_CHINESE);
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }
}
