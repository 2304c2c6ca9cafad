package com.hospitalplan.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

@Entity
class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganizationKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code")
    private Region region;

    @Column(name = "parent_id")
    private Long parentId;

    @Version
    private long version;

    private String grade;

    protected Organization() {}

    Organization(String name, OrganizationKind kind, Region region, Long parentId, String grade) {
        describe(name, kind, region, parentId, grade);
    }

    void describe(String name, OrganizationKind kind, Region region, Long parentId, String grade) {
        if (kind == OrganizationKind.DEPARTMENT && parentId == null) {
            throw new IllegalArgumentException("A department belongs to an institution");
        }
        this.name = name;
        this.kind = kind;
        this.region = region;
        this.parentId = parentId;
        this.grade = grade;
    }

    String grade() {
        return grade;
    }

    long version() {
        return version;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    OrganizationKind kind() {
        return kind;
    }

    Region region() {
        return region;
    }

    Long parentId() {
        return parentId;
    }
}
