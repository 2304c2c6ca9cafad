package com.hospitalplan.project;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** A figure of a project or of one of its phases: planned and, once built, actual, in a unit of its measure. */
@Entity
class ProjectSpecification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Measure measure;

    private Integer phasePosition;
    private String unit;
    private BigDecimal planned;
    private BigDecimal actual;

    protected ProjectSpecification() {}

    ProjectSpecification(ProjectCommands.Figure figure) {
        this.measure = figure.measure();
        this.phasePosition = figure.phase();
        this.unit = figure.unit();
        this.planned = figure.planned();
        this.actual = figure.actual();
    }

    Integer phase() {
        return phasePosition;
    }

    boolean sameKey(ProjectCommands.Figure figure) {
        return measure == figure.measure() && java.util.Objects.equals(phasePosition, figure.phase());
    }

    void change(ProjectCommands.Figure figure) {
        this.unit = figure.unit();
        this.planned = figure.planned();
        this.actual = figure.actual();
    }

    ProjectCommands.Figure figure() {
        return new ProjectCommands.Figure(measure, phasePosition, unit, planned, actual);
    }
}
