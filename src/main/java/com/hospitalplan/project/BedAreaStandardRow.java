package com.hospitalplan.project;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A band of the bed-area standard as the administrator entered it. */
@Entity
@Table(name = "bed_area_standard")
class BedAreaStandardRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int minBeds;
    private Integer maxBeds;
    private BigDecimal areaPerBed;

    protected BedAreaStandardRow() {}

    BedAreaStandardRow(int minBeds, Integer maxBeds, BigDecimal areaPerBed) {
        this.minBeds = minBeds;
        this.maxBeds = maxBeds;
        this.areaPerBed = areaPerBed;
    }

    BedAreaBand band() {
        return new BedAreaBand(id, minBeds, maxBeds, areaPerBed);
    }
}
