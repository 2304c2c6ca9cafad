package com.hospitalplan.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Overrides for one county or tier apply where the plan says so, the general target everywhere else. */
class ScopedTargetsTest {

    private final Target target =
            new TargetParser().parse("85%左右（遂溪县达到80%左右）", "%").target();

    @Test
    void theCountyNamedInBracketsGetsItsOwnTarget() {
        assertThat(target.scoped()).isNotEmpty();
        Target suixi = ScopedTargets.forMember(target, new Member(1L, "遂溪县人民医院", "遂溪县", "二级甲等", true));
        Target lianjiang = ScopedTargets.forMember(target, new Member(2L, "廉江市人民医院", "廉江市", "三级", true));

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
