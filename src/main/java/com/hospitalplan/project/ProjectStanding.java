package com.hospitalplan.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * How a project stands on a dashboard: its stage, slip, and the progress of the periods that count there (approved
 * only, or also those pending review), with 投资完成率 and 资金到位率 against the total planned investment and the
 * year's completion against the year's planned investment. Every figure comes from the rules of {@link
 * ProjectSchedule}, {@link InvestmentTable} and {@link ProgressRates}. Plain Java.
 *
 * @param currentStage the later of the stage reached by its dates and the one the latest counted report names
 * @param daysSlipped the largest slip of a stage, in days
 * @param moves how many times planned dates were moved
 * @param yearPlanned the year's planned investment (本年计划投资); null when no line names the year
 * @param periodInvestment investment completed in the latest counted period (本期完成投资)
 * @param yearInvestment investment completed in the counted periods ending in the year
 * @param cumulativeInvestment investment completed over the counted periods (累计完成投资)
 * @param investmentRate cumulative ÷ total planned investment (投资完成率)
 * @param yearRate the year's completion ÷ the year's planned investment
 * @param fundsRate cumulative funds arrived ÷ total planned investment (资金到位率)
 * @param worksPercent 形象进度 of the latest counted period that states it
 * @param problems the problems the latest counted period states (存在问题)
 * @param pending some counted period is still pending review
 */
public record ProjectStanding(
        ProjectFact project,
        String currentStage,
        String nextStage,
        VagueDate nextPlanned,
        VagueDate plannedInUse,
        boolean behindSchedule,
        boolean slipped,
        long daysSlipped,
        int moves,
        InvestmentTable.Total total,
        InvestmentTable.Total yearPlanned,
        BigDecimal periodInvestment,
        BigDecimal yearInvestment,
        BigDecimal cumulativeInvestment,
        BigDecimal cumulativeFunds,
        ProgressRates.Rate investmentRate,
        ProgressRates.Rate yearRate,
        ProgressRates.Rate fundsRate,
        BigDecimal worksPercent,
        String problems,
        boolean pending) {

    /** Behind schedule first, then the largest slip, then by name. */
    public static final Comparator<ProjectStanding> BEHIND_FIRST = Comparator.comparing(ProjectStanding::behindSchedule)
            .reversed()
            .thenComparing(
                    Comparator.comparingLong(ProjectStanding::daysSlipped).reversed())
            .thenComparing(standing -> standing.project().name())
            .thenComparing(standing -> standing.project().id());

    /**
     * @param counts whether a reported period counts (the dashboards: approved ones, or also those pending review)
     * @param year the year of 本年计划投资
     */
    public static ProjectStanding of(
            ProjectFact project, Predicate<ProjectFact.ReportedPeriod> counts, int year, LocalDate today) {
        List<ProjectFact.ReportedPeriod> counted =
                project.periods().stream().filter(counts).toList();
        InvestmentTable.Total total = project.investment().total();
        InvestmentTable.Total yearPlanned = project.investment().yearTotal(year);
        List<ProgressRates.Line<Long>> ledger = ProgressRates.ledger(
                counted.stream()
                        .map(period ->
                                new ProgressRates.Entry<>(period.reportId(), true, period.investment(), period.funds()))
                        .toList(),
                total);
        ProgressRates.Line<Long> last = ledger.isEmpty() ? null : ledger.get(ledger.size() - 1);
        BigDecimal yearInvestment = null;
        for (ProjectFact.ReportedPeriod period : counted) {
            if (period.endsOn().getYear() == year) {
                yearInvestment = ProgressRates.plus(yearInvestment, period.investment());
            }
        }
        ProjectFact.ReportedPeriod latest = counted.isEmpty() ? null : counted.get(counted.size() - 1);
        ProjectSchedule schedule = project.schedule();
        return new ProjectStanding(
                project,
                schedule.current(latest == null ? null : latest.stageName()).orElse(null),
                schedule.next().map(ProjectSchedule.Stage::name).orElse(null),
                schedule.next().map(stage -> stage.dates().planned()).orElse(null),
                schedule.plannedInUse(),
                schedule.behindSchedule(today),
                schedule.slipped(),
                schedule.daysSlipped(),
                schedule.moves(),
                total,
                yearPlanned,
                latest == null ? null : latest.investment(),
                yearInvestment,
                last == null ? null : last.cumulativeInvestment(),
                last == null ? null : last.cumulativeFunds(),
                last == null ? null : last.investmentRate(),
                ProgressRates.rate(yearInvestment, yearPlanned),
                last == null ? null : last.fundsRate(),
                counted.stream()
                        .map(ProjectFact.ReportedPeriod::worksPercent)
                        .filter(java.util.Objects::nonNull)
                        .reduce((first, second) -> second)
                        .orElse(null),
                latest == null || latest.problems() == null || latest.problems().isBlank() ? null : latest.problems(),
                counted.stream().anyMatch(period -> !period.approved()));
    }
}
