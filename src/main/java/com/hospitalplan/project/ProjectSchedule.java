package com.hospitalplan.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A project's stages in the order of the stage list, and what they say about the project as a whole. Plain Java.
 *
 * @param stages every stage of the list, with its dates (a stage without dates has all three null)
 */
public record ProjectSchedule(List<Stage> stages) {

    /** A stage of the list with the project's dates of it. */
    public record Stage(String name, StageDates dates) {}

    /** The seeded stage a project is in use at (计划投用时间 is its planned date). */
    static final String IN_USE = "投入使用";

    public ProjectSchedule {
        stages = List.copyOf(stages);
    }

    /** Behind schedule: some stage's planned date has passed without that stage reached. */
    public boolean behindSchedule(LocalDate today) {
        return stages.stream().anyMatch(stage -> stage.dates().overdue(today));
    }

    /** Some stage is planned later than it was first planned. */
    public boolean slipped() {
        return stages.stream().anyMatch(stage -> stage.dates().slipped());
    }

    /** The stage the project is in: the last one of the list that it has reached. */
    public Optional<Stage> current() {
        Stage reached = null;
        for (Stage stage : stages) {
            if (stage.dates().reached()) {
                reached = stage;
            }
        }
        return Optional.ofNullable(reached);
    }

    /**
     * The stage the project is in when its unit's report names one too: the later of the two on the list (a report
     * saying 主体封顶 moves it on before the planners enter the date; a stage reached later than the report says stays).
     */
    public Optional<String> current(String reported) {
        Optional<Stage> reached = current();
        int reportedAt = indexOf(reported);
        if (reportedAt < 0
                || reached.map(stage -> stages.indexOf(stage) >= reportedAt).orElse(false)) {
            return reached.map(Stage::name);
        }
        return Optional.of(stages.get(reportedAt).name());
    }

    /** The largest slip of any stage, in days (0: none slipped). */
    public long daysSlipped() {
        return stages.stream()
                .mapToLong(stage -> stage.dates().daysSlipped())
                .max()
                .orElse(0);
    }

    /** How many times planned dates were moved, over all stages. */
    public int moves() {
        return stages.stream().mapToInt(stage -> stage.dates().moves()).sum();
    }

    /** The date planned now for the stage 投入使用 (else the last stage of the list); null when not planned. */
    public VagueDate plannedInUse() {
        int at = indexOf(IN_USE);
        Stage stage = at >= 0 ? stages.get(at) : stages.isEmpty() ? null : stages.get(stages.size() - 1);
        return stage == null ? null : stage.dates().planned();
    }

    private int indexOf(String name) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The first stage after the current one that has a planned date and is not reached. */
    public Optional<Stage> next() {
        int from = current().map(stages::indexOf).orElse(-1) + 1;
        return stages.subList(from, stages.size()).stream()
                .filter(stage -> !stage.dates().reached() && stage.dates().planned() != null)
                .findFirst();
    }
}
