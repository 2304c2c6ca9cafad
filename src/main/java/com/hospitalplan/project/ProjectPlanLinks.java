package com.hospitalplan.project;

import com.hospitalplan.plan.LinkedProject;
import com.hospitalplan.plan.PlanProjects;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's projects for the plan: the choice on the indicator form, and each project's stage dates for the judgement
 * of a target naming one of its stages. No access check: the plan's own rules decide who sees the plan.
 */
@Component
@Transactional(readOnly = true)
class ProjectPlanLinks implements PlanProjects {

    private final ConstructionProjectRepository projects;
    private final ProjectStageRepository stages;

    ProjectPlanLinks(ConstructionProjectRepository projects, ProjectStageRepository stages) {
        this.projects = projects;
        this.stages = stages;
    }

    @Override
    public List<ProjectChoice> choices(Long planId) {
        return projects.findByPlanIdOrderByIdAsc(planId).stream()
                .map(p -> new ProjectChoice(p.id(), p.name()))
                .toList();
    }

    @Override
    public Map<Long, LinkedProject> schedules(Long planId) {
        List<ProjectStage> list = stages.findAllByOrderByPositionAsc();
        Map<Long, LinkedProject> schedules = new LinkedHashMap<>();
        for (ConstructionProject project : projects.findByPlanIdOrderByIdAsc(planId)) {
            Map<Long, ProjectStageDate> byStage = project.stageDates().stream()
                    .collect(Collectors.toMap(ProjectStageDate::stageId, Function.identity()));
            List<LinkedProject.StageFact> facts = list.stream()
                    .map(stage -> fact(
                            stage,
                            byStage.containsKey(stage.id())
                                    ? byStage.get(stage.id()).dates()
                                    : new StageDates(null, null, null, 0)))
                    .toList();
            schedules.put(project.id(), new LinkedProject(project.id(), project.name(), facts, null));
        }
        return schedules;
    }

    @Override
    public Optional<LocalDate> latestDay(String wording, int contextYear) {
        return VagueDateReader.read(wording, contextYear).map(VagueDate::latest);
    }

    private static LinkedProject.StageFact fact(ProjectStage stage, StageDates dates) {
        return new LinkedProject.StageFact(
                stage.name(),
                stage.position(),
                text(dates.original()),
                dates.original() == null ? null : dates.original().latest(),
                text(dates.planned()),
                dates.planned() == null ? null : dates.planned().latest(),
                text(dates.actual()),
                dates.actual() == null ? null : dates.actual().latest());
    }

    private static String text(VagueDate date) {
        return date == null ? null : date.text();
    }
}
