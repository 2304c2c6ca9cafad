package com.hospitalplan.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a project stands on a dashboard: stage, slip and the progress of the periods that count there. */
class ProjectStandingTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 8, 1);

    private static VagueDate date(String text) {
        return VagueDateReader.read(text, null).orElseThrow();
    }

    private static StageDates none() {
        return new StageDates(null, null, null, 0);
    }

    private static ProjectSchedule schedule(StageDates start, StageDates topOut, StageDates inUse) {
        return new ProjectSchedule(List.of(
                new ProjectSchedule.Stage("开工", start),
                new ProjectSchedule.Stage("主体封顶", topOut),
                new ProjectSchedule.Stage("投入使用", inUse)));
    }

    private static ProjectFact.ReportedPeriod period(
            long reportId, boolean approved, int year, String investment, String funds, String percent, String stage) {
        return new ProjectFact.ReportedPeriod(
                reportId,
                approved,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                investment == null ? null : new BigDecimal(investment),
                funds == null ? null : new BigDecimal(funds),
                percent == null ? null : new BigDecimal(percent),
                stage,
                "问题" + reportId);
    }

    private static ProjectFact project(
            String name,
            ProjectSchedule schedule,
            List<InvestmentTable.Line> lines,
            ProjectFact.ReportedPeriod... periods) {
        return new ProjectFact(
                (long) name.hashCode(),
                1L,
                name,
                ProjectKind.NEW_BUILD,
                null,
                List.of(),
                schedule,
                InvestmentTable.of(lines),
                List.of(periods));
    }

    private static final List<InvestmentTable.Line> FUNDING = List.of(
            new InvestmentTable.Line(FundingSource.CENTRAL_BUDGET, 2024, new BigDecimal("4000")),
            new InvestmentTable.Line(FundingSource.SPECIAL_BONDS, 2025, new BigDecimal("4000")),
            new InvestmentTable.Line(FundingSource.SELF_RAISED, null, new BigDecimal("2000")));

    @Test
    void onlyApprovedPeriodsCountOnTheOfficialBasis() {
        ProjectFact fact = project(
                "门诊楼",
                schedule(new StageDates(date("2024年3月"), date("2024年3月"), date("2024年3月"), 0), none(), none()),
                FUNDING,
                period(1, true, 2024, "3000", "3500", "30", "开工"),
                period(2, false, 2025, "2000", "1000", "60", "主体封顶"));

        ProjectStanding official = ProjectStanding.of(fact, ProjectFact.ReportedPeriod::approved, 2025, TODAY);
        assertThat(official.cumulativeInvestment()).isEqualByComparingTo("3000");
        assertThat(official.investmentRate().percent()).isEqualByComparingTo("30.0");
        assertThat(official.fundsRate().percent()).isEqualByComparingTo("35.0");
        assertThat(official.periodInvestment()).isEqualByComparingTo("3000");
        assertThat(official.yearInvestment()).isNull();
        assertThat(official.yearRate()).isNull();
        assertThat(official.worksPercent()).isEqualByComparingTo("30");
        assertThat(official.currentStage()).isEqualTo("开工");
        assertThat(official.problems()).isEqualTo("问题1");
        assertThat(official.pending()).isFalse();

        ProjectStanding withPending = ProjectStanding.of(fact, period -> true, 2025, TODAY);
        assertThat(withPending.cumulativeInvestment()).isEqualByComparingTo("5000");
        assertThat(withPending.investmentRate().percent()).isEqualByComparingTo("50.0");
        assertThat(withPending.yearPlanned().amount()).isEqualByComparingTo("4000");
        assertThat(withPending.yearInvestment()).isEqualByComparingTo("2000");
        assertThat(withPending.yearRate().percent()).isEqualByComparingTo("50.0");
        assertThat(withPending.worksPercent()).isEqualByComparingTo("60");
        assertThat(withPending.currentStage()).isEqualTo("主体封顶");
        assertThat(withPending.pending()).isTrue();
    }

    @Test
    void nothingReportedLeavesTheProgressFiguresEmpty() {
        ProjectStanding standing = ProjectStanding.of(
                project("病房楼", schedule(none(), none(), none()), FUNDING), period -> true, 2025, TODAY);
        assertThat(standing.cumulativeInvestment()).isNull();
        assertThat(standing.investmentRate()).isNull();
        assertThat(standing.fundsRate()).isNull();
        assertThat(standing.worksPercent()).isNull();
        assertThat(standing.currentStage()).isNull();
        assertThat(standing.total().amount()).isEqualByComparingTo("10000");
    }

    @Test
    void theSlipAndThePlannedDateOfUseComeFromTheStages() {
        ProjectStanding standing = ProjectStanding.of(
                project(
                        "医技楼",
                        schedule(
                                new StageDates(date("2024年6月"), date("2024年9月"), null, 2),
                                new StageDates(date("2025年"), date("2025年"), null, 0),
                                new StageDates(date("2025年6月底前"), date("2026年上半年"), null, 1)),
                        FUNDING),
                period -> true,
                2025,
                TODAY);
        assertThat(standing.behindSchedule()).isTrue();
        assertThat(standing.slipped()).isTrue();
        assertThat(standing.daysSlipped()).isEqualTo(365);
        assertThat(standing.moves()).isEqualTo(3);
        assertThat(standing.plannedInUse().text()).isEqualTo("2026年上半年");
        assertThat(standing.nextStage()).isEqualTo("开工");
        assertThat(standing.nextPlanned().text()).isEqualTo("2024年9月");
    }

    @Test
    void projectsBehindScheduleComeFirstThenTheLargestSlip() {
        ProjectStanding onTime = ProjectStanding.of(
                project("A楼", schedule(none(), none(), new StageDates(date("2027年"), date("2027年"), null, 0)), FUNDING),
                period -> true,
                2025,
                TODAY);
        ProjectStanding slipped = ProjectStanding.of(
                project("B楼", schedule(none(), none(), new StageDates(date("2026年"), date("2027年"), null, 1)), FUNDING),
                period -> true,
                2025,
                TODAY);
        ProjectStanding behind = ProjectStanding.of(
                project(
                        "C楼",
                        schedule(new StageDates(date("2025年3月"), date("2025年3月"), null, 0), none(), none()),
                        FUNDING),
                period -> true,
                2025,
                TODAY);
        assertThat(java.util.stream.Stream.of(onTime, slipped, behind)
                        .sorted(ProjectStanding.BEHIND_FIRST)
                        .map(s -> s.project().name()))
                .containsExactly("C楼", "B楼", "A楼");
    }
}
