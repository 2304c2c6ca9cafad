package com.hospitalplan.plan;

import com.hospitalplan.targets.StoredTarget;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What is due by a year or a date ("2022年6月底前 住院综合大楼建成投用"), with an optional planned cost in 万元. */
@Entity
class Milestone extends GoalLinkedItem {

    private String title;
    private String description;
    private int dueYear;
    private LocalDate dueDate;
    private BigDecimal plannedCost;

    @ElementCollection
    @CollectionTable(name = "milestone_sub_target", joinColumns = @JoinColumn(name = "milestone_id"))
    @OrderColumn(name = "position")
    private List<MilestoneSubTarget> subTargets = new ArrayList<>();

    protected Milestone() {}

    Milestone(Long planId, int position) {
        super(planId, position);
    }

    /** @param reporters how many institutions report the milestone, for reading its sub-targets */
    void describe(PlanCommands.SaveMilestone command, int reporters) {
        MilestoneDefinition definition = command.definition();
        if (!definition.dueDateInDueYear()) {
            throw new IllegalArgumentException("The due date lies outside the due year");
        }
        belongTo(command.goalId());
        this.title = definition.title();
        this.description = definition.description();
        this.dueYear = definition.dueYear();
        this.dueDate = definition.dueDate();
        this.plannedCost = definition.plannedCost();
        this.subTargets.clear();
        command.subTargets().forEach(part -> subTargets.add(MilestoneSubTarget.read(part, dueYear, reporters)));
    }

    MilestoneDefinition definition() {
        return new MilestoneDefinition(title, description, dueYear, dueDate, plannedCost);
    }

    int dueYear() {
        return dueYear;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    BigDecimal plannedCost() {
        return plannedCost;
    }

    List<SubTarget> subTargets() {
        return subTargets.stream().map(MilestoneSubTarget::subTarget).toList();
    }

    /** The sub-targets with what they were understood as when the milestone was saved. */
    List<MilestoneSubTarget> storedSubTargets() {
        return List.copyOf(subTargets);
    }

    /** Keeps a newer reading of the sub-target at {@code position}, once a planner accepts it. */
    void storeSubTargetReading(int position, StoredTarget reading) {
        MilestoneSubTarget part = subTargets.get(position);
        subTargets.set(
                position,
                new MilestoneSubTarget(part.label(), part.targetText(), reading.reading(), reading.parserVersion()));
    }
}
