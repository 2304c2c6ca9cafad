package com.hospitalplan.project;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** 一期, 二期…: a phase of a project, numbered by its position. */
@Entity
class ProjectPhase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;
    private String name;
    private String description;

    protected ProjectPhase() {}

    ProjectPhase(int position, String name, String description) {
        this.position = position;
        this.name = name;
        this.description = description;
    }

    void rename(String name, String description) {
        this.name = name;
        this.description = description;
    }

    int position() {
        return position;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }
}
