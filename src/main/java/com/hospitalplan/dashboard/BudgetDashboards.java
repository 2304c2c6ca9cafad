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
import java.util.TreeMap;
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
        PlanStandings standings = dashboards.readable(planId, user);
        Set<Long> shown = dashboards.visibleUnits(standings, planId, user);
        PlanDashboard plan = dashboards.plan(standings, planId, shown, basis, variant, locale);
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
        Sums sums = new Sums(new LinkedHashMap<>());
        for (BudgetItem line : lines) {
            String key = heading.apply(line);
            sums.plan(key, line.amount());
            for (Long unit : line.reporters()) {
                if (shown.contains(unit)) {
                    sums.spend(key, standings.spent(line.id(), unit, basis));
                }
            }
        }
        return sums.rows();
    }

    /** Planned by the line's year (lines without one are for the whole period), spent by the period's year. */
    private static List<MoneyRow> byYear(
            List<BudgetItem> lines, PlanStandings standings, Set<Long> shown, Basis basis, String wholePeriod) {
        Sums sums = new Sums(new TreeMap<>());
        for (BudgetItem line : lines) {
            sums.plan(line.year() == null ? wholePeriod : String.valueOf(line.year()), line.amount());
            for (Long unit : line.reporters()) {
                if (shown.contains(unit)) {
                    standings
                            .spentByYear(line.id(), unit, basis)
                            .forEach((year, amount) -> sums.spend(String.valueOf(year), amount));
                }
            }
        }
        return sums.rows();
    }

    /** Planned and spent money per heading, in the order the map keeps its keys. */
    private record Sums(Map<String, BigDecimal[]> byHeading) {

        void plan(String heading, BigDecimal amount) {
            of(heading)[0] = of(heading)[0].add(amount);
        }

        void spend(String heading, BigDecimal amount) {
            of(heading)[1] = of(heading)[1].add(amount);
        }

        private BigDecimal[] of(String heading) {
            return byHeading.computeIfAbsent(heading, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        }

        List<MoneyRow> rows() {
            List<MoneyRow> rows = new ArrayList<>();
            byHeading.forEach((label, sum) ->
                    rows.add(new MoneyRow(label, sum[0], sum[1], DashboardService.percent(sum[1], sum[0]))));
            return rows;
        }
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
