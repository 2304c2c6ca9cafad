package com.hospitalplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.target.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Overrides for one county or tier apply where the plan says so, the general target everywhere else. */
class ScopedTargetsTest {

    private final Target target = Fixtures.target("85%左右（遂溪县达到80%左右）", "%");

    @Test
    void theCountyNamedInBracketsGetsItsOwnTarget() {
        assertThat(target.scoped()).isNotEmpty();
        Target suixi = ScopedTargets.forUnit(target, new Unit(1L, "遂溪县人民医院", null, "440823", "遂溪县", "二级甲等"));
        Target lianjiang = ScopedTargets.forUnit(target, new Unit(2L, "廉江市人民医院", null, "440881", "廉江市", "三级"));

        assertThat(suixi.value()).isEqualByComparingTo("80");
        assertThat(lianjiang.value()).isEqualByComparingTo("85");
    }

    @Test
    void aRegionTakesTheOverrideOfItsNameOrOfARegionAboveIt() {
        assertThat(ScopedTargets.forRegion(target, List.of("遂溪县", "湛江市")).value())
                .isEqualByComparingTo("80");
        assertThat(ScopedTargets.forRegion(target, List.of("湛江市")).value()).isEqualByComparingTo("85");
    }
}
