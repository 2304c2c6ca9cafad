package com.hospitalplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.targets.Bound;
import com.hospitalplan.targets.Measure;
import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetParser;
import org.junit.jupiter.api.Test;

/** A milestone's sub-target is read once, like an indicator's target, and is due when the milestone is. */
class SubTargetReadingTest {

    @Test
    void aRangeOfPeopleIsReadWithTheMilestonesDueYear() {
        StoredTarget stored = new SubTarget("引进博士", "1-2人").read(2022, 1);

        Target target = stored.target();
        assertThat(stored.readBy()).isEqualTo(StoredTarget.ReadBy.PARSER);
        assertThat(stored.parserVersion()).isEqualTo(TargetParser.VERSION);
        assertThat(target.bound()).isEqualTo(Bound.RANGE);
        assertThat(target.value()).isEqualByComparingTo("1");
        assertThat(target.upper()).isEqualByComparingTo("2");
        assertThat(target.unit()).isEqualTo("人");
        assertThat(target.targetYear()).isEqualTo(2022);
    }

    @Test
    void aYearTheWordingNamesIsKept() {
        Target target = new SubTarget("硕士", "到2024年40人").read(2022, 1).target();

        assertThat(target.value()).isEqualByComparingTo("40");
        assertThat(target.targetYear()).isEqualTo(2024);
    }

    @Test
    void anAchievementIsReportedAsYesOrNo() {
        Target target = new SubTarget("胸痛中心", "通过国家认证").read(2023, 1).target();

        assertThat(target.measure()).isEqualTo(Measure.ACHIEVEMENT);
        assertThat(new ReportingScope.SubTargetItem(1L, 0, "胸痛中心", "通过国家认证", target).valueKind())
                .isEqualTo(ValueKind.YES_NO);
        assertThat(new ReportingScope.SubTargetItem(
                                1L,
                                1,
                                "硕士",
                                "40人",
                                new SubTarget("硕士", "40人").read(2023, 1).target())
                        .valueKind())
                .isEqualTo(ValueKind.NUMBER);
    }

    @Test
    void wordingThatCannotBeReadIsStoredWithoutAReading() {
        StoredTarget stored = new SubTarget("其他", "视情况而定").read(2022, 1);

        assertThat(stored.reading()).isNull();
        assertThat(stored.parserVersion()).isEqualTo(TargetParser.VERSION);
    }
}
