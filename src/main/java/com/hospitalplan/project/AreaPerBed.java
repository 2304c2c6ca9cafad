package com.hospitalplan.project;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 床均建筑面积: gross floor area per bed in ㎡, as stated or derived from the area and the beds. Plain Java.
 *
 * @param value square metres per bed
 * @param derived computed from area and beds, not stated by the document
 */
public record AreaPerBed(BigDecimal value, boolean derived) {

    /**
     * The stated figure where there is one; else area ÷ beds (area in ㎡, two decimals); null where neither is
     * possible (no area, no beds or zero beds).
     */
    public static AreaPerBed of(BigDecimal stated, BigDecimal squareMetres, BigDecimal beds) {
        if (stated != null) {
            return new AreaPerBed(stated, false);
        }
        if (squareMetres == null || beds == null || beds.signum() <= 0) {
            return null;
        }
        return new AreaPerBed(squareMetres.divide(beds, 2, RoundingMode.HALF_UP), true);
    }
}
