package com.hospitalplan.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
class Region {

    @Id
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private RegionLevel level;

    @Column(name = "parent_code")
    private String parentCode;

    protected Region() {}

    Region(String code, String name, RegionLevel level, String parentCode) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentCode = parentCode;
    }

    /** Renames the region or moves it (the caller made sure no cycle comes of it). */
    void describe(String name, RegionLevel level, String parentCode) {
        this.name = name;
        this.level = level;
        this.parentCode = parentCode;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    RegionLevel level() {
        return level;
    }

    String parentCode() {
        return parentCode;
    }
}
