package com.hospitalplan.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressPathTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void progressUpwardsCountsFromTheBaselineAndNeverBelowZero() {
        // 30 → 60: 45 is half way
        assertThat(ProgressPath.towardsHigher(n("45"), n("30"), n("60"))).isEqualByComparingTo("0.5");
        // below the baseline is no progress, not negative progress
        assertThat(ProgressPath.towardsHigher(n("20"), n("30"), n("60"))).isEqualByComparingTo("0");
        // without a baseline (or one above the target): the share of the target
        assertThat(ProgressPath.towardsHigher(n("45"), null, n("60"))).isEqualByComparingTo("0.75");
        assertThat(ProgressPath.towardsHigher(n("45"), n("70"), n("60"))).isEqualByComparingTo("0.75");
        assertThat(ProgressPath.towardsHigher(n("5"), null, n("0"))).isEqualByComparingTo("1");
    }

    @Test
    void progressDownwardsCountsFromTheBaselineOrIsTheTargetOverTheValue() {
        // 10 → 6: 8 is half way
        assertThat(ProgressPath.towardsLower(n("8"), n("10"), n("6"))).isEqualByComparingTo("0.5");
        assertThat(ProgressPath.towardsLower(n("12"), n("10"), n("6"))).isEqualByComparingTo("0");
        // without a baseline: 6 of 8
        assertThat(ProgressPath.towardsLower(n("8"), null, n("6"))).isEqualByComparingTo("0.75");
        assertThat(ProgressPath.towardsLower(n("5"), null, n("6"))).isEqualByComparingTo("1");
        assertThat(ProgressPath.towardsLower(n("0"), null, n("-1"))).isEqualByComparingTo("1");
    }

    @Test
    void expectedProgressIsTheShareOfThePeriodPassedFromTheBaselinesYear() {
        Situation plan = Situation.of(2021, 2025, LocalDate.of(2023, 6, 30));
        // no baseline: from the end of 2020 to the end of 2025; the end of 2023 is 3 of 5 years
        assertThat(ProgressPath.expectedByDate(plan, LocalDate.of(2023, 12, 31)))
                .isEqualByComparingTo(days(2020, 2023).divide(days(2020, 2025), Numbers.CONTEXT));
        // a baseline of 2022: the end of 2023 is 1 of 3 years
        Situation withBaseline = plan.withBaseline(Baseline.number(2022, "30"));
        assertThat(ProgressPath.expectedByDate(withBaseline, LocalDate.of(2023, 12, 31)))
                .isEqualByComparingTo(days(2022, 2023).divide(days(2022, 2025), Numbers.CONTEXT));
        // clamped to 0..1 before and after the period
        assertThat(ProgressPath.expectedByDate(plan, LocalDate.of(2019, 1, 1))).isEqualByComparingTo("0");
        assertThat(ProgressPath.expectedByDate(plan, LocalDate.of(2030, 1, 1))).isEqualByComparingTo("1");
        // a baseline at the end of the period leaves nothing to expect but all of it
        Situation late = plan.withBaseline(Baseline.number(2025, "30"));
        assertThat(ProgressPath.expectedByDate(late, LocalDate.of(2023, 1, 1))).isEqualByComparingTo("1");
    }

    private static BigDecimal days(int fromYear, int toYear) {
        return BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(
                LocalDate.of(fromYear, 12, 31), LocalDate.of(toYear, 12, 31)));
    }

    @Test
    void reachReadsByTheIndicatorsDirection() {
        assertThat(ProgressPath.effectiveBound(Bound.REACH, Direction.HIGHER_IS_BETTER))
                .isEqualTo(Bound.AT_LEAST);
        assertThat(ProgressPath.effectiveBound(Bound.REACH, Direction.LOWER_IS_BETTER))
                .isEqualTo(Bound.AT_MOST);
        assertThat(ProgressPath.effectiveBound(Bound.REACH, Direction.WITHIN_BAND))
                .isEqualTo(Bound.ABOUT);
        assertThat(ProgressPath.effectiveBound(Bound.AT_MOST, Direction.HIGHER_IS_BETTER))
                .isEqualTo(Bound.AT_MOST);
    }

    @Test
    void meetsHonoursStrictnessTheToleranceOfAboutAndBothEndsOfARange() {
        Target atLeast = Target.builder(Measure.LATEST_VALUE, Bound.AT_LEAST)
                .value(n("10"))
                .build();
        assertThat(ProgressPath.meets(atLeast, n("10"), Direction.HIGHER_IS_BETTER))
                .isTrue();
        Target moreThan = atLeast.toBuilder().strict(true).build();
        assertThat(ProgressPath.meets(moreThan, n("10"), Direction.HIGHER_IS_BETTER))
                .isFalse();
        Target about =
                Target.builder(Measure.LATEST_VALUE, Bound.ABOUT).value(n("40")).build();
        assertThat(ProgressPath.meets(about, n("42"), Direction.HIGHER_IS_BETTER))
                .isTrue();
        assertThat(ProgressPath.meets(about, n("42.1"), Direction.HIGHER_IS_BETTER))
                .isFalse();
        Target range = Target.builder(Measure.LATEST_VALUE, Bound.RANGE)
                .value(n("1"))
                .upper(n("2"))
                .build();
        assertThat(ProgressPath.meets(range, n("2"), Direction.HIGHER_IS_BETTER))
                .isTrue();
        assertThat(ProgressPath.meets(range, n("3"), Direction.HIGHER_IS_BETTER))
                .isFalse();
        Target reach =
                Target.builder(Measure.LATEST_VALUE, Bound.REACH).value(n("5")).build();
        assertThat(ProgressPath.meets(reach, n("4"), Direction.LOWER_IS_BETTER)).isTrue();
        assertThat(ProgressPath.meets(reach, n("4"), Direction.HIGHER_IS_BETTER))
                .isFalse();
    }

    @Test
    void lastPerYearKeepsEachYearsLastMeasurementInOrder() {
        Measurement early = Measurement.number(LocalDate.of(2022, 3, 31), n("1"));
        Measurement late = Measurement.number(LocalDate.of(2022, 12, 31), n("2"));
        Measurement next = Measurement.number(LocalDate.of(2023, 6, 30), n("3"));
        assertThat(ProgressPath.lastPerYear(List.of(early, late, next)))
                .containsExactly(java.util.Map.entry(2022, late), java.util.Map.entry(2023, next));
    }
}
