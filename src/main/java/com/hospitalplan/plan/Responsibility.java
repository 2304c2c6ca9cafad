package com.hospitalplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A unit responsible for a goal or an indicator; one of them may lead (牵头), the others co-operate (配合). */
@Entity
class Responsibility {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long goalId;
    private Long indicatorId;
    private Long organizationId;

    @Column(name = "is_leading")
    private boolean leading;

    private int position;

    protected Responsibility() {}

    private Responsibility(Long goalId, Long indicatorId, Long organizationId, boolean leading, int position) {
        this.goalId = goalId;
        this.indicatorId = indicatorId;
        this.organizationId = organizationId;
        this.leading = leading;
        this.position = position;
    }

    static Responsibility forGoal(Long goalId, Long organizationId, boolean leading, int position) {
        return new Responsibility(goalId, null, organizationId, leading, position);
    }

    static Responsibility forIndicator(Long indicatorId, Long organizationId, boolean leading, int position) {
        return new Responsibility(null, indicatorId, organizationId, leading, position);
    }

    Long goalId() {
        return goalId;
    }

    Long indicatorId() {
        return indicatorId;
    }

    Long organizationId() {
        return organizationId;
    }

    boolean leading() {
        return leading;
    }

    int position() {
        return position;
    }
}
