package com.hospitalplan.levelscale;

import com.hospitalplan.targets.LevelScale;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** A level scale as stored: its key is fixed once created, its name and grades (lowest first) change. */
@Entity
@Table(name = "level_scale")
class Scale {

    @Id
    private String key;

    private String name;

    private int position;

    @ElementCollection
    @CollectionTable(name = "level_scale_grade", joinColumns = @JoinColumn(name = "scale_key"))
    @OrderColumn(name = "position")
    @Column(name = "grade")
    private List<String> grades = new ArrayList<>();

    /** {@code null} until saved, so that a new scale with its assigned key is inserted, never merged. */
    @Version
    private Long version;

    protected Scale() {}

    Scale(String key, int position, String name, List<String> grades) {
        this.key = key;
        this.position = position;
        describe(name, grades);
    }

    void describe(String name, List<String> grades) {
        this.name = name;
        this.grades.clear();
        this.grades.addAll(grades);
    }

    String key() {
        return key;
    }

    long version() {
        return version == null ? 0 : version;
    }

    LevelScale toLevelScale() {
        return new LevelScale(key, name, grades);
    }

    LevelScaleView view() {
        return new LevelScaleView(key, name, List.copyOf(grades), version());
    }
}
