package com.hospitalplan.dashboard;

import static com.hospitalplan.dashboard.Fixtures.indicator;
import static com.hospitalplan.dashboard.Fixtures.unit;
import static com.hospitalplan.dashboard.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.report.ReportFigures;
import com.hospitalplan.targets.NationalScales;
import com.hospitalplan.targets.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Roll-ups of several institutions' values by each rule, judged against the plan's target. */
class RollupTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

    private PlanStandings standings(IndicatorItem indicator, List<ReportFigures.Value> values, IndicatorItem... more) {
        List<IndicatorItem> all = new java.util.ArrayList<>(List.of(indicator));
        all.addAll(List.of(more));
        Map<Long, Unit> units = Map.of(
                1L, unit(1, "甲医院", "甲县"),
                2L, unit(2, "乙医院", "乙县"),
                3L, unit(3, "丙医院", "丙县"));
        Map<Long, UnitReports> reports = new java.util.HashMap<>();
        for (ReportFigures.Value o : values) {
            reports.merge(
                    o.organizationId(),
                    new UnitReports(List.of(o), List.of(), List.of(), List.of()),
                    (a, b) -> new UnitReports(
                            java.util.stream.Stream.concat(a.values().stream(), b.values().stream())
                                    .toList(),
                            List.of(),
                            List.of(),
                            List.of()));
        }
        return PlanStandings.of(Fixtures.scope(all), units, reports, TODAY, NationalScales.CATALOG);
    }

    private Figure rollup(PlanStandings standings, IndicatorItem indicator, Basis basis) {
        return standings.rollup(indicator, List.of(1L, 2L, 3L), basis, TargetVariant.ADJUSTED, List.of());
    }

    @Test
    void aSumAddsEachInstitutionsLastValueOfTheYearAndJudgesTheTotal() {
        IndicatorItem doctors = indicator(10, "≥100人", "人", ValueKind.NUMBER, Aggregation.SUM, 1L, 2L, 3L);
        PlanStandings standings = standings(
                doctors,
                List.of(
                        value(10, 1, 2023, "40", true),
                        value(10, 2, 2023, "35", true),
                        value(10, 3, 2023, "30", true)));

        Figure total = rollup(standings, doctors, Basis.OFFICIAL);

        assertThat(total.value().number()).isEqualByComparingTo("105");
        assertThat(total.status()).isEqualTo(Status.ACHIEVED);
        assertThat(total.reporting()).isEqualTo(3);
        // one institution's part of a total is counted, not judged against the whole target
        assertThat(standings
                        .standing(10L, 1L, Basis.OFFICIAL, TargetVariant.ADJUSTED)
                        .status())
                .isEqualTo(Status.NO_DATA);
    }

    @Test
    void anAverageOfficialOnlyLeavesPendingValuesOut() {
        IndicatorItem rate = indicator(11, "≥60%", "%", ValueKind.PERCENTAGE, Aggregation.AVERAGE, 1L, 2L, 3L);
        PlanStandings standings = standings(
                rate,
                List.of(
                        value(11, 1, 2023, "50", true),
                        value(11, 2, 2023, "70", true),
                        value(11, 3, 2023, "90", false)));

        assertThat(rollup(standings, rate, Basis.OFFICIAL).value().number()).isEqualByComparingTo("60");
        Figure withPending = rollup(standings, rate, Basis.WITH_PENDING);
        assertThat(withPending.value().number()).isEqualByComparingTo("70");
        assertThat(withPending.pending()).isTrue();
        assertThat(rollup(standings, rate, Basis.OFFICIAL).pending()).isFalse();
    }

    @Test
    void aWeightedAverageWeighsEachValueByTheWeightIndicator() {
        IndicatorItem rate =
                indicator(12, "≥60%", null, "%", ValueKind.PERCENTAGE, Aggregation.WEIGHTED_AVERAGE, 13L, 1L, 2L);
        IndicatorItem discharges = indicator(13, "≥1000人次", "人次", ValueKind.NUMBER, Aggregation.SUM, 1L, 2L);
        PlanStandings standings = standings(
                rate,
                List.of(
                        value(12, 1, 2023, "50", true),
                        value(12, 2, 2023, "80", true),
                        value(13, 1, 2023, "300", true),
                        value(13, 2, 2023, "100", true)),
                discharges);

        // (50×300 + 80×100) / 400 = 57.5, below the 60% target
        Figure result = rollup(standings, rate, Basis.OFFICIAL);
        assertThat(result.value().number()).isEqualByComparingTo("57.5");
        assertThat(result.status()).isNotEqualTo(Status.ACHIEVED);
    }

    @Test
    void minimumAndMaximumTakeTheLowestAndHighestValue() {
        IndicatorItem lowest = indicator(14, "≥60%", "%", ValueKind.PERCENTAGE, Aggregation.MINIMUM, 1L, 2L);
        IndicatorItem highest = indicator(15, "≥60%", "%", ValueKind.PERCENTAGE, Aggregation.MAXIMUM, 1L, 2L);
        PlanStandings standings = standings(
                lowest,
                List.of(
                        value(14, 1, 2023, "50", true),
                        value(14, 2, 2023, "80", true),
                        value(15, 1, 2023, "50", true),
                        value(15, 2, 2023, "80", true)),
                highest);

        assertThat(rollup(standings, lowest, Basis.OFFICIAL).value().number()).isEqualByComparingTo("50");
        assertThat(rollup(standings, highest, Basis.OFFICIAL).value().number()).isEqualByComparingTo("80");
    }

    @Test
    void aShareOfInstitutionsMeetingTheirTargetIsCountedAndTheWorstMemberSetsTheStatus() {
        IndicatorItem rate = indicator(16, "≥60%", "%", ValueKind.PERCENTAGE, Aggregation.SHARE_MEETING, 1L, 2L, 3L);
        PlanStandings standings = standings(
                rate,
                List.of(
                        value(16, 1, 2023, "65", true),
                        value(16, 2, 2023, "70", true),
                        value(16, 3, 2023, "10", true)));

        Figure result = rollup(standings, rate, Basis.OFFICIAL);

        assertThat(result.verdict().meeting()).isEqualTo(2);
        assertThat(result.value().number().setScale(1, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(result.evaluation().achieved()).isFalse();
        assertThat(result.status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void eachOnItsOwnGivesNoFigureAndTheWorstMemberStatus() {
        IndicatorItem rate = indicator(17, "≥60%", "%", ValueKind.PERCENTAGE, Aggregation.NONE, 1L, 2L);
        PlanStandings standings =
                standings(rate, List.of(value(17, 1, 2023, "65", true), value(17, 2, 2023, "5", true)));

        Figure result = rollup(standings, rate, Basis.OFFICIAL);

        assertThat(result.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(result.value()).isNull();
    }

    @Test
    void withUnitJudgesOneInstitutionAgainAndKeepsTheOthers() {
        IndicatorItem rate = indicator(18, "≥60%", "%", ValueKind.PERCENTAGE, Aggregation.AVERAGE, 1L, 2L);
        PlanStandings before = standings(rate, List.of(value(18, 1, 2023, "40", true), value(18, 2, 2023, "80", true)));

        PlanStandings after = before.withUnit(
                1L, new UnitReports(List.of(value(18, 1, 2024, "70", true)), List.of(), List.of(), List.of()));

        assertThat(before.standing(18L, 1L, Basis.OFFICIAL, TargetVariant.ADJUSTED)
                        .latest()
                        .number())
                .isEqualByComparingTo("40");
        assertThat(after.standing(18L, 1L, Basis.OFFICIAL, TargetVariant.ADJUSTED)
                        .latest()
                        .number())
                .isEqualByComparingTo("70");
        assertThat(after.standing(18L, 2L, Basis.OFFICIAL, TargetVariant.ADJUSTED))
                .isEqualTo(before.standing(18L, 2L, Basis.OFFICIAL, TargetVariant.ADJUSTED));
        assertThat(after.standing(18L, 1L, Basis.OFFICIAL, TargetVariant.ADJUSTED)
                        .status())
                .isEqualTo(Status.ACHIEVED);
    }

    @Test
    void theOriginalTargetJudgesTheSameValuesDifferently() {
        IndicatorItem revised = indicator(19, "≥50%", "≥80%", "%", ValueKind.PERCENTAGE, Aggregation.AVERAGE, null, 1L);
        PlanStandings standings = standings(revised, List.of(value(19, 1, 2023, "60", true)));

        assertThat(standings
                        .standing(19L, 1L, Basis.OFFICIAL, TargetVariant.ADJUSTED)
                        .status())
                .isEqualTo(Status.ACHIEVED);
        assertThat(standings
                        .standing(19L, 1L, Basis.OFFICIAL, TargetVariant.ORIGINAL)
                        .status())
                .isNotEqualTo(Status.ACHIEVED);
    }
}
