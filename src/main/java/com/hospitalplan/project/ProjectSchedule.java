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

    /** The first stage after the current one that has a planned date and is not reached. */
    public Optional<Stage> next() {
        int from = current().map(stages::indexOf).orElse(-1) + 1;
        return stages.subList(from, stages.size()).stream()
                .filter(stage -> !stage.dates().reached() && stage.dates().planned() != null)
                .findFirst();
    }
}
