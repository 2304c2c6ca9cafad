package com.hospitalplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.SQLDelete;
import org.hibernate.jdbc.Expectation;

/**
 * A chapter, goal area, task or sub-task of a plan; {@code parentId} builds the tree. Removing a goal removes the goals
 * below it in the database too (on delete cascade), so a delete that finds its row already gone is no conflict.
 */
@Entity
@SQLDelete(sql = "delete from goal where id = ? and version = ?", verify = Expectation.None.class)
class Goal implements PlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;

    private Long parentId;
    private int position;
    private String number;
    private String title;
    private String description;

    @Version
    private long version;

    protected Goal() {}

    Goal(Long planId, Long parentId, int position) {
        this.planId = planId;
        this.parentId = parentId;
        this.position = position;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void describe(String number, String title, String description) {
        this.number = number;
        this.title = title;
        this.description = description;
    }

    @Override
    public Long id() {
        return id;
    }

    Long planId() {
        return planId;
    }

    Long parentId() {
        return parentId;
    }

    @Override
    public int position() {
        return position;
    }

    String number() {
        return number;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    @Override
    public long version() {
        return version;
    }
}
