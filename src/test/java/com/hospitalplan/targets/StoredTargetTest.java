package com.hospitalplan.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StoredTargetTest {

    @Test
    void thePlannersStructuredEntryIsStoredAsTheirs() {
        Target entered = Target.builder(Measure.LATEST_VALUE, Bound.AT_MOST)
                .value(new BigDecimal("7.5"))
                .unit("天")
                .text("合理控制")
                .build();
        StoredTarget stored = StoredTarget.read("合理控制", entered, TargetContext.NONE);
        assertThat(stored.readBy()).isEqualTo(StoredTarget.ReadBy.PLANNER);
        assertThat(stored.parserVersion()).isNull();
        assertThat(stored.target()).isEqualTo(entered);
        assertThat(stored.outdatedFor("合理控制", TargetContext.NONE)).isFalse();
    }

    @Test
    void wordingTheParserCannotReadIsStoredAsNotUnderstood() {
        StoredTarget stored = StoredTarget.read("合理控制", null, TargetContext.NONE);
        assertThat(stored.readBy()).isEqualTo(StoredTarget.ReadBy.PARSER);
        assertThat(stored.reading()).isNull();
        assertThat(stored.target()).isNull();
    }

    @Test
    void aReadingOfAnOlderParserIsOutdatedAndTheCurrentOneIsNot() {
        StoredTarget current = StoredTarget.read("每年6人以上", null, TargetContext.NONE);
        assertThat(current.target().measure()).isEqualTo(Measure.YEARLY_VALUE);
        assertThat(current.outdatedFor("每年6人以上", TargetContext.NONE)).isFalse();
        StoredTarget older = new StoredTarget(current.reading(), StoredTarget.ReadBy.PARSER, TargetParser.VERSION - 1);
        assertThat(older.outdatedFor("每年6人以上", TargetContext.NONE)).isTrue();
    }

    @Test
    void theIndicatorsReportersDecideWhetherAllOfThemIsASet() {
        assertThat(StoredTarget.context("%", "达标率", 6).setSubject()).isTrue();
        assertThat(StoredTarget.context("%", "达标率", 1).setSubject()).isFalse();
        assertThat(StoredTarget.context("%", "达标率", 0).setSubject()).isNull();
        Target forOne = StoredTarget.read("全部达到", null, StoredTarget.context(null, "达标", 1))
                .target();
        Target forSix = StoredTarget.read("全部达到", null, StoredTarget.context(null, "达标", 6))
                .target();
        assertThat(forSix.measure()).isEqualTo(Measure.INSTITUTION_SHARE);
        assertThat(forOne == null || forOne.measure() != Measure.INSTITUTION_SHARE)
                .isTrue();
    }
}
