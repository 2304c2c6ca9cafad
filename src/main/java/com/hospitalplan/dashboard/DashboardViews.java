package com.hospitalplan.dashboard;

import com.hospitalplan.plan.Money;
import com.hospitalplan.shared.Paged;
import com.hospitalplan.targets.Status;
import java.math.BigDecimal;
import java.util.List;

/** What the dashboard pages show. */
public final class DashboardViews {

    private DashboardViews() {}

    /** The switches every dashboard has: official or also pending values, adjusted or original targets. */
    public record Switches(Basis basis, TargetVariant variant, boolean revised) {

        public boolean pending() {
            return basis == Basis.WITH_PENDING;
        }

        public boolean original() {
            return variant == TargetVariant.ORIGINAL;
        }

        public String basisParam() {
            return basis.param();
        }

        public String variantParam() {
            return variant.param();
        }
    }

    /** How many indicators stand where. */
    public record StatusCount(Status status, int count) {}

    /** Milestones done, due this year, overdue and later; their sub-targets and how many of them are met. */
    public record MilestoneCounts(int done, int due, int overdue, int later, int subTargets, int subTargetsMet) {

        int total() {
            return done + due + overdue + later;
        }
    }

    /** One line of a scorecard: an indicator (over the institutions shown) with its figures. */
    public record ScoreRow(
            Long indicatorId,
            String number,
            String name,
            String unit,
            String baseline,
            String latest,
            boolean pending,
            String target,
            String originalTarget,
            Integer progressPercent,
            Integer expectedPercent,
            Status status,
            String explanation,
            Sparkline trend,
            int reporting,
            int total,
            String rule,
            BigDecimal baselineNumber,
            BigDecimal latestNumber) {

        public int progressBar() {
            return progressPercent == null ? 0 : Math.max(0, Math.min(100, progressPercent));
        }
    }

    /** Each year's figure of an indicator for a small line beside it; a year without a number has {@code null}. */
    public record Sparkline(List<String> years, List<BigDecimal> numbers) {}

    /** A top-level goal area with its indicators', milestones' and money's figures. */
    public record GoalRow(
            Long goalId,
            String number,
            String title,
            List<StatusCount> counts,
            MilestoneCounts milestones,
            Money planned,
            BigDecimal spent,
            Integer executionPercent) {}

    /** A milestone with sub-targets ("引进博士 1-2人、硕士 40人") and where each of them stands. */
    public record MilestoneRow(Long milestoneId, String title, int dueYear, List<SubTargetRow> subTargets) {}

    /**
     * A sub-target over the milestone's reporters shown, judged as a report judges it.
     *
     * @param latest the latest value ("2人", "是"), empty when none was reported
     */
    /** A milestone sub-target's figure; {@code latestNumber} and {@code unit} keep the number apart for exports. */
    public record SubTargetRow(
            String label,
            String targetText,
            String latest,
            Status status,
            String explanation,
            BigDecimal latestNumber,
            String unit) {}

    public record PlanDashboard(
            Long planId,
            String title,
            int startYear,
            int endYear,
            Switches switches,
            int unitsShown,
            int unitsAll,
            List<StatusCount> counts,
            MilestoneCounts milestones,
            List<MilestoneRow> milestoneRows,
            Money planned,
            BigDecimal spent,
            Integer executionPercent,
            List<GoalRow> goals,
            List<ScoreRow> scorecard) {

        /** Scorecard lines per page: a plan may have hundreds of indicators. */
        public static final int SCORECARD_PAGE = 25;

        /** A page of the scorecard, of one status only or ({@code null}) of all. */
        public Paged<ScoreRow> scorecardPage(Status only, int page) {
            List<ScoreRow> rows = only == null
                    ? scorecard
                    : scorecard.stream().filter(r -> r.status() == only).toList();
            return Paged.of(rows, page, SCORECARD_PAGE);
        }
    }

    /**
     * Money planned and spent under one heading (a funding source, a category, a year).
     *
     * @param executionPercent over the lines that state their amount only
     */
    /** Money under one heading; {@code overPlan}: more spent than planned ({@link com.hospitalplan.plan.LineSpending}). */
    public record MoneyRow(String label, Money planned, BigDecimal spent, Integer executionPercent, boolean overPlan) {}

    /** A goal area's money beside how its indicators stand, with a flag when the two disagree. */
    public record GoalMoney(
            String label,
            Money planned,
            BigDecimal spent,
            Integer executionPercent,
            List<StatusCount> counts,
            MoneyAndProgress verdict) {}

    public record BudgetDashboard(
            Long planId,
            String title,
            Switches switches,
            Money planned,
            BigDecimal spent,
            Integer executionPercent,
            List<MoneyRow> bySource,
            List<MoneyRow> byCategory,
            List<MoneyRow> byYear,
            List<GoalMoney> byGoal) {}

    /** How many units stand where on one period's reporting. */
    public record PunctualityCount(Punctuality punctuality, int count) {}

