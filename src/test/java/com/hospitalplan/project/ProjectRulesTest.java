package com.hospitalplan.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectRulesTest {

    private static VagueDate date(String text) {
        return VagueDateReader.read(text, null).orElseThrow();
    }

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);

    @Test
    void aStagePlannedLaterThanFirstPlannedHasSlipped() {
        StageDates moved = new StageDates(date("2023年6月底前"), date("2024年上半年"), null, 2);
        assertThat(moved.slipped()).isTrue();
        assertThat(moved.daysSlipped()).isEqualTo(366);
        assertThat(moved.moves()).isEqualTo(2);
    }

    @Test
    void aStageMovedEarlierOrWithinTheSamePeriodHasNotSlipped() {
        assertThat(new StageDates(date("2024年"), date("2024年6月"), null, 1).slipped())
                .isFalse();
        assertThat(new StageDates(date("2024年"), date("2024年12月31日"), null, 1).slipped())
                .isFalse();
        assertThat(new StageDates(date("2024年"), date("2024年"), null, 0).slipped())
                .isFalse();
        assertThat(new StageDates(null, null, null, 0).slipped()).isFalse();
    }

    @Test
    void aStageIsOverdueOnlyAfterTheLastDayItsPlannedDateAllows() {
        assertThat(new StageDates(date("2023年"), date("2023年"), null, 0).overdue(TODAY))
                .isTrue();
        assertThat(new StageDates(date("2024年"), date("2024年"), null, 0).overdue(TODAY))
                .isFalse();
        assertThat(new StageDates(date("2024年2月"), date("2024年2月"), null, 0).overdue(LocalDate.of(2024, 2, 29)))
                .isFalse();
        assertThat(new StageDates(date("2023年"), date("2023年"), date("2023年11月"), 0).overdue(TODAY))
                .isFalse();
    }

    @Test
    void aStageReachedAfterItsPlannedDateWasReachedLate() {
        assertThat(new StageDates(date("2023年6月"), date("2023年6月"), date("2023年8月10日"), 0).reachedLate())
                .isTrue();
        assertThat(new StageDates(date("2023年"), date("2023年"), date("2023年8月10日"), 0).reachedLate())
                .isFalse();
    }

    @Test
    void aProjectIsBehindScheduleWhenAnyPlannedStageHasPassedUnreached() {
        ProjectSchedule schedule = new ProjectSchedule(List.of(
                new ProjectSchedule.Stage("开工", new StageDates(date("2023年"), date("2023年"), date("2023年5月"), 0)),
                new ProjectSchedule.Stage("主体封顶", new StageDates(date("2023年底"), date("2023年底"), null, 0)),
                new ProjectSchedule.Stage("投入使用", new StageDates(date("2025年"), date("2025年"), null, 0))));
        assertThat(schedule.behindSchedule(TODAY)).isTrue();
        assertThat(schedule.behindSchedule(LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(schedule.current()).map(ProjectSchedule.Stage::name).contains("开工");
        assertThat(schedule.next()).map(ProjectSchedule.Stage::name).contains("主体封顶");
        assertThat(schedule.slipped()).isFalse();
    }

    @Test
    void aProjectWithNothingReachedIsInNoStageAndItsNextIsTheFirstPlanned() {
        ProjectSchedule schedule = new ProjectSchedule(List.of(
                new ProjectSchedule.Stage("开工", new StageDates(null, null, null, 0)),
                new ProjectSchedule.Stage("投入使用", new StageDates(date("2023年"), date("2025年"), null, 1))));
        assertThat(schedule.current()).isEmpty();
        assertThat(schedule.next()).map(ProjectSchedule.Stage::name).contains("投入使用");
        assertThat(schedule.slipped()).isTrue();
        assertThat(schedule.behindSchedule(TODAY)).isFalse();
    }

    @Test
    void areaPerBedIsDerivedFromAreaAndBedsWhenNotStated() {
        AreaPerBed derived = AreaPerBed.of(null, new BigDecimal("224060"), new BigDecimal("2000"));
        assertThat(derived.value()).isEqualByComparingTo("112.03");
        assertThat(derived.derived()).isTrue();
        AreaPerBed fromWan = AreaPerBed.of(
                null, Measure.GROSS_FLOOR_AREA.inBaseUnit(new BigDecimal("12.5"), "万㎡"), new BigDecimal("1000"));
        assertThat(fromWan.value()).isEqualByComparingTo("125");
        AreaPerBed stated = AreaPerBed.of(new BigDecimal("110"), new BigDecimal("224060"), new BigDecimal("2000"));
        assertThat(stated.value()).isEqualByComparingTo("110");
        assertThat(stated.derived()).isFalse();
        assertThat(AreaPerBed.of(null, new BigDecimal("224060"), null)).isNull();
        assertThat(AreaPerBed.of(null, new BigDecimal("224060"), BigDecimal.ZERO))
                .isNull();
    }

    @Test
    void investmentTotalsLeaveOutUnstatedAmountsAndSayTheyAreIncomplete() {
        InvestmentTable table = InvestmentTable.of(List.of(
                new InvestmentTable.Line(FundingSource.CENTRAL_BUDGET, 2023, new BigDecimal("3000")),
                new InvestmentTable.Line(FundingSource.CENTRAL_BUDGET, 2024, new BigDecimal("2000")),
                new InvestmentTable.Line(FundingSource.SPECIAL_BONDS, 2023, null),
                new InvestmentTable.Line(FundingSource.SELF_RAISED, null, new BigDecimal("500"))));
        assertThat(table.years()).containsExactly(2023, 2024, null);
        assertThat(table.rows())
                .extracting(InvestmentTable.Row::source)
                .containsExactly(FundingSource.CENTRAL_BUDGET, FundingSource.SPECIAL_BONDS, FundingSource.SELF_RAISED);
        assertThat(table.rows().get(0).total().amount()).isEqualByComparingTo("5000");
        assertThat(table.rows().get(0).total().complete()).isTrue();
        assertThat(table.rows().get(1).total().amount()).isNull();
        assertThat(table.rows().get(1).total().complete()).isFalse();
        assertThat(table.yearTotals().get(0).amount()).isEqualByComparingTo("3000");
        assertThat(table.yearTotals().get(0).complete()).isFalse();
        assertThat(table.total().amount()).isEqualByComparingTo("5500");
        assertThat(table.total().complete()).isFalse();
    }

    @Test
    void aReportedStageLaterOnTheListMovesTheCurrentStageOnAnEarlierOneDoesNot() {
        ProjectSchedule schedule = new ProjectSchedule(List.of(
                new ProjectSchedule.Stage("开工", new StageDates(date("2023年"), date("2023年"), date("2023年5月"), 0)),
                new ProjectSchedule.Stage("主体封顶", new StageDates(date("2024年"), date("2024年"), null, 0)),
                new ProjectSchedule.Stage("投入使用", new StageDates(null, null, null, 0))));
        assertThat(schedule.current("主体封顶")).contains("主体封顶");
        assertThat(schedule.current("开工")).contains("开工");
        assertThat(schedule.current(null)).contains("开工");
        assertThat(schedule.current("不在列表")).contains("开工");
        assertThat(new ProjectSchedule(List.of(new ProjectSchedule.Stage("开工", new StageDates(null, null, null, 0))))
                        .current(null))
                .isEmpty();
    }

    @Test
    void theProjectSlipIsItsLargestStageSlipAndItsMovesAddUp() {
        ProjectSchedule schedule = new ProjectSchedule(List.of(
                new ProjectSchedule.Stage("开工", new StageDates(date("2023年6月"), date("2023年7月"), null, 1)),
                new ProjectSchedule.Stage("投入使用", new StageDates(date("2025年"), date("2026年6月"), null, 2))));
        assertThat(schedule.daysSlipped()).isEqualTo(181);
        assertThat(schedule.moves()).isEqualTo(3);
        assertThat(schedule.plannedInUse().text()).isEqualTo("2026年6月");
        assertThat(new ProjectSchedule(List.of(
                                new ProjectSchedule.Stage("开工", new StageDates(date("2023年"), date("2023年"), null, 0))))
                        .daysSlipped())
                .isZero();
    }

    @Test
    void aYearsPlannedInvestmentLeavesOutTheWholeProjectLines() {
        InvestmentTable table = InvestmentTable.of(List.of(
                new InvestmentTable.Line(FundingSource.CENTRAL_BUDGET, 2025, new BigDecimal("3000")),
                new InvestmentTable.Line(FundingSource.SPECIAL_BONDS, 2025, null),
                new InvestmentTable.Line(FundingSource.SELF_RAISED, null, new BigDecimal("1000"))));
        assertThat(table.yearTotal(2025).amount()).isEqualByComparingTo("3000");
        assertThat(table.yearTotal(2025).complete()).isFalse();
        assertThat(table.yearTotal(2026)).isNull();
    }
}
