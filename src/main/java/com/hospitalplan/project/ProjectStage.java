package com.hospitalplan.project;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A stage on the one ordered list every project follows (项目建议书/可研批复 … 投入使用). */
@Entity
class ProjectStage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private int position;

    protected ProjectStage() {}

    ProjectStage(String name, int position) {
        this.name = name;
        this.position = position;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    int position() {
        return position;
    }
}
