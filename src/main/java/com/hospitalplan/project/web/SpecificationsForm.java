package com.hospitalplan.project.web;

import com.hospitalplan.project.Measure;
import com.hospitalplan.project.ProjectCommands;
import com.hospitalplan.project.ProjectDetail;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A project's figures: one row per measure for the whole project, the rows of its phases' figures, and two blank
 * rows; a row with neither planned nor actual value is dropped.
 */
public class SpecificationsForm {

    private long version;

    @Valid
    private List<Row> rows = new ArrayList<>();

    /** A figure as typed. */
    public static class Row {

        private Measure measure;
        private Integer phase;
        private String unit;

        @DecimalMin(value = "0", message = "{project.form.negative}")
        @Digits(integer = 12, fraction = 2, message = "{project.form.digits}")
        private BigDecimal planned;

        @DecimalMin(value = "0", message = "{project.form.negative}")
        @Digits(integer = 12, fraction = 2, message = "{project.form.digits}")
        private BigDecimal actual;

        public Row() {}

        Row(Measure measure, Integer phase, String unit, BigDecimal planned, BigDecimal actual) {
            this.measure = measure;
            this.phase = phase;
            this.unit = unit;
            this.planned = planned;
            this.actual = actual;
        }

        boolean blank() {
            return planned == null && actual == null;
        }

        public Measure getMeasure() {
            return measure;
        }

        public void setMeasure(Measure measure) {
            this.measure = measure;
        }

        public Integer getPhase() {
            return phase;
        }

        public void setPhase(Integer phase) {
            this.phase = phase;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public BigDecimal getPlanned() {
            return planned;
        }

        public void setPlanned(BigDecimal planned) {
            this.planned = planned;
        }

        public BigDecimal getActual() {
            return actual;
        }

        public void setActual(BigDecimal actual) {
            this.actual = actual;
        }
    }

    static SpecificationsForm of(ProjectDetail project) {
        SpecificationsForm form = new SpecificationsForm();
        form.version = project.version();
        for (Measure measure : Measure.values()) {
            ProjectDetail.Specification stated = project.specifications().stream()
                    .filter(s -> s.measure() == measure && s.phase() == null)
                    .findFirst()
                    .orElse(null);
            form.rows.add(
                    stated == null
                            ? new Row(measure, null, measure.units().get(0), null, null)
                            : new Row(measure, null, stated.unit(), stated.planned(), stated.actual()));
        }
        project.specifications().stream()
                .filter(s -> s.phase() != null)
                .forEach(s -> form.rows.add(new Row(s.measure(), s.phase(), s.unit(), s.planned(), s.actual())));
        form.rows.add(new Row());
        form.rows.add(new Row());
        return form;
    }

    /** The first problem of a row that has values, as {field, message key}, or null. */
    String[] problem() {
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String at = "rows[" + i + "].";
            if (row.measure == null) {
                return new String[] {at + "measure", "project.form.measureRequired"};
            }
            if (row.unit == null || !row.measure.allows(row.unit)) {
                return new String[] {at + "unit", "project.form.unitNotAllowed"};
            }
            for (int j = 0; j < i; j++) {
                Row earlier = rows.get(j);
                if (!earlier.blank() && earlier.measure == row.measure && Objects.equals(earlier.phase, row.phase)) {
                    return new String[] {at + "measure", "project.form.figureTwice"};
                }
            }
        }
        return null;
    }

    List<ProjectCommands.Figure> figures() {
        return rows.stream()
                .filter(row -> !row.blank())
                .map(row -> new ProjectCommands.Figure(row.measure, row.phase, row.unit, row.planned, row.actual))
                .toList();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }
}
