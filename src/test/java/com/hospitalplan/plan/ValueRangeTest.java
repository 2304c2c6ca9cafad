package com.hospitalplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.targets.Bound;
import com.hospitalplan.targets.Measure;
import com.hospitalplan.targets.Target;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A percentage is a share, 0 to 100, unless the indicator itself states a figure beyond. */
class ValueRangeTest {

    @Test
    void aPercentageIndicatorTakesZeroToAHundred() {
        ValueRange range = ValueRange.of(ValueKind.PERCENTAGE, new BigDecimal("30"), List.of(atLeast("35")));
        assertThat(range.contains(new BigDecimal("100"))).isTrue();
        assertThat(range.contains(BigDecimal.ZERO)).isTrue();
        assertThat(range.contains(new BigDecimal("100.01"))).isFalse();
        assertThat(range.contains(new BigDecimal("-0.5"))).isFalse();
    }

    @Test
    void aTargetOrBaselineBeyondTheRangeAllowsMore() {
        assertThat(ValueRange.of(ValueKind.PERCENTAGE, null, List.of(atLeast("105")))
                        .contains(new BigDecimal("150")))
                .isTrue();
        assertThat(ValueRange.of(ValueKind.PERCENTAGE, new BigDecimal("-5"), Arrays.asList(null, atLeast("10")))
                        .contains(new BigDecimal("-20")))
                .isTrue();
    }

    @Test
    void otherKindsHaveNoRange() {
        assertThat(ValueRange.of(ValueKind.NUMBER, null, List.of()).contains(new BigDecimal("-1e20")))
                .isTrue();
    }

    private static Target atLeast(String value) {
        return Target.builder(Measure.LATEST_VALUE, Bound.AT_LEAST)
                .value(new BigDecimal(value))
                .unit("%")
                .build();
    }
}
