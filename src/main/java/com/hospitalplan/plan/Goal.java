package com.hospitalplan.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A chapter, goal area, task or sub-task of a plan; {@code parentId} builds the tree. */
@Entity
class Goal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    Long id() {
        return id;
    }

    Long planId() {
        return planId;
    }

    Long parentId() {
        return parentId;
    }

    int position() {
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

    long version() {
        return version;
    }
}
