package com.hospitalplan.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A project as its page and the API show it. */
public record ProjectDetail(
        Long id,
        Long planId,
        String name,
        ProjectKind kind,
        Long institutionId,
        String institutionName,
        Long goalId,
        String location,
        String description,
        long version,
        boolean editable,
        List<Phase> phases,
        List<Specification> specifications,
        AreaPerBed plannedAreaPerBed,
        AreaPerBed actualAreaPerBed,
        List<Stage> stages,
        String currentStage,
        String nextStage,
        VagueDate nextPlanned,
        boolean slipped,
        boolean behindSchedule,
        List<ProjectCommands.Funding> fundingLines,
        InvestmentTable investment) {

    /**
     * The stage the project is in when its latest approved report names one ({@link ProjectSchedule#current(String)}):
     * the later of that and the stage reached by the dates; null when neither says.
     */
    public String currentStageWith(String reported) {
        return new ProjectSchedule(stages.stream()
                        .map(stage -> new ProjectSchedule.Stage(
                                stage.name(),
                                new StageDates(stage.original(), stage.planned(), stage.actual(), stage.moves())))
                        .toList())
                .current(reported)
                .orElse(null);
    }

    public record Phase(int position, String name, String description) {}

    /** A figure; {@code phase} is the position of its phase (null: the whole project), {@code phaseName} its name. */
    public record Specification(
            Measure measure, Integer phase, String phaseName, String unit, BigDecimal planned, BigDecimal actual) {}

    /** A stage of the list with the project's dates of it and the moves of its planned date. */
    public record Stage(
            Long stageId,
            String name,
            VagueDate original,
            VagueDate planned,
            VagueDate actual,
            int moves,
            boolean slipped,
            long daysSlipped,
            boolean overdue,
            List<DateChange> history) {}

    public record DateChange(VagueDate from, VagueDate to, String reason, String changedBy, Instant changedAt) {}
}
