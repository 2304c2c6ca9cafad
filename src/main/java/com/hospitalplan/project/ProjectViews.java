package com.hospitalplan.project;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds the views of projects: the plan's list and a project's page, with what the rules say about them. */
@Component
class ProjectViews {

    private final ProjectStageRepository stages;
    private final OrganizationService organizations;
    private final Clock clock;

    ProjectViews(ProjectStageRepository stages, OrganizationService organizations, Clock clock) {
        this.stages = stages;
        this.organizations = organizations;
        this.clock = clock;
    }

    List<ProjectSummary> summaries(Collection<ConstructionProject> projects) {
        List<ProjectStage> list = stages.findAllByOrderByPositionAsc();
        Map<Long, OrganizationView> institutions = institutions(projects);
        LocalDate today = LocalDate.now(clock);
        return projects.stream()
                .map(project -> {
                    ProjectSchedule schedule = schedule(project, list);
                    InvestmentTable.Total total = investment(project).total();
                    return new ProjectSummary(
                            project.id(),
                            project.name(),
                            project.kind(),
                            nameOf(institutions.get(project.institutionId())),
                            schedule.current().map(ProjectSchedule.Stage::name).orElse(null),
                            schedule.next().map(ProjectSchedule.Stage::name).orElse(null),
                            schedule.next()
                                    .map(stage -> stage.dates().planned())
                                    .orElse(null),
                            schedule.slipped(),
                            schedule.behindSchedule(today),
                            total.amount(),
                            total.complete());
                })
                .toList();
    }

    ProjectDetail detail(ConstructionProject project, boolean editable) {
        List<ProjectStage> list = stages.findAllByOrderByPositionAsc();
        ProjectSchedule schedule = schedule(project, list);
        LocalDate today = LocalDate.now(clock);
        Map<Long, ProjectStageDate> byStage = byStage(project);
        List<ProjectDetail.Stage> stageViews = new ArrayList<>();
        for (ProjectStage stage : list) {
            ProjectStageDate date = byStage.get(stage.id());
            StageDates dates = date == null ? new StageDates(null, null, null, 0) : date.dates();
            stageViews.add(new ProjectDetail.Stage(
                    stage.id(),
                    stage.name(),
                    dates.original(),
                    dates.planned(),
                    dates.actual(),
                    dates.moves(),
                    dates.slipped(),
                    dates.daysSlipped(),
                    dates.overdue(today),
                    date == null ? List.of() : date.history()));
        }
        List<ProjectPhase> phases = project.phases();
        List<ProjectCommands.Figure> figures = project.figures();
        return new ProjectDetail(
                project.id(),
                project.planId(),
                project.name(),
                project.kind(),
                project.institutionId(),
                nameOf(institutions(List.of(project)).get(project.institutionId())),
                project.goalId(),
                project.location(),
                project.description(),
                project.version(),
                editable,
                phases.stream()
                        .map(p -> new ProjectDetail.Phase(p.position(), p.name(), p.description()))
                        .toList(),
                figures.stream()
                        .map(f -> new ProjectDetail.Specification(
                                f.measure(),
                                f.phase(),
                                phaseName(phases, f.phase()),
                                f.unit(),
                                f.planned(),
                                f.actual()))
                        .toList(),
                areaPerBed(figures, ProjectCommands.Figure::planned),
                areaPerBed(figures, ProjectCommands.Figure::actual),
                stageViews,
                schedule.current().map(ProjectSchedule.Stage::name).orElse(null),
                schedule.next().map(ProjectSchedule.Stage::name).orElse(null),
                schedule.next().map(stage -> stage.dates().planned()).orElse(null),
                schedule.slipped(),
                schedule.behindSchedule(today),
                project.fundingLines(),
                investment(project));
    }

    /** 床均建筑面积 of the whole project: stated, or area ÷ beds (marked derived). */
    private static AreaPerBed areaPerBed(
            List<ProjectCommands.Figure> figures, Function<ProjectCommands.Figure, BigDecimal> value) {
        ProjectCommands.Figure area = whole(figures, Measure.GROSS_FLOOR_AREA);
        ProjectCommands.Figure beds = whole(figures, Measure.BEDS);
        ProjectCommands.Figure stated = whole(figures, Measure.AREA_PER_BED);
        return AreaPerBed.of(
                stated == null ? null : value.apply(stated),
                area == null ? null : Measure.GROSS_FLOOR_AREA.inBaseUnit(value.apply(area), area.unit()),
                beds == null ? null : value.apply(beds));
    }

    private static ProjectCommands.Figure whole(List<ProjectCommands.Figure> figures, Measure measure) {
        return figures.stream()
                .filter(f -> f.measure() == measure && f.phase() == null)
                .findFirst()
                .orElse(null);
    }

    private static String phaseName(List<ProjectPhase> phases, Integer position) {
        return position == null
                ? null
                : phases.stream()
                        .filter(p -> p.position() == position)
                        .map(ProjectPhase::name)
                        .findFirst()
                        .orElse(null);
    }

    static ProjectSchedule schedule(ConstructionProject project, List<ProjectStage> list) {
        Map<Long, ProjectStageDate> byStage = byStage(project);
        return new ProjectSchedule(list.stream()
                .map(stage -> new ProjectSchedule.Stage(
                        stage.name(),
                        byStage.containsKey(stage.id())
                                ? byStage.get(stage.id()).dates()
                                : new StageDates(null, null, null, 0)))
                .toList());
    }

    private static Map<Long, ProjectStageDate> byStage(ConstructionProject project) {
        return project.stageDates().stream().collect(Collectors.toMap(ProjectStageDate::stageId, Function.identity()));
    }

    static InvestmentTable investment(ConstructionProject project) {
        return InvestmentTable.of(project.fundingLines().stream()
                .map(line -> new InvestmentTable.Line(line.source(), line.year(), line.amount()))
                .toList());
    }

    private Map<Long, OrganizationView> institutions(Collection<ConstructionProject> projects) {
        return organizations.findAll(projects.stream()
                .map(ConstructionProject::institutionId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    private static String nameOf(OrganizationView organization) {
        return organization == null ? null : organization.fullName();
    }
}
