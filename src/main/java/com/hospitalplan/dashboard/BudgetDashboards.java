package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardViews.BudgetDashboard;
import com.hospitalplan.dashboard.DashboardViews.GoalMoney;
import com.hospitalplan.dashboard.DashboardViews.MoneyRow;
import com.hospitalplan.dashboard.DashboardViews.PlanDashboard;
import com.hospitalplan.plan.ReportingScope.BudgetItem;
import com.hospitalplan.user.SignedInUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/** A plan's money: planned against spent by funding source, category, year and goal area. */
@Service
public class BudgetDashboards {

    private final DashboardService dashboards;

    BudgetDashboards(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    public BudgetDashboard budget(Long planId, SignedInUser user, Basis basis, TargetVariant variant, Locale locale) {
        PlanDashboard plan = dashboards.plan(planId, user, basis, variant, locale);
        PlanStandings standings = dashboards.readable(planId, user);
        Set<Long> shown = dashboards.visibleUnits(standings, planId, user);
        List<BudgetItem> lines = standings.scope().budgetLines().stream()
                .filter(b -> b.reporters().stream().anyMatch(shown::contains))
                .toList();
        String wholePeriod = dashboards.message("dashboard.budgetPage.wholePeriod", locale);
        List<MoneyRow> bySource = rows(lines, standings, shown, basis, BudgetItem::fundingSource);
        List<MoneyRow> byCategory = rows(lines, standings, shown, basis, BudgetItem::category);
        List<MoneyRow> byYear = byYear(lines, standings, shown, basis, wholePeriod);
        List<GoalMoney> byGoal = plan.goals().stream()
                .filter(g -> g.planned().signum() > 0 || g.spent().signum() > 0)
                .map(g -> {
                    Integer execution = DashboardService.percent(g.spent(), g.planned());
                    return new GoalMoney(
                            (g.number() == null ? "" : g.number()) + g.title(),
                            g.planned(),
                            g.spent(),
                            execution,
                            g.counts(),
                            MoneyAndProgress.of(execution, g.counts()));
                })
                .toList();
        return new BudgetDashboard(
                planId,
                plan.title(),
                plan.switches(),
                plan.planned(),
                plan.spent(),
                plan.executionPercent(),
                bySource,
                byCategory,
                byYear,
                byGoal,
                chart(bySource, locale),
                chart(byCategory, locale),
                chart(byYear, locale));
    }

    private static List<MoneyRow> rows(
            List<BudgetItem> lines,
            PlanStandings standings,
            Set<Long> shown,
            Basis basis,
            Function<BudgetItem, String> heading) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        for (BudgetItem line : lines) {
            BigDecimal[] sum =
                    sums.computeIfAbsent(heading.apply(line), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(line.amount());
            for (Long unit : line.reporters()) {
                if (shown.contains(unit)) {
                    sum[1] = sum[1].add(standings.spent(line.id(), unit, basis));
                }
            }
        }
        return toRows(sums);
    }

    /** Planned by the line's year (lines without one are for the whole period), spent by the period's year. */
    private static List<MoneyRow> byYear(
            List<BudgetItem> lines, PlanStandings standings, Set<Long> shown, Basis basis, String wholePeriod) {
        Map<String, BigDecimal[]> sums = new java.util.TreeMap<>();
        for (BudgetItem line : lines) {
            String year = line.year() == null ? wholePeriod : String.valueOf(line.year());
            sums.computeIfAbsent(year, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[0] =
                    sums.get(year)[0].add(line.amount());
            for (Long unit : line.reporters()) {
                if (!shown.contains(unit)) {
                    continue;
                }
                standings.spentByYear(line.id(), unit, basis).forEach((spentIn, amount) -> {
                    BigDecimal[] sum = sums.computeIfAbsent(
                            String.valueOf(spentIn), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    sum[1] = sum[1].add(amount);
                });
            }
        }
        return toRows(sums);
    }

    private static List<MoneyRow> toRows(Map<String, BigDecimal[]> sums) {
        List<MoneyRow> rows = new ArrayList<>();
        sums.forEach((label, sum) ->
                rows.add(new MoneyRow(label, sum[0], sum[1], DashboardService.percent(sum[1], sum[0]))));
        return rows;
    }

    private String chart(List<MoneyRow> rows, Locale locale) {
        Map<String, Object> spec =
                Charts.spec("bar", rows.stream().map(MoneyRow::label).toList());
        spec.put("unit", dashboards.message("dashboard.tenThousandYuan", locale));
        Charts.series(
                spec,
                dashboards.message("dashboard.budget.planned", locale),
                rows.stream().map(MoneyRow::planned).toList(),
                Charts.PLANNED);
        Charts.series(
                spec,
                dashboards.message("dashboard.budget.spent", locale),
                rows.stream().map(MoneyRow::spent).toList(),
                Charts.SPENT);
        return Charts.json(spec);
    }
}
