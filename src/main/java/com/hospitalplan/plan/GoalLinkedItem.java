package com.hospitalplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** An indicator, milestone or budget line: an item of a plan, in its place, that may belong to one of its goals. */
@MappedSuperclass
abstract class GoalLinkedItem implements PlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;

    private Long goalId;
    private int position;

    @Version
    private long version;

    protected GoalLinkedItem() {}

    GoalLinkedItem(Long planId, int position) {
        this.planId = planId;
        this.position = position;
    }

    /** @param goalId the goal of the plan the item belongs to, or {@code null} */
    void belongTo(Long goalId) {
        this.goalId = goalId;
    }

    /** The item no longer belongs to a goal: its goal was removed. */
    void leaveGoal() {
        goalId = null;
    }

    @Override
    public Long id() {
        return id;
    }

    Long planId() {
        return planId;
    }

    Long goalId() {
        return goalId;
    }

    @Override
    public int position() {
        return position;
    }

    @Override
    public long version() {
        return version;
    }
}
