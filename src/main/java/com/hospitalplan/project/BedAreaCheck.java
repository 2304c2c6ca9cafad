package com.hospitalplan.project;

import java.math.BigDecimal;
import java.util.List;

/**
 * Whether a project's 床均建筑面积 is not below the standard for its bed count (综合医院建设标准, 建标110-2021, as the
 * administrator entered its bands). Plain Java.
 *
 * @param outcome what the check found
 * @param area the project's area per bed (stated or derived), or {@code null}
 * @param beds the project's beds, or {@code null}
 * @param band the band of the standard for those beds, or {@code null}
 */
public record BedAreaCheck(Outcome outcome, AreaPerBed area, BigDecimal beds, BedAreaBand band) {

    public enum Outcome {
        /** Not below the standard's figure for the bed count. */
        MEETS,
        /** Below it. */
        BELOW,
        /** The project states neither the area per bed nor area and beds, or no beds. */
        NO_FIGURES,
        /** The standard has no band for the bed count (none entered yet, or none covering it). */
        NO_STANDARD
    }

    public static BedAreaCheck of(AreaPerBed area, BigDecimal beds, List<BedAreaBand> bands) {
        if (area == null || beds == null || beds.signum() <= 0) {
            return new BedAreaCheck(Outcome.NO_FIGURES, area, beds, null);
        }
        BedAreaBand band =
                bands.stream().filter(b -> b.covers(beds)).findFirst().orElse(null);
        if (band == null) {
            return new BedAreaCheck(Outcome.NO_STANDARD, area, beds, null);
        }
        Outcome outcome = area.value().compareTo(band.areaPerBed()) >= 0 ? Outcome.MEETS : Outcome.BELOW;
        return new BedAreaCheck(outcome, area, beds, band);
    }
}
