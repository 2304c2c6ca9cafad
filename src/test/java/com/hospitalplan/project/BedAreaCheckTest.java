package com.hospitalplan.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 床均建筑面积 against the bed-area standard's band for the bed count, without Spring. The bands here are test
 * figures, not those of 建标110-2021 (the product ships none; administrators enter them).
 */
class BedAreaCheckTest {

    private static final List<BedAreaBand> BANDS = List.of(
            new BedAreaBand(1L, 0, 499, new BigDecimal("100")), new BedAreaBand(2L, 500, null, new BigDecimal("120")));

    @Test
    void theAreaIsComparedWithTheBandOfItsBeds() {
        BedAreaCheck check = BedAreaCheck.of(
                AreaPerBed.of(null, new BigDecimal("224060"), new BigDecimal("2000")), new BigDecimal("2000"), BANDS);

        assertThat(check.outcome()).isEqualTo(BedAreaCheck.Outcome.BELOW); // 112.03 < 120 for 500 beds or more
        assertThat(check.band().id()).isEqualTo(2L);
        assertThat(check.area().derived()).isTrue();

        BedAreaCheck small =
                BedAreaCheck.of(new AreaPerBed(new BigDecimal("100"), false), new BigDecimal("499"), BANDS);
        assertThat(small.outcome()).isEqualTo(BedAreaCheck.Outcome.MEETS); // exactly the figure is not below it
    }

    @Test
    void withoutFiguresOrWithoutABandNothingIsClaimed() {
        assertThat(BedAreaCheck.of(null, new BigDecimal("300"), BANDS).outcome())
                .isEqualTo(BedAreaCheck.Outcome.NO_FIGURES);
        assertThat(BedAreaCheck.of(new AreaPerBed(new BigDecimal("90"), false), null, BANDS)
                        .outcome())
                .isEqualTo(BedAreaCheck.Outcome.NO_FIGURES);
        assertThat(BedAreaCheck.of(new AreaPerBed(new BigDecimal("90"), false), new BigDecimal("300"), List.of())
                        .outcome())
                .isEqualTo(BedAreaCheck.Outcome.NO_STANDARD);
    }

    @Test
    void bandsThatShareABedCountOverlap() {
        assertThat(BANDS.get(0).overlaps(BANDS.get(1))).isFalse();
        assertThat(new BedAreaBand(null, 400, 600, BigDecimal.TEN).overlaps(BANDS.get(1)))
                .isTrue();
        assertThat(new BedAreaBand(null, 1000, null, BigDecimal.TEN).overlaps(BANDS.get(1)))
                .isTrue();
    }
}
