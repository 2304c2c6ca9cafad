package com.hospitalplan.project;

import java.math.BigDecimal;

/**
 * One band of the bed-area standard: hospitals with {@code minBeds} to {@code maxBeds} beds (no upper end when
 * {@code null}) are to have at least {@code areaPerBed} ㎡ of building area per bed.
 */
public record BedAreaBand(Long id, int minBeds, Integer maxBeds, BigDecimal areaPerBed) {

    /** Whether a hospital of {@code beds} beds falls in this band. */
    public boolean covers(BigDecimal beds) {
        return beds.compareTo(BigDecimal.valueOf(minBeds)) >= 0
                && (maxBeds == null || beds.compareTo(BigDecimal.valueOf(maxBeds)) <= 0);
    }

    /** Whether this band and {@code other} share a bed count. */
    boolean overlaps(BedAreaBand other) {
        long thisMax = maxBeds == null ? Long.MAX_VALUE : maxBeds;
        long otherMax = other.maxBeds == null ? Long.MAX_VALUE : other.maxBeds;
        return minBeds <= otherMax && other.minBeds <= thisMax;
    }
}
