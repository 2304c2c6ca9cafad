package com.hospitalplan.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SituationTest {

    private final Situation full = Situation.of(2021, 2025, LocalDate.of(2023, 6, 30))
            .withDirection(Direction.LOWER_IS_BETTER)
            .withBaseline(Baseline.number(2020, "10"))
            .withMeasurements(Measurement.number(2023, "8"), Measurement.number(2022, "9"))
            .withBenchmark(Map.of(2022, BigDecimal.ONE))
            .withPercentage(true)
            .withYearlyTargets(Map.of(
                    2023,
                    Target.builder(Measure.LATEST_VALUE, Bound.AT_MOST)
                            .value(BigDecimal.TEN)
                            .build()));

    @Test
    void eachWithMethodChangesItsOwnFieldAndKeepsTheOthers() {
        Situation other = full.withDirection(Direction.HIGHER_IS_BETTER);
        assertThat(other.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(other)
                .isEqualTo(new Situation(
                        Direction.HIGHER_IS_BETTER,
                        full.scale(),
                        full.scales(),
                        full.baseline(),
                        full.startYear(),
                        full.endYear(),
                        full.asOf(),
                        full.measurements(),
                        full.benchmark(),
                        full.percentage(),
                        full.yearlyTargets()));
        assertThat(full.withPercentage(false).percentage()).isFalse();
        assertThat(full.withPercentage(false).withPercentage(true)).isEqualTo(full);
        assertThat(full.withBaseline(null).baseline()).isNull();
        assertThat(full.withBaseline(null).measurements()).isEqualTo(full.measurements());
    }

    @Test
    void measurementsAreKeptInDateOrderAndTheLatestIsTheLast() {
        assertThat(full.measurements()).extracting(Measurement::year).containsExactly(2022, 2023);
        assertThat(full.latest().year()).isEqualTo(2023);
        assertThat(full.withMeasurements().latest()).isNull();
    }

    @Test
    void dueInMovesOnlyTheEndOfThePeriod() {
        Situation due = full.dueIn(2023);
        assertThat(due.endYear()).isEqualTo(2023);
        assertThat(due.startYear()).isEqualTo(2021);
        assertThat(due.baseline()).isEqualTo(full.baseline());
        assertThat(due.yearlyTargets()).isEqualTo(full.yearlyTargets());
        assertThat(due.periodOver()).isFalse();
        assertThat(full.dueIn(2022).periodOver()).isTrue();
    }
}