    /** One period of a plan in a region: how many units were expected and where their reports stand. */
    public record PeriodRow(Long periodId, String label, String dueOn, int expected, List<PunctualityCount> counts) {}

    /** One unit's report for the chosen period. */
    public record UnitPunctuality(
            Long organizationId,
            String name,
            String regionName,
            Punctuality punctuality,
            String submittedOn,
            Long reportId) {}

    public record CompletenessDashboard(
            String code,
            String name,
            List<Choice> plans,
            Long planId,
            String planTitle,
            List<PeriodRow> periods,
            Long periodId,
            String periodLabel,
            List<UnitPunctuality> units) {}

    /** One institution's line on an indicator page. */
    public record UnitRow(
            Long organizationId,
            String name,
            String regionName,
            String latest,
            String period,
            boolean pending,
            Long reportId,
            Integer progressPercent,
            Status status,
            String explanation,
            BigDecimal latestNumber) {}

    /** One point of a trend table: a period and each series' value there. */
    public record TrendRow(String period, List<String> values) {}

    /** A line of an indicator's trend: an institution's values, or the target, expected or original target line. */
    public record TrendLine(String name, List<BigDecimal> values, TrendLineKind kind) {}

    /** What a trend line stands for; every kind but an institution's values is a reference line. */
    public enum TrendLineKind {
        INSTITUTION,
        TARGET,
        EXPECTED,
        ORIGINAL
    }

    public record IndicatorDashboard(
            Long planId,
            String planTitle,
            Switches switches,
            ScoreRow summary,
            String direction,
            List<UnitRow> units,
            Paged<UnitRow> unitPage,
            List<String> trendPeriods,
            List<TrendLine> trendLines,
            List<TrendRow> trendRows) {

        /** The names of the trend's lines, in their order. */
        public List<String> trendSeries() {
            return trendLines.stream().map(TrendLine::name).toList();
        }
    }

    /** A plan on an institution page, with the institution's standing on each of its indicators. */
    /**
     * How an institution stands in one plan, with that plan's own switches (its original targets are offered only
     * when it was revised): what its part of the institution page is drawn from, and kept rendered by.
     */
    public record InstitutionPlan(
            Long planId, String title, Switches switches, List<StatusCount> counts, List<ScoreRow> indicators) {}

    public record InstitutionDashboard(
            Long organizationId,
            String name,
            String regionName,
            Switches switches,
            List<InstitutionPlan> plans,
            InstitutionPlan shownPlan,
            Paged<ScoreRow> shownIndicators) {}

    /** A choice in a drop-down: an id and what to show. */
    public record Choice(String value, String label) {}

    /**
     * A row of a region's heat map: a sub-region or an institution, with a status per indicator and, for an
     * institution, the report each cell's value comes from ({@code null} where there is none).
     */
    public record HeatRow(String label, String link, boolean region, List<Status> cells, List<Long> reports) {

        /** The same row over the indicators from {@code from} (inclusive) to {@code to} (exclusive). */
        public HeatRow columns(int from, int to) {
            return new HeatRow(label, link, region, cells.subList(from, to), reports.subList(from, to));
        }
    }

    /**
     * A line of a ranking on one indicator.
     *
     * @param value the figure as shown
     * @param number the figure as a number for the chart, or {@code null} (a level, or no value)
     */
    public record RankRow(int rank, String label, String link, String value, BigDecimal number, Status status) {}

    public record RegionDashboard(
            String code,
            String name,
            List<Choice> breadcrumbs,
            Switches switches,
            List<Choice> plans,
            Long planId,
            String planTitle,
            List<ScoreRow> indicators,
            List<HeatRow> heat,
            Paged<ScoreRow> figuresPage,
            List<HeatRow> heatPage,
            List<Choice> rankIndicators,
            Long rankIndicatorId,
            String rankIndicatorName,
            String rankUnit,
            List<RankRow> ranking,
            boolean rowsAreInstitutions) {

        /**
         * The short labels of the page's indicators for the heat map's columns, distinct among all the plan's
         * indicators (so a label is the same on every page); the full names are {@link #columnNames()}.
         */
        public List<String> columnLabels() {
            List<String> all =
                    ShortNames.columns(indicators.stream().map(ScoreRow::name).toList());
            return figuresPage.rows().stream()
                    .map(row -> all.get(indicators.indexOf(row)))
                    .toList();
        }

        /** The full names of the page's indicators, with their numbers, as the tooltips show them. */
        public List<String> columnNames() {
            return figuresPage.rows().stream()
                    .map(row -> (row.number() == null ? "" : row.number() + " ") + row.name())
                    .toList();
        }

        /** The heat map's row labels, without the region every row's name begins with ({@link ShortNames#rows}). */
        public List<String> rowLabels() {
            return ShortNames.rows(heatPage.stream().map(HeatRow::label).toList());
        }
    }
}
